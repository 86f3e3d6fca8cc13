// 补正告知书: the notice of correction the window fills in and hands over when an application is
// incomplete (行政许可法第三十二条: 一次性告知需要补正的全部内容). Like the commitment letter, a
// document to print (A4) or send to a phone, with blanks for the applicant, the date, the number
// and what to correct: a checklist of what the matter declares correctable (可补正) and of every
// material the applicant may hand in, with each material's 受理标准 to say what was wrong. The
// deadline, the consequence of lateness and the basis are only the declared ones; the time taken
// does not count toward the limits. Written only when the matter declares 补正: without it there is
// no declared rule to put on paper, and the guide and work guide say nothing about correction.
import type { Model } from "../../compiler/model.js";
import type { OutputFile } from "../target.js";
import { correctionView, type CorrectionView } from "./admission.js";
import { sentenceContext } from "./materials.js";
import { conditionSentence } from "../conditions/sentence.js";
import { renderHtml, renderMarkdown } from "./render.js";
import type { TemplateSet } from "./templates.js";
import { validityView } from "./validity.js";
import { CORRECTION_FILES, departmentView, type DepartmentView } from "./view.js";

export interface CorrectionNoticeView {
  title: string;
  matter: string;
  code: string;
  lead: DepartmentView;
  correction: CorrectionView;
  /** The materials the applicant may hand in, each a line to tick, with what the window checks. */
  materials: { index: number; name: string; form: string; copies: number; criteria?: string; condition?: string }[];
  place: string[];
  hours?: string;
  consultPhone?: string;
}

export function correctionNoticeView(model: Model): CorrectionNoticeView | undefined {
  if (!model.correction) return undefined;
  const lead = model.departments.find((d) => d.name === model.lead) ?? model.departments[0];
  const ctx = sentenceContext(model);
  const materials = model.materials
    .filter((m) => m.fromApplicant && m.neededWhen.op !== "false")
    .map((m, n) => {
      const condition = conditionSentence(m.neededWhen, ctx);
      return {
        index: n + 1,
        name: m.name,
        form: m.form,
        copies: m.copies,
        ...(m.acceptanceCriteria?.length ? { criteria: m.acceptanceCriteria.join("；") } : {}),
        ...(condition ? { condition } : {}),
      };
    });
  return {
    title: `${model.name}补正告知书`,
    matter: model.name,
    code: model.code,
    lead: departmentView(lead),
    correction: correctionView(model.correction),
    materials,
    place: model.guide.place,
    hours: model.guide.hours,
    consultPhone: model.guide.consultPhone ?? lead.phone,
  };
}

export function correctionFiles(model: Model, set: TemplateSet, on?: string): OutputFile[] {
  const base = correctionNoticeView(model);
  if (!base) return [];
  const view = { ...base, validity: validityView(model, on) };
  return [
    { path: CORRECTION_FILES.html, text: renderHtml(set, "correction-notice.html.hbs", view) },
    { path: CORRECTION_FILES.md, text: renderMarkdown(set, "correction-notice.md.hbs", view) },
  ];
}
