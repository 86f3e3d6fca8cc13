// The word cache (grammar/intern.ts): whatever was read before and whichever words share a slot,
// it gives exactly the characters asked for.
import { describe, expect, it } from "vitest";
import { intern } from "../../grammar/intern.js";
import { rng } from "../helpers/rng.js";

describe("intern", () => {
  it("always gives the slice asked for, through collisions and evictions", () => {
    const r = rng(7);
    const alphabet = "甲乙丙丁ab._名字0";
    let text = "";
    for (let i = 0; i < 200_000; i++) text += alphabet[Math.floor(r() * alphabet.length)];
    const wrong: string[] = [];
    for (let k = 0; k < 100_000; k++) {
      const start = Math.floor(r() * (text.length - 20));
      const end = start + Math.floor(r() * 16);
      if (intern(text, start, end) !== text.slice(start, end)) wrong.push(`${start}..${end}`);
    }
    expect(wrong).toEqual([]);
  });

  it("reads a cached word from any text, and long words as they are", () => {
    expect(intern("部门: 市场监管局", 4, 9)).toBe("市场监管局");
    expect(intern("牵头部门: 市场监管局", 6, 11)).toBe("市场监管局");
    expect(intern("牵头部门: 市场监管处", 6, 11)).toBe("市场监管处");
    expect(intern("甲", 0, 0)).toBe("");
    // Long words are not kept (they would be views holding the whole file's text).
    expect(intern("x一个很长很长很长很长的名字", 1, 14)).toBe("一个很长很长很长很长的名字");
  });
});
