// The tokens of the matter language. Full-width punctuation is the same token as its ASCII form:
// authors type with a Chinese input method, and the parser must not care which they used.
//
// The lexer runs with Chevrotain's first-character optimisation, and `ensureOptimizations` makes
// building it fail should a token ever defeat it: every token Chevrotain cannot analyse (custom
// matchers, `\p{…}` classes, negated classes) says which characters can start it.
import type { CustomPatternMatcherFunc, TokenType } from "chevrotain";
import { createToken, Lexer } from "./chevrotain.js";
import { pathEnd, wordEnd } from "./words.js";

export { wordEnd };

/** Which characters can start a word: the exact Latin-1 letters, and every bucket of 255 code
 * units above (Chevrotain groups characters above U+00FF that way, so naming one character per
 * bucket covers the bucket; a superset only costs a failed attempt). High surrogates are included,
 * so letters outside the BMP are found too. */
function startHint(first: RegExp): number[] {
  const codes: number[] = [];
  for (let c = 0; c < 256; c++) if (first.test(String.fromCharCode(c))) codes.push(c);
  for (let c = 256; c < 65536; c += 255) codes.push(c);
  codes.push(65535);
  return codes;
}

function matched(text: string, offset: number, end: number): RegExpExecArray | null {
  return end > offset ? ([text.slice(offset, end)] as unknown as RegExpExecArray) : null;
}

const matchWord: CustomPatternMatcherFunc = (text, offset) => matched(text, offset, wordEnd(text, offset));

/** word (. word)+ — `．` is the full-width dot. */
const matchPath: CustomPatternMatcherFunc = (text, offset) => {
  const we = wordEnd(text, offset);
  const end = we < 0 ? -1 : pathEnd(text, we);
  return end < 0 ? null : matched(text, offset, end);
};

const WORD_HINT = startHint(/[\p{L}_]/u);

/** Tokens that may stand where an entry is expected but cannot begin one (all but words, line
 * breaks, `;` and `}`). The parser consumes them one by one and reports them, instead of leaving
 * them to Chevrotain's re-synchronisation, which recurses once per skipped run and overflowed the
 * stack on a file of a few thousand stray lines. (A stray `}` at the top level is consumed the same
 * way; it is not in this category, so that re-synchronisation still stops at a block's end.) */
export const Stray = createToken({ name: "Stray", pattern: Lexer.NA });
const STRAY = [Stray];

export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\u3000\u00a0\ufeff]+/, group: Lexer.SKIPPED });
export const Newline = createToken({ name: "Newline", pattern: /\r\n|\r|\n/, line_breaks: true });
export const LineComment = createToken({ name: "LineComment", pattern: /\/\/[^\r\n]*/, group: "comments" });
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: /\/\*[\s\S]*?\*\//,
  line_breaks: true,
  group: "comments",
});
export const UnterminatedComment = createToken({ name: "UnterminatedComment", pattern: /\/\*[\s\S]*/, line_breaks: true });

