// Names FEEL reads bare: situations and commitments in conditions (process gateways, form-js
// `conditional.hide`), and the segments of field keys, which form-js reads as data paths in FEEL
// (the check-character expressions of 身份证号 and 统一社会信用代码). One rule (isConditionName),
// one diagnostic (E0119) with the reason and a suggestion.
import { isConditionName } from "../conditions.js";
import type { Span } from "../../grammar/ast.js";
import type { Reporter } from "../decode/report.js";
import { bi, type Bilingual } from "../diagnostics/types.js";
import { BoundedSet } from "../memo.js";

export const CONDITION_USE: Bilingual = bi("条件", "conditions");
export const FORM_FEEL_USE: Bilingual = bi("表单的 FEEL 表达式", "the form's FEEL expressions");

/** Why FEEL cannot read `name` as itself, and a name it could; undefined when it can. */
export function feelNameProblem(name: string): { reason: Bilingual; suggestion: string } | undefined {
  if (isConditionName(name)) return undefined;
  // A keyword (true, and…) or a character such as ① or ², or punctuation and spaces.
  const bad = [...name].filter((c) => !/[\p{L}\p{Nd}\p{Mn}\p{Mc}_]/u.test(c) || /[\u00aa\u00b5\u00ba]/.test(c));
  if (bad.length === 0 && !/^\p{Nd}/u.test(name)) return { reason: bi("它是 FEEL 的关键字", "it is a FEEL keyword"), suggestion: `${name}_1` };
  const reason = bad.length ? bi(`「${[...new Set(bad)].join("")}」不能出现在 FEEL 名称中`, `'${[...new Set(bad)].join("")}' cannot appear in a FEEL name`) : bi("FEEL 名称不能以数字开头", "a FEEL name cannot start with a digit");
  return { reason, suggestion: [...name].filter((c) => !bad.includes(c)).join("").replace(/^\p{Nd}+/u, "") || "名称" };
}

/** A data key (a field's key, a repeating group's list key) is a path form-js reads in FEEL: each
 * of its parts must be a name FEEL reads as itself (E0119), as situation names must. */
export function checkFeelKey(key: string, at: Span, kind: "field" | "group", r: Reporter): void {
  // The same keys (企业.名称) come back in matter after matter: those found fine are remembered.
  if (fineKeys.has(key)) return;
  const parts = key.split(".");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const problem = feelNameProblem(part);
    if (!problem) continue;
    const reason = parts.length === 1 ? problem.reason : bi(`其中「${part}」：${problem.reason.zh}`, `its part '${part}': ${problem.reason.en}`);
    const suggestion = parts.map((p, k) => (k === i ? problem.suggestion : p)).join(".");
    r.report("E0119", at, { kind, name: key, use: FORM_FEEL_USE, reason, suggestion });
    return;
  }
  fineKeys.add(key);
}

/** Data keys whose every part FEEL reads as itself (a bounded memo of checkFeelKey). */
const fineKeys = new BoundedSet<string>(1 << 16);
