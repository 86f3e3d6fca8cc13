// Flowable form definitions (`--process flowable`): flowable/<formKey>.form, the JSON that
// Flowable's form engine deploys (open source up to 6.8; Flowable 7 left the form engine out of
// its open-source engines, docs/forms.md). One form for the start event (the application:
// situations, commitments, fields, uploads) and one per user task of process.bpmn (the
// application read-only, then what the step decides), under the formKeys the BPMN names
// (process/flavours.ts). The files sit in their own folder: form-js forms also end in `.form`,
// and Flowable's deployer would try to read those too.
//
// Flowable's open-source form model has no conditional visibility, no repeating group and no
// multiple choice: a question asked only in some situations is never `required` (the engine would
// demand it in every case; its text says when it is needed), a repeating group is named by a
// headline and submitted by the task UI as a list under its key, and a multiple choice is a
// dropdown whose value the UI submits as a list (the form engine stores it as given). Text from
// the matter goes only into names, placeholders and options, which the form engine never
// evaluates (expressions are read only from `expression`, `hyperlinkUrl` and `optionsExpression`,
// which are never written).
import type { Model } from "../../compiler/model.js";
import { mapStrings } from "../escape/controls.js";
import { jsonText } from "../escape/json.js";
import { planForm, type FormPlan, type Question } from "../form/plan.js";
import { staffTasks, taskFormId, type StaffTask } from "../form/tasks.js";
import { staffPlan, taskPlan } from "../form/task-plan.js";
import { decisionQuestions } from "../form/form-js.js";
import { asOf, asOfText } from "../in-force.js";
import { stableJson } from "../json.js";
import { formId } from "../process/flavours.js";
import type { OutputFile, Target } from "../target.js";

export interface FlowableField {
  /** The model class Flowable's JSON reader makes of a field with options ("OptionFormField"). */
  fieldType?: "OptionFormField";
  id: string;
  name: string;
  type: string;
  required?: boolean;
  readOnly?: boolean;
  placeholder?: string;
  options?: { id: string; name: string }[];
  hasEmptyValue?: boolean;
  params?: Record<string, unknown>;
}

export interface FlowableForm {
  key: string;
  name: string;
  description?: string;
  fields: FlowableField[];
  outcomes?: { id: string; name: string }[];
  outcomeVariableName?: string;
}

/** The folder of the form definitions in the output of one matter. */
export const FLOWABLE_FORMS_DIR = "flowable";

const OPTIONS = "OptionFormField";

/** Flowable's field type for a question, and the options of a choice. */
function fieldType(q: Question): Pick<FlowableField, "fieldType" | "type" | "options" | "hasEmptyValue" | "params"> {
  const options = q.options?.map((o) => ({ id: o, name: o }));
  switch (q.type) {
    case "boolean":
      return { type: "boolean" };
    case "single":
      return (q.options?.length ?? 0) <= 4 ? { fieldType: OPTIONS, type: "radio-buttons", options } : { fieldType: OPTIONS, type: "dropdown", options, hasEmptyValue: true };
    case "multiple":
      // No multiple choice in the open-source model: the UI submits the chosen options as a list.
      return { fieldType: OPTIONS, type: "dropdown", options, hasEmptyValue: true, params: { multiple: true } };
    case "integer":
      return { type: "integer" };
    case "number":
      return { type: "decimal" };
    case "amount":
      return { type: "amount" };
    case "date":
      return { type: "date" };
    case "longText":
      return { type: "multi-line-text" };
    case "file":
      return { type: "upload" };
    default:
      // Text, identity numbers, phones, addresses, date-times (ISO 8601 with its zone).
      return { type: "text", ...(q.type === "dateTime" ? { params: { format: "date-time" } } : {}) };
  }
}

/** Asked in every case: only then may Flowable require it. */
const always = (q: Question) => q.when.op === "true";