// Strings in four quote styles; only the ASCII form knows escapes.
export const StringLiteral = createToken({ name: "StringLiteral", pattern: Lexer.NA, categories: STRAY });
export const AsciiString = createToken({ name: "AsciiString", pattern: /"(?:[^"\\]|\\[\s\S])*"/, line_breaks: true, categories: [StringLiteral] });
export const CurlyString = createToken({ name: "CurlyString", pattern: /“[^”]*”/, line_breaks: true, categories: [StringLiteral] });
export const CornerString = createToken({ name: "CornerString", pattern: /「[^」]*」/, line_breaks: true, categories: [StringLiteral] });
export const WhiteCornerString = createToken({ name: "WhiteCornerString", pattern: /『[^』]*』/, line_breaks: true, categories: [StringLiteral] });
export const UnterminatedString = createToken({ name: "UnterminatedString", pattern: /["“「『][^\r\n]*/ });

export const NumberLiteral = createToken({ name: "NumberLiteral", pattern: /[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?/, categories: STRAY });
export const Path = createToken({ name: "Path", pattern: matchPath, line_breaks: false, start_chars_hint: WORD_HINT, categories: STRAY });

// Keywords of conditions. They are words, so they must be matched before Word and must not match
// the start of a longer word (「或者」 is a word, 「或」 is the keyword).
function keyword(name: string, spellings: string[]): TokenType {
  const alts = spellings
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
  const re = new RegExp(`(?:${alts})(?![\\p{L}\\p{N}\\p{M}_])`, "uy");
  const pattern: CustomPatternMatcherFunc = (text, offset) => {
    re.lastIndex = offset;
    return re.exec(text);
  };
  return createToken({ name, pattern, line_breaks: false, start_chars_hint: [...new Set(spellings.map((s) => s[0]))], categories: STRAY });
}
export const Or = keyword("Or", ["或", "or"]);
export const And = keyword("And", ["且", "and"]);
export const Not = keyword("Not", ["非", "not"]);
export const Contains = keyword("Contains", ["包含", "contains"]);
export const In = keyword("In", ["属于", "屬於", "in"]);
export const EqWord = keyword("EqWord", ["等于", "等於", "equals"]);
export const NeWord = keyword("NeWord", ["不等于", "不等於"]);

export const Word = createToken({ name: "Word", pattern: matchWord, line_breaks: false, start_chars_hint: WORD_HINT });

export const OrOp = createToken({ name: "OrOp", pattern: /\|\|/, categories: [Or] });
export const AndOp = createToken({ name: "AndOp", pattern: /&&/, categories: [And] });
export const Ge = createToken({ name: "Ge", pattern: />=|＞＝|≥/, categories: STRAY });
export const Le = createToken({ name: "Le", pattern: /<=|＜＝|≤/, categories: STRAY });
export const Ne = createToken({ name: "Ne", pattern: /!=|！=|！＝|≠/, categories: [NeWord] });
export const Eq = createToken({ name: "Eq", pattern: /==|=|＝＝|＝/, categories: [EqWord] });
export const Gt = createToken({ name: "Gt", pattern: />|＞/, categories: STRAY });
export const Lt = createToken({ name: "Lt", pattern: /<|＜/, categories: STRAY });
export const Bang = createToken({ name: "Bang", pattern: /!|！/, categories: [Not] });
export const Colon = createToken({ name: "Colon", pattern: /:|：/, categories: STRAY });
export const Comma = createToken({ name: "Comma", pattern: /,|，|、/, categories: STRAY });
export const Semi = createToken({ name: "Semi", pattern: /;|；/ });
export const LBrace = createToken({ name: "LBrace", pattern: /\{|｛/, categories: STRAY });
export const RBrace = createToken({ name: "RBrace", pattern: /\}|｝/ });
export const LBracket = createToken({ name: "LBracket", pattern: /\[|［|【/, categories: STRAY });
export const RBracket = createToken({ name: "RBracket", pattern: /\]|］|】/, categories: STRAY });
export const LParen = createToken({ name: "LParen", pattern: /\(|（/, categories: STRAY });
export const RParen = createToken({ name: "RParen", pattern: /\)|）/, categories: STRAY });
/** Anything else: reported once by the lexer pass with a clear message instead of a raw
 * Chevrotain error. */
export const Unknown = createToken({ name: "Unknown", pattern: /[^\s]/, start_chars_hint: startHint(/\S/) });

export const allTokens: TokenType[] = [
  WhiteSpace,
  Newline,
  LineComment,
  BlockComment,
  UnterminatedComment,
  AsciiString,
  CurlyString,
  CornerString,
  WhiteCornerString,
  UnterminatedString,
  StringLiteral,
  NumberLiteral,
  Path,
  NeWord,
  EqWord,
  Or,
  And,
  Not,
  Contains,
  In,
  Word,
  OrOp,
  AndOp,
  Ge,
  Le,
  Ne,
  Eq,
  Gt,
  Lt,
  Bang,
  Colon,
  Comma,
  Semi,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  LParen,
  RParen,
  Unknown,
  Stray,
];

/** Tokens after which a line break does not end the entry: the value goes on. */
export const CONTINUATION_TOKENS = new Set<TokenType>([Comma, Colon, Or, And, Not, Contains, In, EqWord, NeWord, OrOp, AndOp, Ge, Le, Ne, Eq, Gt, Lt, Bang]);

let lexer: InstanceType<typeof Lexer> | undefined;

/** The Chevrotain lexer, built on first use: files without a syntax error are read by the
 * scanner (grammar/scan.ts), so most runs never need it, and building it costs a cold start. */
export const matterLexer: Pick<InstanceType<typeof Lexer>, "tokenize"> = {
  tokenize: (text, initialMode) =>
    (lexer ??= new Lexer(allTokens, {
      positionTracking: "full",
      ensureOptimizations: true,
      skipValidations: true,
      lineTerminatorsPattern: /\r\n|\r|\n/g,
      lineTerminatorCharacters: ["\n", "\r"],
    })).tokenize(text, initialMode),
};
