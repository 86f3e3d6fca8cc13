// 不予受理 from .matter source to the forms: cases declared at the matter and in sub-items, with
// conditions over answers and over form fields (number, yes/no, single choice, multiple choice,
// division), compiled by the compiler; on many applications, each flavour shows a case's exit
// message exactly when compiler/conditions.ts `evaluate` says the case holds on the application
// data, and `matterc validate`'s code path reports exactly those cases.
import { createAjv, isVisible, type UISchemaElement } from "@jsonforms/core";
import { Ajv } from "ajv";
import { unaryTest } from "feelin";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../compiler/conditions.js";
import type { Model } from "../../compiler/model.js";
import { DEFAULT_TARGET_OPTIONS } from "../../targets/target.js";
import { formTarget } from "../../targets/form/index.js";
import addMatterFormats from "../../targets/form/ajv-plugin.js";
import { applicationProblems } from "../../targets/form/application-errors.js";
import { normalizeApplication } from "../../targets/form/application-normalize.js";
import { compileTexts } from "../helpers/memory-host.js";

type Json = Record<string, unknown>;

const SOURCE = `使用 "std/部门"
字段 申请人.姓名: 文本 必填 标签 "申请人姓名"
字段 申请人.年龄: 整数 必填 标签 "年龄"
字段 申请人.户籍地: 行政区划 必填 标签 "户籍地"
字段 申请人.类型: 单选 [个人, 个体工商户, 企业] 必填 标签 "申请人类型"
字段 申请人.已婚: 是否 标签 "是否已婚"
字段 经营.项目: 多选 [热食, 冷食] 必填 标签 "经营项目"
字段 经营.面积: 数字 必填 标签 "经营面积"
一件事 测试 {
  编码: "T-1"
  牵头部门: 市场监管局
  承诺时限: 5 工作日
  情形 本市户籍: 是否 "是否本市户籍？"
  情形 设置招牌: 是否 "是否设置户外招牌？"
  不予受理 "申请人未满十六周岁" {
    条件: 申请人.年龄 < 16 且 非 本市户籍
    去向: "请由监护人代为申请"
  }
  子事项 登记 {
    部门: 市场监管局
    承诺时限: 1 工作日
    字段: 申请人.姓名, 申请人.年龄, 申请人.户籍地, 申请人.类型, 申请人.已婚
  }
  子事项 许可 {
    部门: 市场监管局
    承诺时限: 3 工作日
    字段: 经营.项目, 经营.面积
    不予受理 "经营场所过小" { 条件: 经营.面积 < 10 且 经营.项目 包含 冷食 }
  }
  子事项 招牌 {
    部门: 市场监管局
    承诺时限: 1 工作日
    适用: 设置招牌
    不予受理 "个人不得设置" { 条件: 申请人.类型 属于 [个人] 或 申请人.户籍地 == "110000" 或 申请人.已婚 == 否  去向: "以经营者名义申请" }
  }
}
`;

function compile(): Model {
  const r = compileTexts({ "main.matter": SOURCE });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.models[0];
}

/** Applications over the answers and the tested fields' values (unfilled ones included). */
function applications(): Json[] {
  const out: Json[] = [];
  let n = 0;
  for (const 本市户籍 of [true, false])
    for (const 设置招牌 of [true, false])
      for (const 年龄 of [15, 16, undefined])
        for (const 类型 of ["个人", "企业", undefined])
          for (const 户籍地 of ["110000", "440305"])
            for (const 已婚 of [true, false, undefined]) {
              n++;
              const 面积 = n % 3 === 0 ? 5 : n % 3 === 1 ? 50 : undefined;
              const 项目 = n % 2 === 0 ? ["冷食"] : ["热食"];
              out.push(JSON.parse(JSON.stringify({ 本市户籍, 设置招牌, 申请人: { 姓名: "张三", 年龄, 户籍地, 类型, 已婚 }, 经营: { 项目, 面积 } })) as Json);
            }
  return out;
}

