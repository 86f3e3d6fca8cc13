// Words are scanned without a regular expression while they are plain letters (ASCII, `_`, the
// original CJK ideographs) and digits, and by the Unicode expressions from the first other
// character on. Each word below must stay one token, with its exact image and end.
import { describe, expect, it } from "vitest";
import { lex } from "../../grammar/lex.js";

const WORDS = ["申请人", "字段12", "_x1", "abcXYZ", "㐀扩展A", "中\u9fa6文", "é中文ñ", "x\u0301y", "𠀀大字", "大𠀀字", "𝒜b", "ＡＢ１", "一二三四五六七八九十".repeat(300)];

describe("words", () => {
  it("are one token each, whatever letters they mix", () => {
    for (const w of WORDS) {
      const r = lex("t.matter", `${w}: ${w}`);
      const words = r.tokens.filter((t) => t.tokenType.name === "Word");
      expect(words.map((t) => t.image)).toEqual([w, w]);
      expect(words[0].endOffset! + 1).toBe(w.length);
      expect(r.problems).toEqual([]);
    }
  });

  it("end at punctuation and spaces, and make paths across dots", () => {
    const r = lex("t.matter", "申请人.姓名，甲乙 丙。丁（戊）");
    expect(r.tokens.map((t) => [t.tokenType.name, t.image])).toEqual([
      ["Path", "申请人.姓名"],
      ["Comma", "，"],
      ["Word", "甲乙"],
      ["Path", "丙.丁"],
      ["LParen", "（"],
      ["Word", "戊"],
      ["RParen", "）"],
    ]);
  });
});
