// Hover: on a kind or key, what it means (from the schema table) and its three spellings; on a
// name, what it is and where it is declared, with the declaring line; on a material, whether the
// applicant hands it in, and why.
import { posix } from "node:path";
import type { Hover } from "vscode-languageserver";
import { nameText, type Entry, type FileNode, type Span } from "../../grammar/ast.js";
import type { CompileResult } from "../../compiler/compile.js";
import { kindWord } from "../../compiler/diagnostics/render.js";
import { findEntrySpec, spellingsOf, type ContextId, type EntrySpec, type Lang } from "../../compiler/schema.js";
import { materialWhy } from "./material-why.js";
import { symbolAt, type SymbolHit } from "./navigation.js";
import { fileToUri, isStdFile, spanContains, spanToRange } from "./paths.js";
import { ui } from "./texts.js";

/** The kind or key word under the cursor, with its spec, found by walking down the blocks. */
export function keyAt(entries: Entry[], context: ContextId | undefined, offset: number): { entry: Entry; spec: EntrySpec } | undefined {
  for (const e of entries) {
    if (!spanContains(e.span, offset)) continue;
    const spec = context ? findEntrySpec(context, e.key.text) : undefined;
    if (spec && spanContains(e.key.span, offset)) return { entry: e, spec };
    if (e.block && spanContains(e.block.span, offset)) return keyAt(e.block.entries, spec && "block" in spec.body ? spec.body.block : undefined, offset);
  }
  return undefined;
}

function keyHover(spec: EntrySpec, lang: Lang): string {
  const words = spellingsOf(spec).map((w) => `\`${w}\``).join(" · ");
  const required = spec.required ? ` · ${ui(lang).required}` : "";
  return `**${spec.zhHans}** ${words}${required}\n\n${spec.doc[lang]}`;
}

/** The line a declaration starts on, as written. */
function declarationLine(target: Span, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const lineStart = text.lastIndexOf("\n", target.start.offset - 1) + 1;
  const lineEnd = text.indexOf("\n", target.start.offset);
  return text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, "").trim();
}

function fileLabel(file: string, root: string | undefined): string {
  if (isStdFile(file)) return file;
  return root && file.startsWith(`${root}/`) ? posix.relative(root, file) : posix.basename(file);
}

/** The 一件事 a position is in. */
function matterAt(ast: FileNode, offset: number): string | undefined {
  const e = ast.entries.find((x) => findEntrySpec("top", x.key.text)?.id === "matter" && x.name && spanContains(x.span, offset));
  return e?.name ? nameText(e.name) : undefined;
}

export interface HoverRequest {
  result: CompileResult;
  root: string | undefined;
  file: string;
  offset: number;
  ast: FileNode;
  lang: Lang;
  textOf(file: string): string | undefined;
  /** The editor's URIs of the open documents. */
  uris?: Map<string, string>;
}

function nameHover(r: HoverRequest, hit: SymbolHit): string {
  const t = ui(r.lang);
  const line = declarationLine(hit.target, r.textOf(hit.target.file));
  // A link the editor opens at the declaring line.
  const where = `[${fileLabel(hit.target.file, r.root)}:${hit.target.start.line}](${fileToUri(hit.target.file, r.uris)}#L${hit.target.start.line})`;
  const parts = [`**${kindWord(hit.kind, r.lang)}** ${hit.name}`, "", `${t.declaredIn} ${where}`];
  if (line) parts.push("", "```matter", line, "```");
  if (hit.kind === "material") {
    // A material is judged per matter: the one the cursor is in, else every matter that asks for it.
    const here = matterAt(r.ast, r.offset);
    const models = here ? r.result.models.filter((m) => m.name === here) : r.result.models.filter((m) => m.materials.some((x) => x.name === hit.name));
    const why = models.flatMap((m) => ["", ...materialWhy(m, hit.name, r.lang)]);
    if (why.length) parts.push(...why);
    else if (here) parts.push("", t.material.noModel);
  }
  return parts.join("\n");
}

export function hover(r: HoverRequest): Hover | undefined {
  const hit = symbolAt(r.result, r.file, r.offset);
  if (hit) return { contents: { kind: "markdown", value: nameHover(r, hit) }, range: spanToRange(hit.at) };
  const key = keyAt(r.ast.entries, "top", r.offset);
  if (key) return { contents: { kind: "markdown", value: keyHover(key.spec, r.lang) }, range: spanToRange(key.entry.key.span) };
  return undefined;
}
