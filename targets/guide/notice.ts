// 一次告知单: for one case (the applicant's answers), everything to bring, on one page, for window
// staff to print and hand over. Built from the same material rows as the guide, so the two never
// disagree about a material.
import { evaluate } from "../../compiler/conditions.js";
import type { Model } from "../../compiler/model.js";
import type { OutputFile } from "../target.js";
import { withCommitmentsTaken, withDefaults, type Answers } from "./answers.js";
import { materialRows, type MaterialRow } from "./materials.js";
import { renderHtml, renderMarkdown } from "./render.js";
import { validityView } from "./validity.js";
import type { TemplateSet } from "./templates.js";
import { httpUrl } from "./url.js";
import { answerLines, commitmentHref, CORRECTION_FILES, departmentView, type DepartmentView } from "./view.js";
import { durationText, workdaysText } from "./words.js";
import { dateRule, dueDate, type NoticeDates } from "./due-dates.js";
import { prefilledRows, type PrefilledRow } from "./prefilled.js";
import { replacedStepNames, specialRows, uncountedClause } from "./special.js";
import { casesFor, correctionView, refusalView, type CorrectionView, type InadmissibleView, type RefusalView } from "./admission.js";

export interface NoticeView {
  title: string;
  code: string;
  lead: DepartmentView;
  /** The answers as lines ("设置招牌：是"); commitments apart. */
  answers: string[];
  items: { name: string; department: string; promisedTime: string; due?: string }[];
  /** What the applicant brings. */
  bring: MaterialRow[];
  /** What the applicant brings only in the case its words describe (提交情形). */
  maybe: { name: string; when: string }[];
  /** What a department fetches instead of the applicant, and how. */
  fetched: { name: string; reason: string }[];
  /** Fields of the form the platform prefills in this case (来源): the applicant only checks them. */
  prefilled: PrefilledRow[];
  /** Commitments offered in this case; `taken` when the applicant chose (or did not decline) it. */
  commitments: { name: string; replaces: string[]; replacesSteps: string[]; conditions: string[]; taken: boolean; html: string; md: string }[];
  /** Each deferred material, its deadline, and the consequence the office declared (逾期后果), if any. */
  deferrable: { name: string; deadline: string; due?: string; consequence?: string }[];
  /** "整体承诺13个工作日内办结", "承诺即办", or the estimate, said as an estimate. */
  timeSentence: string;
  promisedTime: string;
  /** With a day of acceptance (matterc notice): the dates things are due and how they were counted. */
  dates?: { accepted: string; due: string; rule: string };
  /** 不予受理情形 for this case: those the answers already meet, and those that depend on what the
   * applicant fills in (said with their condition); the others are left out. */
  inadmissible: { applies: InadmissibleView[]; possible: InadmissibleView[] };
  /** 补正, where declared, with the link to the notice of correction. */
  correction?: CorrectionView & { html: string; md: string };
  /** What a refusal of each sub-item of this case does, where the office declared it. */
  refusals: RefusalView[];
  trips: number;
  place: string[];
  hours?: string;
  consultPhone?: string;
  onlineUrl?: string;
}

export function noticeView(model: Model, given: Answers, dates?: NoticeDates): NoticeView {
  const answers = withCommitmentsTaken(model, withDefaults(model, given));
  const rows = materialRows(model, answers);
  const lead = model.departments.find((d) => d.name === model.lead) ?? model.departments[0];
  const offered = model.commitments.filter((c) => evaluate(c.offeredWhen, answers));
  return {
    title: model.name,
    code: model.code,
    lead: departmentView(lead),
    answers: answerLines(model, answers),
    items: model.items
      .filter((i) => evaluate(i.when, answers))
      .map((i) => {
        const limit = i.promisedTime ?? i.legalTime;
        return { name: i.name, department: i.department, promisedTime: durationText(limit), ...(dates && limit ? { due: dueDate(limit, dates) } : {}) };
      }),
    bring: rows.filter((r) => r.asked).map((r, n) => ({ ...r, index: n + 1 })),
    maybe: rows.filter((r) => r.maybe).map((r) => ({ name: r.name, when: r.submitWhen! })),
    // A material a commitment replaces is said under 告知承诺, not here.
    fetched: rows.filter((r) => r.needed && !r.asked && !r.fromApplicant).map((r) => ({ name: r.name, reason: r.reason ?? "无需提交" })),
    prefilled: prefilledRows(model, answers),
    commitments: offered.map((c) => ({
      name: c.name,
      replaces: c.replaces,
      replacesSteps: replacedStepNames(c),
      conditions: c.conditions,
      taken: answers[c.name] === true,
      html: commitmentHref(c, "html"),
      md: commitmentHref(c, "md"),
    })),
    deferrable: rows
      .filter((r) => r.asked && r.deferrable)
      .map((r) => {
        const limit = model.materials.find((m) => m.name === r.name)?.deferrable;
        return { name: r.name, deadline: r.deferrable!, consequence: model.materials.find((m) => m.name === r.name)?.lateConsequence, ...(dates && limit ? { due: dueDate(limit, dates) } : {}) };
      }),
    timeSentence: timeSentence(model) + uncountedClause(specialRows(model, answers)),
    promisedTime: model.promisedTime ? durationText(model.promisedTime) : "未声明",
    inadmissible: casesFor(model, answers),
    ...(model.correction ? { correction: { ...correctionView(model.correction), html: CORRECTION_FILES.html, md: CORRECTION_FILES.md } } : {}),
    refusals: model.items.filter((i) => i.onRefusal.declared && evaluate(i.when, answers)).map((i) => refusalView(model, i, (name) => evaluate(model.items.find((x) => x.name === name)!.when, answers))),
    trips: model.trips.value,
    place: model.guide.place,
    hours: model.guide.hours,
    consultPhone: model.guide.consultPhone,
    onlineUrl: httpUrl(model.guide.onlineUrl),
    ...(dates ? { dates: overallDates(model, dates) } : {}),
  };
}

/** The matter's promise, or, when it declares none, the longest estimate over every situation. */
function timeSentence(model: Model): string {
  if (model.promisedTime) return model.promisedTime.value === 0 ? "承诺即办" : `整体承诺${durationText(model.promisedTime)}内办结`;
  if (!model.items.some((i) => i.promisedTime || i.legalTime)) return "办结时限未声明";
  const cases = [model.metrics.headline, ...model.metrics.situations];
  const worst = cases.reduce((a, b) => (b.time.criticalPath > a.time.criticalPath ? b : a));
  return `预计不超过${workdaysText(worst.time.criticalPath, worst.time.approximate)}办结（本事项未声明承诺时限，按各子事项时限估算）`;
}

/** The whole matter's due date: its promised time, else the headline figure (working days). */
function overallDates(model: Model, dates: NoticeDates): NonNullable<NoticeView["dates"]> {
  const limit = model.promisedTime ?? { value: model.metrics.headline.time.after, unit: "工作日" as const, workdays: model.metrics.headline.time.after, approximate: false };
  const due = dueDate(limit, dates);
  return { accepted: dates.accepted, due, rule: dateRule(dates, due) };
}

export function noticeFiles(model: Model, set: TemplateSet, answers: Answers, on?: string, dates?: NoticeDates): OutputFile[] {
  const view = { ...noticeView(model, answers, dates), validity: validityView(model, on) };
  return [
    { path: "notice.html", text: renderHtml(set, "notice.html.hbs", view) },
    { path: "notice.md", text: renderMarkdown(set, "notice.md.hbs", view) },
  ];
}
