// Where a word ends: the one rule the Chevrotain tokens (grammar/tokens.ts) and the scanner
// (grammar/scan.ts) share. Without Chevrotain, so the scanner loads without it.
// Words are scanned in bounded chunks: one regular expression over a whole multi-megabyte word
// overflows the regular-expression engine's backtracking stack.
const WORD_START = /[\p{L}_]/uy;
const WORD_CHUNK = /[\p{L}\p{N}\p{M}_]{1,1024}/uy;
let cachedText = "";
let cachedOffset = -1;
let cachedEnd = -1;

/** Letters every Unicode version has (ASCII letters, `_`, the original CJK unified ideographs):
 * a word made of these needs no regular expression; anything else is left to the expressions. */
export function plainLetter(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fa5) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

/** Where the word starting at `offset` ends, or -1 when no word starts there (the scanner,
 * grammar/scan.ts, uses the same rule). */
export function wordEnd(text: string, offset: number): number {
  if (text === cachedText && offset === cachedOffset) return cachedEnd;
  let end = -1;
  if (plainLetter(text.charCodeAt(offset))) end = offset + 1;
  else {
    WORD_START.lastIndex = offset;
    if (WORD_START.test(text)) end = WORD_START.lastIndex;
  }
  if (end >= 0) {
    // Plain letters and digits first; the expression takes over at the first other character.
    for (let c = text.charCodeAt(end); plainLetter(c) || (c >= 0x30 && c <= 0x39); c = text.charCodeAt(end)) end++;
    // An ASCII character the loop stopped at (or the end of the text) goes on no word.
    const next = text.charCodeAt(end);
    for (; next >= 0x80; ) {
      WORD_CHUNK.lastIndex = end;
      if (!WORD_CHUNK.test(text)) break;
      end = WORD_CHUNK.lastIndex;
    }
  }
  cachedText = text;
  cachedOffset = offset;
  cachedEnd = end;
  return end;
}


/** Where the path (word (. word)+, `．` being the full-width dot) whose first word ends at `wordEnd`
 * ends, or -1 when no dot and word follow (the Chevrotain token and the scanner share this rule). */
export function pathEnd(text: string, firstWordEnd: number): number {
  let end = firstWordEnd;
  let dots = 0;
  for (;;) {
    const c = text.charCodeAt(end);
    if (c !== 0x2e && c !== 0xff0e) break;
    const next = wordEnd(text, end + 1);
    if (next < 0) break;
    end = next;
    dots++;
  }
  return dots ? end : -1;
}
