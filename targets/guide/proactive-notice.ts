// 主动告知书: the notice a department sends to a person found eligible from shared data (免申即享 /
// 快申快享, issue 16). Like the notice of correction, a document to print (A4) or send to a phone,
// with blanks for the person's name, the notice number and the date: what they are found eligible
// for and on which rules, what is granted, whether they confirm (and by when), what they still fill
// in (快申快享) and which prefilled facts they check. Written only when the matter or a sub-item
// declares 免申办. What the office did not declare (a way to object) is said to be undeclared.
import type { Model } from "../../compiler/model.js";
import type { OutputFile } from "../target.js";
import { hasProactive, PROACTIVE_FILES, proactiveViews, type ProactiveView } from "./proactive.js";
import { renderHtml, renderMarkdown } from "./render.js";
import type { TemplateSet } from "./templates.js";
import { validityView } from "./validity.js";
import { departmentView, type DepartmentView } from "./view.js";

export interface ProactiveNoticeView {
  title: string;
  matter: string;
  code: string;
  lead: DepartmentView;
  /** The grants: the matter's own first, then each sub-item's. */
  grants: (ProactiveView & { heading: string })[];
  /** Whom the blank is for: 姓名, 单位名称, or both, by the matter's 服务对象. */
  addressee: string;
  /** True when some grant needs the person's consent or their input (a reply is asked for). */
  reply: boolean;
  consultPhone?: string;
  place: string[];
}

export function proactiveNoticeView(model: Model): ProactiveNoticeView | undefined {
  if (!hasProactive(model)) return undefined;
  const lead = model.departments.find((d) => d.name === model.lead) ?? model.departments[0];
  const { matter, items } = proactiveViews(model);
  const grants = [...(matter ? [{ ...matter, heading: `${model.name}（${matter.mode}）` }] : []), ...items.map((v) => ({ ...v, heading: `${v.item}（${v.mode}）` }))];
  return {
    title: `${model.name}主动告知书`,
    matter: model.name,
    code: model.code,
    lead: departmentView(lead),
    grants,
    addressee: addressee(model.audience),
    reply: grants.some((g) => g.consent || g.missing.length > 0),
    consultPhone: model.guide.consultPhone ?? lead.phone,
    place: model.guide.place,
  };
}

function addressee(audience: string[]): string {
  const person = audience.length === 0 || audience.includes("自然人");
  const body = audience.some((a) => a !== "自然人");
  return person && body ? "姓名或单位名称" : body ? "单位名称" : "姓名";
}

export function proactiveNoticeFiles(model: Model, set: TemplateSet, on?: string): OutputFile[] {
  const base = proactiveNoticeView(model);
  if (!base) return [];
  const view = { ...base, validity: validityView(model, on) };
  return [
    { path: PROACTIVE_FILES.html, text: renderHtml(set, "proactive-notice.html.hbs", view) },
    { path: PROACTIVE_FILES.md, text: renderMarkdown(set, "proactive-notice.md.hbs", view) },
  ];
}
