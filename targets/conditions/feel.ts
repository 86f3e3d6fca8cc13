// Cond → FEEL (Camunda 8 gateways and form-js `conditional.hide`). Answers the applicant has not
// given are null in FEEL; every test guards against null so that an unanswered question means
// "no" rather than an engine incident.
import type { Cond } from "../../compiler/model.js";

export function feelLiteral(v: boolean | string | number): string {
  if (typeof v === "string") return JSON.stringify(v);
  return String(v);
}

export function toFeel(c: Cond): string {
  switch (c.op) {
    case "true":
      return "true";
    case "false":
      return "false";
    case "and":
      return c.args.map((a) => wrap(a)).join(" and ");
    case "or":
      return c.args.map((a) => wrap(a)).join(" or ");
    case "not":
      return `not(${toFeel(c.arg)})`;
    case "eq":
      return typeof c.value === "boolean" && c.value === false ? `${c.subject} != true` : `${c.subject} = ${feelLiteral(c.value)}`;
    case "ne":
      return typeof c.value === "boolean" && c.value === false ? `${c.subject} = true` : `(${c.subject} = null or ${c.subject} != ${feelLiteral(c.value)})`;
    case "gt":
    case "ge":
    case "lt":
    case "le": {
      const op = { gt: ">", ge: ">=", lt: "<", le: "<=" }[c.op];
      return `(${c.subject} != null and ${c.subject} ${op} ${c.value})`;
    }
    case "contains":
      return `(${c.subject} != null and list contains(${c.subject}, ${feelLiteral(c.value)}))`;
    case "in":
      return `list contains([${c.values.map(feelLiteral).join(", ")}], ${c.subject})`;
  }
}

function wrap(c: Cond): string {
  return c.op === "and" || c.op === "or" ? `(${toFeel(c)})` : toFeel(c);
}
