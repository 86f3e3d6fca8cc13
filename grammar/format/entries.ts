// Entries, blocks and the file → Doc. The layout follows the author's lines: entries that shared a
// line stay on one line while it fits (`形式: 原件  份数: 1`), a block written on one line stays on
// one line while it fits, and nothing that was on separate lines is joined. Blank lines between
// entries are kept (several become one). Comments on their own lines stay on their own lines
// between the same entries; comments at the end of a line stay at the end of that line.
import type * as A from "../ast.js";
import type { Context } from "./context.js";
import { blank, group, hardline, ifBreak, indent, inlineComment, line, lineSuffix, type Doc } from "./doc.js";
import type { PlacedComment } from "./source.js";
import { printName, printValue } from "./values.js";

/** A run of entries (and inline comments) that the source had on one line. */
interface Row {
  /** What separates it from the line before: a line break, or a blank line. */
  before: Doc;
  parts: Doc[];
  lastEntry?: A.Entry;
}

/** The entries of a file or a block, with the comments between them, as lines. */
class Body {
  private readonly lines: Doc[] = [];
  private row: Row | undefined;
  /** Comments at the end of the opening line, before anything else (`{ // …`). */
  readonly openerSuffix: Doc[] = [];

  /** `oneLine`: the block stood on one line; its row is laid out by the block's own group, so
   * that when the block breaks, its entries go on lines of their own. */
  constructor(private readonly ctx: Context, private lastLine: number, private readonly oneLine = false) {}

  entry(e: A.Entry): void {
    this.commentsBefore(e.span.start.offset);
    const row = this.row && e.span.start.line === this.lastLine ? this.row : this.startRow(e.span.start.line, []);
    if (row.lastEntry) row.parts.push(this.separator(row.lastEntry, e));
    else if (row.parts.length) row.parts.push(" "); // after a comment that opened the line
    row.parts.push(printEntry(this.ctx, e));
    row.lastEntry = e;
    this.lastLine = e.span.end.line;
  }

  /** Comments up to `offset`: the next entry, or the end of the block or file. */
  commentsBefore(offset: number): void {
    for (let c = this.ctx.peekBefore(offset); c; c = this.ctx.peekBefore(offset)) this.comment(this.ctx.take());
  }

  private comment(c: PlacedComment): void {
    if (c.ownLine && c.endOfLine) {
      const before = this.breakBefore(c.startLine);
      this.closeRow();
      this.lines.push(before, c.text);
    } else if (this.row && !c.ownLine) {
      // After an entry on its line: at the end of the line (no break is needed, the row ends
      // there anyway), or within it.
      this.row.parts.push(c.endOfLine ? lineSuffix(" " + c.text) : inlineComment(c.text));
    } else if (c.endOfLine && !c.ownLine && !this.lines.length) {
      // At the end of the opening line: `{ // …`.
      this.openerSuffix.push(lineSuffix(" " + c.text));
    } else {
      // A block comment that opens a line (or follows `{`), with the line's entry after it.
      this.startRow(c.startLine, [c.text]);
    }
    this.lastLine = c.endLine;
  }

  private separator(prev: A.Entry, next: A.Entry): Doc {
    const st = this.ctx.style;
    // A `;` may be what ends the previous entry (`甲: 是否 "？"; 情形 乙: …`): keep it while
    // the entries share a line.
    if (this.ctx.source.semicolonBetween(prev.span.end.offset, next.span.start.offset)) return [ifBreak("", st.semicolon), line(st.afterSemicolon)];
    return line("  ");
  }

  private breakBefore(startLine: number): Doc {
    if (!this.lines.length && !this.row) return "";
    return startLine - this.lastLine >= 2 ? blank : hardline;
  }

  private startRow(startLine: number, parts: Doc[]): Row {
    const before = this.breakBefore(startLine);
    this.closeRow();
    this.row = { before, parts };
    return this.row;
  }

  private closeRow(): void {
    const r = this.row;
    if (!r) return;
    this.row = undefined;
    this.lines.push(r.before, this.oneLine ? r.parts : group(r.parts));
  }

  finish(): Doc[] {
    this.closeRow();
    return this.lines;
  }
}

export function printFile(ctx: Context, file: A.FileNode): Doc {
  const body = new Body(ctx, 1);
  for (const e of file.entries) body.entry(e);
  body.commentsBefore(Infinity);
  return [body.openerSuffix, body.finish(), hardline];
}

function printEntry(ctx: Context, e: A.Entry): Doc {
  const outer = ctx.limit;
  // A comment after the entry's last token is the row's (see Body), not the value's. One between
  // a head and its block (`子事项 甲 // …` with `{` on the next line) goes after the `{`.
  ctx.limit = e.block ? (e.name ?? e.key).span.end.offset : e.span.end.offset;
  const parts: Doc[] = [ctx.token(e.key.span.start.offset, e.key.span.end.offset, e.key.text)];
  let head: A.Node = e.key;
  if (e.name) {
    parts.push(" ", printName(ctx, e.name));
    head = e.name;
  }
  if (e.value) parts.push(printValue(ctx, ctx.source.tokenAfter(head.span.end.offset), e.value));
  if (e.block) parts.push(" ", printBlock(ctx, e.block));
  ctx.limit = outer;
  return parts;
}

function printBlock(ctx: Context, b: A.Block): Doc {
  const st = ctx.style;
  const open = ctx.token(b.span.start.offset, b.span.start.offset + 1, st.lbrace);
  const closeAt = b.span.end.offset - 1;
  const oneLine = b.span.start.line === b.span.end.line;
  const body = new Body(ctx, b.span.start.line, oneLine);
  for (const e of b.entries) body.entry(e);
  body.commentsBefore(closeAt);
  const lines = body.finish();
  const close = st.rbrace;
  if (!lines.length) return [open, body.openerSuffix, body.openerSuffix.length ? hardline : "", close];
  if (oneLine) return group([open, indent([line(), ...lines]), line(), close]);
  return [open, body.openerSuffix, indent([hardline, ...lines]), hardline, close];
}
