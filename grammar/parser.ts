// Tokens → syntax tree. One Chevrotain parser instance, reused for every file, with error
// recovery so that one mistake does not hide the next.
import type { IToken, TokenType } from "chevrotain";
import type * as A from "./ast.js";
import { EmbeddedActionsParser, EOF } from "./chevrotain.js";
import { lex, numberValue, tokenSpan } from "./lex.js";
import * as T from "./tokens.js";
import { DURATION_UNITS } from "./units.js";
import { fastParse } from "./fast-parse.js";

export { DURATION_UNITS };

const NAME_TOKENS = new Set<TokenType>([T.Word, T.Path, T.AsciiString, T.CurlyString, T.CornerString, T.WhiteCornerString]);
const HEAD_FOLLOW = new Set<TokenType>([T.Colon, T.LBrace]);

/** Chevrotain re-enters a repetition recursively after each re-synchronisation inside it; past
 * this many nested re-synchronisations the repetition simply ends (the error is still reported),
 * so no input can overflow the stack that way. */
const MAX_RESYNC_DEPTH = 50;

function parseNumber(raw: string): { value: number; percent: boolean } {
  return { value: numberValue(raw), percent: /[%％]$/.test(raw) };
}

function unquote(t: IToken): { value: string; quote: A.Quote } {
  const body = t.image.slice(1, -1);
  switch (t.tokenType) {
    case T.AsciiString:
      return { value: body.replace(/\\([\s\S])/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c)), quote: "ascii" };
    case T.CurlyString:
      return { value: body, quote: "curly" };
    case T.CornerString:
      return { value: body, quote: "corner" };
    default:
      return { value: body, quote: "whiteCorner" };
  }
}

class MatterParser extends EmbeddedActionsParser {
  file = "";
  /** Tokens that could not begin an entry, the first of each run (see `T.Stray`). */
  strays: IToken[] = [];
  private inStrayRun = false;

