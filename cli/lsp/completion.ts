// textDocument/completion: find where the cursor is, then offer heads, values or `使用` paths.
import { posix } from "node:path";
import { CompletionItemKind, type Command, type CompletionItem, type Range, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { findEntrySpec, type Lang } from "../../compiler/schema.js";
import type { SymbolKind, TopKind } from "../../compiler/program.js";
import { kindWord } from "../../compiler/diagnostics/render.js";
import { dutyCompletions, headCompletions } from "./completion-heads.js";
import { crossRegionItems, valueCompletions } from "./completion-values.js";
import type { RegionTable } from "../../compiler/lower/cross-region.js";
import type { Cursor } from "./cursor.js";
import { writeName } from "./names.js";
import { isStdFile } from "./paths.js";
import { matterNames, visibleTop, type ScopeName, type ScopeSources } from "./scope.js";
import { ui } from "./texts.js";

export interface CompletionContext {
  cursor: Cursor;
  lang: Lang;
  text: string;
  /** The range a completion replaces: the word being typed. */
  replace: Range;
  snippets: boolean;
  /** A command that opens the completion list again (VS Code's), when the client has one. */
  retrigger: Command | undefined;
  licences: string[];
  /** The standard library's regions and provincial names, for 跨域办's 区域 and 省份. */
  regions?: RegionTable;
  names(kind: TopKind): ScopeName[];
  matterNames(kinds: SymbolKind[]): ScopeName[];
  /** A name as a completion; `index` keeps the scope's order (nearest declaration first). */
  nameItem(n: ScopeName, insert?: string, index?: number): CompletionItem;
  write(name: string, allowPath?: boolean): string;
}

export interface CompletionRequest {
  doc: TextDocument;
  file: string;
  cursor: Cursor;
  scope: ScopeSources;
  lang: Lang;
  snippets: boolean;
  retrigger: Command | undefined;
  licences: string[];
  regions?: RegionTable;
  /** The standard-library files and the project's other .matter files, for `使用 "…"`. */
  stdFiles: string[];
  projectFiles: string[];
}

function fileLabel(file: string, from: string): string {
  return isStdFile(file) ? file.replace(/\.matter$/, "") : posix.relative(posix.dirname(from), file) || posix.basename(file);
}

/** Where a new `使用` line goes: after the last one, or at the top. */
function useEdit(r: CompletionRequest, path: string): TextEdit {
  const uses = r.cursor.ast.entries.filter((e) => findEntrySpec("top", e.key.text)?.id === "use");
  const line = uses.length ? uses[uses.length - 1].span.end.line : 0;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `使用 "${path}"\n` };
}

function useCompletions(r: CompletionRequest, replace: Range): CompletionItem[] {
  const std = r.stdFiles.filter((f) => f.endsWith(".matter")).map((f) => `std/${f.replace(/\.matter$/, "")}`);
  const own = r.projectFiles.filter((f) => f !== r.file).map((f) => {
    const rel = posix.relative(posix.dirname(r.file), f);
    return rel.startsWith("../") ? rel : `./${rel}`;
  });
  return [...std, ...own].map((p, index) => ({ label: p, kind: p.startsWith("std/") ? CompletionItemKind.Module : CompletionItemKind.File, sortText: String(index).padStart(4, "0"), textEdit: { range: replace, newText: p } }));
}

export function complete(r: CompletionRequest): CompletionItem[] {
  const { cursor, lang, doc } = r;
  const replace = { start: doc.positionAt(cursor.partial.start), end: doc.positionAt(cursor.offset) };
  const c: CompletionContext = {
    cursor,
    lang,
    text: doc.getText(),
    replace,
    snippets: r.snippets,
    retrigger: r.retrigger,
    licences: r.licences,
    regions: r.regions,
    names: (kind) => visibleTop(kind, r.scope),
    matterNames: (kinds) => matterNames(kinds, r.scope),
    write: writeName,
    nameItem: (n, insert, index = 0) => ({
      label: n.name,
      kind: n.kind === "department" ? CompletionItemKind.Module : n.kind === "situation" ? CompletionItemKind.EnumMember : CompletionItemKind.Reference,
      detail: `${kindWord(n.kind, lang)} · ${n.file === r.file ? fileLabel(n.file, r.file) : isStdFile(n.file) ? `${ui(lang).std} ${fileLabel(n.file, r.file)}` : fileLabel(n.file, r.file)}`,
      // Names the file can already see come before the standard ones it would have to bring in.
      sortText: `${n.needsUse ? 1 : 0}${String(index).padStart(4, "0")}`,
      textEdit: { range: replace, newText: insert ?? writeName(n.name) },
      additionalTextEdits: n.needsUse ? [useEdit(r, n.needsUse)] : undefined,
      documentation: n.needsUse ? ui(lang).addsUse(n.needsUse) : undefined,
    }),
  };
  const place = cursor.place;
  switch (place.kind) {
    case "head":
      return cursor.context === "duties" ? dutyCompletions(c) : headCompletions(c);
    case "value":
      if (cursor.context === "crossRegion" && (place.spec?.id === "region" || place.spec?.id === "provinces")) return crossRegionItems(c, place.spec.id, place.tokens);
      return place.spec && "value" in place.spec.body ? valueCompletions(c, place.spec.body.value, place.tokens) : [];
    case "use":
      return useCompletions(r, replace);
    default:
      return [];
  }
}
