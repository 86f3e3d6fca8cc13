// The parser's fast path (grammar/fast-parse.ts) against the Chevrotain parser: on every input of
// test/grammar/corpus.ts the fast path accepts, Chevrotain finds no problem and builds the same
// tree (nodes, spans, comments, and which keys are present); the fast path accepts every example,
// the standard library and the synthetic matters, and gives up on every input with a syntax error.
import { describe, expect, it } from "vitest";
import { fastParse } from "../../grammar/fast-parse.js";
import { parse, parseWithChevrotain } from "../../grammar/parser.js";
import { corpus } from "./corpus.js";

describe("parser fast path", () => {
  it("builds Chevrotain's tree wherever it does not give up", () => {
    let taken = 0;
    let clean = 0;
    for (const input of corpus()) {
      const fast = fastParse("t.matter", input.text);
      const full = parseWithChevrotain("t.matter", input.text);
      const ok = full.problems.length === 0 && full.valueProblems.length === 0;
      if (ok) clean++;
      if (input.valid) expect(fast, input.name).toBeDefined();
      if (!fast) continue;
      taken++;
      expect(ok, input.name).toBe(true);
      expect(fast, input.name).toStrictEqual(full.ast);
      // parse() takes the fast path and returns the same.
      expect(parse("t.matter", input.text), input.name).toStrictEqual({ ast: fast, problems: [], valueProblems: [] });
    }
    // Every input without a problem was taken (the fast path does not silently fall back).
    expect(taken).toBe(clean);
    expect(taken).toBeGreaterThan(100);
  }, 120_000);
});
