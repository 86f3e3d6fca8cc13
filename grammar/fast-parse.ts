// The fast path of `parse()` for files without syntax errors: the scanner's tokens (grammar/scan.ts),
// the lexer's line-break rules, and a recursive-descent parser that takes exactly the decisions
// the Chevrotain parser (grammar/parser.ts) takes and builds the same tree, node for node and
// span for span. It never recovers: at the first thing it does not expect it gives up (returns
// undefined) and `parse()` runs the Chevrotain parser, whose error recovery and messages stay
// the only ones. test/grammar/fast-parse.test.ts checks both give the same tree on every input
// the fast path accepts, and that the fast path accepts the examples.
import type * as A from "./ast.js";
import { ATOM, CLOSER, CONTINUATION, FLAGS, HEAD_FOLLOW, K, NAME, OPENER } from "./kinds.js";
import { MAX_NESTING, numberValue } from "./lex.js";
import { DURATION_UNITS } from "./units.js";
import { intern } from "./intern.js";
import { scan, scannedComments, type Scanned } from "./scan.js";

/** Thrown to leave the fast path; caught in `fastParse`. */
const GIVE_UP = new Error("fast path: not handled");

/** Past the last token: a kind no token has (its flags are 0). */
const END = 255;
const FLAG = new Uint8Array(256);
FLAG.set(FLAGS);
const COMPARE_OPS: (A.CompareOp | undefined)[] = [];
for (const [kind, op] of [[K.NeWord, "!="], [K.Ne, "!="], [K.EqWord, "=="], [K.Eq, "=="], [K.Ge, ">="], [K.Le, "<="], [K.Gt, ">"], [K.Lt, "<"], [K.Contains, "contains"], [K.In, "in"]] as [number, A.CompareOp][]) COMPARE_OPS[kind] = op;
const QUOTES: A.Quote[] = [];
QUOTES[K.AsciiString] = "ascii";
QUOTES[K.CurlyString] = "curly";
QUOTES[K.CornerString] = "corner";
QUOTES[K.WhiteCornerString] = "whiteCorner";

let keptBuffer = new Int32Array(1024);

/** The elements of the lists being built (entries, items, atoms, operands, path segments), as a
 * stack: a list is pushed from some height and taken off as an array of exactly its length (an
 * array grown by push keeps room for 16 more; trees keep their lists). Emptied after each file. */
const pending: unknown[] = [];
let top = 0;
function put(x: unknown): void {
  pending[top++] = x;
}
function take<T>(from: number): T[] {
  const out = pending.slice(from, top) as T[];
  top = from;
  return out;
}

/** The lexer's line-break rules (grammar/lex.ts) over scanned tokens: the indices of the tokens the
 * parser sees, or undefined where `lex` would report something (nesting, numbers too large). */
function keptTokens(s: Scanned, text: string): { kept: Int32Array; count: number } | undefined {
  const kinds = s.kinds;
  if (keptBuffer.length < s.count) keptBuffer = new Int32Array(Math.max(s.count, keptBuffer.length * 2));
  const kept = keptBuffer;
  let count = 0;
  const stack: number[] = [];
  let parenDepth = 0;
  let notRun = 0;
  for (let k = 0; k < s.count; k++) {
    const kind = kinds[k];
    const flags = FLAG[kind];
    // A number of at most 15 characters (digits, a dot, a percent sign) is below 10^15: safe.
    if (kind === K.NumberLiteral && s.end[k] - s.start[k] > 15 && !(Math.abs(numberValue(text.slice(s.start[k], s.end[k]))) <= Number.MAX_SAFE_INTEGER)) return undefined;
    if (kind === K.Not || kind === K.Bang) notRun++;
    else if (kind !== K.Newline) notRun = 0;
    if (notRun > MAX_NESTING) return undefined;
    if (flags & OPENER) {
      stack.push(kind);
      if (kind !== K.LBrace) parenDepth++;
      if (stack.length > MAX_NESTING) return undefined;
    } else if (flags & CLOSER) {
      const open = stack.pop();
      if (open !== undefined && open !== K.LBrace) parenDepth = Math.max(0, parenDepth - 1);
    }
    if (kind === K.Newline) {
      if (count === 0) continue;
      const prev = kinds[kept[count - 1]];
      if (parenDepth > 0 || prev === K.Newline || prev === K.LBrace || FLAG[prev] & CONTINUATION) continue;
    } else if (kind === K.LBrace || (flags & CONTINUATION && kind !== K.Not && kind !== K.Bang)) {
      while (count && kinds[kept[count - 1]] === K.Newline) count--;
    }
    kept[count++] = k;
  }
  return { kept, count };
}

