// Names FEEL reads bare: situations and commitments in conditions (process gateways, form-js
// `conditional.hide`), and the segments of field keys, which form-js reads as data paths in FEEL
// (the check-character expressions of 身份证号 and 统一社会信用代码). One rule (isConditionName),
// one diagnostic (E0119) with the reason and a suggestion.
import { isConditionName } from "../conditions.js";
import { bi, type Bilingual } from "../diagnostics/types.js";

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
