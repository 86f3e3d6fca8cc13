// How a name is written in source: a plain word (or, for fields, a dotted path) as is, anything
// else (spaces, punctuation, a keyword like 或) as an ASCII string. The lexer decides, so the
// editor and the compiler never disagree.
import { lex } from "../../grammar/lex.js";
import * as T from "../../grammar/tokens.js";

function soleToken(name: string) {
  const { tokens, problems } = lex("", name);
  return problems.length === 0 && tokens.length === 1 && tokens[0].image === name ? tokens[0].tokenType : undefined;
}

export function isPlainWord(name: string): boolean {
  return soleToken(name) === T.Word;
}

export function isPlainPath(name: string): boolean {
  const t = soleToken(name);
  return t === T.Word || t === T.Path;
}

export function asciiString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

/** The source text that refers to a name: the name itself when it is a plain word (or path, for
 * fields), else a string. */
export function writeName(name: string, allowPath = false): string {
  return (allowPath ? isPlainPath(name) : isPlainWord(name)) ? name : asciiString(name);
}
