// The formatter: text in, formatted text out, or the syntax problems that stop it. It prints the
// syntax tree back (words, strings and numbers as written, punctuation in one style, layout
// normalised) and then checks its own work: the output must parse to the same tree with the
// same comments, or nothing is returned but an error. A formatter that can silently change what
// a reform office's file means is worse than none.
import type { FileNode, SyntaxProblem } from "../ast.js";
import { stripBom } from "../lex.js";
import { parse } from "../parser.js";
import { Context } from "./context.js";
import { layout } from "./doc.js";
import { printFile } from "./entries.js";
import { Source, printedComment } from "./source.js";
import { styleFor, type Punctuation } from "./style.js";

export type { Punctuation } from "./style.js";

export interface FormatOptions {
  punctuation?: Punctuation;
  /** Columns, with CJK characters counted as two. Default 80. */
  printWidth?: number;
  /** The file name used in the spans of syntax problems. */
  file?: string;
}

export type FormatResult = { ok: true; text: string } | { ok: false; problems: SyntaxProblem[] };

export class FormatterError extends Error {}

export function formatMatter(text: string, options: FormatOptions = {}): FormatResult {
  const file = options.file ?? "<input>";
  const source = stripBom(text);
  const { ast, problems } = parse(file, source);
  if (problems.length) return { ok: false, problems };
  const ctx = new Context(new Source(source, ast.comments), styleFor(options.punctuation ?? "ascii"));
  const doc = printFile(ctx, ast);
  if (!ctx.done) throw new FormatterError(`formatter lost a comment in ${file}`);
  const out = layout(doc, { width: options.printWidth ?? 80, indentWidth: 2 });
  verify(file, ast, out);
  return { ok: true, text: out };
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
