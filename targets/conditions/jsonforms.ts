// Cond → a JSON Forms rule condition (form.uischema.json). Each test becomes a schema condition on
// the answer's own scope, joined with JSON Forms' AND/OR conditions, so the rule reads like the
// source. JSON Forms has no NOT: a negation is pushed down to the tests (De Morgan) and a negated
// test wraps its schema in `not`.
//
// An unanswered question counts as "no" / not chosen (compiler/conditions.ts `evaluate`): a
// positive test sets `failWhenUndefined`; ajv also fails const/enum/type on undefined, so the
// negated form holds when unanswered, as it must.
import type { Cond } from "../../compiler/model.js";
import { testPath, type JsonSchema } from "./json-schema.js";

export type JsonFormsCondition =
  | { type: "AND" | "OR"; conditions: JsonFormsCondition[] }
  | { scope: string; schema: JsonSchema; failWhenUndefined?: true };

/** The JSON Forms scope of a property path: a JSON pointer through `properties`. */
export function scopeOf(path: string[]): string {
  return "#" + path.map((p) => `/properties/${p.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

type Leaf = Exclude<Cond, { op: "true" | "false" | "and" | "or" | "not" }>;

/** The test on the answer itself, and whether it holds only for a given answer. */
function leafSchema(c: Leaf): { schema: JsonSchema; answered: boolean } {
  switch (c.op) {
    case "eq":
      return c.value === false ? { schema: { not: { const: true } }, answered: false } : { schema: { const: c.value }, answered: true };
    case "ne":
      if (c.value === false) return { schema: { const: true }, answered: true };
      return { schema: { not: { const: c.value } }, answered: false };
    case "gt":
    case "ge":
    case "lt":
    case "le": {
      const keyword = { gt: "exclusiveMinimum", ge: "minimum", lt: "exclusiveMaximum", le: "maximum" }[c.op];
      return { schema: { type: "number", [keyword]: c.value }, answered: true };
    }
    case "contains":
      return { schema: { type: "array", contains: { const: c.value } }, answered: true };
    case "in":
      return { schema: { enum: c.values }, answered: true };
  }
}

export function toJsonFormsCondition(c: Cond, negate = false): JsonFormsCondition {
  switch (c.op) {
    case "true":
    case "false":
      // An empty AND holds, an empty OR does not.
      return { type: (c.op === "true") !== negate ? "AND" : "OR", conditions: [] };
    case "and":
    case "or":
      return { type: (c.op === "and") !== negate ? "AND" : "OR", conditions: c.args.map((a) => toJsonFormsCondition(a, negate)) };
    case "not":
      return toJsonFormsCondition(c.arg, !negate);
    default: {
      const { schema, answered } = leafSchema(c);
      // A field test reads the field at its key, a path into the nested data (申请人.年龄);
      // JSON Forms resolves a missing object on the way as undefined.
      const scope = scopeOf(testPath(c));
      if (negate) return { scope, schema: { not: schema } };
      return answered ? { scope, schema, failWhenUndefined: true } : { scope, schema };
    }
  }
}
