// Traditional spellings of the standard library's names: file names in 使用 and electronic-licence
// types are read as their Simplified names; other names get the Simplified one as the suggestion.
// The character table is checked against OpenCC over every name the standard library has.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { toSimplified } from "../../compiler/traditional.js";
import { compileTexts, renderAll, ROOT } from "../helpers/memory-host.js";

const STD = join(ROOT, "stdlib");

/** Every name of the standard library: file names, licence types, declared names. */
function stdNames(): string[] {
  const names = new Set<string>(["标准库"]);
  for (const f of readdirSync(STD)) {
    names.add(f.replace(/\.(matter|txt)$/, ""));
    const text = readFileSync(join(STD, f), "utf8");
    if (f.endsWith(".txt")) for (const l of text.split("\n")) if (l.trim() && !l.startsWith("#")) names.add(l.trim());
    for (const m of text.matchAll(/^\s*(?:部门|材料|字段)\s+([^\s:{]+)/gm)) names.add(m[1]);
  }
  return [...names];
}

describe("Traditional spellings of standard-library names", () => {
  it("map back to the Simplified name for every name in stdlib/ (OpenCC's Taiwan and Hong Kong spellings)", () => {
    const names = stdNames();
    expect(names).toContain("结婚证");
    expect(names).toContain("市场监管局");
    for (const to of ["tw", "hk"] as const) {
      const convert = OpenCC.Converter({ from: "cn", to });
      for (const n of names) expect(toSimplified(convert(n)), `${to}: ${convert(n)}`).toBe(n);
    }
  });

  const MATTER = (use: string, lead: string, licence: string) => `使用 "${use}/部門"
使用 "${use}/材料"
一件事 测试事 {
  编码: "T-1"
  牵头部门: ${lead}
  承诺时限: 1 工作日
  子事项 甲 { 部门: 市场监管局  承诺时限: 1 工作日  材料: 结婚证明 }
  材料 结婚证明 { 來源: 電子證照 "${licence}" }
}
`;

  it("accept 使用 \"標準庫/部門\" and 電子證照 \"結婚證\", and the model names the Simplified licence type", () => {
    const result = compileTexts({ "main.matter": MATTER("標準庫", "市场监管局", "結婚證") });
    expect(renderAll(result).trim()).toBe("");
    expect(result.models[0].materials.find((m) => m.name === "结婚证明")!.source).toEqual({ kind: "e-licence", licence: "结婚证" });
  });

  it("suggest the Simplified name of a declared name written in Traditional", () => {
    const result = compileTexts({ "main.matter": MATTER("std", "市場監管局", "结婚证") });
    expect(result.diagnostics.map((d) => [d.code, d.args?.suggestion])).toEqual([["E0103", "市场监管局"]]);
  });
});
