// Cond → a JSON Schema that the form's root data satisfies exactly when the condition holds, for
// the `if` of an `if/then` (form.schema.json) and for anything else that tests answers with a
// validator. Valid in draft-07 and 2020-12 alike (const, contains, numeric exclusiveMinimum).
//
// An unanswered question counts as "no" / not chosen (see compiler/conditions.ts `evaluate`):
// tests that need an answer list it in `required`, because `properties` alone passes when the
// property is missing; negative tests (≠, "no") deliberately do not.
//
// A field test (`field: true`, only in 不予受理 conditions) reads the field's value at its key, a
// path into the nested data (申请人.年龄 → properties/申请人/properties/年龄). A positive test
// requires every object on the way and that it is an object: `properties` and `required` pass
// any non-object, so {申请人: null} would otherwise satisfy "年龄 < 16"; a negative test holds
// through a missing or non-object one.
import type { Cond } from "../../compiler/model.js";

export type JsonSchema = { [key: string]: unknown };

type Test = Exclude<Cond, { op: "true" | "false" | "and" | "or" | "not" }>;

/** Where a test reads: an answer's name, or a field's key as a path. */
export function testPath(c: Test): string[] {
  return c.field ? c.subject.split(".") : [c.subject];
}

function on(c: Test, schema: JsonSchema, answered: boolean): JsonSchema {
  return testPath(c).reduceRight<JsonSchema>((inner, key, i) => {
    const level: JsonSchema = answered ? { properties: { [key]: inner }, required: [key] } : { properties: { [key]: inner } };
    if (i === 0) return level;
    // A nested object on the way must be one for a positive test to hold; a negative test also
    // holds when it is not (null: unanswered). Typed either way, as a strict ajv wants.
    return answered ? { type: "object", ...level } : { anyOf: [{ not: { type: "object" } }, { type: "object", ...level }] };
  }, schema);
}

export function toJsonSchema(c: Cond): JsonSchema {
  switch (c.op) {
    case "true":
      return {};
    case "false":
      return { not: {} };
    case "and":
      return { allOf: c.args.map(toJsonSchema) };
    case "or":
      return { anyOf: c.args.map(toJsonSchema) };
    case "not":
      return { not: toJsonSchema(c.arg) };
    case "eq":
      // "Is no" also holds when unanswered: anything but true.
      if (c.value === false) return on(c, { not: { const: true } }, false);
      return on(c, { const: c.value }, true);
    case "ne":
      if (c.value === false) return on(c, { const: true }, true);
      if (c.value === true) return on(c, { not: { const: true } }, false);
      return on(c, { not: { const: c.value } }, false);
    case "gt":
    case "ge":
    case "lt":
    case "le": {
      const keyword = { gt: "exclusiveMinimum", ge: "minimum", lt: "exclusiveMaximum", le: "maximum" }[c.op];
      return on(c, { type: "number", [keyword]: c.value }, true);
    }
    case "contains":
      return on(c, { type: "array", contains: { const: c.value } }, true);
    case "in":
      return on(c, { enum: c.values }, true);
  }
}
