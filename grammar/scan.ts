// A hand-written scanner for the common case: the same tokens as the Chevrotain lexer
// (grammar/tokens.ts), type for type and position for position, without building a token object
// per token. It gives up (returns undefined) on anything the fast path does not handle — a
// character no token takes, an unterminated string or comment, a byte-order mark, a number too
// large to hold — and the caller then lexes with Chevrotain, which reports those. The
// test/grammar/scan.test.ts checks it token for token against Chevrotain over every example, the
// standard library, the diagnostic fixtures and the fuzzer's mutations.
import type { TokenType } from "chevrotain";
import type { Comment } from "./ast.js";
import * as T from "./tokens.js";

/** Tokens as parallel arrays (offsets 0-based, end exclusive; lines and columns 1-based, the end
 * column inclusive as Chevrotain counts it). */
export interface Scanned {
  types: TokenType[];
  start: number[];
  end: number[];
  line: number[];
  column: number[];
  endLine: number[];
  endColumn: number[];
  /** Line and block comments, in order, as Chevrotain's `comments` group. */
  comments: { type: TokenType; start: number; end: number; line: number; column: number; endLine: number; endColumn: number }[];
}

/** Keywords are words spelled exactly so (the keyword patterns stop where a word would go on). */
const KEYWORDS = new Map<string, TokenType>();
for (const [type, spellings] of [
  [T.NeWord, ["不等于", "不等於"]],
  [T.EqWord, ["等于", "等於", "equals"]],
  [T.Or, ["或", "or"]],
  [T.And, ["且", "and"]],
  [T.Not, ["非", "not"]],
  [T.Contains, ["包含", "contains"]],
  [T.In, ["属于", "屬於", "in"]],
] as [TokenType, string[]][]) {
  for (const s of spellings) KEYWORDS.set(s, type);
}

const KEYWORD_START = new Set([...KEYWORDS.keys()].map((k) => k.charCodeAt(0)));

/** Punctuation of one character, by its code (the two-character operators are handled first). */
const PUNCT = new Map<number, TokenType>([
  [0x3a, T.Colon], [0xff1a, T.Colon],
  [0x2c, T.Comma], [0xff0c, T.Comma], [0x3001, T.Comma],
  [0x3b, T.Semi], [0xff1b, T.Semi],
  [0x7b, T.LBrace], [0xff5b, T.LBrace],
  [0x7d, T.RBrace], [0xff5d, T.RBrace],
  [0x5b, T.LBracket], [0xff3b, T.LBracket], [0x3010, T.LBracket],
  [0x5d, T.RBracket], [0xff3d, T.RBracket], [0x3011, T.RBracket],
  [0x28, T.LParen], [0xff08, T.LParen],
  [0x29, T.RParen], [0xff09, T.RParen],
  [0x2265, T.Ge], [0x2264, T.Le], [0x2260, T.Ne],
]);

const CLOSING_QUOTE = new Map<number, [number, TokenType]>([
  [0x201c, [0x201d, T.CurlyString]],
  [0x300c, [0x300d, T.CornerString]],
  [0x300e, [0x300f, T.WhiteCornerString]],
]);

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

