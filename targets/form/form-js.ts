// <编码>.form: the form for Camunda form-js (schemaVersion 19, form-js 1.x/2.x), linked from the
// process's user tasks by its id `form-<matter id>` (formId, below; the process target uses the
// same rule). Sections are groups; conditions are `conditional.hide` FEEL expressions from the
// FEEL translator, negated (form-js hides when the expression holds). form-js leaves hidden
// fields out of the submitted data and out of validation, so required means "when shown".
// Keys are the dotted data paths, which form-js nests, as in form.schema.json; uploads are
// filepicker fields, whose value is form-js's file key rather than a data URL.
import { not, or } from "../../compiler/conditions.js";
import type { Cond, Model } from "../../compiler/model.js";
import { toFeel } from "../conditions/feel.js";
import { PATTERNS } from "./china-ids.js";
import type { FormPlan, Question } from "./plan.js";

type Component = { [key: string]: unknown };

export const FORM_JS_SCHEMA_VERSION = 19;

/** The form's id, which BPMN user tasks reference (zeebe:formDefinition formId). */
export function formId(model: Pick<Model, "id">): string {
  return `form-${model.id}`;
}

function hide(c: Cond): Component | undefined {
  return c.op === "true" ? undefined : { conditional: { hide: `=${toFeel(not(c))}` } };
}

const CHINESE_PATTERNS: Partial<Record<Question["type"], string>> = {
  idCard: PATTERNS.idCard,
  creditCode: PATTERNS.creditCode,
  mobile: PATTERNS.mobile,
  phone: PATTERNS.phone,
  division: PATTERNS.division,
  postcode: PATTERNS.postcode,
};

function values(options: string[] = []): { label: string; value: string }[] {
  return options.map((o) => ({ label: o, value: o }));
}

/** The form-js component type and its type-specific properties. */
function typed(q: Question): Component {
  switch (q.type) {
    case "longText":
      return { type: "textarea" };
    case "integer":
      return { type: "number", decimalDigits: 0 };
    case "number":
      return { type: "number" };
    case "amount":
      return { type: "number", decimalDigits: 2 };
    case "date":
      return { type: "datetime", subtype: "date", dateLabel: q.label };
    case "dateTime":
      return { type: "datetime", subtype: "datetime", dateLabel: q.label, timeLabel: "时间", use24h: true };
    case "boolean":
      return { type: "checkbox" };
    case "single":
      return { type: (q.options?.length ?? 0) <= 4 ? "radio" : "select", values: values(q.options) };
    case "multiple":
      return { type: "checklist", values: values(q.options) };
    case "file":
      return { type: "filepicker", multiple: false };
    default:
      return { type: "textfield" };
  }
}

function validation(q: Question): Component | undefined {
  const v: Component = {};
  if (q.required) v.required = true;
  if (q.maxLength !== undefined) v.maxLength = q.maxLength;
  if (q.minLength !== undefined) v.minLength = q.minLength;
  if (q.minimum !== undefined) v.min = q.minimum;
  if (q.maximum !== undefined) v.max = q.maximum;
  // form-js takes one pattern: a declared 正则 wins over the type's shape.
  const pattern = q.pattern ?? CHINESE_PATTERNS[q.type];
  if (pattern !== undefined) v.pattern = pattern;
  if (q.type === "email") v.validationType = "email";
  return Object.keys(v).length > 0 ? v : undefined;
}

function component(q: Question): Component {
  const { type, ...rest } = typed(q);
  const c: Component = { id: `${q.source}-${q.id}`, type, key: q.path.join("."), label: q.label };
  if (q.description) c.description = q.description;
  Object.assign(c, rest);
  if (q.default !== undefined) c.defaultValue = q.default;
  const v = validation(q);
  if (v) c.validate = v;
  return { ...c, ...hide(q.when) };
}

export function formJs(plan: FormPlan, model: Pick<Model, "id">): Component {
  return {
    id: formId(model),
    type: "default",
    schemaVersion: FORM_JS_SCHEMA_VERSION,
    components: plan.sections.map((s) => ({
      id: `section-${s.id}`,
      type: "group",
      label: s.title,
      showOutline: true,
      components: s.questions.map(component),
      ...hide(or(...s.questions.map((q) => q.when))),
    })),
  };
}
