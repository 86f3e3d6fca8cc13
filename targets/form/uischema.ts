// form.uischema.json: the JSON Forms UI schema. One Group per section (办理情形, each 表单/分组,
// 其他信息, 告知承诺, 申请材料), one Control per question scoped into form.schema.json, and a SHOW
// rule wherever the question is conditional. JSON Forms does not resolve if/then for display, so
// the rules carry the conditions; its resolver finds the conditional properties inside `then`.
import { and, not, or } from "../../compiler/conditions.js";
import type { Cond } from "../../compiler/model.js";
import { scopeOf, toJsonFormsCondition } from "../conditions/jsonforms.js";
import type { FormPlan, Question, Section } from "./plan.js";
import { branchConditions } from "./schema.js";
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

/** The most distinct conditions inside one repeating group that get their own variant of the
 * list (2^n variants); beyond, every question of an entry is shown whenever the group is. */
const VARIANT_LIMIT = 3;

/**
 * A repeating group: one array Control with the entry's questions as its `detail`. JSON Forms
 * resolves a rule inside the detail against the entry, not the root, so a question of an entry
 * whose condition differs from the group's cannot carry its own rule: instead the list is given
 * once per combination of those conditions, each variant shown exactly when its combination holds
 * and holding exactly the questions that then apply. All variants bind the same data.
 */
function repeatControls(s: Section, branches: string[]): Element[] {
  const r = s.repeat!;
  const inner = [...new Map(s.questions.filter((q) => q.when.op !== "true").map((q) => [JSON.stringify(q.when), q.when])).values()];
  const lift = inner.length > 0 && inner.length <= VARIANT_LIMIT && !(inner.length === 1 && JSON.stringify(inner[0]) === JSON.stringify(r.when));
  const combos: boolean[][] = lift ? Array.from({ length: 2 ** inner.length }, (_, n) => inner.map((_, i) => ((n >> i) & 1) === 1)) : [[]];
  return combos.flatMap((combo) => {
    const holds = (c: Question["when"]) => c.op === "true" || !lift || combo[inner.findIndex((x) => JSON.stringify(x) === JSON.stringify(c))];
    // Beyond one inner condition holding, JSON Forms shows the questions of the first only.
    const firstHolding = lift ? combo.indexOf(true) : -1;
    const questions = s.questions.filter((q) => holds(q.when) && (q.when.op === "true" || firstHolding < 0 || JSON.stringify(q.when) === JSON.stringify(inner[firstHolding]) || !lift));
    if (questions.length === 0) return [];
    // The list as the schema branch of the one inner condition that holds describes it (with the
    // unconditional questions, schema.ts); with none, the root's list.
    // Without lifting, every question either has no condition or the group's own (one branch).
    const first = lift ? inner.findIndex((_, i) => combo[i]) : inner.length === 1 ? 0 : -1;
    const branch = first < 0 ? -1 : branches.indexOf(JSON.stringify(inner[first]));
    const el: Element = {
      type: "Control",
      scope: branch < 0 ? scopeOf([r.key]) : `#/allOf/${branch}/then${scopeOf([r.key]).slice(1)}`,
      options: {
        detail: { type: "VerticalLayout", elements: questions.map((q) => ({ type: "Control", scope: scopeOf(q.path), ...(options(q) ? { options: options(q) } : {}) })) },
        ...(questions[0].source === "field" ? { elementLabelProp: questions[0].path.join(".") } : {}),
      },
    };
    const when = lift ? and(...inner.map((c, i) => (combo[i] ? c : not(c)))) : r.when;
    const rule = showWhen(when);
    if (rule) el.rule = rule;
    return [el];
  });
}

export function formUiSchema(plan: FormPlan): Element {
  const branches = branchConditions(plan);
  // A build on a date: what is not in force that day, as a label above the sections.
  const notice: Element[] = plan.notice ? [{ type: "Label", text: jsonText(plan.notice) }] : [];
  // 不予受理: a Label shown by a SHOW rule while the case holds, after the section whose answer
  // causes it (exits.ts), at the top level so that no section's rule hides it.
  const exits = (after?: string): Element[] =>
    (plan.exits ?? []).filter((e) => e.after === after).map((e) => ({ type: "Label", text: jsonText(e.message), ...(showWhen(e.when) ? { rule: showWhen(e.when) } : {}) }));
  return {
    type: "VerticalLayout",
    elements: [...notice, ...exits(undefined), ...plan.sections.flatMap((s) => {
      const group: Element = { type: "Group", label: jsonText(s.title), elements: s.repeat ? repeatControls(s, branches) : s.questions.map(control) };
      // A section whose questions are all conditional is hidden when none of them applies.
      const rule = showWhen(or(...s.questions.map((q) => q.when)));
      if (rule) group.rule = rule;
      return [group, ...exits(s.id)];
    })],
  };
}
