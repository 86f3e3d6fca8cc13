// The data the guide templates receive (documented in docs/templates.md). Everything is worked out
// here so that a template only places values: a house style can restyle the guide without knowing
// the model. Strings are plain text; the renderer escapes them for the format they land in.
import { evaluate } from "../../compiler/conditions.js";
import type { Department, Model } from "../../compiler/model.js";
import { conditionSentence } from "../conditions/sentence.js";
import { headlineAnswers, type Answers } from "./answers.js";
import { flowLayout, flowSteps, type FlowStep, type FlowView } from "./flow.js";
import { materialRows, sentenceContext, type MaterialRow } from "./materials.js";
import { situationViews, type SituationView } from "./situations.js";
import { httpUrl } from "./url.js";
import { itemSpecialShort, itemSpecialText, replacedStepNames, specialRows, uncountedSentence, type SpecialRow } from "./special.js";
import { basisLines, figureRows, headlineSentence, legalTotalText, promiseText, type FigureRow } from "./figures.js";
import { durationText, STATUS_CLASS, workdaysText } from "./words.js";
import { prefilledRows, type PrefilledRow } from "./prefilled.js";
import { declaresElements, itemElementViews, type ItemElementsView } from "./elements.js";
import { admissionView, type AdmissionView } from "./admission.js";
import { hasProactive, PROACTIVE_FILES, proactiveViews, serviceModes, type ProactiveView } from "./proactive.js";
import { crossView, type CrossView } from "./cross.js";

export { figureRows };

export interface DepartmentView {
  name: string;
  fullName: string;
  duties?: string;
  phone?: string;
  address?: string;
}

export type { FigureRow };

export interface ItemView {
  index: number;
  id: string;
  name: string;
  department: string;
  code?: string;
  type?: string;
  typeCode?: string;
  legalTime: string;
  promisedTime: string;
  tripsAlone: number;
  /** Its steps when handled alone (环节), "受理、审查、决定、送达". */
  steps: string;
  after: string[];
  condition?: string;
  fee: string;
  produces?: string;
  /** Its 特殊环节 as one phrase each, "现场检查（办理前，5个工作日，计入时限，依据…）"; undefined when none. */
  special?: string;
  /** The same, short: name, time, and whether it counts. */
  specialShort?: string;
}

export interface Range {
  min: number;
  max: number;
  /** "3至8", or "5" when every situation gives the same. */
  text: string;
}

export interface CommitmentLink {
  name: string;
  replaces: string[];
  /** 替代环节: the steps it replaces, named "子事项·特殊环节" or as the matter's step. */
  replacesSteps: string[];
  html: string;
  md: string;
}

export interface GuideView {
  title: string;
  /** "办事指南", or "政策说明" for a matter granted without application (免申办). */
  kind: string;
  /** The service modes (免申即享, 承诺办, 跨省通办, 异地代收代办…). */
  modes: string[];
  /** 免申办: the matter's own and each sub-item's, where declared. */
  proactive: { matter?: ProactiveView; items: ProactiveView[] };
  /** 跨域办, where declared. */
  cross?: CrossView;
  code: string;
  version?: string;
  status: string;
  statusClass: string;
  audience: string[];
  channels: string[];
  scope?: string;
  lead: DepartmentView;
  cooperating: DepartmentView[];
  acceptance: string[];
  /** 不予受理情形, 补正 and 不予许可, as declared (admission.ts). */
  admission: AdmissionView;
  situations: SituationView[];
  materials: MaterialRow[];
  /** Materials the applicant hands in / departments fetch or commitments replace, headline case. */
  materialsAsked: number;
  materialsNotAsked: number;
  /** Materials handed in only in a case stated in words (提交情形), not counted in materialsAsked. */
  materialsMaybe: number;
  /** Fields the platform prefills (来源), which the applicant only checks. */
  prefilled: PrefilledRow[];
  items: ItemView[];
  /** Each sub-item's standard element table (子事项要素), when some sub-item declares an
   * implementation-list element; empty otherwise. */
  elements: ItemElementsView[];
  steps: FlowStep[];
  flow: FlowView;
  /**
   * `promised` is the matter's promise ("13个工作日", "即办"), or the estimate with its words when the
   * office promised nothing; `promiseDeclared` tells which. `legalTotal` says how many sub-items
   * have no legal time.
   */
  time: { legalTotal: string; promised: string; promiseDeclared: boolean; criticalPath: string; before: string; after: string; uncounted: string; post: string };
  /** 特殊环节 of every sub-item, with time, whether it counts, and 依据. */
  special: SpecialRow[];
  /** The banner: "申请人最多提交5份材料，跑动1次，承诺13个工作日内办结". */
  summary: string;
  trips: { before: number; after: number; declared: boolean; reason?: string };
  fee: string;
  guide: { place: string[]; hours?: string; consultPhone?: string; complaintPhone?: string; onlineUrl?: string; basis: string[]; faq: { question: string; answer: string }[] };
  figures: FigureRow[];
  /** What each figure counts, as sentences (口径说明). */
  basis: string[];
  /** The answers of the headline case, as sentences ("经营项目：热食类、冷食类"). */
  headline: string[];
  /** How the headline case was chosen: "最全情形" or "改革办指定的情形". */
  headlineLabel: string;
  /** Over every situation the compiler enumerated: how many, and the range of the figures after. */
  cases: { count: number; truncated: boolean; materials: Range; time: Range; materialsMost: number };
  commitments: CommitmentLink[];
  links: { html: string; md: string; noticeHtml: string; noticeMd: string; workGuideHtml: string; workGuideMd: string; correctionHtml?: string; correctionMd?: string; proactiveHtml?: string; proactiveMd?: string };
}

