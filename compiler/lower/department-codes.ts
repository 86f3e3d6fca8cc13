// A department's 统一社会信用代码 (GB 32100: 18 characters from a 31-letter alphabet, the last a
// check character over the first 17) and 行政区划 code (GB/T 2260: 6 digits), checked where the
// department is declared (E1001, E1002).
import type { DecodedBlock } from "../decode/block.js";
import type { Reporter } from "../decode/report.js";
import { readString } from "../decode/values.js";

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character a 17-character code body needs, or undefined when a character is not in the alphabet. */
export function creditCheckCharacter(body: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(body[i]);
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Why a 统一社会信用代码 is not one, or undefined when it is. */
export function creditCodeProblem(code: string): { zh: string; en: string } | undefined {
  if (code.length !== 18) return { zh: `应为 18 位，实为 ${code.length} 位`, en: `it should have 18 characters, not ${code.length}` };
  const bad = [...code].find((c) => !ALPHABET.includes(c));
  if (bad) return { zh: `「${bad}」不是代码字符（数字和除 I、O、S、V、Z 外的大写字母）`, en: `'${bad}' is not a code character (digits and capitals other than I, O, S, V, Z)` };
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { zh: "第 3–8 位应为行政区划代码（数字）", en: "characters 3–8 should be a division code (digits)" };
  const check = creditCheckCharacter(code.slice(0, 17));
  if (check !== code[17]) return { zh: `校验码应为「${check}」，实为「${code[17]}」`, en: `the check character should be '${check}', not '${code[17]}'` };
  return undefined;
}

export function checkDepartmentCodes(block: DecodedBlock, r: Reporter): void {
  const credit = block.get("creditCode") && readString(block.get("creditCode")!, r);
  const problem = credit && creditCodeProblem(credit.value);
  if (credit && problem) r.at({ kind: "creditCode" }).report("E1001", credit.span, { code: credit.value, reason: problem });
  const division = block.get("division") && readString(block.get("division")!, r);
  if (division && !/^\d{6}$/.test(division.value)) r.at({ kind: "division" }).report("E1002", division.span, { code: division.value });
}
