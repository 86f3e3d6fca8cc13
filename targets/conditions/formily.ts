// Cond → a Formily reaction (form.formily.json `x-reactions`): the answers it reads as
// `dependencies`, and a JavaScript expression over `$deps` that Formily compiles from `{{ }}`.
// Reading through `$deps` (not `$form.values`) makes Formily re-run the reaction when an answer
// changes. An unanswered question is undefined, and counts as "no" / not chosen, as in
// compiler/conditions.ts `evaluate`: equality with true, typeof and Array.isArray guard every test.
// A field test (`field: true`, only in 不予受理 conditions) depends on the field by its key, the
// dotted data path that Formily's query resolves to the field (a field not on the form reads as
// undefined); compiler-checked keys (E0119) hold no pattern characters.
import { subjects } from "../../compiler/conditions.js";
import type { Cond } from "../../compiler/model.js";
import { ORDER_OPS, printInfix, type InfixDialect } from "./infix.js";

export interface FormilyCondition {
  dependencies: string[];
  /** A JavaScript expression over `$deps`, without the `{{ }}`. */
  expression: string;
}

function literal(v: boolean | string | number | string[]): string {
  return JSON.stringify(v);
}

function dialect(dep: (subject: string) => string): InfixDialect {
  return {
    and: "&&",
    or: "||",
    not: (inner) => `!(${inner})`,
    test(c) {
      const v = dep(c.subject);
      switch (c.op) {
        case "eq":
          return c.value === false ? `${v} !== true` : `${v} === ${literal(c.value)}`;
        case "ne":
          return c.value === false ? `${v} === true` : `${v} !== ${literal(c.value)}`;
        case "contains":
          return `(Array.isArray(${v}) && ${v}.includes(${literal(c.value)}))`;
        case "in":
          return `${literal(c.values)}.includes(${v})`;
        default:
          return `(typeof ${v} === "number" && ${v} ${ORDER_OPS[c.op]} ${c.value})`;
      }
    },
  };
}

export function toFormilyCondition(c: Cond): FormilyCondition {
  const dependencies = [...subjects(c)];
  return { dependencies, expression: printInfix(c, dialect((s) => `$deps[${dependencies.indexOf(s)}]`)) };
}
