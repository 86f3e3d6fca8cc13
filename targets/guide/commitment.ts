// 告知承诺书: one letter per commitment. The authority's part says in writing what proof is waived,
// on what conditions, how and when it verifies, and what follows a false commitment (国办发〔2020〕42号);
// the applicant's part is its clauses; both sign and date.
import type { Commitment, Model } from "../../compiler/model.js";
import { conditionSentence } from "../conditions/sentence.js";
import type { OutputFile } from "../target.js";
import { sentenceContext } from "./materials.js";
import { renderHtml, renderMarkdown } from "./render.js";
import { validityView } from "./validity.js";
import type { TemplateSet } from "./templates.js";
import { commitmentFile, departmentView, type DepartmentView } from "./view.js";
import { durationText } from "./words.js";
import { replacedStepNames } from "./special.js";

export interface CommitmentView {
  title: string;
  name: string;
  matter: string;
  code: string;
  /** The sub-items that would have asked for the waived materials. */
  items: string[];
  replaces: { name: string; form: string; copies: number }[];
  /** 替代环节: the steps no longer taken, checked afterwards instead. */
  steps: string[];
  conditions: string[];
  /** "如…": when the commitment is offered at all; absent when always. */
  offeredWhen?: string;
  verification?: { method: string; time?: string };
  onBreach: string[];
  clauses: string[];
  department: DepartmentView;
  lead: DepartmentView;
}

export function commitmentView(model: Model, c: Commitment): CommitmentView {
  const dept = (name: string) => departmentView(model.departments.find((d) => d.name === name) ?? { name, id: "", fullName: name, role: "cooperating" });
  const replaced = c.replaces.map((name) => model.materials.find((m) => m.name === name)).filter((m) => m !== undefined);
  return {
    title: `${c.name}告知承诺书`,
    name: c.name,
    matter: model.name,
    code: model.code,
    items: [...new Set([...replaced.flatMap((m) => m.askedBy), ...(c.replacesSteps ?? []).flatMap((s) => (s.item ? [s.item] : []))])],
    replaces: replaced.map((m) => ({ name: m.name, form: m.form, copies: m.copies })),
    steps: replacedStepNames(c),
    conditions: c.conditions,
    offeredWhen: conditionSentence(c.offeredWhen, sentenceContext(model)) || undefined,
    verification: c.verification ? { method: c.verification.method, time: c.verification.time ? durationText(c.verification.time) : undefined } : undefined,
    onBreach: c.onBreach,
    clauses: c.clauses,
    department: dept(c.department),
    lead: dept(model.lead),
  };
}

export function commitmentFiles(model: Model, set: TemplateSet, on?: string): OutputFile[] {
  const validity = validityView(model, on);
  return model.commitments.flatMap((c) => {
    const view = { ...commitmentView(model, c), validity };
    return [
      { path: commitmentFile(c, "html"), text: renderHtml(set, "commitment.html.hbs", view) },
      { path: commitmentFile(c, "md"), text: renderMarkdown(set, "commitment.md.hbs", view) },
    ];
  });
}
