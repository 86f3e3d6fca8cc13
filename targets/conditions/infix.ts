// What the infix dialects (FEEL, JUEL, JavaScript for Formily) share: constants, and/or with
// parentheses where a nested and/or needs them, and negation. Each dialect supplies its words
// and how it writes one test of one answer.
import type { Cond } from "../../compiler/model.js";

export type Test = Exclude<Cond, { op: "true" | "false" | "and" | "or" | "not" }>;

export interface InfixDialect {
  and: string;
  or: string;
  not(inner: string): string;
  test(c: Test): string;
}

export function printInfix(c: Cond, d: InfixDialect): string {
  const wrap = (a: Cond) => (a.op === "and" || a.op === "or" ? `(${printInfix(a, d)})` : printInfix(a, d));
  switch (c.op) {
    case "true":
      return "true";
    case "false":
      return "false";
    case "and":
      return c.args.map(wrap).join(` ${d.and} `);
    case "or":
      return c.args.map(wrap).join(` ${d.or} `);
    case "not":
      return d.not(printInfix(c.arg, d));
    default:
      return d.test(c);
  }
}

export const ORDER_OPS = { gt: ">", ge: ">=", lt: "<", le: "<=" } as const;
