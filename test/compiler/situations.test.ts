// Details of situations and participation that the fixtures do not pin.
import { describe, expect, it } from "vitest";
import { compileTexts } from "../helpers/memory-host.js";

const wrap = (body: string) => `使用 "std/部门"\n使用 "std/材料"\n一件事 甲 {\n  编码: "S-1"\n  牵头部门: 住建局\n${body}}\n`;

describe("situations", () => {
  it("accept a list default for a multiple choice", () => {
    const r = compileTexts({ "a.matter": wrap(`  情形 报装类型: 多选 "报装哪些？" [用水, 用电, 用气] 默认 [用水, 用电]\n  子事项 用水报装 { 部门: 水务局  适用: 报装类型 包含 用水 }\n`) });
    expect(r.diagnostics).toEqual([]);
    expect(r.models[0].situations[0].default).toEqual(["用水", "用电"]);
  });

  it("report a broken declaration once, not again in every condition naming it", () => {
    const r = compileTexts({ "a.matter": wrap(`  情形 报装类型: 多选 "报装哪些？" [用水]\n  子事项 用水报装 { 部门: 水务局  适用: 报装类型 包含 用水 }\n`) });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E0607"]);
  });
});

describe("participation", () => {
  it("counts a department that shares data as taking part", () => {
    const r = compileTexts({
      "a.matter": wrap(`  配合部门: 水务局, 公安局\n  子事项 用水报装 { 部门: 水务局  材料: 户籍信息 }\n  材料 户籍信息 { 来源: 数据共享 公安局 }\n`),
    });
    expect(r.diagnostics).toEqual([]);
  });
});

describe("the form's top level", () => {
  it("keeps 材料 for uploads: a field may not start with it", () => {
    const r = compileTexts({ "a.matter": wrap(`  字段 材料.备注: 文本\n  子事项 甲 { 部门: 住建局  字段: 材料.备注 }\n`) });
    expect(r.diagnostics.map((d) => [d.code, d.args.name])).toEqual([["E0116", "材料"]]);
  });

  it("lets fields share their first segment", () => {
    const r = compileTexts({ "a.matter": wrap(`  字段 企业.名称: 文本\n  字段 企业.住所: 地址\n  子事项 甲 { 部门: 住建局  字段: 企业.名称, 企业.住所 }\n`) });
    expect(r.diagnostics).toEqual([]);
  });
});

describe("cascades", () => {
  it("reports an unknown lead once, not again for every sub-item of the lead", () => {
    const r = compileTexts({ "a.matter": wrap(`  配合部门: 水务局\n  子事项 甲 { 部门: 住建局 }\n  子事项 乙 { 部门: 水务局 }\n`).replace("牵头部门: 住建局", "牵头部门: 住建") });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E0103"]);
  });
});
