// The Flowable dialect of eligibility.dmn (`--process flowable`). Flowable's DMN engine (open
// source, 6.x and 7.x) reads no FEEL: it makes of every input entry a JUEL expression, either the
// entry itself when it starts with `#{` or `${`, or `#{<input expression> <entry>}`, so FEEL's lists
// of unary tests (`< 1, null`) and `not(…)` do not parse, and a null compares as 0. It names no
// `execution` in a decision, and a variable that was never set is an error when named bare
// ("Unknown property used in expression"); `variableContainer.getVariable('…')` gives null instead.
//
// So every input entry that tests something is one whole JUEL expression, `#{…}`, of the literals
// the row's FEEL entry stands for (rows.ts), written by the same printer as process.bpmn's JUEL
// conditions (targets/conditions/juel.ts) and so with the same meaning as the compiler's
// `evaluate`: a missing value fails every test but "not equal". The input expressions say what
// the column reads; Flowable evaluates only the entries. Output entries are `#{…}` literals, and
// the eligible row leaves 未满足条件 empty (Flowable cannot make a string result of null: it then
// sets no such output). Text is a JUEL string literal (targets/escape/juel.ts) and the file is
// escaped as XML.
import type { Cond, EligibilityRule } from "../../compiler/model.js";
import { juelString, juelVariable, toJuelExpression } from "../conditions/juel.js";
import type { Literal } from "./rows.js";

/** How the Flowable dialect reads a value by its key: a path into the decision's variables. */
export function flowableRead(subject: string): string {
  return juelVariable(subject, "variableContainer");
}

function asCond(l: Literal): Cond {
  return l.negated ? { op: "not", arg: l.test } : l.test;
}

/** The input entry testing these literals of one column (all must hold), "-" for none. */
export function juelEntry(literals: Literal[]): string {
  if (literals.length === 0) return "-";
  const c: Cond = literals.length === 1 ? asCond(literals[0]) : { op: "and", args: literals.map(asCond) };
  return `#{${toJuelExpression(c, flowableRead)}}`;
}

/** A whole-rule column: its input expression, and the entry that holds when the rule does not. */
export function juelRuleColumn(rule: EligibilityRule): { expression: string; failed: string } {
  const expression = toJuelExpression(rule.when, flowableRead);
  return { expression, failed: `#{!(${expression})}` };
}

/** An output entry: a boolean, a text, or nothing (no output). */
export function juelOutput(v: boolean | string | null): string {
  return v === null ? "" : `#{${typeof v === "string" ? juelString(v) : String(v)}}`;
}
