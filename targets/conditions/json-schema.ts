// Cond → a JSON Schema that the form's root data satisfies exactly when the condition holds, for
// the `if` of an `if/then` (form.schema.json) and for anything else that tests answers with a
// validator. Valid in draft-07 and 2020-12 alike (const, contains, numeric exclusiveMinimum).
//
// An unanswered question counts as "no" / not chosen (see compiler/conditions.ts `evaluate`):
// tests that need an answer list it in `required`, because `properties` alone passes when the
// property is missing; negative tests (≠, "no") deliberately do not.
import type { Cond } from "../../compiler/model.js";

export type JsonSchema = { [key: string]: unknown };

function on(subject: string, schema: JsonSchema, answered: boolean): JsonSchema {
  return answered ? { properties: { [subject]: schema }, required: [subject] } : { properties: { [subject]: schema } };
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
      if (c.value === false) return on(c.subject, { not: { const: true } }, false);
      return on(c.subject, { const: c.value }, true);
    case "ne":
      if (c.value === false) return on(c.subject, { const: true }, true);
      if (c.value === true) return on(c.subject, { not: { const: true } }, false);
      return on(c.subject, { not: { const: c.value } }, false);
    case "gt":
    case "ge":
    case "lt":
    case "le": {
      const keyword = { gt: "exclusiveMinimum", ge: "minimum", lt: "exclusiveMaximum", le: "maximum" }[c.op];
      return on(c.subject, { type: "number", [keyword]: c.value }, true);
    }
    case "contains":
      return on(c.subject, { type: "array", contains: { const: c.value } }, true);
    case "in":
      return on(c.subject, { enum: c.values }, true);
  }
}
