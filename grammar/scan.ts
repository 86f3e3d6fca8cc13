// A hand-written scanner for the common case: the same tokens as the Chevrotain lexer
// (grammar/tokens.ts), type for type and position for position, without building a token object
// per token. It gives up (returns undefined) on anything the fast path does not handle — a
// character no token takes, an unterminated string or comment, a byte-order mark, a number too
// large to hold — and the caller then lexes with Chevrotain, which reports those. The
// test/grammar/scan.test.ts checks it token for token against Chevrotain over every example, the
// standard library, the diagnostic fixtures and the fuzzer's mutations.
import type { Comment } from "./ast.js";
import { K, KIND_NAMES } from "./kinds.js";
import { pathEnd, wordEnd } from "./words.js";

/** Tokens as parallel arrays (offsets 0-based, end exclusive; lines and columns 1-based, the end
 * column inclusive as Chevrotain counts it). The arrays are the scanner's own buffers, reused by
 * the next call (a file's tokens are garbage as soon as its tree is built): read `count` entries,
 * and only before scanning again. */
export interface Scanned {
  count: number;
  kinds: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  line: Int32Array;
  column: Int32Array;
  endLine: Int32Array;
  endColumn: Int32Array;
  /** Line and block comments, in order, as Chevrotain's `comments` group. */
  comments: { kind: number; start: number; end: number; line: number; column: number; endLine: number; endColumn: number }[];
}

let capacity = 0;
let buffers: Omit<Scanned, "count" | "comments">;
function grow(min: number): void {
  const old = capacity ? buffers : undefined;
  capacity = Math.max(1024, min, capacity * 2);
  const next = { kinds: new Uint8Array(capacity), start: new Int32Array(capacity), end: new Int32Array(capacity), line: new Int32Array(capacity), column: new Int32Array(capacity), endLine: new Int32Array(capacity), endColumn: new Int32Array(capacity) };
  if (old) for (const k of Object.keys(next) as (keyof typeof next)[]) next[k].set(old[k] as never);
  buffers = next;
}

/** Keywords are words spelled exactly so (the keyword patterns stop where a word would go on). */
const KEYWORDS = new Map<string, number>();
for (const [type, spellings] of [
  [K.NeWord, ["不等于", "不等於"]],
  [K.EqWord, ["等于", "等於", "equals"]],
  [K.Or, ["或", "or"]],
  [K.And, ["且", "and"]],
  [K.Not, ["非", "not"]],
  [K.Contains, ["包含", "contains"]],
  [K.In, ["属于", "屬於", "in"]],
] as [number, string[]][]) {
  for (const s of spellings) KEYWORDS.set(s, type);
}

const KEYWORD_START = new Set([...KEYWORDS.keys()].map((k) => k.charCodeAt(0)));

/** Punctuation of one character, by its code (the two-character operators are handled first). */
const PUNCT = new Map<number, number>([
  [0x3a, K.Colon], [0xff1a, K.Colon],
  [0x2c, K.Comma], [0xff0c, K.Comma], [0x3001, K.Comma],
  [0x3b, K.Semi], [0xff1b, K.Semi],
  [0x7b, K.LBrace], [0xff5b, K.LBrace],
  [0x7d, K.RBrace], [0xff5d, K.RBrace],
  [0x5b, K.LBracket], [0xff3b, K.LBracket], [0x3010, K.LBracket],
  [0x5d, K.RBracket], [0xff3d, K.RBracket], [0x3011, K.RBracket],
  [0x28, K.LParen], [0xff08, K.LParen],
  [0x29, K.RParen], [0xff09, K.RParen],
  [0x2265, K.Ge], [0x2264, K.Le], [0x2260, K.Ne],
]);

/** Characters the scanner takes as punctuation or operators, where no word starts (asked before
 * the word rule, whose regular expression is slow for a character that is no plain letter). Only
 * characters that are indeed no word's start are in it, by the word rule itself. */
