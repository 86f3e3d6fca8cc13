// Acceptance (#13): 不予受理 cases with conditions over answers and form fields, 补正, a sub-item's
// 不予许可 effect, 审查要点, 实地核查 and a department's 业务系统 reach the model; the model validates
// against its schema; evaluate() reads a field test from the application data at its key path;
// the figures never enumerate a field.
import { describe, expect, it } from "vitest";
import { Ajv } from "ajv";
import { evaluate, subjects, testsFields } from "../../compiler/conditions.js";
import { enumerate } from "../../compiler/enumerate.js";
import { modelSchema } from "../../compiler/model-schema.js";
import type { Model } from "../../compiler/model.js";
import { compileTexts } from "../helpers/memory-host.js";

const SOURCE = `使用 "std/部门"
使用 "std/材料"
部门 窗口局 { 全称: "示例市窗口局"  业务系统: "示例市一体化政务服务平台" }
字段 申请人.年龄: 整数 必填 标签 "年龄"
字段 申请人.户籍地: 行政区划 必填
字段 申请人.类型: 单选 [个人, 个体工商户, 企业] 必填
字段 申请人.已婚: 是否
字段 经营.项目: 多选 [热食, 冷食] 必填
字段 经营.面积: 数字 必填
一件事 测试 {
  编码: "T-1"
  牵头部门: 窗口局
  承诺时限: 5 工作日
  情形 本市户籍: 是否 "是否本市户籍？"
  情形 设置招牌: 是否 "是否设置户外招牌？"
  不予受理 "申请人未满十六周岁" {
    条件: 申请人.年龄 < 16 或 非 本市户籍
    去向: "请由监护人代为申请"
    依据: "《示例条例》第三条"
  }
  补正 {
    可补正: "申请材料不齐全", "申请材料不符合法定形式"
    期限: 10 工作日
    告知时限: 5 工作日
    逾期: "视为撤回申请"
    依据: "《中华人民共和国行政许可法》第三十二条"
  }
  子事项 登记 {
    部门: 窗口局
    承诺时限: 1 工作日
    字段: 申请人.年龄, 申请人.户籍地, 申请人.类型, 申请人.已婚
    不予许可: 跳过后续
    审查要点: "申请人身份", "户籍信息"
    实地核查: "必要时到经营场所核查"
  }
  子事项 许可 {
    部门: 窗口局
    承诺时限: 3 工作日
    前置: 登记
    字段: 经营.项目, 经营.面积
    不予许可: 终止办理
    不予受理 "经营场所过小" { 条件: 经营.面积 < 10 且 经营.项目 包含 冷食 }
  }
  子事项 招牌 {
    部门: 窗口局
    承诺时限: 1 工作日
    适用: 设置招牌
    不予许可: 继续办理
    不予受理 "个人不得设置" { 条件: 申请人.类型 属于 [个人] 或 申请人.户籍地 == "110000" 或 申请人.已婚 == 否  去向: "以经营者名义申请" }
  }
}
`;

function compile(source = SOURCE): { model: Model; codes: string[] } {
  const r = compileTexts({ "main.matter": source });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { model: r.models[0], codes: r.diagnostics.map((d) => d.code) };
}

