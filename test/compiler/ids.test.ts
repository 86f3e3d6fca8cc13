// Stable ids hash a name's UTF-8 bytes (FNV-1a). The hash reads the UTF-16 code units directly;
// this checks it against the bytes TextEncoder gives, lone surrogates (U+FFFD) and astral letters
// included, so ids stay what they were on every name.
import { describe, expect, it } from "vitest";
import { assignIds, stableId } from "../../compiler/ids.js";

function reference(prefix: string, text: string, seed = 0x811c9dc5): string {
  let h = seed >>> 0;
  for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return `${prefix}_${(h >>> 0).toString(16).padStart(8, "0")}`;
}

const NAMES = ["", "a", "营业执照", "字段0.值", "ÿ€ß", "𠀀𪚥", "a\ud800b", "\udc00", "x\ud83d", "😀 申请人.姓名", "開辦餐飲店", "\u07ff\u0800\uffff"];

describe("stable ids", () => {
  it("hash every name as its UTF-8 bytes", () => {
    for (const n of NAMES) expect(stableId("Item", n)).toBe(reference("Item", n));
    // Every code unit up to U+FFFF, one at a time (each lone surrogate included).
    for (let c = 0; c < 0x10000; c += 7) {
      const s = String.fromCharCode(c);
      expect(stableId("F", s)).toBe(reference("F", s));
    }
  });

  it("give distinct names distinct ids", () => {
    const ids = assignIds("Material", NAMES);
    expect(new Set(ids.values()).size).toBe(new Set(NAMES).size);
    expect(ids.get("营业执照")).toBe(reference("Material", "营业执照"));
  });
});