/** The file names of the work guide (工作指引) and the notice of correction (补正告知书). */
export const WORK_GUIDE_FILES = { html: "work-guide.html", md: "work-guide.md" } as const;
export const CORRECTION_FILES = { html: "correction-notice.html", md: "correction-notice.md" } as const;

export function departmentView(d: Department): DepartmentView {
  return { name: d.name, fullName: d.fullName, duties: d.duties, phone: d.phone, address: d.address };
}

/**
 * The letter's file name: `commitment-<name>` when the name is letters, digits, `_` and `-` only
 * (as Chinese names are), else `commitment-<id>`, so a name never makes a path of its own.
 */
export function commitmentFile(c: { name: string; id: string }, ext: "html" | "md"): string {
  const safe = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,63}$/u.test(c.name);
  return `commitment-${safe ? c.name : c.id}.${ext}`;
}

/** The same as a relative link. */
export function commitmentHref(c: { name: string; id: string }, ext: "html" | "md"): string {
  return encodeURIComponent(commitmentFile(c, ext));
}

export function answerLines(model: Model, answers: Record<string, unknown>): string[] {
  return model.situations
    .filter((s) => s.name in answers)
    .map((s) => {
      const a = answers[s.name];
      const text = typeof a === "boolean" ? (a ? "是" : "否") : Array.isArray(a) ? (a.length ? a.join("、") : "（无）") : String(a);
      return `${s.name}：${text}`;
    });
}

function cases(model: Model): GuideView["cases"] {
  const all = [model.metrics.headline, ...model.metrics.situations];
  const range = (pick: (c: (typeof all)[number]) => number): Range => {
    const min = Math.min(...all.map(pick));
    const max = Math.max(...all.map(pick));
    return { min, max, text: min === max ? String(min) : `${min}至${max}` };
  };
  const materials = range((c) => c.materials.after);
  return { count: model.metrics.situations.length, truncated: model.metrics.truncated === true, materials, time: range((c) => c.time.after), materialsMost: materials.max };
}

function tripsReason(model: Model, answers: Answers): string | undefined {
  if (model.metrics.headline.trips.after === 0) return undefined;
  const originals = model.materials.filter((m) => (m.form === "原件" || m.form === "原件及复印件") && evaluate(m.uploadWhen, answers)).map((m) => m.name);
  if (originals.length > 0) return `需到现场提交或核验原件材料（${originals.join("、")}）`;
  if (!model.channels.includes("一网通办")) return "本事项通过线下窗口办理";
  return "需到现场领取办理结果";
}

/** "不收费", or the sub-items that charge and what, then "其余不收费". */
function feeText(model: Model): string {
  const free = (fee: string) => fee === "不收费" || fee === "免费";
  const paid = model.items.filter((i) => !free(i.fee));
  if (paid.length === 0) return "不收费";
  const rest = paid.length < model.items.length ? "；其余子事项不收费" : "";
  return paid.map((i) => `${i.name}：${i.fee}`).join("；") + rest;
}

