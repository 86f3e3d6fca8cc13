// Inputs that used to crash the front end (issue 20): runs of stray tokens that overflowed
// Chevrotain's re-synchronisation, a multi-megabyte word that overflowed the regular-expression
// stack, 非 repeated until the parser's recursion overflowed, and the quadratic paths of
// diagnostics (suggestions, snippets). Each must end in diagnostics, never an exception or E0999.
// Inputs are generated here; nothing is timed (the bench measures speed).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lineIndexStats } from "../../compiler/diagnostics/render.js";
import { nearest, suggestStats } from "../../compiler/suggest.js";
import { formatMatter } from "../../grammar/format/print.js";
import { parse } from "../../grammar/index.js";
import { compileTexts, renderAll, ROOT } from "../helpers/memory-host.js";

function codes(text: string): string[] {
  const result = compileTexts({ "a.matter": text });
  // Rendering is part of the path that crashed: every diagnostic must render.
  expect(renderAll(result).length).toBeGreaterThan(0);
  return result.diagnostics.map((d) => d.code);
}

describe("runs of stray tokens", () => {
  for (const [what, line, n] of [
    ["}", "}", 1_400],
    ["1", "1", 20_000],
    [")", ")", 20_000],
    ['"a"', '"a"', 20_000],
    ["]", "]", 5_000],
    ["甲: }", "甲: }", 5_000],
  ] as const) {
    it(`${n} lines of ${what} give one E0004 a line`, () => {
      const text = `${line}\n`.repeat(n);
      const all = codes(text);
      expect(all).not.toContain("E0999");
      expect(all.filter((c) => c === "E0004")).toHaveLength(n);
      const f = formatMatter(text);
      expect(f.ok).toBe(false);
    });
  }

  it("strays inside a block are reported and the block still closes", () => {
    const r = parse("a.matter", `部门 甲 {\n  1 2 3\n  )\n  全称: "甲局"\n}\n`);
    expect(r.problems.map((p) => [p.code, p.span.start.line])).toEqual([
      ["E0004", 2],
      ["E0004", 3],
    ]);
    expect(r.ast.entries[0].block?.entries.map((e) => e.key.text)).toEqual(["全称"]);
  });

  it("repetitions re-synchronised thousands of times inside a list do not overflow", () => {
    const text = `一件事 甲 {\n  适用: 乙 属于 [${Array.from({ length: 20_000 }, () => "1 ]").join(", ")}]\n}\n`;
    const all = codes(text);
    expect(all).not.toContain("E0999");
    expect(all).toContain("E0004");
  });
});

describe("deep and long", () => {
  it("20,000 × 非 is too deep (E0005), not a stack overflow", () => {
    const text = `一件事 甲 {\n  子事项 乙 { 适用: ${"非 ".repeat(20_000)}丙 }\n}\n`;
    expect(codes(text)).toContain("E0005");
    expect(formatMatter(text).ok).toBe(false);
  });

  it("非 across lines counts too", () => {
    expect(parse("a.matter", `适用: ${"非\n".repeat(100)}丙\n`).problems.map((p) => p.code)).toEqual(["E0005"]);
    expect(parse("a.matter", `适用: ${"非 ".repeat(60)}丙\n`).problems).toEqual([]);
  });

  it("a word of 8 million characters is a word", () => {
    const word = "甲".repeat(8_000_000);
    const r = parse("a.matter", `事项 ${word}\n`);
    expect(r.problems).toEqual([]);
    expect(r.ast.entries[0].name).toMatchObject({ type: "Word" });
    expect((r.ast.entries[0].name as { text: string }).text.length).toBe(word.length);
    // A path of long words, and letters outside the BMP.
    const path = parse("a.matter", `字段 ${"乙".repeat(1_000_000)}.${"𠀀".repeat(500_000)}: 文本\n`);
    expect(path.problems).toEqual([]);
    expect(path.ast.entries[0].name?.type).toBe("Path");
    const all = codes(`事项 ${word}\n`);
    expect(all).toEqual(["E0101"]);
  });

  it("a source line of a megabyte is shown cut around the caret", () => {
    const result = compileTexts({ "a.matter": `部门 甲 { 全称: "${"长".repeat(1_000_000)}"  未知键: 1 }\n` });
    const text = renderAll(result);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["E0101"]);
    expect(text.length).toBeLessThan(3_000);
    expect(text).toContain("…");
    expect(text).toMatch(/\n *\| +\^+\n/);
  });
});

describe("bounded work", () => {
  it("no suggestion is searched for by edit distance in a 60,000-character name", () => {
    const names = Array.from({ length: 200 }, (_, i) => `名称${i}`);
    suggestStats.cells = 0;
    expect(nearest("甲".repeat(60_000), names)).toBeUndefined();
    expect(nearest("名".repeat(30) + "x".repeat(5), ["名".repeat(30) + "y".repeat(5)])).toBe("名".repeat(30) + "y".repeat(5));
    expect(suggestStats.cells).toBeLessThan(10_000);
  });

  it("suggestions stay what they were for real names", () => {
    expect(nearest("市场监管", ["公安局", "市场监管局"])).toBe("市场监管局");
    expect(nearest("营业执招", ["营业执照", "身份证"])).toBe("营业执照");
    expect(nearest("Abc", ["abc", "abd"])).toBe("abc");
    expect(nearest("完全不同的名字", ["营业执照"])).toBeUndefined();
  });

  it("rendering many diagnostics of one file indexes its lines once", () => {
    const result = compileTexts({ "a.matter": "}\n".repeat(3_000) });
    lineIndexStats.builds = 0;
    renderAll(result);
    expect(result.diagnostics).toHaveLength(3_000);
    expect(lineIndexStats.builds).toBeLessThanOrEqual(1);
  });
});

describe("formatting a large file a piece at a time", () => {
  const examples = readdirSync(join(ROOT, "examples"))
    .filter((f) => f.endsWith(".matter"))
    .sort()
    .map((f) => readFileSync(join(ROOT, "examples", f), "utf8"));
  // Formatted and unformatted text, comments and blank lines between and inside entries, full-width
  // punctuation, a value continued on a line that starts at column 1, an Allman brace.
  const messy = examples
    .map((t, i) => (i % 2 ? t.replace(/\n {2}/g, "\n").replace(/: /g, "：") : t.replace(/\n\n/g, "\n\n\n\n")))
    .join("\n// 分隔\n\n/* 块\n注释 */\n");
  const extra = `材料 续行 {\n形式: 原件,\n复印件\n}\n材料 另起\n{ 形式: 原件 }\n\n\n`;

  for (const size of [40, 5_000]) {
    it(`pieces of ${size} characters give the same text as the whole`, () => {
      for (const text of [messy, extra + messy + extra]) {
        const whole = formatMatter(text, { chunkChars: Infinity });
        const pieces = formatMatter(text, { chunkChars: size });
        expect(whole.ok).toBe(true);
        expect(pieces).toEqual(whole);
      }
    });
  }

  it("a file with a syntax error is reported at its real place, also when large", () => {
    const text = `${examples.join("\n")}\n部门 坏 { 全称: }\n${examples[0]}`;
    const whole = formatMatter(text, { chunkChars: Infinity });
    const pieces = formatMatter(text, { chunkChars: 200 });
    expect(whole.ok).toBe(false);
    expect(pieces).toEqual(whole);
  });
});
