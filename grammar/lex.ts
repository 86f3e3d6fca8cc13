// Characters → tokens: decoding, the lexer, and the line-break rules that make entries end at
// the end of a line except where the value plainly goes on.
import { Buffer } from "node:buffer";
import type { IToken } from "chevrotain";
import type { Comment, Span, SyntaxProblem } from "./ast.js";
import * as T from "./tokens.js";

/** Deeper nesting than this is reported instead of parsed (it would only ever be a mistake, and
 * a recursive-descent parser must not overflow the stack on it). */
export const MAX_NESTING = 64;

export interface LexResult {
  tokens: IToken[];
  comments: Comment[];
  problems: SyntaxProblem[];
  /** Numbers too large to hold exactly (E0007): the syntax is fine (the formatter prints them as
   * written), the compiler reports them. */
  valueProblems: SyntaxProblem[];
  /** False when the file cannot be parsed meaningfully (nesting too deep). */
  parseable: boolean;
}

/** Decodes UTF-8 bytes (with or without BOM). Invalid bytes give `undefined`. */
export function decodeSource(bytes: Uint8Array): string | undefined {
  return decodeSourceNoting(bytes)?.text;
}

/** A decoded text, and what the decoder saw of it on the way. */
export interface DecodedSource {
  text: string;
  /** True when the text is known to hold no control character (C0 but tab, line feed and carriage
   * return; DEL and C1; U+FFFE, U+FFFF): the compiler then need not search it for E0120. False
   * means "not known", never "has some". */
  withoutControls: boolean;
}

/** decodeSource, noting whether the text holds no control character (DecodedSource). */
export function decodeSourceNoting(bytes: Uint8Array): DecodedSource | undefined {
  const quick = decodePlain(bytes);
  if (quick !== undefined) return quick;
  try {
    return { text: stripBom(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes)), withoutControls: false };
  } catch {
    return undefined;
  }
}

let units = new Uint16Array(0);
/** The UTF-16 buffer is read as little-endian code units: on a big-endian machine, TextDecoder always. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The common case without TextDecoder: UTF-8 of one to three bytes per character, without a
 * byte-order mark, decoded into a reused buffer of UTF-16 code units and copied out once (the
 * platform's decoders build the string far more slowly). Anything else — a BOM, a four-byte
 * character, any ill-formed sequence (overlong, surrogate, truncated) — gives undefined and the
 * fatal TextDecoder decides. Every sequence taken here is well-formed UTF-8, and decodes to the
 * same code units TextDecoder gives (test/grammar/decode.test.ts compares them). */