class FastParser {
  private p = 0;
  private readonly count: number;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly s: Scanned,
    private readonly kept: Int32Array,
    count: number,
  ) {
    this.count = count;
  }

  /** The type of the token `k` ahead (1 = the next), undefined past the end. */
  private la(k: number): number {
    const at = this.p + k - 1;
    return at < this.count ? this.s.kinds[this.kept[at]] : END;
  }

  private image(at: number): string {
    const k = this.kept[at];
    return intern(this.text, this.s.start[k], this.s.end[k]);
  }

  private span(first: number, last: number): A.Span {
    const s = this.s;
    const a = this.kept[first];
    const b = this.kept[last];
    return { file: this.file, start: { offset: s.start[a], line: s.line[a], column: s.column[a] }, end: { offset: s.end[b], line: s.endLine[b], column: s.endColumn[b] + 1 } };
  }

  /** From the start of `a` to the end of `b`: `a`'s own span object when that is the same (a
   * phrase of one atom, a value of one item), since spans are never changed once made. */
  private between(a: A.Node, b: A.Node): A.Span {
    return a === b ? a.span : { file: this.file, start: a.span.start, end: b.span.end };
  }

  private expect(type: number): number {
    if (this.la(1) !== type) throw GIVE_UP;
    return this.p++;
  }

  entries(): A.Entry[] {
    const from = top;
    for (let t = this.la(1); t !== END; t = this.la(1)) {
      if (t === K.Word) put(this.entry());
      else if (t === K.Newline || t === K.Semi) this.p++;
      else throw GIVE_UP;
    }
    return take(from);
  }

  private entry(): A.Entry {
    const keyTok = this.p++;
    const key: A.Word = { type: "Word", text: this.image(keyTok), span: this.span(keyTok, keyTok) };
    let name: A.NameNode | undefined;
    let value: A.Value | undefined;
    let block: A.Block | undefined;
    let last: A.Node = key;
    if (FLAG[this.la(1)] & NAME) name = this.nameOrAtom();
    if (name) last = name;
    const next = this.la(1);
    if (next === K.Colon) {
      this.p++;
      value = this.value();
    } else if (next === K.LBrace) block = this.block();
    if (value) last = value;
    if (block) last = block;
    return { type: "Entry", key, name, value, block, span: this.between(key, last) };
  }

  /** A word, path or string (a name, or an atom of a phrase). */
  private nameOrAtom(): A.Word | A.PathNode | A.StringNode {
    const t = this.p++;
    const type = this.s.kinds[this.kept[t]];
    if (type === K.Word) return { type: "Word", text: this.image(t), span: this.span(t, t) };
    if (type === K.Path) {
      const segments = this.segments(t);
      const image = this.image(t);
      return { type: "Path", segments, text: image.includes("．") ? segments.join(".") : image, span: this.span(t, t) };
    }
    const k = this.kept[t];
    const quote = QUOTES[type];
    const body = intern(this.text, this.s.start[k] + 1, this.s.end[k] - 1);
    const value = quote === "ascii" && body.includes("\\") ? body.replace(/\\([\s\S])/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c)) : body;
    return { type: "String", value, quote, span: this.span(t, t) };
  }

  /** A path's words, split at `.` and `．` (a path token holds words and dots only). */
  private segments(at: number): string[] {
    const k = this.kept[at];
    const text = this.text;
    const end = this.s.end[k];
    const base = top;
    let from = this.s.start[k];
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2e || c === 0xff0e) {
        put(intern(text, from, i));
        from = i + 1;
      }
    }
    put(intern(text, from, end));
    return take(base);
  }

  private block(): A.Block {
    const open = this.p++;
    const from = top;
    for (let t = this.la(1); t !== K.RBrace; t = this.la(1)) {
      if (t === K.Word) put(this.entry());
      else if (t === K.Newline || t === K.Semi) this.p++;
      else throw GIVE_UP;
    }
    const entries = take<A.Entry>(from);
    const close = this.p++;
    return { type: "Block", entries, span: this.span(open, close) };
  }

  private value(): A.Value {
    const first = this.expr();
    let items: A.Expr[];
    if (this.la(1) !== K.Comma) items = [first];
    else {
      const from = top;
      put(first);
      while (this.la(1) === K.Comma) {
        this.p++;
        put(this.expr());
      }
      items = take(from);
    }
    return { type: "Value" as const, items, span: this.between(items[0], items[items.length - 1]) };
  }

  private expr(): A.Expr {
    const first = this.andExpr();
    let t = this.la(1);
    if (t !== K.Or && t !== K.OrOp) return first;
    const from = top;
    put(first);
    for (; t === K.Or || t === K.OrOp; t = this.la(1)) {
      this.p++;
      put(this.andExpr());
    }
    return this.joined("Or", take(from));
  }

  private andExpr(): A.Expr {
    const first = this.notExpr();
    let t = this.la(1);
    if (t !== K.And && t !== K.AndOp) return first;
    const from = top;
    put(first);
    for (; t === K.And || t === K.AndOp; t = this.la(1)) {
      this.p++;
      put(this.notExpr());
    }
    return this.joined("And", take(from));
  }

  private joined(type: "Or" | "And", operands: A.Expr[]): A.Expr {
    return { type, operands, span: this.between(operands[0], operands[operands.length - 1]) };
  }

  private notExpr(): A.Expr {
    const t = this.la(1);
    if (t === K.Not || t === K.Bang) {
      const at = this.p++;
      const operand = this.notExpr();
      const k = this.kept[at];
      const start = { offset: this.s.start[k], line: this.s.line[k], column: this.s.column[k] };
      return { type: "Not" as const, operand, span: { file: this.file, start, end: operand.span.end } };
    }
    return this.compare();
  }

  private compare(): A.Expr {
    const left = this.phrase();
    const op = COMPARE_OPS[this.la(1)];
    if (op === undefined) return left;
    const opTok = this.p++;
    const right = this.phrase();
    return { type: "Compare" as const, op, opSpan: this.span(opTok, opTok), left, right, span: this.between(left, right) };
  }

  private atomAhead(): boolean {
    return (FLAG[this.la(1)] & ATOM) !== 0;
  }

  /** As MatterParser.headAhead: the tokens ahead begin a new entry's head. */
  private headAhead(): boolean {
    if (this.la(1) !== K.Word) return false;
    const second = this.la(2);
    if (FLAG[second] & HEAD_FOLLOW) return true;
    const third = this.la(3);
    if (second === K.Word) return third === K.LBrace;
    return (FLAG[second] & NAME) !== 0 && (FLAG[third] & HEAD_FOLLOW) !== 0;
  }

  private phrase(): A.Phrase {
    if (!this.atomAhead()) throw GIVE_UP;
    const first = this.atom();
    let atoms: A.Atom[];
    if (!this.atomAhead() || this.headAhead()) atoms = [first];
    else {
      const from = top;
      put(first);
      while (this.atomAhead() && !this.headAhead()) put(this.atom());
      atoms = take(from);
    }
    return { type: "Phrase" as const, atoms, span: this.between(atoms[0], atoms[atoms.length - 1]) };
  }

  private atom(): A.Atom {
    const t = this.la(1);
    if (t === K.NumberLiteral) return this.numberOrDuration();
    if (t === K.LBracket) return this.list();
    if (t === K.LParen) return this.paren();
    return this.nameOrAtom();
  }

  private numberOrDuration(): A.NumberNode | A.DurationNode {
    const t = this.p++;
    const raw = this.image(t);
    if (this.la(1) === K.Word) {
      const unit = this.image(this.p);
      if (unit in DURATION_UNITS && !this.headAhead()) {
        const u = this.p++;
        return { type: "Duration" as const, value: numberValue(raw), unit, unitSpan: this.span(u, u), span: this.span(t, u) };
      }
    }
    const last = raw.charCodeAt(raw.length - 1);
    return { type: "Number" as const, value: numberValue(raw), percent: last === 0x25 || last === 0xff05, raw, span: this.span(t, t) };
  }

  private exprAhead(): boolean {
    const t = this.la(1);
    return t === K.Not || t === K.Bang || this.atomAhead();
  }

  private list(): A.ListNode {
    const open = this.p++;
    const from = top;
    if (this.exprAhead()) {
      put(this.expr());
      while (this.la(1) === K.Comma) {
        this.p++;
        if (this.exprAhead()) put(this.expr());
      }
    }
    const items = take<A.Expr>(from);
    const close = this.expect(K.RBracket);
    return { type: "List", items, span: this.span(open, close) };
  }

  private paren(): A.ParenNode {
    const open = this.p++;
    const expr = this.expr();
    const close = this.expect(K.RParen);
    return { type: "Paren" as const, expr, span: this.span(open, close) };
  }
}

/** The tree of a file without syntax errors, or undefined: then `parse()` uses Chevrotain. */
export function fastParse(file: string, text: string): A.FileNode | undefined {
  const s = scan(text);
  if (!s) return undefined;
  const k = keptTokens(s, text);
  if (!k) return undefined;
  let entries: A.Entry[];
  try {
    entries = new FastParser(file, text, s, k.kept, k.count).entries();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  } finally {
    // Whether it gave up halfway or not: nothing of this file's tree stays on the stack.
    top = 0;
    pending.fill(undefined);
  }
  const last = k.count ? k.kept[k.count - 1] : undefined;
  const end = last === undefined ? { offset: 0, line: 1, column: 1 } : { offset: s.end[last], line: s.endLine[last], column: s.endColumn[last] + 1 };
  return { type: "File", entries, comments: scannedComments(s, text, file), span: { file, start: { offset: 0, line: 1, column: 1 }, end } };
}
