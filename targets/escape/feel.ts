// FEEL (Camunda 8 gateways, form-js `conditional.hide`): string literals, and names. A name is
// written bare, so it must be one FEEL reads as a name: the compiler accepts only such names for
// situations and commitments (E0119, `isConditionName` in compiler/conditions.ts).
import { isConditionName } from "../../compiler/conditions.js";
import { dropInvalid } from "./controls.js";

const FEEL_STRING_SPECIAL = /["\\\n\r\t]/;
const FEEL_ESCAPE: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** A FEEL string literal: double quotes; quote, backslash, newline, return and tab escaped. */
export function feelString(s: string): string {
  const clean = dropInvalid(s);
  return `"${FEEL_STRING_SPECIAL.test(clean) ? clean.replace(/["\\\n\r\t]/g, (c) => FEEL_ESCAPE[c]) : clean}"`;
}

/** A variable name in FEEL, or a path of names into a context (`任务.结果`). The compiler
 * guarantees the names (E0119); a model from elsewhere with a name no FEEL engine reads is refused
 * rather than written with another meaning. */
export function feelName(name: string): string {
  if (!name.split(".").every(isConditionName)) throw new Error(`matterc: 「${name}」 cannot be written as a FEEL name (see E0119)`);
  return name;
}