function decodePlain(bytes: Uint8Array): DecodedSource | undefined {
  const n = bytes.length;
  if (!LITTLE_ENDIAN) return undefined;
  if (n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return undefined;
  if (units.length < n) units = new Uint16Array(Math.max(n, units.length * 2, 4096));
  const out = units;
  let j = 0;
  let ascii = true;
  let controls = false;
  for (let i = 0; i < n; ) {
    const c = bytes[i];
    if (c < 0x80) {
      if (c < 0x20 ? c !== 0x0a && c !== 0x0d && c !== 0x09 : c === 0x7f) controls = true;
      out[j++] = c;
      i++;
      continue;
    }
    ascii = false;
    if (c >= 0xe0 && c <= 0xef) {
      if (i + 2 >= n) return undefined;
      const c1 = bytes[i + 1];
      const c2 = bytes[i + 2];
      // E0 needs A0–BF after it (no overlong form), ED 80–9F (no surrogate), the others 80–BF.
      const lo = c === 0xe0 ? 0xa0 : 0x80;
      const hi = c === 0xed ? 0x9f : 0xbf;
      if (c1 < lo || c1 > hi || (c2 & 0xc0) !== 0x80) return undefined;
      const u = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      if (u >= 0xfffe) controls = true;
      out[j++] = u;
      i += 3;
      continue;
    }
    if (c >= 0xc2 && c <= 0xdf) {
      if (i + 1 >= n) return undefined;
      const c1 = bytes[i + 1];
      if ((c1 & 0xc0) !== 0x80) return undefined;
      const u = ((c & 0x1f) << 6) | (c1 & 0x3f);
      if (u <= 0x9f) controls = true;
      out[j++] = u;
      i += 2;
      continue;
    }
    return undefined;
  }
  const text = ascii ? Buffer.from(bytes.buffer, bytes.byteOffset, n).toString("latin1") : Buffer.from(out.buffer, 0, j * 2).toString("utf16le");
  return { text, withoutControls: !controls };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The span from token `t` to token `last`. Positions are stored as small integers (`| 0`):
 * Chevrotain keeps its token positions as doubles (recovery makes some NaN), and one double
 * stored into a position would make V8 box every position of every tree as a heap number —
 * twice the memory for the same tree. A position that recovery made up (NaN) becomes 0. */
export function tokenSpan(file: string, t: IToken, last: IToken = t): Span {
  return {
    file,
    start: { offset: t.startOffset | 0, line: (t.startLine ?? 1) | 0, column: (t.startColumn ?? 1) | 0 },
    end: {
      offset: ((last.endOffset ?? last.startOffset) + 1) | 0,
      line: (last.endLine ?? last.startLine ?? 1) | 0,
      column: ((last.endColumn ?? last.startColumn ?? 1) + 1) | 0,
    },
  };
}

/** The value of a number literal (full-width digits allowed; a trailing % is ignored). */
export function numberValue(raw: string): number {
  // ASCII digits only (most numbers): Number reads them as they are.
  let plain = true;
  for (let i = 0; i < raw.length && plain; i++) {
    const c = raw.charCodeAt(i);
    plain = (c >= 0x30 && c <= 0x39) || c === 0x2e;
  }
  if (plain) return Number(raw);
  const ascii = raw.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace("．", ".");
  return Number(/[%％]$/.test(ascii) ? ascii.slice(0, -1) : ascii);
}

const OPENERS = new Set([T.LBrace, T.LBracket, T.LParen]);
const CLOSERS = new Set([T.RBrace, T.RBracket, T.RParen]);

const NAME_PARTS = new Set([T.Word, T.Path]);
/** Full stops a Chinese input method types where the path wanted `.`. */
const IME_STOPS = new Set(["。", "｡"]);

/** `母亲。姓名`: an input method's full stop between two names (no space around it) was meant as the
 * path's `.`. The three tokens become the path `母亲.姓名` (so nothing else cascades from it) and the
 * stop is reported with that path as the suggestion — deleting it would silently name another field. */
function joinImeStops(tokens: IToken[], file: string, problems: SyntaxProblem[]): IToken[] {
  const out: IToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (
      t.tokenType === T.Unknown && IME_STOPS.has(t.image) && prev && next &&
      NAME_PARTS.has(prev.tokenType) && NAME_PARTS.has(next.tokenType) &&
      prev.endOffset! + 1 === t.startOffset && t.endOffset! + 1 === next.startOffset
    ) {
      const image = `${prev.image}.${next.image}`;
      problems.push({ code: "E0001", span: tokenSpan(file, t), args: { char: t.image, suggestion: image.replace(/．/g, ".") } });
      out[out.length - 1] = { ...prev, image, tokenType: T.Path, tokenTypeIdx: T.Path.tokenTypeIdx!, endOffset: next.endOffset, endLine: next.endLine, endColumn: next.endColumn };
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

export function lex(file: string, text: string): LexResult {
  const result = T.matterLexer.tokenize(stripBom(text));
  const problems: SyntaxProblem[] = [];
  result.tokens = joinImeStops(result.tokens, file, problems);
  for (const e of result.errors) {
    // With the catch-all Unknown token the lexer itself never fails; kept for safety.
    problems.push({
      code: "E0001",
      span: { file, start: { offset: e.offset, line: e.line ?? 1, column: e.column ?? 1 }, end: { offset: e.offset + e.length, line: e.line ?? 1, column: (e.column ?? 1) + e.length } },
      args: { char: text.substr(e.offset, 1) },
    });
  }
  const comments: Comment[] = (result.groups.comments ?? []).map((t) => ({
    type: "Comment" as const,
    span: tokenSpan(file, t),
    text: t.image,
    block: t.tokenType === T.BlockComment,
  }));

  const tokens: IToken[] = [];
  let parenDepth = 0; // ( and [: line breaks inside do not end entries
  const stack: IToken[] = [];
  let parseable = true;
  let notRun = 0;
  const valueProblems: SyntaxProblem[] = [];
  for (const t of result.tokens) {
    const type = t.tokenType;
    if (type === T.Unknown) {
      problems.push({ code: "E0001", span: tokenSpan(file, t), args: { char: t.image } });
      continue;
    }
    if (type === T.UnterminatedString) {
      problems.push({ code: "E0002", span: tokenSpan(file, t), args: { quote: t.image[0] } });
      continue;
    }
    if (type === T.NumberLiteral && !(Math.abs(numberValue(t.image)) <= Number.MAX_SAFE_INTEGER)) {
      // Kept in the tree (so the rest still parses) but reported: no model carries a number that
      // JSON, the form engines and the figures cannot hold exactly.
      valueProblems.push({ code: "E0007", span: tokenSpan(file, t), args: { number: t.image.length > 24 ? `${t.image.slice(0, 20)}…` : t.image } });
    }
    if (type === T.UnterminatedComment) {
      problems.push({ code: "E0003", span: tokenSpan(file, t), args: {} });
      continue;
    }
    // `非 非 非 …` nests like brackets do (each 非 is one more level for the parser and for
    // everything that walks the tree).
    if (type === T.Not || type === T.Bang) notRun++;
    else if (type !== T.Newline) notRun = 0;
    if (notRun > MAX_NESTING && parseable) {
      problems.push({ code: "E0005", span: tokenSpan(file, t), args: { max: MAX_NESTING } });
      parseable = false;
    }
    if (OPENERS.has(type)) {
      stack.push(t);
      if (type !== T.LBrace) parenDepth++;
      if (stack.length > MAX_NESTING && parseable) {
        problems.push({ code: "E0005", span: tokenSpan(file, t), args: { max: MAX_NESTING } });
        parseable = false;
      }
    } else if (CLOSERS.has(type)) {
      const open = stack.pop();
      if (open && open.tokenType !== T.LBrace) parenDepth = Math.max(0, parenDepth - 1);
    }
    if (type === T.Newline) {
      const prev = tokens[tokens.length - 1];
      if (parenDepth > 0 || !prev || prev.tokenType === T.Newline || prev.tokenType === T.LBrace || T.CONTINUATION_TOKENS.has(prev.tokenType)) continue;
    } else if (type === T.LBrace) {
      // Allman style: a `{` on the line after its head still opens that head's block.
      while (tokens.length && tokens[tokens.length - 1].tokenType === T.Newline) tokens.pop();
    } else if (T.CONTINUATION_TOKENS.has(type) && type !== T.Not && type !== T.Bang) {
      // A line that starts with a binary operator or comma continues the previous one.
      while (tokens.length && tokens[tokens.length - 1].tokenType === T.Newline) tokens.pop();
    }
    tokens.push(t);
  }
  return { tokens, comments, problems, valueProblems, parseable };
}