describe("acceptance, correction and refusal in the model", () => {
  const { model, codes } = compile();

  it("compiles without diagnostics and validates against the model schema", () => {
    expect(codes).toEqual([]);
    const validate = new Ajv({ strict: true, allErrors: true }).compile(modelSchema);
    const ok = validate(JSON.parse(JSON.stringify(model)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("lists the matter's cases first, then each sub-item's with its 适用 added", () => {
    expect(model.inadmissible.map((c) => [c.name, c.item])).toEqual([
      ["申请人未满十六周岁", undefined],
      ["经营场所过小", "许可"],
      ["个人不得设置", "招牌"],
    ]);
    const [age, small, sign] = model.inadmissible;
    expect(age).toMatchObject({ redirect: "请由监护人代为申请", basis: ["《示例条例》第三条"] });
    expect(age.when).toEqual({ op: "or", args: [{ op: "lt", subject: "申请人.年龄", value: 16, field: true }, { op: "not", arg: { op: "eq", subject: "本市户籍", value: true } }] });
    expect(small.when).toEqual({ op: "and", args: [{ op: "lt", subject: "经营.面积", value: 10, field: true }, { op: "contains", subject: "经营.项目", value: "冷食", field: true }] });
    expect(sign.when).toEqual({
      op: "and",
      args: [
        { op: "eq", subject: "设置招牌", value: true },
        { op: "or", args: [{ op: "in", subject: "申请人.类型", values: ["个人"], field: true }, { op: "eq", subject: "申请人.户籍地", value: "110000", field: true }, { op: "eq", subject: "申请人.已婚", value: false, field: true }] },
      ],
    });
    expect(sign.basis).toEqual([]);
    expect(new Set(model.inadmissible.map((c) => c.id)).size).toBe(3);
    for (const c of model.inadmissible) expect(c.id).toMatch(/^Inadmissible_[0-9a-f]+$/);
  });

  it("carries 补正, the refusal effects, 审查要点, 实地核查 and 业务系统", () => {
    expect(model.correction).toEqual({
      what: ["申请材料不齐全", "申请材料不符合法定形式"],
      within: { value: 10, unit: "工作日", workdays: 10, approximate: false },
      noticeWithin: { value: 5, unit: "工作日", workdays: 5, approximate: false },
      late: "视为撤回申请",
      basis: ["《中华人民共和国行政许可法》第三十二条"],
    });
    expect(model.items.map((i) => [i.name, i.onRefusal])).toEqual([
      ["登记", { effect: "跳过后续", declared: true }],
      ["许可", { effect: "终止办理", declared: true }],
      ["招牌", { effect: "继续办理", declared: true }],
    ]);
    expect(model.items[0]).toMatchObject({ reviewPoints: ["申请人身份", "户籍信息"], onSiteCheck: "必要时到经营场所核查" });
    expect(model.items[1].reviewPoints).toBeUndefined();
    expect(model.departments[0].system).toBe("示例市一体化政务服务平台");
  });

  it("evaluates field tests at their key path in the application data, answers at the top level", () => {
    const [age, small, sign] = model.inadmissible;
    const data = (年龄: number | undefined, 本市户籍: boolean) => ({ 本市户籍, 申请人: 年龄 === undefined ? {} : { 年龄 } });
    expect(evaluate(age.when, data(15, true))).toBe(true);
    expect(evaluate(age.when, data(16, true))).toBe(false);
    expect(evaluate(age.when, data(30, false))).toBe(true);
    // A missing field fails the comparison: only the answer decides.
    expect(evaluate(age.when, data(undefined, true))).toBe(false);
    // The answer's name is not read as a field, nor a field's key as an answer.
    expect(evaluate(age.when, { 本市户籍: true, "申请人.年龄": 3 })).toBe(false);
    expect(evaluate(small.when, { 经营: { 面积: 8, 项目: ["热食", "冷食"] } })).toBe(true);
    expect(evaluate(small.when, { 经营: { 面积: 8, 项目: ["热食"] } })).toBe(false);
    const signData = { 设置招牌: true, 申请人: { 类型: "企业", 户籍地: "310000", 已婚: true } };
    expect(evaluate(sign.when, signData)).toBe(false);
    expect(evaluate(sign.when, { ...signData, 申请人: { ...signData.申请人, 户籍地: "110000" } })).toBe(true);
    expect(evaluate(sign.when, { ...signData, 申请人: { ...signData.申请人, 已婚: false } })).toBe(true);
    expect(evaluate(sign.when, { ...signData, 设置招牌: false, 申请人: { 类型: "个人" } })).toBe(false);
    expect([...subjects(sign.when)].sort()).toEqual(["申请人.类型", "申请人.户籍地", "申请人.已婚", "设置招牌"].sort());
    expect(testsFields(sign.when)).toBe(true);
    expect(testsFields(model.items[2].when)).toBe(false);
  });

  it("never enumerates a field: the figures' cases name answers only", () => {
    const e = enumerate(model.situations, model.inadmissible.map((c) => c.when));
    expect(e.dimensions.map((d) => d.name)).toEqual(["本市户籍", "设置招牌"]);
    for (const c of model.metrics.situations) expect(Object.keys(c.situation).every((k) => k === "本市户籍" || k === "设置招牌")).toBe(true);
    expect(model.metrics.situations.some((c) => "本市户籍" in c.situation)).toBe(false);
  });

  it("reads a situation before a field of the same name", () => {
    const src = SOURCE.replace('字段 申请人.已婚: 是否', '字段 申请人.已婚: 是否\n字段 设置招牌: 整数').replace("条件: 申请人.年龄 < 16 或 非 本市户籍", "条件: 申请人.年龄 < 16 或 非 本市户籍 或 设置招牌");
    const { model: m } = compile(src);
    expect(m.inadmissible[0].when).toMatchObject({ op: "or" });
    expect(JSON.stringify(m.inadmissible[0].when)).toContain('{"op":"eq","subject":"设置招牌","value":true}');
  });

  it("keeps a field name an error in every other condition", () => {
    const r = compileTexts({ "main.matter": SOURCE.replace("适用: 设置招牌", "适用: 申请人.年龄 < 16") });
    expect(r.diagnostics.map((d) => d.code)).toContain("E0503");
  });
});