const NOT_WORD = new Set(
  [...PUNCT.keys(), 0x7c, 0x26, 0x3e, 0xff1e, 0x3c, 0xff1c, 0x21, 0xff01, 0x3d, 0xff1d].filter((c) => wordEnd(String.fromCharCode(c), 0) < 0),
);

const CLOSING_QUOTE = new Map<number, [number, number]>([
  [0x201c, [0x201d, K.CurlyString]],
  [0x300c, [0x300d, K.CornerString]],
  [0x300e, [0x300f, K.WhiteCornerString]],
]);

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

/** Writes token `count` (no closure over the scanner's state: V8 keeps that state in registers). */
function put(count: number, kind: number, from: number, to: number, startLine: number, startColumn: number, endLine: number, endColumn: number): void {
  if (count >= capacity) grow(count + 1);
  const b = buffers;
  b.kinds[count] = kind;
  b.start[count] = from;
  b.end[count] = to;
  b.line[count] = startLine;
  b.column[count] = startColumn;
  b.endLine[count] = endLine;
  b.endColumn[count] = endColumn;
}

/** Line breaks inside a token (strings, block comments), counted as Chevrotain does: the line
 * and line start after `text[from, to)`, in `after`. */
const after = { line: 0, lineStart: 0 };
function linesIn(text: string, from: number, to: number, line: number, lineStart: number): void {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) {
      if (c === 0x0d && text.charCodeAt(k + 1) === 0x0a) k++;
      line++;
      lineStart = k + 1;
    }
  }
  after.line = line;
  after.lineStart = lineStart;
}

