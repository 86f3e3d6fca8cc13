// form.formily.json: the form as a Formily JSON Schema (what Formily/antd front ends load with
// <SchemaField schema={…} />). Sections are `void` nodes (antd Card); each question is a field
// with `x-decorator: "FormItem"` and an @formily/antd(-v5) component; conditional questions and
// sections get an `x-reactions` that sets `visible`, so hidden answers leave the form's values.
// Field names are the dotted data paths ("企业.名称"), which Formily nests in the values, so the
// data has the same layout as form.schema.json.
import { or } from "../../compiler/conditions.js";
import type { Cond } from "../../compiler/model.js";
import { toFormilyCondition } from "../conditions/formily.js";
import { formilyText, looksLikeFormilyExpression } from "../escape/formily.js";
import { PATTERNS } from "./china-ids.js";
import type { FormPlan, Question, Section } from "./plan.js";
import { SOURCE_KEYWORD, sourceAnnotation } from "./value-schema.js";
import { entryBounds } from "../repeat.js";
import { mustBeTicked } from "./proactive.js";

type Node = { [key: string]: unknown };

const YES_NO = [
  { label: "是", value: true },
  { label: "否", value: false },
];

function reaction(c: Cond): Node | undefined {
  if (c.op === "true") return undefined;
  const { dependencies, expression } = toFormilyCondition(c);
  return { dependencies, fulfill: { state: { visible: `{{${expression}}}` } } };
}

/** Chinese data types: the pattern Formily checks by itself, and the `cn-*` format whose full
 * check (check characters) a host adds by registering the `matterFormat` rule (docs/forms.md). */
const CHINESE_TYPES: Partial<Record<Question["type"], [pattern: string, format: string]>> = {
  idCard: [PATTERNS.idCard, "cn-id-card"],
  creditCode: [PATTERNS.creditCode, "cn-credit-code"],
  mobile: [PATTERNS.mobile, "cn-mobile"],
  phone: [PATTERNS.phone, "cn-phone"],
  division: [PATTERNS.division, "cn-division"],
  postcode: [PATTERNS.postcode, "cn-postcode"],
};

/** Options as enum values; an option that Formily would compile as an expression gets a label
 * that it shows as text, and its value is kept from compiling by `x-compile-omitted`. */
function options(list: string[] = []): Node[] | string[] {
  return list.some(looksLikeFormilyExpression) ? list.map((o) => ({ label: formilyText(o), value: o })) : list;
}

/** JSON Schema type, component and its props for a question. */
function component(q: Question): Node {
  // 本人确认 (快申快享): one box that must be ticked.
  if (mustBeTicked(q)) return { type: "boolean", "x-component": "Checkbox" };
  const choice = (values: Node[] | string[]) => ({ enum: values });
  switch (q.type) {
    case "longText":
      return { type: "string", "x-component": "Input.TextArea" };
    case "integer":
    case "number":
    case "amount":
      return { type: "number", "x-component": "NumberPicker", ...(q.type === "amount" ? { "x-component-props": { precision: 2 } } : {}) };
    case "date":
      return { type: "string", "x-component": "DatePicker" };
    case "dateTime":
      return { type: "string", "x-component": "DatePicker", "x-component-props": { showTime: true } };
    case "boolean":
      return { type: "boolean", ...choice(YES_NO), "x-component": "Radio.Group" };
    case "single":
      return { type: "string", ...choice(options(q.options)), "x-component": (q.options?.length ?? 0) <= 4 ? "Radio.Group" : "Select" };
    case "multiple":
      return { type: "array", ...choice(options(q.options)), "x-component": "Checkbox.Group" };
    case "file":
      return { type: "array", "x-component": "Upload", "x-component-props": { maxCount: 1 } };
    case "email":
      return { type: "string", format: "email", "x-component": "Input" };
    default: {
      const pattern = CHINESE_TYPES[q.type]?.[0];
      return { type: "string", ...(pattern ? { pattern } : {}), "x-component": "Input" };
    }
  }
}

