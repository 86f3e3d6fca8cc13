// <编码>.form and tasks/<task id>.form: the forms for Camunda form-js, the forms of Camunda's
// Tasklist. The applicant form is linked by its id `form-<matter id>`; each user task links its
// staff form `form-<task id>` (process/flavours.ts uses the same rules).
//
// Two dialects, by the process flavour:
// - camunda8 (and plain): schemaVersion 19, read by form-js 1.19.0 (what Camunda 8 Tasklist bundles)
//   and 2.x (hosts embedding form-js), both tested in Chromium. Uploads
//   are `filepicker`s (value: a form-js file key "files::…", or the document references Tasklist
//   stores); each is followed by a text with its description, which the filepicker does not show.
// - camunda7: schemaVersion 16, what form-js 1.8.7 (bundled by Camunda 7.22/7.23 Tasklist) reads;
//   it has no filepicker, so an upload is a text field holding the file's reference (a URI the
//   platform's upload service gave), with its description. For Camunda 7 Tasklist (tested there):
//   a form with a repeating group ends with form-js's own submit button, and a prefilled read-only
//   field is not required (see submitButton and components).
//
// Sections are groups; conditions are `conditional.hide` FEEL expressions from the FEEL translator,
// negated (form-js hides when the expression holds). form-js leaves hidden fields out of the data
// and out of validation, so required means "when shown". Keys are the dotted data paths, which
// form-js nests, as in form.schema.json. 身份证号 and 统一社会信用代码 check their check character
// in FEEL (form-js-checks.ts). The staff forms show the application disabled (form-js neither
// validates nor submits disabled fields) and then the task's decision.
import { not, or } from "../../compiler/conditions.js";
import type { Cond, Model } from "../../compiler/model.js";
import { toFeel } from "../conditions/feel.js";
import { feelString } from "../escape/feel.js";
import { formJsText } from "../escape/form-js.js";
import { PATTERNS } from "./china-ids.js";
import { CHECK_MESSAGES, checkCharacterOk, checkMinLength } from "./form-js-checks.js";
import type { FormPlan, Question, Section } from "./plan.js";
import { sourceAnnotation } from "./value-schema.js";
import { entryBounds } from "../repeat.js";
import { decisionCond, taskFormId, type StaffTask } from "./tasks.js";

type Component = { [key: string]: unknown };

export type FormJsDialect = "camunda8" | "camunda7";

export const FORM_JS_SCHEMA_VERSION = 19;
/** The newest schema version form-js 1.8.7 reads (Camunda 7.22/7.23 Tasklist). */
export const FORM_JS_1_8_SCHEMA_VERSION = 16;

/** A file reference as the camunda7 dialect's text field takes it: a URI. */
export const FILE_REFERENCE_PATTERN = "^[A-Za-z][A-Za-z0-9+.-]*:\\S+$";

/** The form's id, which BPMN user tasks reference (zeebe:formDefinition formId). */
export function formId(model: Pick<Model, "id">): string {
  return `form-${model.id}`;
}

function hide(c: Cond): Component | undefined {
  return c.op === "true" ? undefined : { conditional: { hide: `=${toFeel(not(c))}` } };
}