/** The tokens of `text`, or undefined where Chevrotain must do it (see the file's head). */
export function scan(text: string): Scanned | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  if (!capacity) grow(1024);
  const comments: Scanned["comments"] = [];
  let count = 0;
  const n = text.length;
  let line = 1;
  let lineStart = 0; // offset of the current line's first character
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      continue;
    }
    if (c === 0x0a || c === 0x0d) {
      const to = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      put(count++, K.Newline, i, to, line, i - lineStart + 1, line, to - lineStart);
      i = to;
      line++;
      lineStart = i;
      continue;
    }
    if (c === 0x2f) {
      const d = text.charCodeAt(i + 1);
      if (d === 0x2f) {
        let k = i + 2;
        for (let e = text.charCodeAt(k); k < n && e !== 0x0a && e !== 0x0d; e = text.charCodeAt(++k));
        comments.push({ kind: K.LineComment, start: i, end: k, line, column: i - lineStart + 1, endLine: line, endColumn: k - lineStart });
        i = k;
        continue;
      }
      if (d === 0x2a) {
        const close = text.indexOf("*/", i + 2);
        if (close < 0) return undefined;
        const to = close + 2;
        linesIn(text, i, to, line, lineStart);
        comments.push({ kind: K.BlockComment, start: i, end: to, line, column: i - lineStart + 1, endLine: after.line, endColumn: to - after.lineStart });
        (line = after.line), (lineStart = after.lineStart);
        i = to;
        continue;
      }
      return undefined;
    }
    let stringKind = -1;
    let to = -1;
    if (c === 0x22) {
      let k = i + 1;
      for (;;) {
        if (k >= n) return undefined;
        const e = text.charCodeAt(k);
        if (e === 0x22) break;
        k += e === 0x5c ? 2 : 1;
      }
      (stringKind = K.AsciiString), (to = k + 1);
    } else if (c === 0x201c || c === 0x300c || c === 0x300e) {
      const quote = CLOSING_QUOTE.get(c)!;
      const close = text.indexOf(String.fromCharCode(quote[0]), i + 1);
      if (close < 0) return undefined;
      (stringKind = quote[1]), (to = close + 1);
    }
    if (stringKind >= 0) {
      linesIn(text, i, to, line, lineStart);
      put(count++, stringKind, i, to, line, i - lineStart + 1, after.line, to - after.lineStart);
      (line = after.line), (lineStart = after.lineStart);
      i = to;
      continue;
    }
    if (isDigit(c)) {
      let k = i + 1;
      while (k < n && isDigit(text.charCodeAt(k))) k++;
      const dot = text.charCodeAt(k);
      if ((dot === 0x2e || dot === 0xff0e) && isDigit(text.charCodeAt(k + 1))) {
        k += 2;
        while (k < n && isDigit(text.charCodeAt(k))) k++;
      }
      const pct = text.charCodeAt(k);
      if (pct === 0x25 || pct === 0xff05) k++;
      put(count++, K.NumberLiteral, i, k, line, i - lineStart + 1, line, k - lineStart);
      i = k;
      continue;
    }
    const we = NOT_WORD.has(c) ? -1 : wordEnd(text, i);
    if (we >= 0) {
      // A path (words joined by dots) first, then a keyword, then a word: the lexer's order.
      const end = pathEnd(text, we);
      if (end >= 0) put(count++, K.Path, i, end, line, i - lineStart + 1, line, end - lineStart);
      else put(count++, (we - i <= 8 && KEYWORD_START.has(c) && KEYWORDS.get(text.slice(i, we))) || K.Word, i, we, line, i - lineStart + 1, line, we - lineStart);
      i = end >= 0 ? end : we;
      continue;
    }
    const d = text.charCodeAt(i + 1);
    let type: number | undefined;
    let len = 1;
    switch (c) {
      case 0x7c: // |
        if (d !== 0x7c) return undefined;
        (type = K.OrOp), (len = 2);
        break;
      case 0x26: // &
        if (d !== 0x26) return undefined;
        (type = K.AndOp), (len = 2);
        break;
      case 0x3e: // >
        type = d === 0x3d ? ((len = 2), K.Ge) : K.Gt;
        break;
      case 0xff1e: // ＞
        type = d === 0xff1d ? ((len = 2), K.Ge) : K.Gt;
        break;
      case 0x3c: // <
        type = d === 0x3d ? ((len = 2), K.Le) : K.Lt;
        break;
      case 0xff1c: // ＜
        type = d === 0xff1d ? ((len = 2), K.Le) : K.Lt;
        break;
      case 0x21: // !
        type = d === 0x3d ? ((len = 2), K.Ne) : K.Bang;
        break;
      case 0xff01: // ！
        type = d === 0x3d || d === 0xff1d ? ((len = 2), K.Ne) : K.Bang;
        break;
      case 0x3d: // =
        if (d === 0x3d) len = 2;
        type = K.Eq;
        break;
      case 0xff1d: // ＝
        if (d === 0xff1d) len = 2;
        type = K.Eq;
        break;
      default:
        type = PUNCT.get(c);
    }
    if (type === undefined) return undefined;
    put(count++, type, i, i + len, line, i - lineStart + 1, line, i + len - lineStart);
    i += len;
  }
  return { count, ...buffers, comments };
}

/** Every token, as Chevrotain's lexer gives them (for the test). */
export function scannedTokens(s: Scanned, text: string): { type: string; image: string; start: number; end: number; line: number; column: number; endLine: number; endColumn: number }[] {
  const out = [];
  for (let k = 0; k < s.count; k++) {
    out.push({ type: KIND_NAMES[s.kinds[k]], image: text.slice(s.start[k], s.end[k]), start: s.start[k], end: s.end[k] - 1, line: s.line[k], column: s.column[k], endLine: s.endLine[k], endColumn: s.endColumn[k] });
  }
  return out;
}

/** The comments as the parser returns them. */
export function scannedComments(s: Scanned, text: string, file: string): Comment[] {
  return s.comments.map((t) => ({
    type: "Comment" as const,
    span: { file, start: { offset: t.start, line: t.line, column: t.column }, end: { offset: t.end, line: t.endLine, column: t.endColumn + 1 } },
    text: text.slice(t.start, t.end),
    block: t.kind === K.BlockComment,
  }));
}