function field(q: Question): Node {
  const node: Node = { title: formilyText(q.label) };
  if (q.description) node.description = formilyText(q.description);
  Object.assign(node, component(q));
  node["x-decorator"] = "FormItem";
  if (q.required) node.required = true;
  if (q.maxLength !== undefined) node.maxLength = q.maxLength;
  if (q.minLength !== undefined) node.minLength = q.minLength;
  if (q.minimum !== undefined) node.minimum = q.minimum;
  if (q.maximum !== undefined) node.maximum = q.maximum;
  const validators: Node[] = [];
  const format = CHINESE_TYPES[q.type]?.[1];
  if (format) validators.push({ matterFormat: format });
  if (q.pattern !== undefined) validators.push({ pattern: q.pattern });
  if (mustBeTicked(q)) validators.push({ const: true, message: "须勾选确认" });
  if (validators.length > 0) node["x-validator"] = validators;
  if (q.default !== undefined) node.default = q.default;
  if (q.prefill) {
    // 智能预填: shown as text to check (read pretty); where it comes from in the field's data.
    node["x-read-pretty"] = true;
    node["x-data"] = { [SOURCE_KEYWORD]: sourceAnnotation(q.prefill) };
  }
  // Data that looks like an expression stays data: Formily leaves these keys uncompiled.
  const sourceValues = q.prefill ? Object.values(sourceAnnotation(q.prefill)) : [];
  const omitted = (["enum", "default", "x-data"] as const).filter((k) => looksLikeFormilyExpression(k === "enum" ? q.options : k === "default" ? q.default : sourceValues));
  if (omitted.length > 0) node["x-compile-omitted"] = omitted;
  const r = reaction(q.when);
  if (r) node["x-reactions"] = r;
  return node;
}

/**
 * A repeating group as @formily/antd(-v5) lists them: an `array` field with `ArrayItems`, each
 * entry an object in a Card with its questions and a remove button, and an add button after the
 * entries. minItems/maxItems are Formily's own validation rules. The reactions of an entry's
 * questions read the top-level answers, which Formily resolves from the form's root.
 */
function repeatField(s: Section): Node {
  const r = s.repeat!;
  const node: Node = {
    type: "array",
    title: formilyText(r.entry),
    description: formilyText(`每${r.measureWord}${r.entry}填写一项；${entryBounds(r)}`),
    "x-decorator": "FormItem",
    "x-component": "ArrayItems",
  };
  if (r.min > 0) {
    node.required = true;
    node.minItems = r.min;
  }
  if (r.max !== undefined) node.maxItems = r.max;
  node.items = {
    type: "object",
    "x-decorator": "ArrayItems.Item",
    properties: {
      ...Object.fromEntries(s.questions.map((q) => [q.path.join("."), field(q)])),
      remove: { type: "void", "x-component": "ArrayItems.Remove" },
    },
  };
  node.properties = { add: { type: "void", title: formilyText(`添加${r.entry}`), "x-component": "ArrayItems.Addition" } };
  return node;
}

/** What Formily reports when the applicant submits while a case holds (the Alert says which). */
export const INADMISSIBLE_ERROR = "本申请不予受理，不能提交";

/** 不予受理: an antd Alert (type error) per case, made visible by a reaction while the case holds,
 * after the section whose answer causes it (exits.ts). The Alert is a field (not a void node) so
 * that Formily itself refuses to submit: the same reaction gives it an error (`selfErrors`, kept
 * through validation) while the case holds, and `form.submit()` fails on an invalid form. Its
 * value is never set (an Alert has no input), so nothing of it is in the submitted data. */
function exits(plan: FormPlan, after: string | undefined): Node {
  const nodes: Node = {};
  for (const e of (plan.exits ?? []).filter((x) => x.after === after)) {
    const node: Node = { type: "string", "x-component": "Alert", "x-component-props": { type: "error", showIcon: true, message: formilyText(e.message) } };
    const error = JSON.stringify(INADMISSIBLE_ERROR);
    if (e.when.op === "true") node["x-reactions"] = { fulfill: { state: { selfErrors: `{{[${error}]}}` } } };
    else {
      const { dependencies, expression } = toFormilyCondition(e.when);
      node["x-reactions"] = { dependencies, fulfill: { state: { visible: `{{${expression}}}`, selfErrors: `{{(${expression}) ? [${error}] : []}}` } } };
    }
    nodes[`inadmissible-${e.id}`] = node;
  }
  return nodes;
}

export function formFormily(plan: FormPlan): Node {
  const properties: Node = {};
  // A build on a date: what is not in force that day, as a card above the sections.
  if (plan.notice) {
    const title = formilyText(plan.notice);
    properties.notice = { type: "void", title, "x-component": "Card", "x-component-props": { title } };
  }
  Object.assign(properties, exits(plan, undefined));
  for (const s of plan.sections) {
    const title = formilyText(s.title);
    const section: Node = { type: "void", title, "x-component": "Card", "x-component-props": { title } };
    const r = reaction(or(...s.questions.map((q) => q.when)));
    if (r) section["x-reactions"] = r;
    section.properties = s.repeat ? { [s.repeat.key]: repeatField(s) } : Object.fromEntries(s.questions.map((q) => [q.path.join("."), field(q)]));
    properties[s.id] = section;
    Object.assign(properties, exits(plan, s.id));
  }
  return { type: "object", properties };
}
