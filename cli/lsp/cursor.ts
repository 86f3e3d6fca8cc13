// Where the cursor is, in the language's terms: inside which blocks (found by walking the syntax
// tree from the top, each entry's spec giving the context of its block), and whether the author is
// typing a head (a kind or key) or the value of which key. Text being typed is mostly broken, so
// the tree is parsed with the missing `}` added, and the entry at the cursor is read from the
// tokens of its line, which survive any syntax error.
import type { IToken } from "chevrotain";
import type { Entry, FileNode } from "../../grammar/ast.js";
import { lex } from "../../grammar/lex.js";
import { parse } from "../../grammar/parser.js";
import * as T from "../../grammar/tokens.js";
import { findEntrySpec, type ContextId, type EntrySpec } from "../../compiler/schema.js";

export interface BlockLevel {
  /** The entry whose block holds the cursor. */
  entry: Entry;
  spec: EntrySpec;
}

export type Place =
  /** Typing a kind or key at the start of an entry. */
  | { kind: "head" }
  /** After `KEY:`; `tokens` are the value's tokens before the word being typed. `spec` is
   * undefined for keys the context does not know, and for department names under 职责. */
  | { kind: "value"; key: string; spec: EntrySpec | undefined; tokens: IToken[] }
  /** Inside the string of `使用 "…"`. */
  | { kind: "use" }
  | { kind: "none" };

export interface Cursor {
  offset: number;
  ast: FileNode;
  /** Outermost first. */
  chain: BlockLevel[];
  /** The innermost block's context; undefined inside the block of an unknown kind. */
  context: ContextId | undefined;
  /** The enclosing 一件事, if any. */
  matter: Entry | undefined;
  place: Place;
  /** The word (or string contents) being typed, which a completion replaces. */
  partial: { start: number; text: string };
}

const BOUNDARY = new Set([T.Newline, T.Semi, T.LBrace, T.RBrace]);
const NAME_TOKENS = new Set([T.Word, T.Path, T.AsciiString, T.CurlyString, T.CornerString, T.WhiteCornerString]);
const STRING_TOKENS = new Set([T.AsciiString, T.CurlyString, T.CornerString, T.WhiteCornerString]);

/** The file parsed with as many `}` added as are missing, so an unclosed block still holds its
 * entries (the parser's recovery would otherwise drop them). */
export function parseLenient(file: string, text: string, tokens: IToken[]): FileNode {
  let depth = 0;
  for (const t of tokens) {
    if (t.tokenType === T.LBrace) depth++;
    else if (t.tokenType === T.RBrace) depth = Math.max(0, depth - 1);
  }
  return parse(file, depth ? `${text}\n${"}".repeat(depth)}` : text).ast;
}

function blockChain(ast: FileNode, offset: number): { chain: BlockLevel[]; context: ContextId | undefined } {
  const chain: BlockLevel[] = [];
  let context: ContextId | undefined = "top";
  let entries = ast.entries;
  for (;;) {
    // Strictly between the braces: on `{` itself the cursor is still in the outer block.
    const e = entries.find((x) => x.block && x.block.span.start.offset < offset && offset < x.block.span.end.offset);
    if (!e || !context) return { chain, context };
    const spec = findEntrySpec(context, e.key.text);
    if (!spec || !("block" in spec.body)) return { chain, context: undefined };
    chain.push({ entry: e, spec });
    context = spec.body.block;
    entries = e.block!.entries;
  }
}

/** The token under the cursor that is being typed: a word, or the inside of a string. */
function partialAt(tokens: IToken[], text: string, offset: number): { index: number; start: number; text: string; inString: boolean } {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.startOffset >= offset) continue;
    const end = (t.endOffset ?? t.startOffset) + 1;
    if (STRING_TOKENS.has(t.tokenType) && offset < end) return { index: i, start: t.startOffset + 1, text: text.slice(t.startOffset + 1, offset), inString: true };
    if (offset <= end && /^[\p{L}_]/u.test(t.image)) return { index: i, start: t.startOffset, text: text.slice(t.startOffset, offset), inString: false };
    return { index: i + 1, start: offset, text: "", inString: false };
  }
  return { index: 0, start: offset, text: "", inString: false };
}

function placeOf(entryTokens: IToken[], context: ContextId | undefined, inString: boolean): Place {
  if (entryTokens.length === 0) return inString ? { kind: "none" } : { kind: "head" };
  let colon = -1;
  for (let i = entryTokens.length - 1; i >= 0; i--) if (entryTokens[i].tokenType === T.Colon) { colon = i; break; }
  if (colon < 0) {
    const useSpec = context && findEntrySpec(context, entryTokens[0].image);
    return inString && entryTokens.length === 1 && useSpec?.id === "use" ? { kind: "use" } : { kind: "none" };
  }
  if (colon === 0) return { kind: "none" };
  // `字段 企业.名称: …` and `情形 甲: …` are a kind with a name; otherwise the word before the colon.
  const keyTok = colon === 2 && NAME_TOKENS.has(entryTokens[1].tokenType) ? entryTokens[0] : entryTokens[colon - 1];
  if (keyTok.tokenType !== T.Word) return { kind: "none" };
  const spec = context ? findEntrySpec(context, keyTok.image) : undefined;
  return { kind: "value", key: keyTok.image, spec, tokens: entryTokens.slice(colon + 1) };
}

export function cursorAt(file: string, text: string, offset: number): Cursor {
  const { tokens } = lex(file, text);
  const ast = parseLenient(file, text, tokens);
  const { chain, context } = blockChain(ast, offset);
  const partial = partialAt(tokens, text, offset);
  let start = partial.index;
  while (start > 0 && !BOUNDARY.has(tokens[start - 1].tokenType)) start--;
  const place = placeOf(tokens.slice(start, partial.index), context, partial.inString);
  const matter = chain[0]?.spec.id === "matter" ? chain[0].entry : undefined;
  return { offset, ast, chain, context, matter, place, partial: { start: partial.start, text: partial.text } };
}