/** Text shown as it is: a FEEL string (no {{ }} templating), Markdown characters escaped. */
export function inertText(s: string): string {
  return `=${feelString(s.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`))}`;
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
  return options.map((o) => ({ label: formJsText(o), value: o }));
}

/** The form-js component type and its type-specific properties. */
function typed(q: Question, dialect: FormJsDialect): Component {
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
      return { type: "datetime", subtype: "date", dateLabel: formJsText(q.label) };
    case "dateTime":
      return { type: "datetime", subtype: "datetime", dateLabel: formJsText(q.label), timeLabel: "时间", use24h: true };
    case "boolean":
      return { type: "checkbox" };
    case "single":
      return { type: (q.options?.length ?? 0) <= 4 ? "radio" : "select", values: values(q.options) };
    case "multiple":
      return { type: "checklist", values: values(q.options) };
    case "file":
      return dialect === "camunda7" ? { type: "textfield" } : { type: "filepicker", multiple: false };
    default:
      return { type: "textfield" };
  }
}

function validation(q: Question, dialect: FormJsDialect, inEntry = false): Component | undefined {
  const v: Component = {};
  if (q.required) v.required = true;
  if (q.maxLength !== undefined) v.maxLength = q.maxLength;
  if (q.minLength !== undefined) v.minLength = q.minLength;
  if (q.minimum !== undefined) v.min = q.minimum;
  if (q.maximum !== undefined) v.max = q.maximum;
  // form-js takes one pattern: a declared 正则 wins over the type's shape.
  const pattern = q.pattern ?? CHINESE_PATTERNS[q.type] ?? (q.type === "file" && dialect === "camunda7" ? FILE_REFERENCE_PATTERN : undefined);
  if (pattern !== undefined) v.pattern = pattern;
  const ok = checkCharacterOk(inEntry ? { ...q, path: ["this", ...q.path] } : q);
  if (ok) v.minLength = checkMinLength(ok, q.minLength);
  if (q.type === "email") v.validationType = "email";
  return Object.keys(v).length > 0 ? v : undefined;
}

interface Mode {
  dialect: FormJsDialect;
  /** Staff view: shown, not editable, not validated, not submitted. */
  readOnly: boolean;
  /** Inside a dynamic list's entry, where FEEL reads the entry's own answers through `this`. */
  inEntry?: boolean;
}

/** FEEL for the value at a data path whose first part is a name of ours (材料) and whose other parts
 * may be any text (a material's name may hold punctuation: "身份证（正反面）"): each read with
 * `get value(context, "key")`, the key a FEEL string, so no name is parsed as FEEL. */
export function feelDataPath(path: string[]): string {
  return path.slice(1).reduce((acc, part) => `get value(${acc}, ${feelString(part)})`, path[0]);
}

function components(q: Question, mode: Mode): Component[] {
  const id = `${q.source}-${q.id}`;
  const key = q.path.join(".");
  if (mode.readOnly && q.type === "file" && mode.dialect === "camunda8") {
    // Tasklist shows the documents of a variable with a document preview.
    return [{ id, type: "documentPreview", label: formJsText(q.label), dataSource: `=${feelDataPath(q.path)}`, ...hide(q.when) }];
  }
  const { type, ...rest } = typed(q, mode.dialect);
  const c: Component = { id, type, key, label: formJsText(q.label) };
  let description = q.description;
  if (q.type === "file" && mode.dialect === "camunda7") description = [description, "填写上传后得到的文件地址"].filter(Boolean).join("；");
  // The filepicker shows no description: a text after it does.
  const descriptionText = q.type === "file" && mode.dialect === "camunda8" ? description : undefined;
  if (description && !descriptionText) c.description = formJsText(description);
  Object.assign(c, rest);
  if (q.default !== undefined) c.defaultValue = q.default;
  if (q.prefill) {
    // 智能预填: where the value comes from, as form-js custom properties (strings, never evaluated);
    // the applicant's form shows it read-only (submitted and validated, unlike disabled).
    c.properties = Object.fromEntries(Object.entries(sourceAnnotation(q.prefill)).map(([k, v]) => [`matterc:source.${k}`, v]));
    if (!mode.readOnly) c.readonly = true;
  }
  if (mode.readOnly) c.disabled = true;
  else {
    const v = validation(q, mode.dialect, mode.inEntry);
    // Camunda 7 Tasklist gives a start form no variables, so a prefilled field stays empty there:
    // required, it would refuse every start. `matterc validate` still requires it (docs/forms.md).
    if (v && q.prefill && mode.dialect === "camunda7") delete v.required;
    if (v && Object.keys(v).length > 0) c.validate = v;
  }
  const out: Component[] = [{ ...c, ...hide(q.when) }];
  if (descriptionText) out.push({ id: `${id}-description`, type: "text", text: inertText(descriptionText), ...hide(q.when) });
  const ok = mode.readOnly ? undefined : checkCharacterOk(mode.inEntry ? { ...q, path: ["this", ...q.path] } : q);
  if (ok) {
    // Shown while the check character is wrong (and the field shown), saying why submit is refused.
    out.push({ id: `${id}-check`, type: "text", text: inertText(CHECK_MESSAGES[q.type]!), conditional: { hide: `=${ok}${q.when.op === "true" ? "" : ` or ${toFeel(not(q.when))}`}` } });
  }
  return out;
}

/** A name FEEL reads bare (the list's key in a bounds check). */
const FEEL_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * A repeating group as form-js lists it (form-js 1.7+): a `dynamiclist` at the list's `path`,
 * its questions keyed inside one entry, with add and remove buttons, starting with the fewest
 * entries. form-js has no bound on the number of entries: a text, shown while the count is out of
 * bounds, says how many are needed, and `matterc validate` checks them (minItems/maxItems).
 */
function repeatList(s: Section, mode: Mode): Component[] {
  const r = s.repeat!;
  const list: Component = {
    id: `list-${s.id}`,
    type: "dynamiclist",
    label: formJsText(r.entry),
    path: r.key,
    isRepeating: true,
    allowAddRemove: !mode.readOnly,
    defaultRepetitions: Math.max(r.min, 1),
    showOutline: true,
    components: s.questions.flatMap((q) => components(q, { ...mode, inEntry: true })),
  };
  if (mode.readOnly || !FEEL_NAME.test(r.key) || (r.min <= 1 && r.max === undefined)) return [list];
  const inBounds = [`count(${r.key}) >= ${r.min}`, ...(r.max !== undefined ? [`count(${r.key}) <= ${r.max}`] : [])].join(" and ");
  return [list, { id: `list-${s.id}-bounds`, type: "text", text: inertText(`请填写${entryBounds(r)}`), conditional: { hide: `=${inBounds}` } }];
}

/** The label of the field that keeps form-js from submitting while a case holds. */
export const INADMISSIBLE_BLOCK_LABEL = "本申请不予受理，不能提交";

/** 不予受理: a text per case, hidden while the case does not hold, after the section whose answer
 * causes it (exits.ts); in the staff forms too, where it tells the clerk. On the applicant's form
 * the text is followed by a read-only, required, empty text field shown under the same condition:
 * form-js validates read-only fields, so while the case holds its own `submit()` reports an error
 * and the host does not submit (1.8, 1.19 and 2.x alike); hidden, it is neither validated nor
 * submitted. Its key `不予受理_<case id>` never reaches the data. */
function exits(plan: FormPlan, after: string | undefined, mode: Mode): Component[] {
  return (plan.exits ?? [])
    .filter((e) => e.after === after)
    .flatMap((e) => {
      const text: Component = { id: `inadmissible-${e.id}`, type: "text", text: inertText(e.message), ...hide(e.when) };
      if (mode.readOnly) return [text];
      const block: Component = {
        id: `inadmissible-${e.id}-block`,
        type: "textfield",
        key: `不予受理_${e.id}`,
        label: INADMISSIBLE_BLOCK_LABEL,
        description: "请按上面的说明办理，或更正回答",
        readonly: true,
        validate: { required: true },
        ...hide(e.when),
      };
      return [text, block];
    });
}

function sections(plan: FormPlan, mode: Mode): Component[] {
  return [
    ...exits(plan, undefined, mode),
    ...plan.sections.flatMap((s) => [
      {
        id: `section-${s.id}`,
        type: "group",
        label: formJsText(s.title),
        showOutline: true,
        components: s.repeat ? repeatList(s, mode) : s.questions.flatMap((q) => components(q, mode)),
        ...hide(or(...s.questions.map((q) => q.when))),
      },
      ...exits(plan, s.id, mode),
    ]),
  ];
}

function schemaVersion(dialect: FormJsDialect): number {
  return dialect === "camunda7" ? FORM_JS_1_8_SCHEMA_VERSION : FORM_JS_SCHEMA_VERSION;
}

/** The labels of the camunda7 dialect's own submit button (see submitButton). */
export const SUBMIT_LABEL = "提交申请";
export const STAFF_SUBMIT_LABEL = "提交办理结果";

/** form-js 1.8.7 leaves an empty error entry (`errors[<field id>] = []`) for every change inside a
 * dynamic list, and for a list's initial values, and Camunda 7 Tasklist counts entries, so its
 * Start (or Complete) stays disabled once a list is edited or shown with data. form-js's own submit
 * validates afresh (no empty entries), which Tasklist hears, and asks Tasklist to submit: in the
 * camunda7 dialect a form with a repeating group ends with that button (docs/forms.md). */
function submitButton(plan: FormPlan, dialect: FormJsDialect, label: string): Component[] {
  return dialect === "camunda7" && plan.sections.some((s) => s.repeat) ? [{ id: "submit", type: "button", action: "submit", label }] : [];
}

export function formJs(plan: FormPlan, model: Pick<Model, "id">, dialect: FormJsDialect = "camunda8"): Component {
  // A build on a date: what is not in force that day, as a text above the sections.
  const notice: Component[] = plan.notice ? [{ id: "notice", type: "text", text: inertText(plan.notice) }] : [];
  return {
    id: formId(model),
    type: "default",
    schemaVersion: schemaVersion(dialect),
    components: [...notice, ...sections(plan, { dialect, readOnly: false }), ...submitButton(plan, dialect, SUBMIT_LABEL)],
  };
}

/** The decision of a task as questions on its decision object, keyed under the task's id. */
export function decisionQuestions(task: StaffTask, under: string[]): Question[] {
  const prefix = under.join(".");
  return task.decisions.map((d, i) => {
    const when = decisionCond(d);
    return {
      source: "decision" as const,
      name: d.key,
      id: `${task.kind}-${i + 1}`,
      path: [...under, d.key],
      type: d.type,
      label: d.label,
      description: d.description,
      required: d.required,
      when: when.op === "eq" && prefix ? { ...when, subject: `${prefix}.${when.subject}` } : when,
      options: d.options,
    };
  });
}

// The application, disabled, is the same in every task form of a matter: built once per plan and
// dialect (a matter has a task or two per sub-item, so rebuilding it per task grows as items²).
const readOnlyApplication = new WeakMap<FormPlan, Map<FormJsDialect, Component[]>>();

function readOnlySections(plan: FormPlan, dialect: FormJsDialect): Component[] {
  let byDialect = readOnlyApplication.get(plan);
  if (!byDialect) readOnlyApplication.set(plan, (byDialect = new Map()));
  let built = byDialect.get(dialect);
  if (!built) byDialect.set(dialect, (built = sections(plan, { dialect, readOnly: true })));
  return built;
}

/** The decision as flat keys `<task id>_<key>` (the camunda7 dialect): Camunda 7 Tasklist stores
 * each top-level key of the submitted data as a process variable, an object as a Spin JSON value
 * that the flavour's JUEL cannot index, a string as a String (docs/forms.md, test/tasklist). */
function flatDecisionQuestions(task: StaffTask): Question[] {
  return decisionQuestions(task, []).map((q) => ({
    ...q,
    path: [`${task.id}_${q.name}`],
    when: "subject" in q.when ? { ...q.when, subject: `${task.id}_${q.when.subject}` } : q.when,
  }));
}

/** A staff task's form: the application, disabled, then what the task decides (under the task's
 * id; in the camunda7 dialect as flat keys `<task id>_<key>`). */
export function staffFormJs(plan: FormPlan, task: StaffTask, dialect: FormJsDialect = "camunda8"): Component {
  const decision = dialect === "camunda7" ? flatDecisionQuestions(task) : decisionQuestions(task, [task.id]);
  return {
    id: taskFormId(task.id),
    type: "default",
    schemaVersion: schemaVersion(dialect),
    components: [
      ...(plan.notice ? [{ id: "notice", type: "text", text: inertText(plan.notice) }] : []),
      ...readOnlySections(plan, dialect),
      {
        id: "section-decision",
        type: "group",
        label: formJsText(`${task.name}：${task.title}`),
        showOutline: true,
        components: decision.flatMap((q) => components(q, { dialect, readOnly: false })),
      },
      ...submitButton(plan, dialect, STAFF_SUBMIT_LABEL),
    ],
  };
}
