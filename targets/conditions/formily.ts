// Cond → a Formily reaction (form.formily.json `x-reactions`): the answers it reads as
// `dependencies`, and a JavaScript expression over `$deps` that Formily compiles from `{{ }}`.
// Reading through `$deps` (not `$form.values`) makes Formily re-run the reaction when an answer
// changes. An unanswered question is undefined, and counts as "no" / not chosen, as in
// compiler/conditions.ts `evaluate`: equality with true, typeof and Array.isArray guard every test.
import { subjects } from "../../compiler/conditions.js";
import type { Cond } from "../../compiler/model.js";

export interface FormilyCondition {
  dependencies: string[];
  /** A JavaScript expression over `$deps`, without the `{{ }}`. */
  expression: string;
}

function literal(v: boolean | string | number | string[]): string {
  return JSON.stringify(v);
}

function expr(c: Cond, dep: (subject: string) => string): string {
  const wrap = (a: Cond) => (a.op === "and" || a.op === "or" ? `(${expr(a, dep)})` : expr(a, dep));
  switch (c.op) {
    case "true":
      return "true";
    case "false":
      return "false";
    case "and":
      return c.args.map(wrap).join(" && ");
    case "or":
      return c.args.map(wrap).join(" || ");
    case "not":
      return `!(${expr(c.arg, dep)})`;
    case "eq":
      return c.value === false ? `${dep(c.subject)} !== true` : `${dep(c.subject)} === ${literal(c.value)}`;
    case "ne":
      return c.value === false ? `${dep(c.subject)} === true` : `${dep(c.subject)} !== ${literal(c.value)}`;
    case "gt":
    case "ge":
    case "lt":
    case "le": {
      const op = { gt: ">", ge: ">=", lt: "<", le: "<=" }[c.op];
      return `(typeof ${dep(c.subject)} === "number" && ${dep(c.subject)} ${op} ${c.value})`;
    }
    case "contains":
      return `(Array.isArray(${dep(c.subject)}) && ${dep(c.subject)}.includes(${literal(c.value)}))`;
    case "in":
      return `${literal(c.values)}.includes(${dep(c.subject)})`;
  }
}

export function toFormilyCondition(c: Cond): FormilyCondition {
  const dependencies = [...subjects(c)];
  return { dependencies, expression: expr(c, (s) => `$deps[${dependencies.indexOf(s)}]`) };
}
