// Three names for one file: the editor's URI, the path on disk, and the compiler's file name.
// Project files are compiled under their absolute path (with forward slashes, which the
// compiler's posix path handling and Node's file functions both accept); standard-library files
// are `std/<name>.matter` to the compiler and `<package>/stdlib/<name>.matter` on disk.
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Position as LspPosition, Range } from "vscode-languageserver";
import type { Position, Span } from "../../grammar/ast.js";
import { STD_DIR } from "../../compiler/program.js";
import { packageRoot } from "../host.js";

export function toSlashes(p: string): string {
  return p.replace(/\\/g, "/");
}

/** The package's stdlib folder, with forward slashes. */
export const STDLIB_DIR = toSlashes(join(packageRoot(), "stdlib"));

/** A file URI → the compiler's file name; undefined for other schemes (untitled:, git:). */
export function uriToFile(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  let path: string;
  try {
    path = toSlashes(fileURLToPath(uri));
  } catch {
    return undefined;
  }
  const std = `${STDLIB_DIR}/`;
  if (path.startsWith(std) && !path.slice(std.length).includes("/")) return `${STD_DIR}/${path.slice(std.length)}`;
  return path;
}

export function isStdFile(file: string): boolean {
  return file.startsWith(`${STD_DIR}/`);
}

/** The compiler's file name → the path on disk. */
export function fileToPath(file: string): string {
  return isStdFile(file) ? `${STDLIB_DIR}/${file.slice(STD_DIR.length + 1)}` : file;
}

/** The compiler's file name → a file URI. Open documents keep the URI the editor gave them (it
 * may encode characters differently from Node), so callers pass those in `known`. */
export function fileToUri(file: string, known?: Map<string, string>): string {
  return known?.get(file) ?? pathToFileURL(fileToPath(file)).href;
}

/** Compiler positions are 1-based (line, UTF-16 column); LSP's are 0-based. */
export function toLspPosition(p: Position): LspPosition {
  return { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
}

export function spanToRange(s: Span): Range {
  return { start: toLspPosition(s.start), end: toLspPosition(s.end) };
}

/** Whether an offset lies in a span, touching either end (the cursor right after a word is on it). */
export function spanContains(s: Span, offset: number): boolean {
  return s.start.offset <= offset && offset <= s.end.offset;
}

/** A stable key for a span, for comparing declarations and de-duplicating references. */
export function spanKey(s: Span): string {
  return `${s.file}\u0000${s.start.offset}\u0000${s.end.offset}`;
}
