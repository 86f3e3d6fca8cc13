// isConditionName reads common names (ASCII letters, "_", CJK ideographs, digits) without the
// Unicode tables; on every name it must agree with the rule written as a regular expression.
import { describe, expect, it } from "vitest";
import { isConditionName } from "../../compiler/conditions.js";
import { rng } from "../helpers/rng.js";

const RULE = /^[\p{L}_][\p{L}\p{Nd}\p{Mn}\p{Mc}_]*$/u;
const ALPHABET = ["甲", "办", "\u9fa5", "\u9fa6", "\u9fff", "a", "Z", "_", "0", "9", "\u00aa", "\u0301", "-", " ", "é", "Ⅻ", "٣", "."];

describe("isConditionName", () => {
  it("agrees with the rule as a regular expression on random names (reserved words aside)", () => {
    const next = rng(19);
    for (let k = 0; k < 5000; k++) {
      let name = "";
      const length = Math.floor(next() * 5);
      for (let i = 0; i < length; i++) name += ALPHABET[Math.floor(next() * ALPHABET.length)];
      // FEEL's reserved words are plain ASCII; a name with anything else is never one.
      if (/^[A-Za-z]*$/.test(name)) continue;
      expect(isConditionName(name), JSON.stringify(name)).toBe(RULE.test(name) && !/[\u00aa\u00b5\u00ba]/.test(name));
    }
  });
});