  /** `validate`: run Chevrotain's grammar validations (ambiguities, left recursion…) while
   * analysing. They only find mistakes in this file's grammar, never in an input, and cost a
   * noticeable share of a cold start, so the parser every command uses skips them and a test
   * (test/grammar/parser.test.ts, through `validateGrammar`) runs them. */
  constructor(validate = false) {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3, skipValidations: !validate });
    this.performSelfAnalysis();
    const self = this as unknown as { attemptInRepetitionRecovery: (...args: unknown[]) => void };
    const attempt = self.attemptInRepetitionRecovery;
    let depth = 0;
    self.attemptInRepetitionRecovery = function (this: unknown, ...args: unknown[]) {
      if (depth >= MAX_RESYNC_DEPTH) return;
      depth++;
      try {
        attempt.apply(this, args);
      } finally {
        depth--;
      }
    };
  }

  begin(file: string, tokens: IToken[]): void {
    this.file = file;
    this.strays = [];
    this.inStrayRun = false;
    this.input = tokens;
  }

  private stray(t: IToken): void {
    if (!this.inStrayRun) this.strays.push(t);
    this.inStrayRun = true;
  }

  private span(first: IToken, last: IToken): A.Span {
    return tokenSpan(this.file, first, last);
  }

  /** The span of a bracketed node. When the closing bracket was missing and recovery made one up
   * (it has no position), the node ends with its last child, or with the opening bracket. */
  private closed(open: IToken, close: IToken, children: A.Node[]): A.Span {
    if (!Number.isNaN(close.startOffset)) return this.span(open, close);
    const last = children[children.length - 1];
    return last ? { file: this.file, start: tokenSpan(this.file, open).start, end: last.span.end } : this.span(open, open);
  }

  private between(a: A.Node, b: A.Node): A.Span {
    return { file: this.file, start: a.span.start, end: b.span.end };
  }

  /** True where the tokens ahead begin a new entry's head: `word (name)? (':' | '{')`. This is what
   * lets short entries share a line: `形式: 原件  份数: 1`. */
  private headAhead(): boolean {
    if (this.LA(1).tokenType !== T.Word) return false;
    const second = this.LA(2).tokenType;
    if (HEAD_FOLLOW.has(second)) return true;
    const third = this.LA(3).tokenType;
    // `… 工作日 前置: 甲`: when the second word could itself be a key (`前置:`), the shorter head
    // wins and the first word still belongs to the value. A named kind after a value on the same
    // line is recognised by its block (`材料 户口簿 { … }`) or by a path or string name.
    if (second === T.Word) return third === T.LBrace;
    return NAME_TOKENS.has(second) && HEAD_FOLLOW.has(third);
  }

  private atomAhead(): boolean {
    const t = this.LA(1).tokenType;
    return NAME_TOKENS.has(t) || t === T.NumberLiteral || t === T.LBracket || t === T.LParen;
  }

  // The alternatives of each OR are built once and kept (Chevrotain chooses by position, not by
  // the array): built on every call, they were a large share of a parse's allocations. They use
  // only the parser, never a rule's locals; what an alternative yields is its return value.
  private readonly alts: Record<string, { ALT: () => unknown }[]> = {};

  private endEntry = () => {
    this.inStrayRun = false;
  };

  private topAlts = (): { ALT: () => A.Entry | undefined }[] =>
    (this.alts.top ??= [
      { ALT: () => { const e = this.SUBRULE(this.entry); this.ACTION(this.endEntry); return e; } },
      { ALT: () => { this.CONSUME(T.Newline); this.ACTION(this.endEntry); return undefined; } },
      { ALT: () => { this.CONSUME(T.Semi); return undefined; } },
      { ALT: () => { const t = this.CONSUME(T.Stray); this.ACTION(() => this.stray(t)); return undefined; } },
      { ALT: () => { const t = this.CONSUME(T.RBrace); this.ACTION(() => this.stray(t)); return undefined; } },
    ]) as { ALT: () => A.Entry | undefined }[];

  public file$ = this.RULE("file$", (): A.Entry[] => {
    const entries: A.Entry[] = [];
    this.MANY(() => {
      const e = this.OR(this.topAlts());
      if (e) entries.push(e);
    });
    this.CONSUME(EOF);
    return entries;
  });

  private entry = this.RULE("entry", (): A.Entry => {
    const keyTok = this.CONSUME(T.Word);
    const key: A.Word = { type: "Word", text: keyTok.image, span: this.span(keyTok, keyTok) };
    let name: A.NameNode | undefined;
    let value: A.Value | undefined;
    let block: A.Block | undefined;
    let last: A.Node = key;
    name = this.OPTION(this.optName);
    if (name) last = name;
    const body = this.OPTION2(this.optBody);
    if (body?.type === "Value") value = body;
    else if (body?.type === "Block") block = body;
    if (value) last = value;
    if (block) last = block;
    return { type: "Entry", key, name, value, block, span: this.ACTION(() => this.between(key, last)) };
  }, { recoveryValueFunc: () => undefined as unknown as A.Entry });

  private optName = (): A.NameNode => this.SUBRULE(this.name);

  private optBody = (): A.Value | A.Block =>
    this.OR(
      (this.alts.body ??= [
        {
          ALT: () => {
            this.CONSUME(T.Colon);
            return this.SUBRULE(this.value);
          },
        },
        { ALT: () => this.SUBRULE(this.block) },
      ]) as { ALT: () => A.Value | A.Block }[],
    );

  private name = this.RULE("name", (): A.NameNode => {
    return this.OR(
      (this.alts.name ??= [
        { ALT: () => { const t = this.CONSUME(T.Word); return { type: "Word", text: t.image, span: this.span(t, t) } as A.Word; } },
        { ALT: () => { const t = this.CONSUME(T.Path); return this.ACTION(() => this.pathNode(t)); } },
        { ALT: () => { const t = this.CONSUME(T.StringLiteral); return this.ACTION(() => this.stringNode(t)); } },
      ]) as { ALT: () => A.NameNode }[],
    );
  });

  private pathNode(t: IToken): A.PathNode {
    const segments = t.image.split(/[.．]/);
    return { type: "Path", segments, text: segments.join("."), span: this.span(t, t) };
  }

  private stringNode(t: IToken): A.StringNode {
    return { type: "String", ...unquote(t), span: this.span(t, t) };
  }

  private block = this.RULE("block", (): A.Block => {
    const open = this.CONSUME(T.LBrace);
    const entries: A.Entry[] = [];
    this.MANY(() => {
      const e = this.OR(
        (this.alts.block ??= [
          { ALT: () => { const e = this.SUBRULE(this.entry); this.ACTION(this.endEntry); return e; } },
          { ALT: () => { this.CONSUME(T.Newline); this.ACTION(this.endEntry); return undefined; } },
          { ALT: () => { this.CONSUME(T.Semi); return undefined; } },
          { ALT: () => { const t = this.CONSUME(T.Stray); this.ACTION(() => this.stray(t)); return undefined; } },
        ]) as { ALT: () => A.Entry | undefined }[],
      );
      if (e) entries.push(e);
    });
    const close = this.CONSUME(T.RBrace);
    return { type: "Block", entries, span: this.ACTION(() => this.closed(open, close, entries)) };
  });

  // A value's items and a phrase's atoms are gathered into the list of the rule running now (a
  // nested value or phrase sets its own and puts the outer one back), so the repetitions below are
  // built once, not on every call.
  private valueItems: A.Expr[] = [];
  private phraseAtoms: A.Atom[] = [];

  private readonly valueRep = {
    SEP: T.Comma,
    DEF: () => {
      const e = this.SUBRULE(this.expr);
      if (e) this.valueItems.push(e);
    },
  };

  private readonly phraseRep = {
    GATE: () => this.phraseAtoms.length === 0 || (this.atomAhead() && !this.headAhead()),
    DEF: () => {
      const a = this.SUBRULE(this.atom);
      if (a) this.phraseAtoms.push(a);
    },
  };

  private value = this.RULE("value", (): A.Value => {
    const items: A.Expr[] = [];
    const outer = this.valueItems;
    this.valueItems = items;
    try {
      this.AT_LEAST_ONE_SEP(this.valueRep);
    } finally {
      this.valueItems = outer;
    }
    return this.ACTION(() => ({ type: "Value" as const, items, span: items.length ? this.between(items[0], items[items.length - 1]) : this.span(this.LA(0), this.LA(0)) }));
  });

  // After error recovery a sub-rule may yield nothing; every node is built from what is there, so
  // the tree stays well-formed for the compiler even when the syntax was not.
  // Most expressions have no 或/且: the operand list is made only when one follows.
  private expr = this.RULE("expr", (): A.Expr => {
    const first = this.SUBRULE(this.andExpr);
    let operands: (A.Expr | undefined)[] | undefined;
    this.MANY(() => {
      this.CONSUME(T.Or);
      (operands ??= [first]).push(this.SUBRULE2(this.andExpr));
    });
    return this.ACTION(() => this.join("Or", operands ?? [first]));
  });

  private andExpr = this.RULE("andExpr", (): A.Expr => {
    const first = this.SUBRULE(this.notExpr);
    let operands: (A.Expr | undefined)[] | undefined;
    this.MANY(() => {
      this.CONSUME(T.And);
      (operands ??= [first]).push(this.SUBRULE2(this.notExpr));
    });
    return this.ACTION(() => this.join("And", operands ?? [first]));
  });

  private join(type: "Or" | "And", parts: (A.Expr | undefined)[]): A.Expr {
    if (parts.length === 1) return parts[0]!;
    const operands = parts.filter((p): p is A.Expr => !!p);
    if (operands.length <= 1) return operands[0];
    return { type, operands, span: this.between(operands[0], operands[operands.length - 1]) };
  }

  private notExpr = this.RULE("notExpr", (): A.Expr => {
    return this.OR(
      (this.alts.not ??= [
        {
          ALT: () => {
            const t = this.CONSUME(T.Not);
            const operand = this.SUBRULE(this.notExpr);
            return this.ACTION(() => (operand ? { type: "Not" as const, operand, span: { file: this.file, start: tokenSpan(this.file, t).start, end: operand.span.end } } : operand));
          },
        },
        { ALT: () => this.SUBRULE(this.compare) },
      ]) as { ALT: () => A.Expr }[],
    );
  });

  private compare = this.RULE("compare", (): A.Expr => {
    const left = this.SUBRULE(this.phrase);
    let result: A.Expr = left;
    this.OPTION(() => {
      const opTok = this.OR(
        (this.alts.op ??= [
          { ALT: () => this.CONSUME(T.NeWord) },
          { ALT: () => this.CONSUME(T.EqWord) },
          { ALT: () => this.CONSUME(T.Ge) },
          { ALT: () => this.CONSUME(T.Le) },
          { ALT: () => this.CONSUME(T.Gt) },
          { ALT: () => this.CONSUME(T.Lt) },
          { ALT: () => this.CONSUME(T.Contains) },
          { ALT: () => this.CONSUME(T.In) },
        ]) as { ALT: () => IToken }[],
      );
      const right = this.SUBRULE2(this.phrase);
      result = this.ACTION(() => (left && right ? { type: "Compare" as const, op: compareOp(opTok), opSpan: tokenSpan(this.file, opTok), left, right, span: this.between(left, right) } : left));
    });
    return result;
  });

  private phrase = this.RULE("phrase", (): A.Phrase => {
    const atoms: A.Atom[] = [];
    const outer = this.phraseAtoms;
    this.phraseAtoms = atoms;
    try {
      this.AT_LEAST_ONE(this.phraseRep);
    } finally {
      this.phraseAtoms = outer;
    }
    return this.ACTION(() => ({ type: "Phrase" as const, atoms, span: atoms.length ? this.between(atoms[0], atoms[atoms.length - 1]) : this.span(this.LA(0), this.LA(0)) }));
  });

  private atom = this.RULE("atom", (): A.Atom => {
    return this.OR(
      (this.alts.atom ??= [
        { ALT: () => { const t = this.CONSUME(T.Word); return { type: "Word", text: t.image, span: this.span(t, t) } as A.Word; } },
        { ALT: () => { const t = this.CONSUME(T.Path); return this.ACTION(() => this.pathNode(t)); } },
        { ALT: () => { const t = this.CONSUME(T.StringLiteral); return this.ACTION(() => this.stringNode(t)); } },
        { ALT: () => this.SUBRULE(this.numberOrDuration) },
        { ALT: () => this.SUBRULE(this.list) },
        { ALT: () => this.SUBRULE(this.paren) },
      ]) as { ALT: () => A.Atom }[],
    );
  });

  private numberOrDuration = this.RULE("numberOrDuration", (): A.NumberNode | A.DurationNode => {
    const t = this.CONSUME(T.NumberLiteral);
    let unit: IToken | undefined;
    this.OPTION({
      GATE: () => this.LA(1).tokenType === T.Word && this.LA(1).image in DURATION_UNITS && !this.headAhead(),
      DEF: () => {
        unit = this.CONSUME(T.Word);
      },
    });
    return this.ACTION(() => {
      const { value, percent } = parseNumber(t.image);
      if (unit) return { type: "Duration" as const, value, unit: unit.image, unitSpan: this.span(unit, unit), span: this.span(t, unit) };
      return { type: "Number" as const, value, percent, raw: t.image, span: this.span(t, t) };
    });
  });

  private list = this.RULE("list", (): A.ListNode => {
    const open = this.CONSUME(T.LBracket);
    const items: A.Expr[] = [];
    // Items separated by commas; a trailing comma is allowed: `[热食类, 冷食类,]`.
    this.OPTION(() => {
      const first = this.SUBRULE(this.expr);
      if (first) items.push(first);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.OPTION2(() => {
          const e = this.SUBRULE2(this.expr);
          if (e) items.push(e);
        });
      });
    });
    const close = this.CONSUME(T.RBracket);
    return { type: "List", items, span: this.ACTION(() => this.closed(open, close, items)) };
  });

  private paren = this.RULE("paren", (): A.ParenNode => {
    const open = this.CONSUME(T.LParen);
    const expr = this.SUBRULE(this.expr);
    const close = this.CONSUME(T.RParen);
    return this.ACTION(() => (expr ? { type: "Paren" as const, expr, span: this.closed(open, close, [expr]) } : (undefined as unknown as A.ParenNode)));
  });
}

