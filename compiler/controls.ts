// E0120: control characters anywhere in a .matter file (strings, names, comments). Outside strings
// the lexer already reports them as unknown characters (E0001); everywhere else they are reported
// here, so that no output receives them (targets/escape drops them again, for models from
// elsewhere). Fast path: one regular-expression test over the whole text.
import type { Span } from "../grammar/ast.js";

// C0 but tab, line feed and carriage return; DEL and C1; U+FFFE and U+FFFF. (A decoded UTF-8 file
// holds no unpaired surrogate.) The decoder notes the same characters as it decodes
// (grammar/lex.ts, decodeSourceNoting); test/grammar/decode.test.ts holds it to this expression.
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;
const MAX_REPORTS = 20;

export interface ControlChar {
  span: Span;
  char: string;
}

/** The control characters of `text` not at one of the `skip` offsets, at most 20. */
export function findControlChars(file: string, text: string, skip: Set<number>): ControlChar[] {
  if (!CONTROL.test(text)) return [];
  const out: ControlChar[] = [];
  const re = new RegExp(CONTROL.source, "g");
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const m of text.matchAll(re)) {
    const offset = m.index;
    for (let i = scanned; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    scanned = offset;
    if (skip.has(offset)) continue;
    const column = offset - lineStart + 1;
    const code = m[0].charCodeAt(0);
    out.push({
      span: { file, start: { offset, line, column }, end: { offset: offset + 1, line, column: column + 1 } },
      char: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`,
    });
    if (out.length >= MAX_REPORTS) break;
  }
  return out;
}
