// The runs on the staff's decisions, for the engines: 补正 once and then 受理 (统一受理 runs twice),
// 不予受理 at the window, 补正 not done within its deadline, and every sub-item refused in a
// situation where it applies (终止办理: the case ends at once; 跳过后续: the sub-items depending on
// it are skipped, the rest run and are issued; 继续办理: everything else runs). Decisions reach the
// engines as a java.util.Map under the task's id (Camunda 7, Operaton) or as the flat variables
// `<task id>_<key>` Flowable's forms store, as docs/process.md says.
import type { Answer, CaseMetrics, Model } from "../../compiler/model.js";
import type { WorkCalendar } from "../../targets/calendar.js";
import { application } from "../process/application.js";
import { dependentsOf } from "../process/dependents.js";
import { type Case, dueAt, expectedTasks, type Lapse, NOW, type Stop } from "./manifest.js";

const CORRECT = { 结果: "补正", 补正内容: "补交营业执照复印件" };

export function decisionRuns(model: Model, cal: WorkCalendar | undefined): { cases: Case[]; stops: Stop[]; lapses: Lapse[] } {
  const accept = `${model.id}_accept`;
  const correct = `${model.id}_correct`;
  const issue = `${model.id}_issue`;
  const fullest = model.metrics.situations.reduce((a, b) => (b.items.length > a.items.length ? b : a));
  const run = (label: string, c: CaseMetrics, releasedBy: Record<string, string[]>, decisions: Case["decisions"], times: Case["times"] = {}): Case => ({
    label: `${label} ${JSON.stringify(c.situation)}`,
    variables: application(model, c.situation),
    releasedBy,
    situations: 0,
    decisions,
    times,
  });
  const lapses: Lapse[] = [];
  const within = model.correction?.within;
  if (within && within.value > 0) {
    const r = run("逾期未补正", fullest, { [accept]: [], [correct]: [accept] }, { [accept]: [CORRECT] });
    lapses.push({ run: r, task: correct, timer: { id: `${correct}_timer`, host: correct, due: dueAt(NOW, within, cal), urge: null }, issue });
  }
  if (cal) return { cases: [], stops: [], lapses };

  const plain = expectedTasks(model, fullest.situation, fullest.items);
  const cases: Case[] = [
    run("补正后受理", fullest, { ...plain, [correct]: [accept] }, { [accept]: [CORRECT, { 结果: "受理" }], [correct]: [{ 补正材料: "营业执照复印件" }] }, { [accept]: 2 }),
    run("不予受理", fullest, { [accept]: [] }, { [accept]: [{ 结果: "不予受理", 不予受理理由: "不属于本机关职权范围" }] }),
  ];
  const stops: Stop[] = [];
  for (const item of model.items) {
    const c = [fullest, ...model.metrics.situations].find((s) => s.items.includes(item.name));
    if (!c) continue;
    const decisions: Case["decisions"] = { [accept]: [{ 结果: "受理" }] };
    for (const i of model.items) decisions[i.id] = [i === item ? { 结果: "不予", 意见: "不符合法定条件" } : { 结果: "准予", 意见: "符合条件" }];
    const label = `不予许可 ${item.name}（${item.onRefusal.effect}）`;
    if (item.onRefusal.effect === "终止办理") {
      stops.push({ run: run(label, c, {}, decisions), task: item.id, issue });
      continue;
    }
    const skipped = item.onRefusal.effect === "跳过后续" ? dependentsOf(model, item.name) : new Set<string>();
    const answers: Record<string, Answer> = { ...c.situation, [`${item.id}.结果`]: "不予" };
    cases.push(run(label, c, expectedTasks(model, answers, c.items.filter((n) => !skipped.has(n))), decisions));
  }
  return { cases, stops, lapses };
}
