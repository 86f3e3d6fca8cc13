// Field tests (`field: true`, the conditions of 不予受理) in every condition dialect of the forms:
// the subject is a field's key, a path into the nested data. Each dialect, run by its real
// consumer (ajv, JSON Forms' isVisible, feelin as form-js runs it, Formily's compiled {{ }}),
// agrees with the reference reading: the value at the path (missing, or through a missing or null
// object: unanswered), tested as compiler/conditions.ts `evaluate` tests an answer.
import { createAjv, isVisible, type UISchemaElement } from "@jsonforms/core";
import { Ajv } from "ajv";
import { unaryTest } from "feelin";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../compiler/conditions.js";
import type { Answer, Cond } from "../../compiler/model.js";
import { toJsonSchema } from "../../targets/conditions/json-schema.js";
import { toFeel } from "../../targets/conditions/feel.js";
import { toFormilyCondition } from "../../targets/conditions/formily.js";
import { toJsonFormsCondition } from "../../targets/conditions/jsonforms.js";

type Data = Record<string, unknown>;

const f = <C extends Cond>(c: C): C => ({ ...c, field: true });
const LEAVES: Cond[] = [
  f({ op: "lt", subject: "申请人.年龄", value: 16 }),
  f({ op: "ge", subject: "申请人.年龄", value: 60 }),
  f({ op: "eq", subject: "申请人.年龄", value: 16 }),
  f({ op: "ne", subject: "申请人.年龄", value: 16 }),
  f({ op: "gt", subject: "场所.面积", value: 300.5 }),
  f({ op: "le", subject: "场所.面积", value: 300.5 }),
  f({ op: "eq", subject: "申请人.本省户籍", value: true }),
  f({ op: "eq", subject: "申请人.本省户籍", value: false }),
  f({ op: "ne", subject: "申请人.本省户籍", value: true }),
  f({ op: "in", subject: "申请人.户籍地", values: ["甲市", "乙市"] }),
  f({ op: "eq", subject: "申请人.户籍地", value: "甲市" }),
  f({ op: "ne", subject: "申请人.户籍地", value: "甲市" }),
  f({ op: "eq", subject: "类型", value: "分公司" }),
  f({ op: "contains", subject: "经营.范围", value: "危险化学品" }),
  { op: "eq", subject: "设置招牌", value: true },
];

/** The reference: `evaluate` on the application data, which reads a field test's value at its
 * key path. (The data also carry each tested value under its dotted key, as an `evaluate` that
 * reads subjects by name alone would want: the same values either way.) */
function reference(c: Cond, data: Data): boolean {
  const at = (key: string): Answer | undefined => {
    let v: unknown = data;
    for (const k of key.split(".")) v = v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Data)[k] : undefined;
    return v === null ? undefined : (v as Answer | undefined);
  };
  const flat: Record<string, unknown> = { ...data };
  const visit = (x: Cond): void => {
    if (x.op === "and" || x.op === "or") x.args.forEach(visit);
    else if (x.op === "not") visit(x.arg);
    else if (x.op !== "true" && x.op !== "false" && x.field && x.subject.includes(".")) flat[x.subject] = at(x.subject);
  };
  visit(c);
  return evaluate(c, flat as Record<string, Answer | undefined>);
}

const CONDITIONS: Cond[] = [
  ...LEAVES,
  { op: "and", args: [LEAVES[0], LEAVES[14]] },
  { op: "or", args: [LEAVES[9], { op: "not", arg: LEAVES[6] }] },
  { op: "not", arg: { op: "and", args: [LEAVES[4], LEAVES[12], { op: "not", arg: LEAVES[13] }] } },
  { op: "not", arg: LEAVES[11] },
];

const DATA: Data[] = (() => {
  const out: Data[] = [{}, { 申请人: null, 场所: null, 经营: null }, { 申请人: {}, 场所: {}, 经营: {} }];
  for (const 年龄 of [15, 16, 60, undefined])
    for (const 本省户籍 of [true, false, undefined])
      for (const 户籍地 of ["甲市", "丙市", "", undefined])
        out.push({
          申请人: { 年龄, 本省户籍, 户籍地 },
          场所: { 面积: 年龄 === 15 ? 301 : 300.5 },
          类型: 户籍地 === "甲市" ? "分公司" : undefined,
          经营: { 范围: 本省户籍 ? ["危险化学品"] : [] },
          设置招牌: 年龄 === 60,
        });
  return out.map((d) => JSON.parse(JSON.stringify(d)) as Data);
})();

describe("field tests in the form dialects agree with the reference reading", () => {
  it("holds and fails on some data for every leaf (the data exercise each test)", () => {
    for (const c of LEAVES) {
      const results = new Set(DATA.map((d) => reference(c, d)));
      expect(results.size, JSON.stringify(c)).toBe(2);
    }
  });

  it("JSON Schema (if of if/then) with ajv, a null object on the way included", () => {
    const ajv = new Ajv({ strict: true });
    for (const c of CONDITIONS) {
      const test = ajv.compile({ type: "object", ...toJsonSchema(c) });
      for (const d of DATA) expect(test(d), `${JSON.stringify(c)} ${JSON.stringify(d)}`).toBe(reference(c, d));
    }
  });

  it("JSON Forms rule conditions with isVisible (scope into the nested data)", () => {
    const ajv = createAjv();
    for (const c of CONDITIONS) {
      const label = { type: "Label", text: "不予受理", rule: { effect: "SHOW", condition: toJsonFormsCondition(c) } } as UISchemaElement;
      for (const d of DATA) expect(isVisible(label, d, "", ajv, undefined), `${JSON.stringify(c)} ${JSON.stringify(d)}`).toBe(reference(c, d));
    }
  });

  it("FEEL as form-js evaluates it (feelin), the data as its context with missing values null", () => {
    for (const c of CONDITIONS) {
      const feel = toFeel(c);
      if (c.op !== "and" && c.op !== "or" && c.op !== "not" && c.op !== "true" && c.op !== "false" && c.field) expect(feel).toContain(c.subject);
      for (const d of DATA.filter((_, i) => i % 3 === 0 || i < 3)) expect(unaryTest(feel, d).value, `${feel} ${JSON.stringify(d)}`).toBe(reference(c, d));
    }
  });

  it("Formily reactions: dependencies are the fields' paths, the expression compiled as Formily compiles {{ }}", () => {
    for (const c of CONDITIONS) {
      const { dependencies, expression } = toFormilyCondition(c);
      const run = new Function("$deps", `return (${expression})`) as ($deps: unknown[]) => boolean;
      // Formily's query by path gives the field's value, undefined when it is not there.
      const value = (d: Data, path: string) => path.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Data)[k] : undefined), d) ?? undefined;
      for (const d of DATA) expect(run(dependencies.map((p) => value(d, p))), `${expression} ${JSON.stringify(d)}`).toBe(reference(c, d));
    }
  });
});
