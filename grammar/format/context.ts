// The state shared by the printers of entries and of values: the source, the punctuation style,
// and a cursor over the comments. Printing walks the tree in source order and prints every
// token through `token`, which first prints the comments that stood before that token; so every
// comment comes out exactly once, in its order, next to the token it preceded.
import { breakParent, hardline, inlineComment, lineSuffix, type Doc } from "./doc.js";
import type { PlacedComment, Source } from "./source.js";
import type { Style } from "./style.js";

export class Context {
  private next = 0;

  constructor(readonly source: Source, readonly style: Style) {}

  /** The next comment not yet printed, if it starts before `offset`. */
  peekBefore(offset: number): PlacedComment | undefined {
    const c = this.source.comments[this.next];
    return c && c.start < offset ? c : undefined;
  }

  take(): PlacedComment {
    return this.source.comments[this.next++];
  }

  get done(): boolean {
    return this.next >= this.source.comments.length;
  }

  /** Comments inside an entry, before the token at `offset`. One on its own line keeps its own
   * line; one that ended a line ends the line it is now on, and the enclosing groups break so
   * that it stays next to what it followed; one within a line stays within the line. */
  commentsBefore(offset: number): Doc[] {
    const out: Doc[] = [];
    for (let c = this.peekBefore(offset); c; c = this.peekBefore(offset)) {
      this.take();
      if (c.ownLine) out.push(hardline, ...(c.endOfLine ? [c.text, hardline] : [inlineComment(c.text)]));
      else if (c.endOfLine) out.push(lineSuffix(" " + c.text), breakParent);
      else out.push(inlineComment(c.text));
    }
    return out;
  }

  /** Comments after `limit` belong to whoever prints after the current entry; set while an
   * entry's head and value are printed. */
  limit = Infinity;

  /** A token of the tree (or punctuation) that stood at `start`…`end` in the source. A comment
   * that ended its line right after the token moves to the end of the line the token is printed
   * on. Where the layout can break right after the token (`lineFollows`: after a comma, an
   * operator, an opening bracket), it does break there, so the comment stays next to the token:
   * `甲, // 本人`. Anywhere else breaking would not bring it closer, and would only make the
   * output differ when formatted again. */
  token(start: number, end: number, text: string, lineFollows = false): Doc {
    const out = this.commentsBefore(start);
    out.push(text);
    const c = this.source.comments[this.next];
    if (c && !c.ownLine && c.endOfLine && c.start >= end && c.start < this.limit && this.source.tokenAfter(end) > c.start) {
      this.take();
      out.push(lineSuffix(" " + c.text));
      if (lineFollows) out.push(breakParent);
    }
    return out.length === 1 ? text : out;
  }
}