/** The tokens of `text`, or undefined where Chevrotain must do it (see the file's head). */
export function scan(text: string): Scanned | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  const out: Scanned = { types: [], start: [], end: [], line: [], column: [], endLine: [], endColumn: [], comments: [] };
  const n = text.length;
  let line = 1;
  let lineStart = 0; // offset of the current line's first character
  let i = 0;
  const push = (type: TokenType, from: number, to: number) => {
    out.types.push(type);
    out.start.push(from);
    out.end.push(to);
    out.line.push(line);
    out.column.push(from - lineStart + 1);
    out.endLine.push(line);
    out.endColumn.push(to - lineStart);
  };
  /** A token that may hold line breaks (strings, block comments): lines counted as Chevrotain does. */
  const pushMultiline = (type: TokenType, from: number, to: number, comment: boolean) => {
    const startLine = line;
    const startColumn = from - lineStart + 1;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x0a || c === 0x0d) {
        if (c === 0x0d && text.charCodeAt(k + 1) === 0x0a) k++;
        line++;
        lineStart = k + 1;
      }
    }
    const token = { type, start: from, end: to, line: startLine, column: startColumn, endLine: line, endColumn: to - lineStart };
    if (comment) {
      out.comments.push(token);
      return;
    }
    out.types.push(type);
    out.start.push(from);
    out.end.push(to);
    out.line.push(startLine);
    out.column.push(startColumn);
    out.endLine.push(line);
    out.endColumn.push(to - lineStart);
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      continue;
    }
    if (c === 0x0a || c === 0x0d) {
      const to = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      push(T.Newline, i, to);
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
        out.comments.push({ type: T.LineComment, start: i, end: k, line, column: i - lineStart + 1, endLine: line, endColumn: k - lineStart });
        i = k;
        continue;
      }
      if (d === 0x2a) {
        const close = text.indexOf("*/", i + 2);
        if (close < 0) return undefined;
        pushMultiline(T.BlockComment, i, close + 2, true);
        i = close + 2;
        continue;
      }
      return undefined;
    }
    if (c === 0x22) {
      let k = i + 1;
      for (;;) {
        if (k >= n) return undefined;
        const e = text.charCodeAt(k);
        if (e === 0x22) break;
        k += e === 0x5c ? 2 : 1;
      }
      pushMultiline(T.AsciiString, i, k + 1, false);
      i = k + 1;
      continue;
    }
    const quote = c === 0x201c || c === 0x300c || c === 0x300e ? CLOSING_QUOTE.get(c) : undefined;
    if (quote) {
      const close = text.indexOf(String.fromCharCode(quote[0]), i + 1);
      if (close < 0) return undefined;
      pushMultiline(quote[1], i, close + 1, false);
      i = close + 1;
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
      push(T.NumberLiteral, i, k);
      i = k;
      continue;
    }
    const we = T.wordEnd(text, i);
    if (we >= 0) {
      // A path (words joined by dots) first, then a keyword, then a word: the lexer's order.
      let end = we;
      let dots = 0;
      for (;;) {
        const d = text.charCodeAt(end);
        if (d !== 0x2e && d !== 0xff0e) break;
        const next = T.wordEnd(text, end + 1);
        if (next < 0) break;
        end = next;
        dots++;
      }
      if (dots) push(T.Path, i, end);
      else push((we - i <= 8 && KEYWORD_START.has(c) && KEYWORDS.get(text.slice(i, we))) || T.Word, i, we);
      i = dots ? end : we;
      continue;
    }
    const d = text.charCodeAt(i + 1);
    let type: TokenType | undefined;
    let len = 1;
    switch (c) {
      case 0x7c: // |
        if (d !== 0x7c) return undefined;
        (type = T.OrOp), (len = 2);
        break;
      case 0x26: // &
        if (d !== 0x26) return undefined;
        (type = T.AndOp), (len = 2);
        break;
      case 0x3e: // >
        type = d === 0x3d ? ((len = 2), T.Ge) : T.Gt;
        break;
      case 0xff1e: // ＞
        type = d === 0xff1d ? ((len = 2), T.Ge) : T.Gt;
        break;
      case 0x3c: // <
        type = d === 0x3d ? ((len = 2), T.Le) : T.Lt;
        break;
      case 0xff1c: // ＜
        type = d === 0xff1d ? ((len = 2), T.Le) : T.Lt;
        break;
      case 0x21: // !
        type = d === 0x3d ? ((len = 2), T.Ne) : T.Bang;
        break;
      case 0xff01: // ！
        type = d === 0x3d || d === 0xff1d ? ((len = 2), T.Ne) : T.Bang;
        break;
      case 0x3d: // =
        if (d === 0x3d) len = 2;
        type = T.Eq;
        break;
      case 0xff1d: // ＝
        if (d === 0xff1d) len = 2;
        type = T.Eq;
        break;
      default:
        type = PUNCT.get(c);
    }
    if (!type) return undefined;
    push(type, i, i + len);
    i += len;
  }
  return out;
}

/** Every token, as Chevrotain's lexer gives them (for the test). */
export function scannedTokens(s: Scanned, text: string): { type: string; image: string; start: number; end: number; line: number; column: number; endLine: number; endColumn: number }[] {
  return s.types.map((type, k) => ({ type: type.name, image: text.slice(s.start[k], s.end[k]), start: s.start[k], end: s.end[k] - 1, line: s.line[k], column: s.column[k], endLine: s.endLine[k], endColumn: s.endColumn[k] }));
}

/** The comments as the parser returns them. */
export function scannedComments(s: Scanned, text: string, file: string): Comment[] {
  return s.comments.map((t) => ({
    type: "Comment" as const,
    span: { file, start: { offset: t.start, line: t.line, column: t.column }, end: { offset: t.end, line: t.endLine, column: t.endColumn + 1 } },
    text: text.slice(t.start, t.end),
    block: t.type === T.BlockComment,
  }));
}
