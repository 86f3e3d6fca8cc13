// 跨域办 (#16): the 跨域办 block reaches Model.crossRegion (region → provinces from the standard
// library, modes, receiving windows, checks with 国办发〔2020〕35号's default, handling places, 寄递);
// the standard library's region table only names full provincial names; Traditional spellings
// read as Simplified; 寄递 that counts lengthens every case's critical path and one that does not is
// kept apart (basis.post); the model validates against its schema.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { modelSchema } from "../../compiler/model-schema.js";
import type { Model } from "../../compiler/model.js";
import { parseRegionTable, provinceSuggestion } from "../../compiler/lower/cross-region.js";
import { compileTexts, ROOT } from "../helpers/memory-host.js";

const STD = join(ROOT, "stdlib");
const table = parseRegionTable(readFileSync(join(STD, "区域.txt")), readFileSync(join(STD, "省级行政区.txt")));

/** A 川渝 matter handled in 四川 and received in 重庆, with `cross` as its 跨域办 block. */
function source(cross: string, extra = "承诺时限: 7 工作日"): string {
  return `使用 "std/部门"
使用 "std/材料"
一件事 测试 {
  编码: "T-1"
  牵头部门: 市场监管局
  通办范围: 跨省
  ${extra}
  子事项 设立登记 {
    部门: 市场监管局
    法定时限: 3 工作日
    承诺时限: 2 工作日
    材料: 居民身份证
  }
  子事项 备案 {
    部门: 税务局
    承诺时限: 3 工作日
    前置: 设立登记
  }
  ${cross}
}
`;
}

function compile(text: string): { model: Model; codes: string[] } {
  const r = compileTexts({ "main.matter": text });
  return { model: r.models[0], codes: r.diagnostics.map((d) => d.code) };
}

const FULL = `跨域办 {
    区域: 川渝
    方式: 全程网办, 异地代收代办
    收件窗口 "示例区政务服务中心川渝通办窗口" { 地址: "重庆市示例区示例路1号"  电话: "023-00000000"  办理时间: "工作日 9:00-17:00" }
    收件窗口 "示例县政务服务中心川渝通办窗口" { 电话: "023-00000001" }
    办理地: "四川省示例市市场监督管理局"
    寄递 { 时限: 2 工作日  计入时限: 否  费用: 政府承担  依据: "示例规定第五条" }
    依据: "国办发〔2020〕35号"
  }`;

describe("the standard library's regions", () => {
  it("name only full names of 省级行政区, each province once", () => {
    expect(table.provinces).toHaveLength(34);
    expect(table.regions.size).toBeGreaterThanOrEqual(4);
    for (const [name, provinces] of table.regions) {
      expect(provinces.length, name).toBeGreaterThanOrEqual(2);
      expect(new Set(provinces).size, name).toBe(provinces.length);
      for (const p of provinces) expect(table.provinces, `${name}: ${p}`).toContain(p);
    }
    expect(table.regions.get("长三角")).toEqual(["上海市", "江苏省", "浙江省", "安徽省"]);
    expect(table.regions.get("京津冀")).toEqual(["北京市", "天津市", "河北省"]);
  });

  it("suggest the full name for a short one", () => {
    expect(provinceSuggestion("江苏", table.provinces)).toBe("江苏省");
    expect(provinceSuggestion("广西", table.provinces)).toBe("广西壮族自治区");
    expect(provinceSuggestion("内蒙古", table.provinces)).toBe("内蒙古自治区");
    expect(provinceSuggestion("香港", table.provinces)).toBe("香港特别行政区");
    expect(provinceSuggestion("江蘇", table.provinces)).toBe("江苏省");
  });
});

