// The engines' expectations, from the model: the compiler stays the oracle. For every matter and
// every situation the compiler lists, the user tasks that must run and, for each, the tasks whose
// last completion releases it; the time limits each timer must fall due at; the 补交 deadlines that
// end a case. test/engines/src (Java) runs the processes in Flowable, Camunda 7 and Operaton and
// checks them against this.
import { evaluate } from "../../compiler/conditions.js";
import type { Answer, CaseMetrics, Cond, Duration, Model } from "../../compiler/model.js";
import { buildGraph } from "../../targets/process/build-graph.js";
import { commitmentTaken, deferredMaterials } from "../../targets/process/side-branches.js";
import { specialStepWhen } from "../../targets/process/special-steps.js";
import { application } from "../process/application.js";
import { addWorkdays, type WorkCalendar } from "../../targets/calendar.js";
import { decisionRuns } from "./paths.js";

export interface TimerSpec {
  id: string;
  host: string;
  due: string;
  urge: string | null;
}

export interface Case {
  label: string;
  variables: Record<string, unknown>;
  releasedBy: Record<string, string[]>;
  /** How many of the compiler's situations this run stands for. */
  situations: number;
  /** Per task, the staff decision recorded with its 1st, 2nd… completion (a map under the task's id). */
  decisions: Record<string, Record<string, unknown>[]>;
  /** Tasks completed more than once (统一受理 after 补正). */
  times: Record<string, number>;
}

export interface Stop {
  run: Case;
  task: string;
  issue: string;
}

export interface Lapse {
  run: Case;
  task: string;
  timer: TimerSpec;
  issue: string;
}

export interface ProcessManifest {
  name: string;
  key: string;
  files: Record<string, string>;
  cases: Case[];
  timerRun: { caseIndex: number; timers: TimerSpec[] } | null;
  terminations: { caseIndex: number; supplyTask: string; timer: TimerSpec; end: string; issue: string }[];
  stops: Stop[];
  lapses: Lapse[];
}

/** The engines' clock: a Monday morning in Beijing, the week before the National Day holiday. */
export const NOW = "2026-09-28T09:00:00+08:00";

/**
 * When a limit falls due from `now`, by docs/process.md: N 工作日 → ⌈N × 7 ÷ 5⌉ days, N 自然日 → ⌈N⌉
 * days, at least 1; with a holiday calendar, N 工作日 → the same time on the N-th working day after.
 */
export function dueAt(now: string, d: Duration, cal?: WorkCalendar): string {
  if (cal && d.unit === "工作日") return new Date(`${addWorkdays(cal, now.slice(0, 10), Math.ceil(d.value))}${now.slice(10)}`).toISOString();
  const days = Math.max(1, Math.ceil(d.unit === "工作日" ? (d.value * 7) / 5 - 1e-9 : d.value - 1e-9));
  return new Date(Date.parse(now) + days * 86_400_000).toISOString();
}

/** The applying sub-items a sub-item waits for: its 前置, and through a skipped one, that one's 前置. */
function waitsFor(model: Model, name: string, applies: Set<string>): string[] {
  const item = model.items.find((i) => i.name === name)!;
  const out = item.after.flatMap((p) => (applies.has(p) ? [p] : waitsFor(model, p, applies)));
  return [...new Set(out)];
}

/** The tasks a run must complete, each with the tasks releasing it; `situation` may carry staff
 * decisions as `<task id>.结果` (a refused sub-item's special steps after it do not run). */
export function expectedTasks(model: Model, situation: Record<string, Answer>, items: string[]): Record<string, string[]> {
  const id = (name: string) => model.items.find((i) => i.name === name)!.id;
  const accept = `${model.id}_accept`;
  const issue = `${model.id}_issue`;
  const applies = new Set(items);
  const released: Record<string, string[]> = { [accept]: [] };
  // A sub-item's uncounted special steps that apply run before or after its task, outside its timer.
  const chain = (name: string): string[] => {
    const item = model.items.find((i) => i.name === name)!;
    const steps = (item.specialSteps ?? []).filter((s) => !s.counted && evaluate(specialStepWhen(model, s), situation));
    return [...steps.filter((s) => s.position === "before").map((s) => s.id), item.id, ...steps.filter((s) => s.position === "after").map((s) => s.id)];
  };
  const last = (name: string) => chain(name).at(-1)!;
  for (const name of items) {
    const preds = waitsFor(model, name, applies);
    const c = chain(name);
    released[c[0]] = preds.length > 0 ? preds.map(last) : [accept];
    for (let k = 1; k < c.length; k++) released[c[k]] = [c[k - 1]];
  }
  const supplies = deferredMaterials(model).filter((m) => evaluate(m.uploadWhen, situation)).map((m) => `${m.id}_supply`);
  for (const s of supplies) released[s] = [accept];
  released[issue] = [...items.map(last), ...supplies];
  if (released[issue].length === 0) released[issue] = [accept];
  for (const c of model.commitments) if (evaluate(commitmentTaken(model, c.name), situation)) released[`${c.id}_check`] = [issue];
  return released;
}

