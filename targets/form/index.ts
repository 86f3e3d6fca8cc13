// The form target: the merged application form (多表合一) for the renderers people use, and the
// staff task forms of the process's user tasks.
// form.schema.json (JSON Schema, RJSF), form.uischema.json (JSON Forms), form.formily.json
// (Formily) and <编码>.form (Camunda form-js), all rendered from one plan (plan.ts); tasks.json
// (every user task with its decision form for RJSF, JSON Forms and Formily) and
// tasks/<task id>.form (form-js: the application read-only, then the decision). The form-js
// files follow the process flavour: form-js 1.8 (schemaVersion 16) for camunda7, else
// schemaVersion 19 (form-js 1.19 as Camunda 8 Tasklist bundles it, and 2.x). 免申办 changes the
// applicant form or leaves it out (proactive.ts).
import type { Model } from "../../compiler/model.js";
import type { OutputFile, Target, TargetOptions } from "../target.js";
import { stableJson } from "../json.js";
import { asOf, asOfText, notInForce } from "../in-force.js";
import { planForm, type FormPlan } from "./plan.js";
import { formFormily } from "./formily.js";
import { decisionQuestions, formJs, staffFormJs, type FormJsDialect } from "./form-js.js";
import { formJsonSchema } from "./schema.js";
import { formUiSchema } from "./uischema.js";
import { staffTasks, taskFormId, type StaffTask } from "./tasks.js";
import { staffPlan, staffSeeMore, taskPlan } from "./task-plan.js";
import { applicantForm } from "./proactive.js";

export function formJsDialect(options: Pick<TargetOptions, "process">): FormJsDialect {
  return options.process === "camunda7" ? "camunda7" : "camunda8";
}

/** The decision form of a task for the JSON Schema renderers: the decision object alone. */
function decisionPlan(task: StaffTask, notice: string | undefined): FormPlan {
  const plan: FormPlan = { title: `${task.name}：${task.title}`, sections: [{ kind: "other", id: "decision", title: task.title, questions: decisionQuestions(task, []) }] };
  return notice ? { ...plan, notice } : plan;
}

function tasksFile(model: Model, tasks: StaffTask[], options: TargetOptions, application: FormPlan, staff: FormPlan): unknown {
  // A build on a date when something is not in force: `asOf` says what, and each decision form
  // carries the same notice as the application form.
  const a = notInForce(model, options.on);
  const notice = asOfText(a);
  // The application as staff see it, for hosts of RJSF, JSON Forms and Formily, where the form.*
  // files do not show it all: no applicant form (免申即享, notify), or a sub-item granted from data
  // whose fields the applicant is not asked (task-plan.ts).
  const own = applicantForm(model) === "none" || staffSeeMore(model);
  return {
    matter: model.id,
    ...(a ? { asOf: a } : {}),
    ...(own ? { application: { schema: formJsonSchema(staff, options.schemaDraft), uischema: formUiSchema(staff), formily: formFormily(staff) } } : {}),
    tasks: tasks.map((t) => {
      // 填写缺项 (快申快享): the person's task, whose form is the prefilled application.
      const plan = t.kind === "fill" ? application : decisionPlan(t, notice);
      return {
        id: t.id,
        name: t.name,
        kind: t.kind,
        department: t.department,
        formId: taskFormId(t.id),
        formJs: `tasks/${t.id}.form`,
        schema: formJsonSchema(plan, options.schemaDraft),
        uischema: formUiSchema(plan),
        formily: formFormily(plan),
      };
    }),
  };
}

export const formTarget: Target = {
  name: "form",
  perMatter(model, options) {
    const notice = asOfText(asOf(model, options.on));
    const plan = notice ? { ...planForm(model), notice } : planForm(model);
    const dialect = formJsDialect(options);
    const tasks = staffTasks(model);
    // 免申即享 with notify: the person applies for nothing and confirms nothing, so there is no
    // applicant form (proactive.ts); the staff forms remain.
    const applicant: OutputFile[] =
      applicantForm(model) === "none"
        ? []
        : [
            { path: "form.schema.json", text: stableJson(formJsonSchema(plan, options.schemaDraft)) },
            { path: "form.uischema.json", text: stableJson(formUiSchema(plan)) },
            { path: "form.formily.json", text: stableJson(formFormily(plan)) },
            { path: `${model.code}.form`, text: stableJson(formJs(plan, model, dialect)) },
          ];
    // Staff forms show the application as staff see it (task-plan.ts); the 填写缺项 task's form is
    // the prefilled application itself, under the task's form id.
    const staff = staffPlan(model, plan);
    const files: OutputFile[] = [...applicant, { path: "tasks.json", text: stableJson(tasksFile(model, tasks, options, plan, staff)) }];
    for (const t of tasks) {
      const form = t.kind === "fill" ? { ...formJs(plan, model, dialect), id: taskFormId(t.id) } : staffFormJs(taskPlan(staff, model, t), t, dialect);
      files.push({ path: `tasks/${t.id}.form`, text: stableJson(form) });
    }
    return files;
  },
};
