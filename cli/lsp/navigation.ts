// Go to definition and find references, from the compiler's symbol index: every declaration and
// every use resolved to its declaration's name span, across the project's files and std/.
import type { Location } from "vscode-languageserver";
import type { Span } from "../../grammar/ast.js";
import type { CompileResult } from "../../compiler/compile.js";
import type { SymbolKind } from "../../compiler/program.js";
import { findEntrySpec } from "../../compiler/schema.js";
import type { FileNode } from "../../grammar/ast.js";
import { fileToUri, spanContains, spanKey, spanToRange } from "./paths.js";
import { importsOf } from "./scope.js";

export interface SymbolHit {
  kind: SymbolKind;
  name: string;
  /** The name under the cursor (a use or the declaration itself). */
  at: Span;
  /** The declaration's name. */
  target: Span;
}

/** The declaration or use under the cursor. A cursor between two names (`甲,|乙`) touches both;
 * the one it is inside wins. */
export function symbolAt(result: CompileResult, file: string, offset: number): SymbolHit | undefined {
  const hits: SymbolHit[] = [];
  for (const r of result.symbols.references) if (r.span.file === file && spanContains(r.span, offset)) hits.push({ kind: r.kind, name: r.name, at: r.span, target: r.target });
  for (const d of result.symbols.declarations) if (d.span.file === file && spanContains(d.span, offset)) hits.push({ kind: d.kind, name: d.name, at: d.span, target: d.span });
  return hits.find((h) => h.at.start.offset < offset && offset < h.at.end.offset) ?? hits[0];
}

/** The declaration and every use of it, each once (a shared material is resolved once per matter
 * that asks for it). */
export function occurrences(result: CompileResult, target: Span, includeDeclaration = true): Span[] {
  const key = spanKey(target);
  const out = new Map<string, Span>();
  if (includeDeclaration) out.set(key, target);
  for (const r of result.symbols.references) if (spanKey(r.target) === key) out.set(spanKey(r.span), r.span);
  return [...out.values()];
}

export function toLocation(span: Span, uris: Map<string, string>): Location {
  return { uri: fileToUri(span.file, uris), range: spanToRange(span) };
}

/** `使用 "./x.matter"` under the cursor → that file. */
export function useTargetAt(ast: FileNode, file: string, offset: number): string | undefined {
  const uses = ast.entries.filter((e) => findEntrySpec("top", e.key.text)?.id === "use" && e.name);
  const targets = importsOf({ ...ast, entries: uses }, file);
  const i = uses.findIndex((e) => spanContains(e.name!.span, offset));
  return i >= 0 ? targets[i] : undefined;
}
