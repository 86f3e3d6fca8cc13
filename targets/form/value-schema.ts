// The JSON Schema of one answer: its type and every constraint the model gives it. Chinese data
// types carry both a `pattern` (the shape, enforced by any validator) and a `cn-*` `format` (the
// full check, by the matterc/ajv plugin; other validators ignore unknown formats).
import type { FieldSource, FieldType } from "../../compiler/model.js";
import { PATTERNS } from "./china-ids.js";
import type { JsonSchema } from "../conditions/json-schema.js";
import type { Question } from "./plan.js";
import { mustBeTicked } from "./proactive.js";
import { jsonText } from "../escape/json.js";

const CHINESE_TYPES: Partial<Record<FieldType, { pattern: string; format: string }>> = {
  idCard: { pattern: PATTERNS.idCard, format: "cn-id-card" },
  creditCode: { pattern: PATTERNS.creditCode, format: "cn-credit-code" },
  mobile: { pattern: PATTERNS.mobile, format: "cn-mobile" },
  phone: { pattern: PATTERNS.phone, format: "cn-phone" },
  division: { pattern: PATTERNS.division, format: "cn-division" },
  postcode: { pattern: PATTERNS.postcode, format: "cn-postcode" },
};

function typeSchema(q: Question): JsonSchema {
  switch (q.type) {
    case "integer":
      return { type: "integer" };
    case "number":
    case "amount":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "single":
      return { type: "string", enum: q.options ?? [] };
    case "multiple":
      return { type: "array", items: { type: "string", enum: q.options ?? [] }, uniqueItems: true };
    case "date":
      return { type: "string", format: "date" };
    case "dateTime":
      return { type: "string", format: "date-time" };
    case "email":
      return { type: "string", format: "email" };
    case "file":
      // RJSF's file convention: the file's content as a data URL, with its name.
      return { type: "string", format: "data-url" };
    default: {
      const cn = CHINESE_TYPES[q.type];
      return cn ? { type: "string", pattern: cn.pattern, format: cn.format } : { type: "string" };
    }
  }
}

/** The schema of one answer, with title and description; key order is fixed for stable output. */
export function valueSchema(q: Question): JsonSchema {
  const s: JsonSchema = { title: jsonText(q.label) };
  if (q.description) s.description = jsonText(q.description);
  Object.assign(s, typeSchema(q));
  if (q.maxLength !== undefined) s.maxLength = q.maxLength;
  if (q.minLength !== undefined) s.minLength = q.minLength;
  if (q.minimum !== undefined) s.minimum = q.minimum;
  if (q.maximum !== undefined) s.maximum = q.maximum;
  if (q.pattern !== undefined) {
    // A declared 正则 is checked as well as the type's own shape, never instead of it.
    if (s.pattern === undefined) s.pattern = q.pattern;
    else s.allOf = [{ pattern: q.pattern }];
  }
  if (q.default !== undefined) s.default = q.default;
  // 本人确认 (快申快享) must be ticked: `not: {const: false}` rather than `const: true`, which RJSF
  // would fill in by itself (constAsDefaults). An unticked box reads as false (docs/forms.md).
  if (mustBeTicked(q)) s.not = { const: false };
  if (q.example !== undefined) s.examples = [q.example];
  if (q.prefill) {
    // 智能预填: the platform fills the value from its source; the applicant checks it.
    s.readOnly = true;
    s[SOURCE_KEYWORD] = sourceAnnotation(q.prefill);
  }
  return s;
}

/** The annotation keyword that says where a prefilled value comes from (docs/forms.md). */
export const SOURCE_KEYWORD = "x-matterc-source";

/** `{ kind, department?, licence?, item?, dataItem? }`, as the model's FieldSource. */
export function sourceAnnotation(src: FieldSource): Record<string, string> {
  const out: Record<string, string> = { kind: src.kind };
  for (const k of ["department", "licence", "item", "dataItem"] as const) if (src[k] !== undefined) out[k] = jsonText(src[k]!);
  return out;
}
