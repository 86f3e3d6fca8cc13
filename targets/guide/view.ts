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
import { durationText, reduction, STATUS_CLASS, workdaysText } from "./words.js";

export interface DepartmentView {
  name: string;
  fullName: string;
  duties?: string;
  phone?: string;
  address?: string;
}

export interface FigureRow {
  label: string;
  unit: string;
  before: number;
  after: number;
  reduction: string;
  approximate: boolean;
}

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
  after: string[];
  condition?: string;
  fee: string;
  produces?: string;
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
  html: string;
  md: string;
}

export interface GuideView {
  title: string;
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
  situations: SituationView[];
  materials: MaterialRow[];
  /** Materials the applicant hands in / departments fetch or commitments replace, headline case. */
  materialsAsked: number;
  materialsNotAsked: number;
  items: ItemView[];
  steps: FlowStep[];
  flow: FlowView;
  /** legalTotal is absent when no sub-item states a legal time. */
  time: { legalTotal?: string; promised: string; criticalPath: string; before: string; after: string };
  trips: { before: number; after: number; reason?: string };
  fee: string;
  guide: { place: string[]; hours?: string; consultPhone?: string; complaintPhone?: string; onlineUrl?: string; basis: string[]; faq: { question: string; answer: string }[] };
  figures: FigureRow[];
  /** The answers of the headline case, as sentences ("经营项目：热食类、冷食类"). */
  headline: string[];
  /** Over every situation the compiler enumerated: how many, and the range of the figures after. */
  cases: { count: number; truncated: boolean; materials: Range; time: Range; materialsMost: number };
  commitments: CommitmentLink[];
  links: { html: string; md: string; noticeHtml: string; noticeMd: string };
}

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

export function figureRows(model: Model): FigureRow[] {
  const h = model.metrics.headline;
  const row = (label: string, unit: string, f: { before: number; after: number }, approximate = false): FigureRow => ({
    label,
    unit,
    before: f.before,
    after: f.after,
    reduction: reduction(f.before, f.after),
    approximate,
  });
  return [row("申请材料", "份", h.materials), row("表单字段", "项", h.fields), row("跑动次数", "次", h.trips), row("办理时限", "工作日", h.time, h.time.approximate)];
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
  if (model.trips.value === 0) return undefined;
  const originals = model.materials.filter((m) => m.form === "原件" && evaluate(m.uploadWhen, answers)).map((m) => m.name);
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
  const legalSum = model.items.reduce((s, i) => s + (i.legalTime?.workdays ?? 0), 0);
  const approx = model.items.some((i) => i.legalTime?.approximate);
  return {
    title: model.name,
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
    situations: situationViews(model, answers),
    materials,
    materialsAsked: h.materials.after,
    materialsNotAsked: materials.filter((m) => m.needed && !m.asked).length,
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
      after: i.after,
      condition: conditionSentence(i.when, ctx) || undefined,
      fee: i.fee,
      produces: i.produces,
    })),
    steps: flowSteps(model),
    flow: flowLayout(model),
    time: {
      legalTotal: model.items.some((i) => i.legalTime) ? workdaysText(legalSum, approx) : undefined,
      promised: model.promisedTime ? durationText(model.promisedTime) : workdaysText(h.time.after, h.time.approximate),
      criticalPath: workdaysText(h.time.criticalPath, h.time.approximate),
      before: workdaysText(h.time.before, h.time.approximate),
      after: workdaysText(h.time.after, h.time.approximate),
    },
    trips: { before: h.trips.before, after: h.trips.after, reason: tripsReason(model, answers) },
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
    headline: answerLines(model, answers),
    cases: cases(model),
    commitments: model.commitments.map((c) => ({ name: c.name, replaces: c.replaces, html: commitmentHref(c, "html"), md: commitmentHref(c, "md") })),
    links: { html: "guide.html", md: "guide.md", noticeHtml: "notice.html", noticeMd: "notice.md" },
  };
}
