// 免申办 (#16): a matter granted without an application (the 失业保险稳岗返还 example, 免申即享) and a
// sub-item granted from an earlier result inside a matter (快申快享 with a missing field): the
// language reaches Model.proactive / Item.proactive exactly as model.ts documents it, the model
// validates against its schema, the rules decide from the data at their key paths, the figures of
// a 免申办 matter count no application, and traditional spellings mean the same.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Ajv } from "ajv";
import { evaluate } from "../../compiler/conditions.js";
import { modelSchema } from "../../compiler/model-schema.js";
import type { Model } from "../../compiler/model.js";
import { compileTexts, ROOT } from "../helpers/memory-host.js";

const validate = new Ajv({ strict: true, allErrors: true }).compile(modelSchema);
function valid(model: Model): void {
  validate(JSON.parse(JSON.stringify(model)));
  expect(validate.errors ?? []).toEqual([]);
}

const EXAMPLE = readFileSync(join(ROOT, "examples", "失业保险稳岗返还.matter"), "utf8");

/** A 新生儿 matter where 生育津贴 is pushed to the mother once the birth is registered (快申快享):
 * the insured period and her employer come from shared data, her bank account she types. */
const BIRTH = `使用 "std/部门"
字段 母亲.身份证号: 身份证号 必填 来源 (身份认证)
字段 新生儿.姓名: 文本 必填
字段 新生儿.公民身份号码: 身份证号 必填 来源 (前序产出 出生登记 "公民身份号码")
字段 母亲.生育保险连续缴费月数: 整数 必填 来源 (数据共享 医保局 "职工医保参保信息.连续缴费月数")
字段 母亲.参保类型: 单选 [职工医保, 城乡居民医保] 必填 来源 (数据共享 医保局 "参保信息.险种")
字段 母亲.银行账号: 文本 必填 标签 "领取生育津贴的银行账号"
材料 出生医学证明 { 形式: 电子  来源: 电子证照 "出生医学证明" }
一件事 新生儿出生 {
  编码: "T-BIRTH"
  牵头部门: 卫生健康委
  承诺时限: 5 工作日
  办理渠道: 一网通办
  情形 申领生育津贴: 是否 "母亲是否参加职工医保并领取生育津贴？" 默认 是
  子事项 出生登记 {
    部门: 公安局
    承诺时限: 2 工作日
    材料: 出生医学证明
    字段: 新生儿.姓名, 母亲.身份证号
    产出: "居民户口簿"
  }
  子事项 生育津贴 {
    部门: 医保局
    承诺时限: 3 工作日
    前置: 出生登记
    适用: 申领生育津贴
    字段: 母亲.身份证号, 新生儿.公民身份号码, 母亲.生育保险连续缴费月数, 母亲.参保类型, 母亲.银行账号
    免申办 {
      方式: 快申快享
      触发: 前序产出 出生登记
      资格 "参加职工医保" { 条件: 母亲.参保类型 == 职工医保 }
      资格 "连续缴费满12个月" { 条件: 母亲.生育保险连续缴费月数 >= 12  依据: "《示例市职工生育保险办法》第十条" }
      确认时限: 15 工作日
      给予: "生育津贴"
      告知方式: "政务服务平台消息"
    }
  }
}
`;

