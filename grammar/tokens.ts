// The tokens of the matter language. Full-width punctuation is the same token as its ASCII form:
// authors type with a Chinese input method, and the parser must not care which they used.
import { createToken, Lexer, type TokenType, type CustomPatternMatcherFunc } from "chevrotain";

/** Wraps a sticky regular expression as a Chevrotain custom matcher (Chevrotain 11 cannot
 * analyse `\p{…}` classes itself). */
function sticky(source: string): CustomPatternMatcherFunc {
  const re = new RegExp(source, "uy");
  return (text, offset) => {
    re.lastIndex = offset;
    return re.exec(text);
  };
}

const WORD_SRC = String.raw`[\p{L}_][\p{L}\p{N}\p{M}_]*`;

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
export const StringLiteral = createToken({ name: "StringLiteral", pattern: Lexer.NA });
export const AsciiString = createToken({ name: "AsciiString", pattern: /"(?:[^"\\]|\\[\s\S])*"/, line_breaks: true, categories: [StringLiteral] });
export const CurlyString = createToken({ name: "CurlyString", pattern: /“[^”]*”/, line_breaks: true, categories: [StringLiteral] });
export const CornerString = createToken({ name: "CornerString", pattern: /「[^」]*」/, line_breaks: true, categories: [StringLiteral] });
export const WhiteCornerString = createToken({ name: "WhiteCornerString", pattern: /『[^』]*』/, line_breaks: true, categories: [StringLiteral] });
export const UnterminatedString = createToken({ name: "UnterminatedString", pattern: /["“「『][^\r\n]*/ });

export const NumberLiteral = createToken({ name: "NumberLiteral", pattern: /[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?/ });
export const Path = createToken({
  name: "Path",
  pattern: sticky(`${WORD_SRC}(?:[.．]${WORD_SRC})+`),
  line_breaks: false,
  start_chars_hint: undefined,
});

// Keywords of conditions. They are words, so they must be matched before Word and must not match
// the start of a longer word (「或者」 is a word, 「或」 is the keyword).
function keyword(name: string, spellings: string[]): TokenType {
  const alts = spellings
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
  return createToken({ name, pattern: sticky(`(?:${alts})(?![\\p{L}\\p{N}\\p{M}_])`), line_breaks: false });
}
export const Or = keyword("Or", ["或", "or"]);
export const And = keyword("And", ["且", "and"]);
export const Not = keyword("Not", ["非", "not"]);
export const Contains = keyword("Contains", ["包含", "contains"]);
export const In = keyword("In", ["属于", "屬於", "in"]);
export const EqWord = keyword("EqWord", ["等于", "等於", "equals"]);
export const NeWord = keyword("NeWord", ["不等于", "不等於"]);

export const Word = createToken({ name: "Word", pattern: sticky(WORD_SRC), line_breaks: false });

export const OrOp = createToken({ name: "OrOp", pattern: /\|\|/, categories: [Or] });
export const AndOp = createToken({ name: "AndOp", pattern: /&&/, categories: [And] });
export const Ge = createToken({ name: "Ge", pattern: />=|＞＝|≥/ });
export const Le = createToken({ name: "Le", pattern: /<=|＜＝|≤/ });
export const Ne = createToken({ name: "Ne", pattern: /!=|！=|！＝|≠/, categories: [NeWord] });
export const Eq = createToken({ name: "Eq", pattern: /==|=|＝＝|＝/, categories: [EqWord] });
export const Gt = createToken({ name: "Gt", pattern: />|＞/ });
export const Lt = createToken({ name: "Lt", pattern: /<|＜/ });
export const Bang = createToken({ name: "Bang", pattern: /!|！/, categories: [Not] });
export const Colon = createToken({ name: "Colon", pattern: /:|：/ });
export const Comma = createToken({ name: "Comma", pattern: /,|，|、/ });
export const Semi = createToken({ name: "Semi", pattern: /;|；/ });
export const LBrace = createToken({ name: "LBrace", pattern: /\{|｛/ });
export const RBrace = createToken({ name: "RBrace", pattern: /\}|｝/ });
export const LBracket = createToken({ name: "LBracket", pattern: /\[|［|【/ });
export const RBracket = createToken({ name: "RBracket", pattern: /\]|］|】/ });
export const LParen = createToken({ name: "LParen", pattern: /\(|（/ });
export const RParen = createToken({ name: "RParen", pattern: /\)|）/ });
/** Anything else: reported once by the lexer pass with a clear message instead of a raw
 * Chevrotain error. */
export const Unknown = createToken({ name: "Unknown", pattern: /[^\s]/ });

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
];

/** Tokens after which a line break does not end the entry: the value goes on. */
export const CONTINUATION_TOKENS = new Set<TokenType>([Comma, Colon, Or, And, Not, Contains, In, EqWord, NeWord, OrOp, AndOp, Ge, Le, Ne, Eq, Gt, Lt, Bang]);

export const matterLexer = new Lexer(allTokens, {
  positionTracking: "full",
  ensureOptimizations: false,
  skipValidations: true,
  lineTerminatorsPattern: /\r\n|\r|\n/g,
  lineTerminatorCharacters: ["\n", "\r"],
});
