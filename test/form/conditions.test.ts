// The condition translators of the form files agree with the model's own `evaluate` on random
// condition trees over every kind of answer, unanswered questions included.
import { createAjv, isVisible, type UISchemaElement } from "@jsonforms/core";
import { Ajv } from "ajv";
import { unaryTest } from "feelin";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../compiler/conditions.js";
import type { Cond } from "../../compiler/model.js";
import { toJsonSchema } from "../../targets/conditions/json-schema.js";
import { toFeel } from "../../targets/conditions/feel.js";
import { toFormilyCondition } from "../../targets/conditions/formily.js";
import { toJsonFormsCondition } from "../../targets/conditions/jsonforms.js";
import type { Answers } from "./helpers/combinations.js";

const LEAVES: Cond[] = [
  { op: "eq", subject: "是否", value: true },
  { op: "eq", subject: "是否", value: false },
  { op: "ne", subject: "是否", value: true },
  { op: "ne", subject: "是否", value: false },
  { op: "eq", subject: "单选", value: "甲" },
  { op: "ne", subject: "单选", value: "乙" },
  { op: "in", subject: "单选", values: ["甲", "乙"] },
  { op: "contains", subject: "多选", value: "子" },
  { op: "contains", subject: "多选", value: "丑" },
  { op: "gt", subject: "数字", value: 5 },
  { op: "ge", subject: "数字", value: 5 },
  { op: "lt", subject: "数字", value: 5 },
  { op: "le", subject: "数字", value: 5 },
  { op: "eq", subject: "数字", value: 5 },
  { op: "ne", subject: "数字", value: 5 },
  { op: "true" },
  { op: "false" },
];

/** A deterministic pseudo-random generator (mulberry32), so failures reproduce. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCond(next: () => number, depth: number): Cond {
  const r = next();
  if (depth === 0 || r < 0.35) return LEAVES[Math.floor(next() * LEAVES.length)];
  if (r < 0.55) return { op: "not", arg: randomCond(next, depth - 1) };
  const args = Array.from({ length: 2 + Math.floor(next() * 2) }, () => randomCond(next, depth - 1));
  return { op: r < 0.8 ? "and" : "or", args };
}

export const CONDITIONS: Cond[] = [...LEAVES, ...Array.from({ length: 80 }, ((next) => () => randomCond(next, 3))(rng(11643)))];

export const ANSWERS: Answers[] = (() => {
  const out: Answers[] = [];
  for (const 是否 of [true, false, undefined])
    for (const 单选 of ["甲", "乙", "丙", undefined])
      for (const 多选 of [[], ["子"], ["丑"], ["子", "丑"], undefined])
        for (const 数字 of [4, 5, 6, undefined]) out.push({ 是否, 单选, 多选, 数字 });
  return out;
})();

const data = (a: Answers) => JSON.parse(JSON.stringify(a)) as Record<string, unknown>;

describe("condition translators agree with evaluate", () => {
  it("JSON Schema (if of if/then) with ajv", () => {
    const ajv = new Ajv({ strict: false });
    for (const c of CONDITIONS) {
      const test = ajv.compile({ type: "object", ...toJsonSchema(c) });
      for (const a of ANSWERS) expect(test(data(a)), `${JSON.stringify(c)} ${JSON.stringify(a)}`).toBe(evaluate(c, a));
    }
  });

  it("JSON Forms rule conditions with isVisible", () => {
    const ajv = createAjv();
    for (const c of CONDITIONS) {
      const control = { type: "Control", scope: "#/properties/x", rule: { effect: "SHOW", condition: toJsonFormsCondition(c) } } as UISchemaElement;
      for (const a of ANSWERS) expect(isVisible(control, data(a), "", ajv, undefined), `${JSON.stringify(c)} ${JSON.stringify(a)}`).toBe(evaluate(c, a));
    }
  });

  it("FEEL (form-js conditional.hide), evaluated by feelin as form-js does, with unanswered as null", () => {
    // feelin parses on every call: a share of the cases keeps this fast.
    for (const c of CONDITIONS.slice(0, 25)) {
      const feel = toFeel(c);
      for (const a of ANSWERS.filter((_, i) => i % 7 === 0)) {
        const context = Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v ?? null]));
        expect(unaryTest(feel, context).value, `${feel} ${JSON.stringify(a)}`).toBe(evaluate(c, a));
      }
    }
  });

  it("Formily reactions, compiled as Formily compiles {{ }} (new Function over $deps)", () => {
    for (const c of CONDITIONS) {
      const { dependencies, expression } = toFormilyCondition(c);
      const run = new Function("$deps", `return (${expression})`) as ($deps: unknown[]) => boolean;
      for (const a of ANSWERS) {
        const d = data(a);
        expect(run(dependencies.map((name) => d[name])), `${expression} ${JSON.stringify(a)}`).toBe(evaluate(c, a));
      }
    }
  });
});
