// Chinese messages for ajv errors. `localize` has the shape of ajv-i18n's localizers, so it can be
// passed to RJSF's `customizeValidator(options, localize)` or called on `validate.errors`.
import type { ErrorObject } from "ajv";
import { creditCodeProblem, idCardProblem } from "./china-ids.js";
import { FORMAT_NAMES_ZH } from "./formats.js";
import { INADMISSIBLE_KEYWORD, type InadmissibleAnnotation } from "./inadmissible-keyword.js";

const TYPE_ZH: Record<string, string> = {
  string: "文本",
  number: "数字",
  integer: "整数",
  boolean: "true 或 false",
  object: "对象",
  array: "列表",
  null: "空值",
};

const COMPARISON_ZH: Record<string, string> = { ">=": "不小于", "<=": "不大于", ">": "大于", "<": "小于" };

function list(values: unknown): string {
  return (Array.isArray(values) ? values : [values]).map((v) => JSON.stringify(v)).join("、");
}

/** Why a value fails a format, as specifically as the value allows. */
export function formatMessageZh(format: string, value?: unknown): string {
  const name = FORMAT_NAMES_ZH[format] ?? `格式“${format}”`;
  if (typeof value === "string") {
    const why = format === "cn-id-card" ? idCardProblem(value) : format === "cn-credit-code" ? creditCodeProblem(value) : undefined;
    if (why) return `不是有效的${name}：${why}`;
  }
  return `不是有效的${name}`;
}

/** The 不予受理 case whose `then` an error is the failure of (form.schema.json: a `then` with
 * `x-matterc-inadmissible` and `not: {}`). The `then` is the error's parent schema (ajv's
 * `verbose`), or found from the root schema by the error's schema path. */
export function inadmissibleOf(error: ErrorObject, root?: unknown): InadmissibleAnnotation | undefined {
  if (error.keyword !== "not" && error.keyword !== "if") return undefined;
  let parent = error.parentSchema as Record<string, unknown> | undefined;
  if (parent === undefined && root !== undefined && error.schemaPath.startsWith("#/")) {
    const pointer = error.schemaPath.slice(2).split("/").slice(0, -1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    parent = pointer.reduce<unknown>((n, k) => (n && typeof n === "object" ? (n as Record<string, unknown>)[k] : undefined), root) as Record<string, unknown> | undefined;
  }
  // An `if` error's parent is the if/then; its `then` is the case's.
  if (error.keyword === "if") parent = parent && typeof parent === "object" ? (parent.then as Record<string, unknown> | undefined) : undefined;
  const a = parent && typeof parent === "object" ? parent[INADMISSIBLE_KEYWORD] : undefined;
  return a && typeof a === "object" && typeof (a as InadmissibleAnnotation).message === "string" ? (a as InadmissibleAnnotation) : undefined;
}

/** One error in Chinese, without naming the field (the caller knows its label). `value` is the
 * failing data, used for a precise reason on check-digit failures (ajv's `verbose` gives it too). */
export function messageZh(error: ErrorObject, value: unknown = error.data, root?: unknown): string {
  const p = error.params as Record<string, unknown>;
  const inadmissible = inadmissibleOf(error, root);
  if (inadmissible && error.keyword === "not") return inadmissible.message;
  // 本人确认 left unticked (`not: {const: false}`, value-schema.ts).
  if (error.keyword === "not" && value === false) return "须勾选确认";
  switch (error.keyword) {
    case "required":
      return "必须填写";
    case "type": {
      // JSON's true/false, not the strings "是"/"否" a person would type.
      if (p.type === "boolean") return `应为 true 或 false${typeof value === "string" ? `（JSON 的布尔值，不加引号；不能写字符串 ${JSON.stringify(value)}）` : ""}`;
      const quoted = typeof value === "string" && (p.type === "number" || p.type === "integer") ? `（不加引号；不能写字符串 ${JSON.stringify(value)}）` : "";
      return `应为${String(p.type).split(",").map((t) => TYPE_ZH[t] ?? t).join("或")}${quoted}`;
    }
    case "maxLength":
      return `不能超过 ${p.limit} 个字符`;
    case "minLength":
      return `不能少于 ${p.limit} 个字符`;
    case "maxItems":
    case "minItems": {
      // A repeating group's list of entries (股东) rather than a multiple choice.
      const e = (error.parentSchema as { "x-matter-entry"?: { entry: string; measureWord: string } } | undefined)?.["x-matter-entry"];
      if (e) return `${error.keyword === "minItems" ? "至少" : "至多"}填写 ${p.limit} ${e.measureWord}${e.entry}`;
      return `${error.keyword === "minItems" ? "至少" : "最多"}选择 ${p.limit} 项`;
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `应${COMPARISON_ZH[String(p.comparison)] ?? String(p.comparison)} ${p.limit}`;
    case "multipleOf":
      return `应为 ${p.multipleOf} 的整数倍`;
    case "pattern":
      return "格式不正确";
    case "format":
      return formatMessageZh(String(p.format), value);
    case "enum":
      return `应为以下之一：${list(p.allowedValues)}`;
    case "const":
      return `应为 ${list(p.allowedValue)}`;
    case "uniqueItems":
      return "不能重复选择同一项";
    case "additionalProperties":
      return `不应有“${String(p.additionalProperty)}”`;
    case "contains":
      return "缺少必须包含的项";
    default:
      return `不符合要求（${error.keyword}）`;
  }
}

/** Rewrites `message` of each error in Chinese, in place, like ajv-i18n. `root`, the schema the
 * errors are from, finds a 不予受理 case's message when the errors carry no parent schema. */
export function localize(errors?: ErrorObject[] | null, root?: unknown): void {
  if (!errors) return;
  // The `if` error of a 不予受理 case says only that its `then` failed, which the `not` error
  // already says with the case's message: removed (in place), so a form lists the case once.
  for (let i = errors.length - 1; i >= 0; i--) if (errors[i].keyword === "if" && inadmissibleOf(errors[i], root)) errors.splice(i, 1);
  for (const e of errors) e.message = messageZh(e, e.data, root);
}
