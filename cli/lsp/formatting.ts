// textDocument/formatting through the project's formatter. One edit for the whole document; none
// when the text has syntax errors (the diagnostics already say where) or the formatter refuses
// its own output, so formatting never changes what a file means.
import type { TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { formatMatter, type Punctuation } from "../../grammar/format/print.js";

/** The punctuation the file mostly uses: full-width from a Chinese input method, or ASCII. */
export function punctuationOf(text: string): Punctuation {
  const full = (text.match(/[：，；｛｝]/g) ?? []).length;
  const ascii = (text.match(/[:,;{}]/g) ?? []).length;
  return full > ascii ? "fullwidth" : "ascii";
}

export function formatDocument(doc: TextDocument, punctuation: Punctuation | undefined, file: string): TextEdit[] {
  const text = doc.getText();
  let result;
  try {
    result = formatMatter(text, { punctuation: punctuation ?? "keep", file });
  } catch {
    return [];
  }
  if (!result.ok || result.text === text) return [];
  return [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) }, newText: result.text }];
}
