// Local versions of a province template (模板) and the sub-item elements: the accepting window and
// the places per district are local (each city writes its own, replacing the template's), every
// other element is uniform across the province and comes from the template (E0703 when a local
// version writes one).
import { describe, expect, it } from "vitest";
import { compileTexts } from "../helpers/memory-host.js";

const TEMPLATE = `使用 "std/部门"
一件事 开店模板 {
  编码: "T-TPL"
  牵头部门: 市场监管局
  承诺时限: 5 工作日
  子事项 食品经营许可 {
    部门: 市场监管局
    承诺时限: 5 工作日
    办件类型: 承诺件
    设定依据 "中华人民共和国食品安全法" { 条款: "第三十五条" }
    受理窗口: "省模板窗口"
    办理地点 全市: "市政务服务中心"
  }
}
`;

const local = (inner: string) => `使用 "模板.matter"
一件事 甲市开店 {
  模板: 开店模板
  编码: "T-JIA"
  子事项 食品经营许可 {
${inner}
  }
}
`;

describe("sub-item elements in a local version", () => {
  it("take the template's elements and the local window and places", () => {
    const result = compileTexts({ "模板.matter": TEMPLATE, "甲市.matter": local('    受理窗口: "甲市民中心3号窗口"\n    办理地点 南山区: "南山区政务服务中心"\n    办理地点 福田区: "福田区政务服务中心"') }, ["模板.matter", "甲市.matter"]);
    expect(result.diagnostics.map((d) => d.code)).toEqual([]);
    const item = result.models.find((m) => m.code === "T-JIA")!.items[0];
    expect(item.handlingType).toBe("承诺件");
    expect(item.basis).toEqual([{ name: "中华人民共和国食品安全法", articles: ["第三十五条"] }]);
    expect(item.window).toBe("甲市民中心3号窗口");
    expect(item.places).toEqual([
      { district: "南山区", address: "南山区政务服务中心" },
      { district: "福田区", address: "福田区政务服务中心" },
    ]);
    const tpl = result.models.find((m) => m.code === "T-TPL")!.items[0];
    expect(tpl.places).toEqual([{ district: "全市", address: "市政务服务中心" }]);
  });

  it("may not change an element that is uniform across the province", () => {
    const result = compileTexts({ "模板.matter": TEMPLATE, "甲市.matter": local("    办件类型: 即办件") }, ["模板.matter", "甲市.matter"]);
    expect(result.diagnostics.map((d) => d.code)).toContain("E0703");
  });
});
