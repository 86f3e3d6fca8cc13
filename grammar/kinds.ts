// The token kinds of the scanner and the parser's fast path (grammar/scan.ts, fast-parse.ts) as
// small numbers, named as the Chevrotain token types they stand for (grammar/tokens.ts), with the
// properties the line-break rules and the parser ask about as bits of one table.
export const KIND_NAMES = [
  "Newline", "Word", "Path", "AsciiString", "CurlyString", "CornerString", "WhiteCornerString", "NumberLiteral",
  "NeWord", "EqWord", "Or", "And", "Not", "Contains", "In", "OrOp", "AndOp", "Ge", "Le", "Ne", "Eq", "Gt", "Lt", "Bang",
  "Colon", "Comma", "Semi", "LBrace", "RBrace", "LBracket", "RBracket", "LParen", "RParen", "LineComment", "BlockComment",
] as const;

export type KindName = (typeof KIND_NAMES)[number];
export const K = Object.fromEntries(KIND_NAMES.map((n, i) => [n, i])) as Record<KindName, number>;

/** A name (word, path or string): may follow a key, and starts a phrase's atom. */
export const NAME = 1;
/** Ends an entry's head: `:` or `{`. */
export const HEAD_FOLLOW = 2;
export const OPENER = 4;
export const CLOSER = 8;
/** After it a line break does not end the entry (grammar/tokens.ts CONTINUATION_TOKENS). */
export const CONTINUATION = 16;
/** Starts an atom: a name, a number, `[` or `(`. */
export const ATOM = 32;

export const FLAGS = new Uint8Array(KIND_NAMES.length);
const mark = (bit: number, names: KindName[]) => names.forEach((n) => (FLAGS[K[n]] |= bit));
mark(NAME, ["Word", "Path", "AsciiString", "CurlyString", "CornerString", "WhiteCornerString"]);
mark(ATOM, ["Word", "Path", "AsciiString", "CurlyString", "CornerString", "WhiteCornerString", "NumberLiteral", "LBracket", "LParen"]);
mark(HEAD_FOLLOW, ["Colon", "LBrace"]);
mark(OPENER, ["LBrace", "LBracket", "LParen"]);
mark(CLOSER, ["RBrace", "RBracket", "RParen"]);
mark(CONTINUATION, ["Comma", "Colon", "Or", "And", "Not", "Contains", "In", "EqWord", "NeWord", "OrOp", "AndOp", "Ge", "Le", "Ne", "Eq", "Gt", "Lt", "Bang"]);
