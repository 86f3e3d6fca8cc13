// The symbol index editors use: every declaration, and every use resolved to its declaration.
import { describe, expect, it } from "vitest";
import { compileTexts } from "../helpers/memory-host.js";

const SHARED = `材料 申请书 { 形式: 原件 }\n`;
const MAIN = `使用 "std/部门"
使用 "./共用.matter"
一件事 甲 {
  编码: "Y-1"
  牵头部门: 市场监管局
  情形 招牌: 是否 "是否设置招牌？"
  子事项 登记 { 部门: 市场监管局  材料: 申请书 }
  子事项 招牌设置 { 部门: 市场监管局  前置: 登记  适用: 招牌  材料: 申请书 }
}
`;

describe("symbols", () => {
  const r = compileTexts({ "main.matter": MAIN, "共用.matter": SHARED }, ["main.matter"]);

  it("records declarations of every kind, local ones with their matter", () => {
    expect(r.diagnostics).toEqual([]);
    const decl = (kind: string, name: string) => r.symbols.declarations.find((d) => d.kind === kind && d.name === name);
    expect(decl("material", "申请书")?.span.file).toBe("共用.matter");
    expect(decl("situation", "招牌")).toMatchObject({ matter: "甲", span: { file: "main.matter", start: { line: 6, column: 6 } } });
    expect(decl("item", "登记")?.matter).toBe("甲");
    expect(decl("department", "市场监管局")?.span.file).toBe("std/部门.matter");
  });

  it("resolves every use to its declaration, across files", () => {
    const uses = (kind: string, name: string) => r.symbols.references.filter((x) => x.kind === kind && x.name === name);
    expect(uses("material", "申请书").map((u) => [u.span.start.line, u.target.file])).toEqual([
      [7, "共用.matter"],
      [8, "共用.matter"],
    ]);
    expect(uses("situation", "招牌").map((u) => u.span.start.line)).toEqual([8]);
    expect(uses("item", "登记").map((u) => u.span.start.line)).toEqual([8]);
    expect(uses("department", "市场监管局").length).toBe(3);
  });
});
