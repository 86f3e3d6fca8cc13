// form.uischema.json: the JSON Forms UI schema. One Group per section (办理情形, each 表单/分组,
// 其他信息, 告知承诺, 申请材料), one Control per question scoped into form.schema.json, and a SHOW
// rule wherever the question is conditional. JSON Forms does not resolve if/then for display, so
// the rules carry the conditions; its resolver finds the conditional properties inside `then`.
import { or } from "../../compiler/conditions.js";
import type { Cond } from "../../compiler/model.js";
import { scopeOf, toJsonFormsCondition } from "../conditions/jsonforms.js";
import type { FormPlan, Question } from "./plan.js";
import { jsonText } from "../escape/json.js";

type Element = { [key: string]: unknown };

function showWhen(c: Cond): Element | undefined {
  return c.op === "true" ? undefined : { effect: "SHOW", condition: toJsonFormsCondition(c) };
}

/** Renderer options for the types whose default rendering would be wrong. A description (how
 * many copies, when a material may come later) is shown all the time: the vanilla renderers show
 * it only while the control has focus, so the page would also jump when the applicant leaves the
 * control, and a click on the button below lands where the button no longer is. */
function options(q: Question): Element | undefined {
  const o: Element = {};
  if (q.type === "longText") o.multi = true;
  if (q.type === "single" && (q.options?.length ?? 0) <= 4) o.format = "radio";
  // 智能预填: shown read-only; the host puts the prefilled value in the data.
  if (q.prefill) o.readonly = true;
  if (q.description) o.showUnfocusedDescription = true;
  return Object.keys(o).length > 0 ? o : undefined;
}

function control(q: Question): Element {
  const el: Element = { type: "Control", scope: scopeOf(q.path) };
  const opts = options(q);
  if (opts) el.options = opts;
  const rule = showWhen(q.when);
  if (rule) el.rule = rule;
  return el;
}

export function formUiSchema(plan: FormPlan): Element {
  return {
    type: "VerticalLayout",
    elements: plan.sections.map((s) => {
      const group: Element = { type: "Group", label: jsonText(s.title), elements: s.questions.map(control) };
      // A section whose questions are all conditional is hidden when none of them applies.
      const rule = showWhen(or(...s.questions.map((q) => q.when)));
      if (rule) group.rule = rule;
      return group;
    }),
  };
}
