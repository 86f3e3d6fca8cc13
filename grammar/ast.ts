// The syntax tree. It knows shapes only (entries, values, expressions); what a kind or key means
// is the compiler's business. Every node carries its source span.

export interface Position {
  /** 0-based offset into the decoded text (BOM removed). */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units. */
  column: number;
}

export interface Span {
  file: string;
  start: Position;
  end: Position;
}

export interface Node {
  span: Span;
}

export interface FileNode extends Node {
  type: "File";
  entries: Entry[];
  comments: Comment[];
}

export interface Comment extends Node {
  type: "Comment";
  text: string;
  block: boolean;
}

/** `head ( ':' value | block )?` — a key with a value, a kind with a name, a block, or a bare head. */
export interface Entry extends Node {
  type: "Entry";
  /** The first word of the head: a kind or a key, in whatever spelling the author chose. */
  key: Word;
  /** The optional name after the key: a word, a path or a string. */
  name?: NameNode;
  value?: Value;
  block?: Block;
}

export interface Block extends Node {
  type: "Block";
  entries: Entry[];
}

export type NameNode = Word | PathNode | StringNode;

/** `expr ( ',' expr )*` */
export interface Value extends Node {
  type: "Value";
  items: Expr[];
}

export type Expr = OrExpr | AndExpr | NotExpr | CompareExpr | Phrase;

export interface OrExpr extends Node {
  type: "Or";
  operands: Expr[];
}
export interface AndExpr extends Node {
  type: "And";
  operands: Expr[];
}
export interface NotExpr extends Node {
  type: "Not";
  operand: Expr;
}

export type CompareOp = "==" | "!=" | ">" | ">=" | "<" | "<=" | "contains" | "in";

export interface CompareExpr extends Node {
  type: "Compare";
  op: CompareOp;
  opSpan: Span;
  left: Phrase;
  right: Phrase;
}

/** One or more atoms side by side: `文本 必填 最长 50`, `电子证照 "营业执照"`. */
export interface Phrase extends Node {
  type: "Phrase";
  atoms: Atom[];
}

export type Atom = Word | PathNode | StringNode | NumberNode | DurationNode | ListNode | ParenNode;

export interface Word extends Node {
  type: "Word";
  text: string;
}
export interface PathNode extends Node {
  type: "Path";
  /** Segments, always joined with an ASCII dot in `text`. */
  segments: string[];
  text: string;
}
export type Quote = "ascii" | "curly" | "corner" | "whiteCorner";
export interface StringNode extends Node {
  type: "String";
  value: string;
  quote: Quote;
}
export interface NumberNode extends Node {
  type: "Number";
  value: number;
  percent: boolean;
  raw: string;
}
export interface DurationNode extends Node {
  type: "Duration";
  value: number;
  /** The unit word as written. */
  unit: string;
  unitSpan: Span;
}
export interface ListNode extends Node {
  type: "List";
  items: Expr[];
}
export interface ParenNode extends Node {
  type: "Paren";
  expr: Expr;
}

/** A problem found while reading characters or syntax; the compiler gives it a message. */
export interface SyntaxProblem {
  code: string;
  span: Span;
  args: Record<string, string | number>;
}

export function nameText(n: NameNode): string {
  return n.type === "String" ? n.value : n.text;
}
