// Check characters in form-js. form-js checks a `pattern` but runs no code of ours; what it does
// evaluate is FEEL in `validate.minLength` (and min, max, maxLength). So a 身份证号 or 统一社会信用代码
// gets a `minLength` expression that is 0 while the check character is right and 19 (longer than
// the 18 characters the pattern allows) while it is wrong, which blocks submission, and a text
// next to the field, shown only then, says why. Both are plain FEEL (substring, number, modulo,
// sum, for … in 1..17, index of), which form-js 1.8 (Camunda 7) and 2.x (Camunda 8) evaluate.
import { CREDIT_ALPHABET, CREDIT_WEIGHTS, ID_CHECK, ID_WEIGHTS } from "./china-ids.js";
import type { Question } from "./plan.js";

const list = (xs: (string | number)[]) => `[${xs.map((x) => (typeof x === "string" ? JSON.stringify(x) : String(x))).join(", ")}]`;

/** A FEEL path to the value of a data path ("法定代表人.身份证号"). */
function feelPath(path: string[]): string {
  return path.join(".");
}

/** FEEL that holds unless the value has 18 characters of the right kinds and a wrong check
 * character (a wrong shape is the pattern's to report). No `matches()`: form-js 1.8's FEEL lacks it. */
export function checkCharacterOk(q: Question): string | undefined {
  const v = feelPath(q.path);
  // A context computes the sum once; a character outside the code's alphabet makes it null. The
  // expected character is a substring, not `list[expression]`, which form-js 1.8 reads as a filter.
  const check = (sum: string, expected: string) =>
    `(if ${v} = null then true else if string length(${v}) != 18 then true else {s: ${sum}, ok: if s = null then true else substring(${v}, 18, 1) = ${expected}}.ok)`;
  if (q.type === "idCard") {
    const sum = `sum(for i in 1..17 return number(substring(${v}, i, 1)) * ${list(ID_WEIGHTS)}[i])`;
    return check(sum, `substring(${JSON.stringify(ID_CHECK)}, modulo(s, 11) + 1, 1)`);
  }
  if (q.type === "creditCode") {
    const alphabet = list([...CREDIT_ALPHABET]);
    const sum = `sum(for i in 1..17 return (index of(${alphabet}, substring(${v}, i, 1))[1] - 1) * ${list(CREDIT_WEIGHTS)}[i])`;
    return check(sum, `substring(${JSON.stringify(CREDIT_ALPHABET)}, modulo(31 - modulo(s, 31), 31) + 1, 1)`);
  }
  return undefined;
}

export const CHECK_MESSAGES: Partial<Record<Question["type"], string>> = {
  idCard: "居民身份证号码的校验码（最后一位）不正确，请核对。",
  creditCode: "统一社会信用代码的校验码（最后一位）不正确，请核对。",
};

/** `validate.minLength` for a field whose check character form-js checks. */
export function checkMinLength(ok: string, minLength: number | undefined): string {
  return `=if ${ok} then ${minLength ?? 0} else 19`;
}
