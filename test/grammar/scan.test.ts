// The hand-written scanner (grammar/scan.ts) against the Chevrotain lexer, token for token (type,
// image, offsets, lines and columns, comments), on every input of test/grammar/corpus.ts where the
// scanner does not give up; it must not give up on the examples, the standard library or the
// synthetic matters.
import { describe, expect, it } from "vitest";
import { KIND_NAMES } from "../../grammar/kinds.js";
import { scan, scannedTokens } from "../../grammar/scan.js";
import { matterLexer } from "../../grammar/tokens.js";
import { corpus } from "./corpus.js";

const chevrotain = (text: string) => {
  const r = matterLexer.tokenize(text);
  const shape = (t: (typeof r.tokens)[number]) => ({ type: t.tokenType.name, image: t.image, start: t.startOffset, end: t.endOffset, line: t.startLine, column: t.startColumn, endLine: t.endLine, endColumn: t.endColumn });
  return { errors: r.errors.length, tokens: r.tokens.map(shape), comments: (r.groups.comments ?? []).map(shape) };
};

describe("scanner", () => {
  it("gives Chevrotain's tokens wherever it does not give up", () => {
    let taken = 0;
    for (const input of corpus()) {
      const s = scan(input.text);
      if (input.valid) expect(s, input.name).toBeDefined();
      if (!s) continue;
      taken++;
      const c = chevrotain(input.text);
      expect(c.errors, input.name).toBe(0);
      expect(scannedTokens(s, input.text), input.name).toEqual(c.tokens);
      expect(s.comments.map((t) => ({ type: KIND_NAMES[t.kind], image: input.text.slice(t.start, t.end), start: t.start, end: t.end - 1, line: t.line, column: t.column, endLine: t.endLine, endColumn: t.endColumn })), input.name).toEqual(c.comments);
    }
    // The comparison ran on most inputs, mutations included.
    expect(taken).toBeGreaterThan(300);
  }, 120_000);

  it("gives up where Chevrotain reports a character", () => {
    for (const text of ["甲: 乙 # 丙", "甲: \"乙", "/* 甲", "\ufeff甲: 乙", "甲: ①", "甲: 乙。丙", "甲 | 乙", "甲 & 乙", "甲 / 乙", "甲: 1.乙"]) {
      expect(scan(text), text).toBeUndefined();
    }
  });
});
