// Check characters in form-js FEEL: the expression form-js evaluates in `validate.minLength`
// agrees with the GB 11643 / GB 32100 checks, in the FEEL of form-js 2.x (feelin 8) and of the
// form-js 1.8.7 that Camunda 7 bundles (its own feelin 3).
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { CREDIT_ALPHABET, creditCodeCheckChar, idCardCheckChar } from "../../targets/form/china-ids.js";
import { checkCharacterOk } from "../../targets/form/form-js-checks.js";
import type { Question } from "../../targets/form/plan.js";

const require = createRequire(import.meta.url);
type Feel = { evaluate(e: string, ctx: object): unknown };
const unwrap = (r: unknown) => (r !== null && typeof r === "object" && "value" in r ? (r as { value: unknown }).value : r);
const FEELS: [string, Feel][] = [
  ["form-js 2.x (feelin 8)", require("feelin") as Feel],
  ["form-js 1.8.7 (feelin 3)", require(require.resolve("feelin", { paths: [require.resolve("form-js-viewer-1-8")] })) as Feel],
];

let seed = 7;
const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);

const question = (type: "idCard" | "creditCode"): Question => ({ source: "field", name: "x", id: "x", path: ["申请人", "号码"], type, label: "x", required: true, when: { op: "true" } });

describe("check characters in form-js FEEL", () => {
  for (const [name, feel] of FEELS) {
    it(`${name}: 身份证号`, () => {
      const ok = checkCharacterOk(question("idCard"))!;
      for (let n = 0; n < 15; n++) {
        const first17 = `110105${1950 + random(60)}0${1 + random(9)}1${random(9)}${random(10)}${random(10)}${random(10)}`;
        for (const c of "0123456789X") {
          expect(unwrap(feel.evaluate(ok, { 申请人: { 号码: first17 + c } })), first17 + c).toBe(c === idCardCheckChar(first17));
        }
      }
      for (const v of [null, "123", "11010519491231A02X"]) expect(unwrap(feel.evaluate(ok, { 申请人: { 号码: v } }))).toBe(true);
    });

    it(`${name}: 统一社会信用代码`, () => {
      const ok = checkCharacterOk(question("creditCode"))!;
      for (let n = 0; n < 15; n++) {
        const first17 = `91${440300 + random(99)}${Array.from({ length: 9 }, () => CREDIT_ALPHABET[random(31)]).join("")}`;
        for (const c of [creditCodeCheckChar(first17), CREDIT_ALPHABET[(CREDIT_ALPHABET.indexOf(creditCodeCheckChar(first17)) + 1 + random(30)) % 31]]) {
          expect(unwrap(feel.evaluate(ok, { 申请人: { 号码: first17 + c } })), first17 + c).toBe(c === creditCodeCheckChar(first17));
        }
      }
      expect(unwrap(feel.evaluate(ok, { 申请人: { 号码: "9144030019220382I6" } }))).toBe(true); // shape: the pattern's
    });
  }
});