export function guideView(model: Model): GuideView {
  const answers = headlineAnswers(model);
  const ctx = sentenceContext(model);
  const lead = model.departments.find((d) => d.name === model.lead) ?? model.departments[0];
  const materials = materialRows(model, answers);
  const h = model.metrics.headline;
  const cs = cases(model);
  const promise = promiseText(model);
  const cross = crossView(model);
  return {
    title: model.name,
    kind: model.proactive ? "政策说明" : "办事指南",
    modes: serviceModes(model),
    proactive: proactiveViews(model),
    ...(cross ? { cross } : {}),
    code: model.code,
    version: model.version,
    status: model.status,
    statusClass: STATUS_CLASS[model.status],
    audience: model.audience,
    channels: model.channels,
    scope: model.scope,
    lead: departmentView(lead),
    cooperating: model.departments.filter((d) => d.role === "cooperating").map(departmentView),
    acceptance: model.guide.acceptance,
    admission: admissionView(model),
    situations: situationViews(model, answers),
    materials,
    materialsAsked: h.materials.after,
    materialsNotAsked: materials.filter((m) => m.needed && !m.asked && !m.maybe).length,
    materialsMaybe: materials.filter((m) => m.maybe).length,
    prefilled: prefilledRows(model),
    items: model.items.map((i, n) => ({
      index: n + 1,
      id: i.id,
      name: i.name,
      department: i.department,
      code: i.code,
      type: i.type?.name,
      typeCode: i.type?.code,
      legalTime: durationText(i.legalTime),
      promisedTime: durationText(i.promisedTime),
      tripsAlone: i.tripsAlone,
      steps: i.steps.join("、"),
      after: i.after,
      condition: conditionSentence(i.when, ctx) || undefined,
      fee: i.fee,
      produces: i.produces,
      special: itemSpecialText(model, i.name),
      specialShort: itemSpecialShort(model, i.name),
    })),
    elements: declaresElements(model) ? itemElementViews(model) : [],
    steps: flowSteps(model),
    flow: flowLayout(model),
    time: {
      legalTotal: legalTotalText(model),
      promised: promise.text,
      promiseDeclared: promise.declared,
      criticalPath: workdaysText(h.time.criticalPath, h.time.approximate),
      before: workdaysText(h.time.before, h.time.approximate),
      after: workdaysText(h.time.after, h.time.approximate),
      uncounted: uncountedSentence(model),
      post: cross?.postSentence ?? "",
    },
    special: specialRows(model),
    summary: headlineSentence(model, cs.materialsMost, promise),
    trips: { before: h.trips.before, after: h.trips.after, declared: model.trips.declared, reason: tripsReason(model, answers) },
    fee: feeText(model),
    guide: {
      place: model.guide.place,
      hours: model.guide.hours,
      consultPhone: model.guide.consultPhone,
      complaintPhone: model.guide.complaintPhone,
      onlineUrl: httpUrl(model.guide.onlineUrl),
      basis: model.guide.basis,
      faq: model.guide.faq.map((f) => ({ question: f.question, answer: f.answer })),
    },
    figures: figureRows(model),
    basis: basisLines(model),
    headline: answerLines(model, answers),
    headlineLabel: model.metrics.basis.headline === "declared" ? "改革办指定的情形" : "最全情形",
    cases: cs,
    commitments: model.commitments.map((c) => ({ name: c.name, replaces: c.replaces, replacesSteps: replacedStepNames(c), html: commitmentHref(c, "html"), md: commitmentHref(c, "md") })),
    links: {
      html: "guide.html",
      md: "guide.md",
      noticeHtml: "notice.html",
      noticeMd: "notice.md",
      workGuideHtml: WORK_GUIDE_FILES.html,
      workGuideMd: WORK_GUIDE_FILES.md,
      ...(model.correction ? { correctionHtml: CORRECTION_FILES.html, correctionMd: CORRECTION_FILES.md } : {}),
      ...(hasProactive(model) ? { proactiveHtml: PROACTIVE_FILES.html, proactiveMd: PROACTIVE_FILES.md } : {}),
    },
  };
}
