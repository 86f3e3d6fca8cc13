// Rename: the declaration and every use, in every file of the project. A name written as a
// string keeps its quotes and only the text inside changes; a plain word that becomes a name
// with spaces or punctuation gets quotes. Standard-library names are refused: the standard
// library is shared by every project and is not the user's to edit.
import { ResponseError, ErrorCodes, type Range, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import type { Span } from "../../grammar/ast.js";
import type { CompileResult } from "../../compiler/compile.js";
import { kindWord } from "../../compiler/diagnostics/render.js";
import type { Lang } from "../../compiler/schema.js";
import { asciiString, isPlainWord, writeName } from "./names.js";
import { fileToUri, isStdFile, spanToRange } from "./paths.js";
import { occurrences, symbolAt, type SymbolHit } from "./navigation.js";
import { ui } from "./texts.js";

const CLOSING: Record<string, string> = { '"': '"', "“": "”", "「": "」", "『": "』" };

function refuse(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, message);
}

/** The name's range without its quotes, when it is a string. */
function innerRange(span: Span, text: string | undefined): Range {
  const r = spanToRange(span);
  if (!text || !(text[span.start.offset] in CLOSING)) return r;
  return { start: { line: r.start.line, character: r.start.character + 1 }, end: { line: r.end.line, character: r.end.character - 1 } };
}

export function renameTarget(result: CompileResult, file: string, offset: number, lang: Lang): SymbolHit {
  const hit = symbolAt(result, file, offset);
  if (!hit) throw refuse(ui(lang).renameNothing);
  if (isStdFile(hit.target.file)) throw refuse(ui(lang).renameStd);
  return hit;
}

export function prepareRename(result: CompileResult, file: string, offset: number, lang: Lang, textOf: (file: string) => string | undefined): { range: Range; placeholder: string } {
  const hit = renameTarget(result, file, offset, lang);
  return { range: innerRange(hit.at, textOf(file)), placeholder: hit.name };
}

export function rename(
  result: CompileResult,
  file: string,
  offset: number,
  newName: string,
  lang: Lang,
  textOf: (file: string) => string | undefined,
  uris: Map<string, string>,
): WorkspaceEdit {
  const hit = renameTarget(result, file, offset, lang);
  const name = newName.trim();
  if (!name) throw refuse(ui(lang).renameEmpty);
  // Situations and commitments become variable names in forms and processes (E0115).
  if ((hit.kind === "situation" || hit.kind === "commitment") && !isPlainWord(name)) throw refuse(ui(lang).renameNotWord(kindWord(hit.kind, lang)));
  const changes: Record<string, TextEdit[]> = {};
  for (const span of occurrences(result, hit.target)) {
    const text = textOf(span.file);
    const open = text?.[span.start.offset] ?? "";
    // A department under 职责 is a key (`市场监管局: "…"`), and a key is always a plain word.
    const isKey = /^[ \t\u3000]*[:：]/.test(text?.slice(span.end.offset, span.end.offset + 8) ?? "");
    if (isKey && !isPlainWord(name)) throw refuse(ui(lang).renameNotWord(kindWord(hit.kind, lang)));
    let newText: string;
    if (open in CLOSING) {
      if (open === '"') newText = asciiString(name).slice(1, -1);
      else if (name.includes(CLOSING[open])) throw refuse(ui(lang).renameQuote(CLOSING[open]));
      else newText = name;
    } else {
      newText = writeName(name, hit.kind === "field");
    }
    const uri = fileToUri(span.file, uris);
    (changes[uri] ??= []).push({ range: innerRange(span, text), newText });
  }
  return { changes };
}
