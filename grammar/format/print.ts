// The formatter: text in, formatted text out, or the syntax problems that stop it. It prints the
// syntax tree back (words, strings and numbers as written, punctuation as written or in one
// style, layout normalised) and then checks its own work: the output must parse to the same tree with the
// same comments, or nothing is returned but an error. A formatter that can silently change what
// a reform office's file means is worse than none.
import type { FileNode, SyntaxProblem } from "../ast.js";
import { stripBom } from "../lex.js";
import { matterLexer, Word } from "../tokens.js";
import { parse } from "../parser.js";
import { Context } from "./context.js";
import { layout } from "./doc.js";
import { printFile } from "./entries.js";
import { keepPunctuation } from "./keep.js";
import { Source, printedComment } from "./source.js";
import { styleFor, type Punctuation } from "./style.js";

export type { Punctuation } from "./style.js";

export interface FormatOptions {
  punctuation?: Punctuation;
  /** Columns, with CJK characters counted as two. Default 80. */
  printWidth?: number;
  /** The file name used in the spans of syntax problems. */
  file?: string;
  /** Files longer than this (in characters) are formatted a run of top-level entries at a time,
   * so that memory stays bounded whatever the file's size. Default CHUNK_CHARS. */
  chunkChars?: number;
}

/** About 1 MB of text: large enough that real files are formatted in one piece. */
export const CHUNK_CHARS = 1 << 20;

export type FormatResult = { ok: true; text: string } | { ok: false; problems: SyntaxProblem[] };

export class FormatterError extends Error {}

export function formatMatter(text: string, options: FormatOptions = {}): FormatResult {
  const file = options.file ?? "<input>";
  const source = stripBom(text);
  const chunk = options.chunkChars ?? CHUNK_CHARS;
  if (source.length > chunk) {
    const out = formatInChunks(source, chunk, options);
    if (out !== undefined) return { ok: true, text: out };
  }
  return formatWhole(file, source, options);
}

function formatWhole(file: string, source: string, options: FormatOptions): FormatResult {
  const { ast, problems } = parse(file, source);
  if (problems.length) return { ok: false, problems };
  const punctuation = options.punctuation ?? "keep";
  const ctx = new Context(new Source(source, ast.comments), styleFor(punctuation));
  const doc = printFile(ctx, ast);
  if (!ctx.done) throw new FormatterError(`formatter lost a comment in ${file}`);
  const laidOut = layout(doc, { width: options.printWidth ?? 80, indentWidth: 2 });
  const out = punctuation === "keep" ? keepPunctuation(source, laidOut) : laidOut;
  verify(file, ast, out);
  return { ok: true, text: out };
}

/** Formats a large file a piece at a time. Pieces end where a line starts with the key word of a
 * top-level entry (column 1, not a continuation such as `或`), and a piece counts only when it
 * parses on its own without a problem: then no string, comment, bracket or continued value crosses
 * its end, so its entries are exactly the file's entries there, and top-level entries are printed
 * independently of each other (a blank line between two pieces is kept, as between entries).
 * A piece with a problem grows to the next boundary; when none is left the whole file is
 * formatted at once, so that syntax problems are reported with their real places. */
function formatInChunks(source: string, size: number, options: FormatOptions): string | undefined {
  const parts: string[] = [];
  let blankBefore = false;
  let pos = 0;
  let want = size;
  while (pos < source.length) {
    const end = boundaryAfter(source, pos + want);
    const piece = source.slice(pos, end);
    if (!/\S/.test(piece)) {
      // Blank lines only (the previous piece ended at a line start): one blank line at most.
      blankBefore ||= newlines(piece) >= 1;
      pos = end;
      continue;
    }
    const r = formatWhole("<piece>", piece, { ...options, chunkChars: Infinity });
    if (!r.ok) {
      if (end >= source.length) return undefined;
      want *= 2;
      continue;
    }
    if (parts.length && blankBefore) parts.push("\n");
    parts.push(r.text);
    blankBefore = newlines(piece.slice(piece.trimEnd().length)) >= 2;
    pos = end;
    want = size;
  }
  return parts.join("");
}

function newlines(blanks: string): number {
  return blanks.match(/\r\n|\r|\n/g)?.length ?? 0;
}

const LINE_START_WORD = /[\p{L}_]/u;

/** The first line start at or after `from` whose first token is a plain word (or the end). */
function boundaryAfter(source: string, from: number): number {
  let at = from > 0 ? source.indexOf("\n", from - 1) : 0;
  while (at >= 0 && at < source.length) {
    const start = at === 0 && from === 0 ? 0 : at + 1;
    if (start >= source.length) break;
    if (LINE_START_WORD.test(source[start] ?? "")) {
      const head = matterLexer.tokenize(source.slice(start, start + 64)).tokens[0];
      if (head?.tokenType === Word) return start;
    }
    at = source.indexOf("\n", start);
  }
  return source.length;
}

/** The output must mean what the input meant: same tree (spans aside), same comments. */
function verify(file: string, before: FileNode, text: string): void {
  const after = parse(file, text);
  if (after.problems.length) throw new FormatterError(`formatter output does not parse (${after.problems[0].code} at ${after.problems[0].span.start.line}:${after.problems[0].span.start.column}) in ${file}`);
  if (shape(before.entries) !== shape(after.ast.entries)) throw new FormatterError(`formatter output would change the meaning of ${file}`);
  const comments = (f: FileNode) => JSON.stringify(f.comments.map(printedComment));
  if (comments(before) !== comments(after.ast)) throw new FormatterError(`formatter output would move or change comments in ${file}`);
}

/** The tree without places. Number spellings (`２０`, `20`) are kept: they are printed as written. */
export function shape(x: unknown): string {
  return JSON.stringify(x, (k, v: unknown) => (k === "span" || k === "opSpan" || k === "unitSpan" ? undefined : v));
}
