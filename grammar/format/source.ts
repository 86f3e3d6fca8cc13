// What the printer asks of the original text: where the comments are and how they sit on their
// lines, where the punctuation between two nodes is, and the exact text of strings. The tree
// keeps spans but not punctuation tokens; the text between two nodes holds only blanks, comments
// and that punctuation, so a short scan finds it.
import type { Comment } from "../ast.js";

export interface PlacedComment {
  start: number;
  end: number;
  startLine: number;
  endLine: number;
  /** As it is printed: line comments lose trailing blanks, block comments get LF line ends. */
  text: string;
  /** Nothing but blanks before it on its line. */
  ownLine: boolean;
  /** Nothing but blanks after it on its line. */
  endOfLine: boolean;
}

const BLANK = /[ \t\u3000\u00a0\ufeff\r\n]/;
const INLINE_BLANK = /[ \t\u3000\u00a0\ufeff]/;

export function printedComment(c: Comment): string {
  return c.block ? c.text.replace(/\r\n?/g, "\n") : c.text.replace(/[ \t\u3000\u00a0]+$/, "");
}

export class Source {
  readonly comments: PlacedComment[];
  private readonly commentAt = new Map<number, PlacedComment>();

  constructor(readonly text: string, comments: Comment[]) {
    this.comments = comments
      .map((c) => ({
        start: c.span.start.offset,
        end: c.span.end.offset,
        startLine: c.span.start.line,
        endLine: c.span.end.line,
        text: printedComment(c),
        ownLine: this.onlyBlanks(this.lineStart(c.span.start.offset), c.span.start.offset),
        endOfLine: this.onlyBlanks(c.span.end.offset, this.lineEnd(c.span.end.offset)),
      }))
      .sort((a, b) => a.start - b.start);
    for (const c of this.comments) this.commentAt.set(c.start, c);
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** The offset of the first character at or after `offset` that is neither blank nor comment. */
  tokenAfter(offset: number): number {
    let i = offset;
    while (i < this.text.length) {
      const c = this.commentAt.get(i);
      if (c) i = c.end;
      else if (BLANK.test(this.text[i])) i++;
      else break;
    }
    return i;
  }

  /** Whether a `;` separates two entries in the text between them (outside comments). */
  semicolonBetween(start: number, end: number): boolean {
    for (let i = start; i < end; ) {
      const c = this.commentAt.get(i);
      if (c) {
        i = c.end;
        continue;
      }
      if (this.text[i] === ";" || this.text[i] === "；") return true;
      i++;
    }
    return false;
  }

  private lineStart(offset: number): number {
    let i = offset;
    while (i > 0 && this.text[i - 1] !== "\n" && this.text[i - 1] !== "\r") i--;
    return i;
  }

  private lineEnd(offset: number): number {
    let i = offset;
    while (i < this.text.length && this.text[i] !== "\n" && this.text[i] !== "\r") i++;
    return i;
  }

  private onlyBlanks(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (!INLINE_BLANK.test(this.text[i])) return false;
    return true;
  }
}
