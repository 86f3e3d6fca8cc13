// The two punctuation styles the formatter writes. The lexer treats full-width and ASCII
// punctuation as the same tokens (tokens.ts), so either style parses to the same tree.
// Full-width text follows Chinese typesetting: no space after ： ， ； because the characters
// carry their own spacing. Comparison operators stay readable: ≠ ≥ ≤ where a single symbol
// exists, == > < otherwise (＝＝ is hard to read and easy to mistype).
import type { CompareOp } from "../ast.js";

export type Punctuation = "ascii" | "fullwidth";

export interface Style {
  /** `key:` followed by what comes before a value on the same line. */
  colon: string;
  afterColon: string;
  comma: string;
  afterComma: string;
  semicolon: string;
  afterSemicolon: string;
  lbrace: string;
  rbrace: string;
  lbracket: string;
  rbracket: string;
  lparen: string;
  rparen: string;
  bang: string;
  /** Symbolic comparison operators; word spellings (等于, 包含, in …) are kept as written. */
  ops: Record<Exclude<CompareOp, "contains" | "in">, string>;
}

const ASCII: Style = {
  colon: ":",
  afterColon: " ",
  comma: ",",
  afterComma: " ",
  semicolon: ";",
  afterSemicolon: " ",
  lbrace: "{",
  rbrace: "}",
  lbracket: "[",
  rbracket: "]",
  lparen: "(",
  rparen: ")",
  bang: "!",
  ops: { "==": "==", "!=": "!=", ">": ">", ">=": ">=", "<": "<", "<=": "<=" },
};

const FULLWIDTH: Style = {
  colon: "：",
  afterColon: "",
  comma: "，",
  afterComma: "",
  semicolon: "；",
  afterSemicolon: "",
  lbrace: "｛",
  rbrace: "｝",
  lbracket: "［",
  rbracket: "］",
  lparen: "（",
  rparen: "）",
  bang: "！",
  ops: { "==": "==", "!=": "≠", ">": ">", ">=": "≥", "<": "<", "<=": "≤" },
};

export function styleFor(p: Punctuation): Style {
  return p === "fullwidth" ? FULLWIDTH : ASCII;
}