function field(q: Question, id: string, readOnly: boolean): FlowableField {
  const t = fieldType(q);
  const note = [q.description, !always(q) && q.required && !readOnly ? "（按所选情形需要时必填）" : undefined].filter(Boolean).join(" ");
  const { fieldType: cls, ...rest } = t;
  return {
    ...(cls ? { fieldType: cls } : {}),
    id,
    name: q.label,
    ...rest,
    ...(q.required && always(q) && !readOnly ? { required: true } : {}),
    ...(readOnly || q.prefill ? { readOnly: true } : {}),
    ...(q.example ? { placeholder: q.example } : {}),
    ...(note ? { params: { ...(t.params ?? {}), description: note } } : {}),
  };
}

function headline(id: string, name: string): FlowableField {
  return { id, name, type: "headline" };
}

/** The application as fields: each question under its data path ("申请人.姓名"); a repeating
 * group by a headline only. */
function applicationFields(plan: FormPlan, readOnly: boolean): FlowableField[] {
  const out: FlowableField[] = [];
  for (const s of plan.sections) {
    out.push(headline(`section-${s.id}`, s.title));
    if (s.repeat) {
      out.push(headline(`section-${s.id}-list`, `${s.title}：每${s.repeat.measureWord}${s.repeat.entry}一项，由办理界面以列表提交（${s.repeat.key}）`));
      continue;
    }
    for (const q of s.questions) out.push(field(q, q.path.join("."), readOnly));
  }
  return out;
}

const notice = (text: string | undefined): FlowableField[] => (text ? [headline("notice", text)] : []);

/** The start form: the application, submitted with the process's start. */
export function startForm(model: Model, plan: FormPlan): FlowableForm {
  return { key: formId(model.id), name: plan.title, fields: [...notice(plan.notice), ...applicationFields(plan, false)] };
}

/** Where a task's decisions are stored: `<task id>_<key>`, so parallel tasks never overwrite each
 * other; the result chosen by an outcome button is `<task id>_结果`. */
export function decisionVariable(task: StaffTask, key: string): string {
  return `${task.id}_${key}`;
}

/** A staff task's form: the application read-only, then the decision; a result with options
 * becomes the form's outcomes (Flowable's completion buttons). */
export function taskForm(plan: FormPlan, task: StaffTask): FlowableForm {
  const questions = decisionQuestions(task, []);
  const result = questions.find((q) => q.name === "结果" && q.type === "single" && q.options?.length);
  const decisions = questions
    .filter((q) => q !== result)
    .map((q) => {
      const f = field({ ...q, when: { op: "true" }, required: q.required && q.when.op === "true" }, decisionVariable(task, q.name), false);
      const when = q.when.op === "eq" ? `${String(q.when.value)}时必填` : undefined;
      return when && q.required ? { ...f, params: { ...(f.params ?? {}), description: [f.params?.description, `（${when}）`].filter(Boolean).join(" ") } } : f;
    });
  return {
    key: taskFormId(task.id),
    name: `${task.name}：${task.title}`,
    fields: [...notice(plan.notice), ...applicationFields(plan, true), headline("section-decision", task.title), ...decisions],
    ...(result ? { outcomes: result.options!.map((o) => ({ id: o, name: o })), outcomeVariableName: decisionVariable(task, "结果") } : {}),
  };
}

/** Every form of a matter; the strings a person reads leave out what no output may carry. */
export function flowableForms(model: Model, on?: string): FlowableForm[] {
  const text = asOfText(asOf(model, on));
  const plan = text ? { ...planForm(model), notice: text } : planForm(model);
  // A 免申办 matter starts from a message or a timer, not from an application: no start form.
  // Each task shows its part of the application as staff see it (form/task-plan.ts).
  const staff = staffPlan(model, plan);
  const forms = [...(model.proactive ? [] : [startForm(model, plan)]), ...staffTasks(model).map((t) => taskForm(taskPlan(staff, model, t), t))];
  return forms.map((f) => mapStrings(f, (s) => jsonText(s)));
}

export const flowableTarget: Target = {
  name: "flowable",
  perMatter: (model, options) =>
    options.process !== "flowable" ? [] : flowableForms(model, options.on).map((f): OutputFile => ({ path: `${FLOWABLE_FORMS_DIR}/${f.key}.form`, text: stableJson(f) })),
};
