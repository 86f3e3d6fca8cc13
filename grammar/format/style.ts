// The two punctuation styles the formatter writes. The lexer treats full-width and ASCII
// punctuation as the same tokens (tokens.ts), so either style parses to the same tree.
// Full-width text follows Chinese typesetting: no space after ： ， ； because the characters
// carry their own spacing. Comparison operators stay readable: ≠ ≥ ≤ where a single symbol
// exists, == > < otherwise (＝＝ is hard to read and easy to mistype).
import type { CompareOp } from "../ast.js";

/** `keep` (the default): each mark as the author wrote it (keep.ts); `ascii`, `fullwidth`: all in one style. */
export type Punctuation = "keep" | "ascii" | "fullwidth";

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

/** The style the layout is computed in; `keep` lays out in ASCII and then restores the marks. */
export function styleFor(p: Punctuation): Style {
  return p === "fullwidth" ? FULLWIDTH : ASCII;
}