describe("跨域办 in the model", () => {
  const { model, codes } = compile(source(FULL));

  it("compiles without diagnostics and validates against the model schema", () => {
    expect(codes).toEqual([]);
    const validate = new Ajv({ strict: true, allErrors: true }).compile(modelSchema);
    const ok = validate(JSON.parse(JSON.stringify(model)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("takes the provinces from the named region and keeps everything declared", () => {
    expect(model.scope).toBe("跨省");
    const c = model.crossRegion!;
    expect(c.region).toBe("川渝");
    expect(c.provinces).toEqual(["四川省", "重庆市"]);
    expect(c.modes).toEqual(["全程网办", "异地代收代办"]);
    expect(c.windows.map((w) => [w.name, w.address, w.phone, w.hours])).toEqual([
      ["示例区政务服务中心川渝通办窗口", "重庆市示例区示例路1号", "023-00000000", "工作日 9:00-17:00"],
      ["示例县政务服务中心川渝通办窗口", undefined, "023-00000001", undefined],
    ]);
    expect(new Set(c.windows.map((w) => w.id)).size).toBe(2);
    for (const w of c.windows) expect(w.id).toMatch(/^Window_[0-9a-f]{8}/);
    expect(c.handlingPlaces).toEqual(["四川省示例市市场监督管理局"]);
    expect(c.post).toEqual({ time: { value: 2, unit: "工作日", workdays: 2, approximate: false }, counted: false, payer: "政府承担", basis: ["示例规定第五条"] });
    expect(c.basis).toEqual(["国办发〔2020〕35号"]);
  });

  it("gives the receiving window 国办发〔2020〕35号's checks when none are declared, and says so", () => {
    expect(model.crossRegion!.checks).toEqual(["身份核验", "形式审查"]);
    expect(model.crossRegion!.checksDeclared).toBe(false);
    const declared = compile(source(FULL.replace("依据: \"国办发〔2020〕35号\"", "收件核验: 身份核验, 形式审查, 原件核对\n    依据: \"国办发〔2020〕35号\""))).model;
    expect(declared.crossRegion!.checks).toEqual(["身份核验", "形式审查", "原件核对"]);
    expect(declared.crossRegion!.checksDeclared).toBe(true);
  });

  it("reads Traditional spellings of keys, modes, regions and provinces", () => {
    const trad = compile(
      source(`跨域辦 {
    區域: 長三角
    省份: 上海市, 江蘇省
    方式: 異地代收代辦
    收件窗口 "示例窗口" { 地址: "示例路1號" }
    寄遞 { 時限: 1 工作日  計入時限: 是 }
  }`),
    );
    expect(trad.codes).toEqual([]);
    expect(trad.model.crossRegion!.region).toBe("长三角");
    expect(trad.model.crossRegion!.provinces).toEqual(["上海市", "江苏省"]);
    expect(trad.model.crossRegion!.modes).toEqual(["异地代收代办"]);
  });

  it("declared provinces replace the region's; no region and no provinces is nationwide", () => {
    const some = compile(source(FULL.replace("区域: 川渝", "区域: 长三角\n    省份: 上海市, 浙江省"))).model;
    expect(some.crossRegion!.provinces).toEqual(["上海市", "浙江省"]);
    const national = compile(source(FULL.replace("区域: 川渝", "")).replace("通办范围: 跨省", "通办范围: 全国"));
    expect(national.codes).toEqual([]);
    expect(national.model.crossRegion!.provinces).toEqual([]);
    expect(national.model.crossRegion!.region).toBeUndefined();
  });

  it("leaves crossRegion out of a matter that declares none", () => {
    const { model: plain } = compile(source("").replace("通办范围: 跨省", "通办范围: 全省"));
    expect(plain.crossRegion).toBeUndefined();
    expect(plain.metrics.basis.post).toBeUndefined();
  });
});

describe("寄递 in the figures", () => {
  const withPost = (post: string, promised = "承诺时限: 7 工作日") => compile(source(FULL.replace(/寄递 \{[^}]*\}/, post), promised));

  it("keeps uncounted post out of time.before and time.after and names it in basis.post", () => {
    const { model } = withPost("寄递 { 时限: 2 工作日  计入时限: 否  依据: \"示例规定\" }");
    const { model: none } = withPost("");
    expect(model.metrics.basis.post).toEqual({ workdays: 2, counted: false, approximate: false, basis: ["示例规定"] });
    expect(model.metrics.headline.time).toEqual(none.metrics.headline.time);
    // 设立登记 2 then 备案 3: the critical path is 5 working days either way.
    expect(model.metrics.headline.time.criticalPath).toBe(5);
    expect(none.metrics.basis.post).toBeUndefined();
  });

  it("adds counted post to every case's critical path and to time.after without a promise", () => {
    const { model, codes } = withPost("寄递 { 时限: 2 工作日  计入时限: 是 }", "");
    expect(codes).toEqual(["W0205"]);
    expect(model.metrics.basis.post).toEqual({ workdays: 2, counted: true, approximate: false, basis: [] });
    expect(model.metrics.headline.time.criticalPath).toBe(7);
    expect(model.metrics.headline.time.after).toBe(7);
    expect(model.metrics.headline.time.before).toBe(withPost("", "").model.metrics.headline.time.before);
    for (const c of model.metrics.situations) expect(c.time.criticalPath).toBe(7);
  });

  it("checks the promise against the critical path with counted post (E0202), and marks natural days approximate", () => {
    expect(withPost("寄递 { 时限: 2 工作日  计入时限: 是 }", "承诺时限: 6 工作日").codes).toEqual(["E0202"]);
    expect(withPost("寄递 { 时限: 2 工作日  计入时限: 是 }", "承诺时限: 7 工作日").codes).toEqual([]);
    const { model } = withPost("寄递 { 时限: 3 自然日  计入时限: 是 }", "承诺时限: 8 工作日");
    expect(model.metrics.basis.post).toEqual({ workdays: 3, counted: true, approximate: true, basis: [] });
    expect(model.metrics.headline.time.approximate).toBe(true);
    expect(model.metrics.headline.time.after).toBe(8);
  });

  it("warns when a post time does not say whether it counts, and leaves it out (W2004)", () => {
    const { model, codes } = withPost("寄递 { 时限: 2 工作日 }");
    expect(codes).toEqual(["W2004"]);
    expect(model.metrics.basis.post?.counted).toBe(false);
    expect(model.metrics.headline.time.criticalPath).toBe(5);
  });
});

describe("跨域办 checks", () => {
  const codes = (cross: string, scope = "跨省") => compile(source(cross).replace("通办范围: 跨省", `通办范围: ${scope}`)).codes;

  it("asks for 跨域办 under 通办范围 跨省 (E2001) and for 方式 (E0105)", () => {
    expect(codes("")).toEqual(["E2001"]);
    expect(codes("跨域办 { 区域: 京津冀 }")).toEqual(["E0105"]);
  });

  it("asks for a receiving window under 异地代收代办 (E2002) and warns about one nobody uses (W2007)", () => {
    expect(codes("跨域办 { 区域: 京津冀  方式: 异地代收代办 }")).toEqual(["E2002"]);
    expect(codes(`跨域办 { 区域: 京津冀  方式: 多地联办
    收件窗口 "示例窗口" { 电话: "1" } }`)).toEqual(["W2007"]);
  });

  it("names the known regions for an unknown one (E2003), unless the provinces are listed", () => {
    const r = compileTexts({ "main.matter": source("跨域办 { 区域: 成渝  方式: 全程网办 }") });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E2003"]);
    expect(r.diagnostics[0].args.suggestion).toBe("川渝");
    expect(codes("跨域办 { 区域: 成渝地区双城经济圈  省份: 四川省, 重庆市  方式: 全程网办 }")).toEqual([]);
    expect(compile(source("跨域办 { 区域: 成渝地区双城经济圈  省份: 四川省, 重庆市  方式: 全程网办 }")).model.crossRegion!.region).toBe("成渝地区双城经济圈");
  });

  it("wants full provincial names (E2005) inside the region (W2008)", () => {
    expect(codes("跨域办 { 省份: 北京, 天津市  方式: 全程网办 }")).toEqual(["E2005"]);
    expect(codes("跨域办 { 区域: 京津冀  省份: 北京市, 山东省  方式: 全程网办 }")).toEqual(["W2008"]);
  });

  it("compares the scope with the provinces (E2006)", () => {
    expect(codes("跨域办 { 省份: 四川省  方式: 全程网办 }")).toEqual(["E2006"]);
    expect(codes("跨域办 { 方式: 全程网办 }")).toEqual(["E2006"]);
    expect(codes("跨域办 { 区域: 川渝  方式: 全程网办 }", "全省")).toEqual(["E2006"]);
    expect(codes("跨域办 { 省份: 四川省  方式: 全程网办 }", "全省")).toEqual([]);
    expect(codes("跨域办 { 区域: 长三角  方式: 全程网办 }", "全市")).toEqual(["E2006"]);
    expect(codes("跨域办 { 区域: 长三角  方式: 全程网办 }", "全国")).toEqual([]);
  });

  it("reports a repeated receiving window and a repeated block", () => {
    expect(codes(`跨域办 { 区域: 川渝  方式: 异地代收代办
    收件窗口 甲 { 电话: "1" }
    收件窗口 甲 { 电话: "2" } }`)).toEqual(["E0102"]);
    expect(codes(`跨域办 { 区域: 川渝  方式: 全程网办 }
  跨域办 { 区域: 川渝  方式: 全程网办 }`)).toEqual(["E0104"]);
  });
});