describe("免申办 on the matter: 失业保险稳岗返还 (免申即享)", () => {
  const result = compileTexts({ "main.matter": EXAMPLE });
  const model = result.models[0];

  it("compiles cleanly and validates against the model schema", () => {
    expect(result.diagnostics).toEqual([]);
    valid(model);
  });

  it("lowers the block as model.ts documents it", () => {
    const p = model.proactive!;
    expect(p.mode).toBe("免申即享");
    expect(p.trigger).toEqual({ kind: "periodic", period: "每年", cycle: "R/P1Y" });
    expect(p.confirmation).toBe("notify");
    expect(p.confirmWithin).toBeUndefined();
    expect(p.noticeChannels).toEqual(["电话", "短信", "信息网络提醒"]);
    expect(p.grants[0]).toContain("30%");
    expect(p.rules.map((r) => r.name)).toEqual(["参保企业足额缴纳失业保险费12个月以上", expect.stringContaining("5.5%")]);
    expect(p.rules.every((r) => /^Rule_[0-9a-f]{8}/.test(r.id))).toBe(true);
    expect(p.missingFields).toEqual([]);
    expect(p.confirmedFields).toEqual(model.fields.map((f) => f.path));
    // Departments that share the data take part (no W0401), listed in the model.
    expect(model.departments.map((d) => d.name)).toEqual(["人社局", "税务局", "市场监管局"]);
  });

  it("decides eligibility from the data at the fields' key paths (人社部发〔2024〕40号)", () => {
    const [months, layoffs] = model.proactive!.rules;
    const unit = (m: number, n: number, rate: number) => ({ 单位: { 足额缴费月数: m, 上年度平均参保人数: n, 上年度裁员率: rate } });
    expect(evaluate(months.when, unit(12, 50, 0))).toBe(true);
    expect(evaluate(months.when, unit(11, 50, 0))).toBe(false);
    expect(evaluate(layoffs.when, unit(12, 50, 5.5))).toBe(true);
    expect(evaluate(layoffs.when, unit(12, 50, 6))).toBe(false);
    // 30人（含）以下: up to 20%.
    expect(evaluate(layoffs.when, unit(12, 30, 20))).toBe(true);
    expect(evaluate(layoffs.when, unit(12, 30, 20.5))).toBe(false);
    expect(evaluate(layoffs.when, unit(12, 31, 20))).toBe(false);
    // Data that did not arrive decides nothing in favour.
    expect(evaluate(layoffs.when, {})).toBe(false);
  });

  it("counts no application: 0 materials, 0 trips, nothing typed, every field confirmed; before as each sub-item alone", () => {
    const h = model.metrics.headline;
    expect(h.materials).toMatchObject({ after: 0, handedIn: 0 });
    expect(h.trips).toEqual({ before: 1, after: 0, derived: 0 });
    expect(h.typed).toEqual({ before: 8, after: 0, prefilled: 8, confirmed: 8 });
    expect(h.fields).toEqual({ before: 8, after: 8 });
    expect(model.metrics.basis.proactive).toEqual({ mode: "免申即享", confirmation: "notify" });
    expect(model.trips).toEqual({ value: 0, declared: false });
  });

  it("means the same in traditional characters", () => {
    const simplified = `使用 "std/部门"
字段 单位.名称: 文本 必填 来源 (数据共享 市场监管局 "企业登记信息.名称")
字段 单位.参保人数: 整数 必填 来源 (数据共享 人社局 "参保信息.人数")
一件事 测试 {
  编码: "T-1"
  牵头部门: 人社局
  免申办 {
    方式: 快申快享
    触发: 数据事件 市场监管局 "企业设立登记办结"
    资格 "有参保职工" { 条件: 单位.参保人数 >= 1  依据: "示例" }
    确认: 需确认
    确认时限: 10 工作日
    给予: "补贴"
    告知方式: "短信"
    依据: "示例"
  }
  子事项 甲 { 部门: 人社局  字段: 单位.名称, 单位.参保人数 }
}`;
    const traditional = simplified
      .replace("免申办", "免申辦")
      .replace("触发: 数据事件", "觸發: 數據事件")
      .replace("资格", "資格")
      .replace("条件", "條件")
      .replace(/依据/g, "依據")
      .replace("确认: 需确认", "確認: 需確認")
      .replace("确认时限", "確認時限")
      .replace("给予", "給予");
    const a = compileTexts({ "main.matter": simplified });
    const b = compileTexts({ "main.matter": traditional });
    expect(a.diagnostics).toEqual([]);
    expect(b.diagnostics).toEqual([]);
    expect(b.models[0].proactive).toEqual(a.models[0].proactive);
    expect(a.models[0].proactive).toMatchObject({ mode: "快申快享", confirmation: "consent", confirmWithin: { workdays: 10 }, missingFields: [] });
  });
});

