// 特殊环节 in the guide and the notice: the steps whose time does not count toward the limits are
// said next to every time the guide gives ("不含公示20个自然日"), listed with their time and 依据,
// and, in the notice, only those that apply to the applicant's case.
import { evaluate } from "../../compiler/conditions.js";
import type { Answer, Model } from "../../compiler/model.js";
import { conditionSentence } from "../conditions/sentence.js";
import { durationText, workdaysText } from "./words.js";

export interface SpecialRow {
  item: string;
  name: string;
  time: string;
  counted: boolean;
  /** "计入时限" or "不计入时限". */
  countedText: string;
  position: string;
  basis: string;
  /** When it applies, as a sentence; undefined when whenever its sub-item applies. */
  condition?: string;
  note?: string;
  /** Which commitments replace it (替代环节), as a sentence; undefined when none. */
  replacedBy?: string;
  /** "20个自然日", for a clause inside brackets; undefined when no time is declared. */
  short?: string;
}

/** Every special step of the matter, in sub-item order; with answers, only those that apply. */
export function specialRows(model: Model, answers?: Record<string, Answer>): SpecialRow[] {
  const ctx = { situations: model.situations, commitments: model.commitments };
  const rows: SpecialRow[] = [];
  for (const i of model.items) {
    if (answers && !evaluate(i.when, answers)) continue;
    for (const s of i.specialSteps ?? []) {
      if (answers && !evaluate(s.runsWhen, answers)) continue;
      rows.push({
        item: i.name,
        name: s.name,
        time: s.time ? durationText(s.time) : "未声明",
        counted: s.counted,
        countedText: s.counted ? "计入时限" : "不计入时限",
        position: s.position === "before" ? "办理前" : "办理后",
        basis: s.basis.join("；") || "—",
        condition: answers || s.when.op === "true" ? undefined : conditionSentence(s.when, ctx),
        replacedBy: s.replacedBy?.length ? `选择${s.replacedBy.join("或")}告知承诺的，免于此环节，改为事后核查` : undefined,
        note: s.note,
        short: s.time ? (s.time.value === 0 ? "即办" : `${s.time.value}个${s.time.unit}`) : undefined,
      });
    }
  }
  return rows;
}

/** "（不含公示20个自然日〔…时〕）" after a time, or "" when no step's time is left out. */
export function uncountedClause(rows: SpecialRow[]): string {
  const out = rows.filter((r) => !r.counted);
  if (out.length === 0) return "";
  return `（不含${out.map((r) => `${r.name}${r.short ?? "（所需时间未声明）"}${r.condition ? `〔${r.condition}时〕` : ""}`).join("、")}）`;
}

/** The sentence under the time table: what is not counted, and how long the longest case takes
 * with it; "" when nothing is left out. */
export function uncountedSentence(model: Model): string {
  const rows = specialRows(model).filter((r) => !r.counted);
  if (rows.length === 0) return "";
  const cases = [model.metrics.headline, ...model.metrics.situations];
  const worst = cases.reduce((a, b) => ((b.time.uncounted?.criticalPath ?? 0) > (a.time.uncounted?.criticalPath ?? 0) ? b : a));
  const u = worst.time.uncounted;
  const total = u && u.workdays > 0 ? `；连同这些环节，最长的情形共需${workdaysText(u.criticalPath, u.approximate)}` : "";
  // "依法" only when every step names its basis (W1103 warns about one that does not).
  const why = rows.every((r) => r.basis !== "—") ? "依法" : "按本事项的声明";
  return `以上时限不含特殊环节：${rows.map((r) => `${r.item}·${r.name}${r.time === "未声明" ? "" : r.time}`).join("、")}，这些环节的时间${why}不计入办理时限${total}`;
}

/** A commitment's 替代环节 as the guide names them: "消防安全检查·现场检查", or the matter's step. */
export function replacedStepNames(c: { replacesSteps?: { item?: string; step: string }[] }): string[] {
  return (c.replacesSteps ?? []).map((s) => (s.item ? `${s.item}·${s.step}` : s.step));
}

/** A sub-item's special steps as one phrase each, for its row in the time table. */
export function itemSpecialText(model: Model, item: string): string | undefined {
  const rows = specialRows(model).filter((r) => r.item === item);
  if (rows.length === 0) return undefined;
  return rows
    .map((r) => `${r.name}（${[r.position, r.condition && `${r.condition}时`, r.time, r.countedText, r.basis !== "—" && `依据${r.basis}`, r.note].filter(Boolean).join("，")}）`)
    .join("；");
}

/** The same, short (name, time, counted or not), for the narrow cell of the HTML time table. */
export function itemSpecialShort(model: Model, item: string): string | undefined {
  const rows = specialRows(model).filter((r) => r.item === item);
  return rows.length ? rows.map((r) => `${r.name}（${r.short ?? "时间未声明"}，${r.countedText}）`).join("；") : undefined;
}
