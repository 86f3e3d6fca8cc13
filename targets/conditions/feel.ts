// Cond → FEEL (Camunda 8 gateways and form-js `conditional.hide`). Answers the applicant has not
// given are null in FEEL; every test guards against null so that an unanswered question means
// "no" rather than an engine incident. A field test (`field: true`, only in 不予受理 conditions)
// reads the field at its key, a FEEL path into the nested data (申请人.年龄), each part checked by
// the compiler (E0119); a path through a missing object is null in FEEL, and so guarded too.
import type { Cond } from "../../compiler/model.js";
import { feelName, feelString } from "../escape/feel.js";
import { ORDER_OPS, printInfix, type InfixDialect } from "./infix.js";

export function feelLiteral(v: boolean | string | number): string {
  if (typeof v === "string") return feelString(v);
  return String(v);
}

const FEEL: InfixDialect = {
  and: "and",
  or: "or",
  not: (inner) => `not(${inner})`,
  test(t) {
    // Names are checked by the compiler (E0119): written bare, they read as themselves.
    const c = { ...t, subject: feelName(t.subject) } as typeof t;
    switch (c.op) {
      case "eq":
        return typeof c.value === "boolean" && c.value === false ? `${c.subject} != true` : `${c.subject} = ${feelLiteral(c.value)}`;
      case "ne":
        return typeof c.value === "boolean" && c.value === false ? `${c.subject} = true` : `(${c.subject} = null or ${c.subject} != ${feelLiteral(c.value)})`;
      case "contains":
        return `(${c.subject} != null and list contains(${c.subject}, ${feelLiteral(c.value)}))`;
      case "in":
        return `list contains([${c.values.map(feelLiteral).join(", ")}], ${c.subject})`;
      default:
        return `(${c.subject} != null and ${c.subject} ${ORDER_OPS[c.op]} ${c.value})`;
    }
  },
};

export function toFeel(c: Cond): string {
  return printInfix(c, FEEL);
}
