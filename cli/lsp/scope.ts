// The names a position can refer to, as the compiler would resolve them: the file's own
// declarations and the matter's (read from the text being typed, which may not compile yet), the
// top-level declarations of the files it `使用` (from the last compile), and the standard library
// even where the file does not use it yet (completion then adds the `使用` line).
import { nameText, type Entry, type FileNode } from "../../grammar/ast.js";
import { usePath, type SymbolDecl, type SymbolKind, type TopKind } from "../../compiler/program.js";
import { findEntrySpec } from "../../compiler/schema.js";
import { isStdFile } from "./paths.js";

export interface ScopeName {
  kind: SymbolKind;
  name: string;
  /** The compiler file name of the declaration. */
  file: string;
  /** For standard names the file does not use yet: the `使用` path that brings them in. */
  needsUse?: string;
  /** For situations: their options. */
  options?: string[];
}

/** The compiler file names a file's `使用` entries bring in. */
export function importsOf(ast: FileNode, file: string): string[] {
  const out: string[] = [];
  for (const e of ast.entries) {
    if (findEntrySpec("top", e.key.text)?.id !== "use" || !e.name) continue;
    const target = usePath(e.name.type === "String" ? e.name.value : nameText(e.name), file);
    // A standard-library file may not use project files.
    if (target.std || !isStdFile(file)) out.push(target.file);
  }
  return out;
}

/** Named entries of a block whose spec (in `context`) has one of the given ids. */
function declared(entries: Entry[], context: "top" | "matter", kinds: SymbolKind[], file: string): ScopeName[] {
  const out: ScopeName[] = [];
  for (const e of entries) {
    const spec = findEntrySpec(context, e.key.text);
    if (!spec || spec.role !== "kind" || !e.name || !kinds.includes(spec.id as SymbolKind)) continue;
    out.push({ kind: spec.id as SymbolKind, name: nameText(e.name), file, options: spec.id === "situation" ? optionsOf(e) : undefined });
  }
  return out;
}

/** `情形 甲: 单选 "问题" [a, b]` → [a, b]. */
function optionsOf(e: Entry): string[] {
  const phrase = e.value?.items[0];
  if (phrase?.type !== "Phrase") return [];
  const list = phrase.atoms.find((a) => a.type === "List");
  if (list?.type !== "List") return [];
  return list.items.flatMap((x) => (x.type === "Phrase" && x.atoms[0] && (x.atoms[0].type === "Word" || x.atoms[0].type === "String" || x.atoms[0].type === "Path") ? [nameText(x.atoms[0])] : []));
}

export interface ScopeSources {
  file: string;
  ast: FileNode;
  matter: Entry | undefined;
  /** Declarations from the last compile of the file's project. */
  declarations: SymbolDecl[];
  /** Every standard-library declaration. */
  std: SymbolDecl[];
}

function firstByName(names: ScopeName[]): ScopeName[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(`${n.kind}\u0000${n.name}`) && !!seen.add(`${n.kind}\u0000${n.name}`));
}

/** Departments, materials or fields visible at the cursor; the nearest declaration first. */
export function visibleTop(kind: TopKind, s: ScopeSources): ScopeName[] {
  const local = s.matter && kind !== "department" ? declared(s.matter.block?.entries ?? [], "matter", [kind], s.file) : [];
  const own = declared(s.ast.entries, "top", [kind], s.file);
  const imports = importsOf(s.ast, s.file);
  // The project's own files before the standard library: they are what this project is about.
  const byNearness = [...imports.filter((f) => !isStdFile(f)), ...imports.filter(isStdFile)];
  const imported = byNearness.flatMap((f) =>
    (isStdFile(f) ? s.std : s.declarations).filter((d) => d.kind === kind && !d.matter && d.span.file === f).map((d) => ({ kind, name: d.name, file: f })),
  );
  const stdLeft = s.std
    .filter((d) => d.kind === kind && !imports.includes(d.span.file))
    .map((d) => ({ kind, name: d.name, file: d.span.file, needsUse: d.span.file.replace(/\.matter$/, "") }));
  return firstByName([...local, ...own, ...imported, ...stdLeft]);
}

/** Sub-items, situations or commitments of the enclosing matter. */
export function matterNames(kinds: SymbolKind[], s: ScopeSources): ScopeName[] {
  return s.matter ? declared(s.matter.block?.entries ?? [], "matter", kinds, s.file) : [];
}