/** Every timer of the process that a run in `situation` meets, with when it must fall due. */
function timersMet(model: Model, released: Record<string, string[]>, cal: WorkCalendar | undefined): TimerSpec[] {
  const out: TimerSpec[] = [];
  for (const i of model.items) {
    const limit = i.promisedTime ?? i.legalTime;
    if (released[i.id] && limit && limit.value > 0) out.push({ id: `${i.id}_timer`, host: i.id, due: dueAt(NOW, limit, cal), urge: `${i.id}_urge` });
  }
  for (const m of deferredMaterials(model)) {
    if (released[`${m.id}_supply`]) out.push({ id: `${m.id}_timer`, host: `${m.id}_supply`, due: dueAt(NOW, m.deferrable!, cal), urge: null });
  }
  for (const c of model.commitments) {
    const time = c.verification?.time;
    if (released[`${c.id}_check`] && time && time.value > 0) out.push({ id: `${c.id}_timer`, host: `${c.id}_check`, due: dueAt(NOW, time, cal), urge: `${c.id}_urge` });
  }
  return out;
}

/** The gateway decisions the compiler makes in a situation: one "1"/"0" per conditional flow. */
function decisions(conditions: Cond[], situation: Record<string, Answer>): string {
  return conditions.map((c) => (evaluate(c, situation) ? "1" : "0")).join("");
}

/**
 * The runs for a matter's situations: one per decision group. A run is decided entirely by its
 * gateways, so situations the compiler decides alike (same decision at every conditional flow)
 * must run alike, and one run (the first situation, with its own data) stands for all of them;
 * every group of every matter runs (docs/process.md, "Tests", gives the argument). `every` runs each
 * situation by itself. Situations grouped together must expect the same tasks, or the compiler
 * contradicts itself: that is thrown. The JUEL oracle (test/process/juel.test.ts) evaluates every
 * condition in every situation.
 */
function runsFor(model: Model, every: boolean): Case[] {
  const conditions = buildGraph(model).flows.flatMap((f) => (f.condition ? [f.condition] : []));
  const groups = new Map<string, CaseMetrics[]>();
  model.metrics.situations.forEach((c, i) => {
    const key = every ? String(i) : decisions(conditions, c.situation);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  });
  return [...groups.values()].map((group) => {
    const [first, ...alike] = group;
    const releasedBy = expectedTasks(model, first.situation, first.items);
    for (const c of alike) {
      const other = expectedTasks(model, c.situation, c.items);
      if (JSON.stringify(other) !== JSON.stringify(releasedBy)) throw new Error(`${model.name}: ${JSON.stringify(c.situation)} decides like ${JSON.stringify(first.situation)} but expects other tasks`);
    }
    const label = JSON.stringify(first.situation) + (alike.length > 0 ? ` (and ${alike.length} situations decided alike)` : "");
    return { label, variables: application(model, first.situation), releasedBy, situations: group.length, decisions: {}, times: {} };
  });
}

/**
 * The manifest of one matter. With a holiday calendar (processes built with --calendar), only the
 * runs whose timers it changes: the timer run and the 补交 deadlines.
 */
export function processManifest(name: string, model: Model, files: Record<string, string>, opts: { calendar?: WorkCalendar; every?: boolean } = {}): ProcessManifest {
  const cal = opts.calendar;
  const cases = runsFor(model, opts.every ?? false);
  // The timer run: the situation that meets the most timers (the first such, in the compiler's order).
  const met = cases.map((c) => timersMet(model, c.releasedBy, cal));
  const fullest = met.reduce((best, t, i) => (t.length > met[best].length ? i : best), 0);
  const terminations = deferredMaterials(model).flatMap((m) => {
    const i = cases.findIndex((c) => c.releasedBy[`${m.id}_supply`]);
    if (i < 0) return [];
    const timer = met[i].find((t) => t.id === `${m.id}_timer`)!;
    return [{ caseIndex: i, supplyTask: `${m.id}_supply`, timer, end: `${m.id}_terminated`, issue: `${model.id}_issue` }];
  });
  const timerRun = met[fullest].length > 0 ? { caseIndex: fullest, timers: met[fullest] } : null;
  const paths = decisionRuns(model, cal);
  if (!cal) return { name, key: model.id, files, cases: [...cases, ...paths.cases], timerRun, terminations, stops: paths.stops, lapses: paths.lapses };
  const kept = [...new Set([...(timerRun ? [fullest] : []), ...terminations.map((t) => t.caseIndex)])];
  return {
    name,
    key: model.id,
    files,
    cases: kept.map((i) => cases[i]),
    timerRun: timerRun && { ...timerRun, caseIndex: kept.indexOf(fullest) },
    terminations: terminations.map((t) => ({ ...t, caseIndex: kept.indexOf(t.caseIndex) })),
    stops: [],
    lapses: paths.lapses,
  };
}