function compareOp(t: IToken): A.CompareOp {
  const type = t.tokenType;
  if (type === T.Ne || type === T.NeWord) return "!=";
  if (type === T.Eq || type === T.EqWord) return "==";
  if (type === T.Ge) return ">=";
  if (type === T.Le) return "<=";
  if (type === T.Gt) return ">";
  if (type === T.Lt) return "<";
  if (type === T.Contains) return "contains";
  return "in";
}

let instance: MatterParser | undefined;

/** Builds a parser with Chevrotain's grammar validations on: throws on a grammar mistake. */
export function validateGrammar(): void {
  new MatterParser(true);
}

/** Parses one file's text. Never throws on any input; problems are returned. `valueProblems` are
 * well-formed values the model cannot hold (numbers too large), for the compiler to report. */
export function parse(file: string, text: string): { ast: A.FileNode; problems: A.SyntaxProblem[]; valueProblems: A.SyntaxProblem[] } {
  // Most files have no syntax error: the hand-written fast path builds the same tree without
  // Chevrotain's token objects and recovery machinery, and gives up (undefined) on anything else.
  const fast = fastParse(file, text);
  if (fast) return { ast: fast, problems: [], valueProblems: [] };
  return parseWithChevrotain(file, text);
}

/** The Chevrotain lexer and parser, with error recovery: every file the fast path gives up on. */
export function parseWithChevrotain(file: string, text: string): { ast: A.FileNode; problems: A.SyntaxProblem[]; valueProblems: A.SyntaxProblem[] } {
  const lexed = lex(file, text);
  const problems = [...lexed.problems];
  const eofSpan: A.Span = { file, start: { offset: 0, line: 1, column: 1 }, end: { offset: text.length, line: 1, column: 1 } };
  if (!lexed.parseable) return { ast: { type: "File", entries: [], comments: lexed.comments, span: eofSpan }, problems, valueProblems: [] };
  instance ??= new MatterParser();
  const p = instance;
  p.begin(file, lexed.tokens);
  const entries = (p.file$() ?? []).filter(Boolean);
  const strays = p.strays;
  const parserErrors = p.errors;
  // The parser is reused: let go of this file's tokens (they would stay alive until the next file).
  p.begin(file, []);
  // An unclosed string or comment swallows the rest of its line or file; the syntax errors that
  // follow from it would only repeat the same mistake.
  const swallowed = lexed.problems.some((x) => x.code === "E0002" || x.code === "E0003");
  // Chevrotain's errors first, then the stray tokens, but a stray only on a line that has no
  // error yet: one mistake, one message.
  const lines = new Set<number>();
  const errors = swallowed ? [] : parserErrors.map((e) => ({ token: e.token, rule: e.context?.ruleStack?.[e.context.ruleStack.length - 1] ?? "" }));
  for (const e of errors) if (!Number.isNaN(e.token.startOffset)) lines.add(e.token.startLine ?? 0);
  if (!swallowed) {
    for (const t of strays) {
      if (lines.has(t.startLine ?? 0)) continue;
      lines.add(t.startLine ?? 0);
      errors.push({ token: t, rule: "entry" });
    }
  }
  const at = (t: IToken) => (Number.isNaN(t.startOffset) ? Infinity : t.startOffset);
  errors.sort((a, b) => at(a.token) - at(b.token));
  for (const e of errors) {
    const t = e.token;
    const atEof = t.tokenType === EOF || Number.isNaN(t.startOffset);
    const last = lexed.tokens[lexed.tokens.length - 1];
    const at = atEof ? (last ?? t) : t;
    problems.push({
      code: "E0004",
      span: atEof && last ? { ...tokenSpan(file, last), start: tokenSpan(file, last).end } : tokenSpan(file, at),
      args: { found: atEof ? "EOF" : t.tokenType.name, image: atEof ? "" : t.image, rule: e.rule },
    });
  }
  const end = lexed.tokens.length ? tokenSpan(file, lexed.tokens[lexed.tokens.length - 1]).end : eofSpan.start;
  return { ast: { type: "File", entries, comments: lexed.comments, span: { file, start: { offset: 0, line: 1, column: 1 }, end } }, problems, valueProblems: lexed.valueProblems };
}