describe("不予受理 declared in .matter, in every form flavour", () => {
  const model = compile();
  const cases = model.inadmissible;
  const data = applications();
  const holding = (d: Json) => cases.filter((c) => evaluate(c.when, d)).map((c) => c.id);
  const files = (process: "camunda8" | "camunda7" = "camunda8") =>
    Object.fromEntries(formTarget.perMatter!(model, { ...DEFAULT_TARGET_OPTIONS, process }).map((f) => [f.path, JSON.parse(f.text)])) as Json;
  const f = files();
  const message = (id: string) => {
    const c = cases.find((x) => x.id === id)!;
    return `不予受理：${c.name}${c.redirect ? `。去向：${c.redirect}` : ""}`;
  };

  it("the model has the three cases, with field tests; the data make each hold and fail", () => {
    expect(cases.map((c) => c.name)).toEqual(["申请人未满十六周岁", "经营场所过小", "个人不得设置"]);
    expect(JSON.stringify(cases.map((c) => c.when))).toContain('"field":true');
    for (const c of cases) expect(new Set(data.map((d) => evaluate(c.when, d))), c.name).toEqual(new Set([true, false]));
  });

  it("form.schema.json with ajv and the plugin: the errors name exactly the cases that hold; validate reports them", () => {
    const schema = f["form.schema.json"] as Json;
    const ajv = addMatterFormats(new Ajv({ allErrors: true, verbose: true, strict: true }));
    const validate = ajv.compile(schema);
    const loose = addMatterFormats(new Ajv({ strict: false }));
    for (const d of data) {
      validate(d);
      const named = (validate.errors ?? []).map((e) => e.message).filter((m) => m?.startsWith("不予受理："));
      expect(named, JSON.stringify(d)).toEqual(holding(d).map(message));
      // As matterc validate reads it (its ajv is not strict: an `if` alone has no `type`).
      const problems = applicationProblems(validate, schema, normalizeApplication(schema, d, (s, v) => loose.validate(s, v) === true));
      expect(problems.filter((p) => p.code).map((p) => p.code), JSON.stringify(d)).toEqual(holding(d));
    }
  });

  it("form.uischema.json: JSON Forms shows the Labels of exactly the cases that hold", () => {
    const ajv = createAjv();
    const labels = (f["form.uischema.json"] as { elements: Json[] }).elements.filter((e) => e.type === "Label");
    expect(labels).toHaveLength(cases.length);
    for (const d of data) {
      const shown = labels.filter((l) => isVisible(l as unknown as UISchemaElement, d, "", ajv, undefined)).map((l) => String(l.text));
      expect(shown.sort(), JSON.stringify(d)).toEqual(holding(d).map((id) => message(id)).sort());
    }
  });

  it("form.formily.json: the Alerts' reactions hold exactly for the cases that hold", () => {
    const nodes = Object.entries((f["form.formily.json"] as { properties: Record<string, Json> }).properties).filter(([k]) => k.startsWith("inadmissible-"));
    const get = (d: Json, p: string) => p.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Json)[k] : undefined), d);
    for (const d of data) {
      const shown = nodes.filter(([, n]) => {
        const r = n["x-reactions"] as { dependencies: string[]; fulfill: { state: { visible: string } } };
        return (new Function("$deps", `return (${r.fulfill.state.visible.slice(2, -2)})`) as (x: unknown[]) => boolean)(r.dependencies.map((p) => get(d, p)));
      });
      expect(shown.map(([k]) => k.replace("inadmissible-", "")).sort(), JSON.stringify(d)).toEqual(holding(d).sort());
    }
  });

  for (const process of ["camunda8", "camunda7"] as const) {
    it(`<编码>.form (${process}): feelin shows the texts of exactly the cases that hold`, () => {
      const form = files(process)[`${model.code}.form`] as { components: Json[] };
      const texts = form.components.filter((c) => String(c.id).startsWith("inadmissible-") && c.type === "text");
      // Each text's blocking field (form-js.ts) is shown under the same condition.
      const blocks = form.components.filter((c) => String(c.id).endsWith("-block"));
      expect(blocks.map((b) => b.conditional)).toEqual(texts.map((t) => t.conditional));
      // feelin parses on every call: every fifth application.
      for (const d of data.filter((_, i) => i % 5 === 0)) {
        const shown = texts.filter((t) => unaryTest(String((t.conditional as Json).hide).slice(1), d).value === false);
        expect(shown.map((t) => String(t.id).replace("inadmissible-", "")).sort(), JSON.stringify(d)).toEqual(holding(d).sort());
      }
    });
  }
});