describe("免申办 on a sub-item: 生育津贴 pushed once the birth is registered (快申快享)", () => {
  const result = compileTexts({ "main.matter": BIRTH });
  const model = result.models[0];
  const item = model.items.find((i) => i.name === "生育津贴")!;

  it("compiles cleanly and validates against the model schema", () => {
    expect(result.diagnostics).toEqual([]);
    valid(model);
  });

  it("lowers the block onto the sub-item, with its own fields split into missing and confirmed", () => {
    const p = item.proactive!;
    expect(model.proactive).toBeUndefined();
    expect(p.mode).toBe("快申快享");
    expect(p.trigger).toEqual({ kind: "prior-output", item: "出生登记" });
    expect(p.confirmation).toBe("consent");
    expect(p.confirmWithin).toEqual({ value: 15, unit: "工作日", workdays: 15, approximate: false });
    expect(p.missingFields).toEqual(["母亲.银行账号"]);
    expect(p.confirmedFields).toEqual(["母亲.身份证号", "新生儿.公民身份号码", "母亲.生育保险连续缴费月数", "母亲.参保类型"]);
    expect(p.rules[1].basis).toEqual(["《示例市职工生育保险办法》第十条"]);
    expect(p.rules[0].when).toEqual({ op: "eq", subject: "母亲.参保类型", value: "职工医保", field: true });
    expect(model.items.find((i) => i.name === "出生登记")!.proactive).toBeUndefined();
  });

  it("keeps the matter's figures as an application: the sub-item's prefilled fields are not typed", () => {
    const h = model.metrics.headline;
    expect(h.items).toEqual(["出生登记", "生育津贴"]);
    expect(h.typed.confirmed).toBeUndefined();
    // 新生儿.姓名 and 母亲.银行账号 have no source; the other five are prefilled.
    expect(h.typed).toEqual({ before: 7, after: 2, prefilled: 4 });
    expect(model.metrics.basis.proactive).toBeUndefined();
  });

  it("gives each rule an id unique in the model", () => {
    const ids = item.proactive!.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe("免申办 triggers", () => {
  const matter = (trigger: string) => `使用 "std/部门"
字段 单位.名称: 文本 必填 来源 (数据共享 市场监管局 "企业登记信息.名称")
一件事 测试 {
  编码: "T-1"
  牵头部门: 人社局
  免申办 { 方式: 免申即享  触发: ${trigger}  给予: "补贴"  告知方式: "短信" }
  子事项 甲 { 部门: 人社局  字段: 单位.名称 }
}`;
  const triggerOf = (t: string) => compileTexts({ "main.matter": matter(t) }).models[0]?.proactive?.trigger;

  it("reads a data event, naming the reporting department, which takes part", () => {
    const r = compileTexts({ "main.matter": matter(`数据事件 公安局 "出生登记办结"`) });
    expect(r.diagnostics).toEqual([]);
    expect(r.models[0].proactive!.trigger).toEqual({ kind: "data-event", department: "公安局", event: "出生登记办结" });
    expect(r.models[0].departments.map((d) => d.name)).toContain("公安局");
  });

  it("turns periods into ISO 8601 repeating intervals, with the start when given", () => {
    expect(triggerOf("定期 每月")).toEqual({ kind: "periodic", period: "每月", cycle: "R/P1M" });
    expect(triggerOf("定期 每季度")).toEqual({ kind: "periodic", period: "每季度", cycle: "R/P3M" });
    expect(triggerOf(`定期 每年 起始 "2026年1月1日"`)).toEqual({ kind: "periodic", period: "每年", cycle: "R/2026-01-01T00:00:00/P1Y" });
    expect(triggerOf(`定期 每週 起始 "2026-03-02"`)).toEqual({ kind: "periodic", period: "每周", cycle: "R/2026-03-02T00:00:00/P1W" });
  });

  it("reports what does not fit, with an example", () => {
    const codes = (t: string) => compileTexts({ "main.matter": matter(t) }).diagnostics.map((d) => d.code);
    expect(codes("定期 每十年")).toEqual(["E0107"]);
    expect(codes(`定期 每年 起始 "2026-02-30"`)).toEqual(["E0106"]);
    expect(codes(`数据事件 公安局`)).toEqual(["E0106"]);
    expect(codes(`数据事件 公按局 "出生登记办结"`)).toEqual(["E0103"]);
    expect(codes("自动 每年")).toEqual(["E0107"]);
    expect(codes("前序产出 甲")).toEqual(["E1905"]);
  });
});
