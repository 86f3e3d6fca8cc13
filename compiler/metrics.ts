// The before/after figures reform offices publish, for one concrete case (a combination of
// answers), and the headline across all cases. Commitments are assumed taken. Every figure says
// what it counts (docs/language.md §7): before = each applying sub-item as if handled alone.
import { evaluate, TRUE } from "./conditions.js";
import type { Answer, CaseMetrics, Cond, Material, Model } from "./model.js";

type Inputs = Pick<Model, "items" | "materials" | "fields" | "commitments" | "promisedTime" | "channels" | "trips" | "steps">;

/** A material handed in only in a case stated in words (提交情形) that no situation decides. */
export function conditionalInWords(m: Pick<Material, "submitWhen" | "when">): boolean {
  return m.submitWhen !== undefined && m.when.op === "true";
}

const ONLINE_CHANNELS = new Set(["一网通办", "掌上办"]);

export interface CriticalPath {
  days: number;
  /** The sub-items on the longest chain, in order. */
  chain: string[];
}

/** Longest chain through `after` for the applying sub-items. A sub-item that does not apply takes
 * no time but is still passed through, so ordering stays transitive. Items must be acyclic. */
export function criticalPath(items: Inputs["items"], applies: (name: string) => boolean): CriticalPath {
  const byName = new Map(items.map((i) => [i.name, i]));
  const memo = new Map<string, CriticalPath>();
  const finish = (name: string): CriticalPath => {
    const hit = memo.get(name);
    if (hit) return hit;
    const item = byName.get(name)!;
    let best: CriticalPath = { days: 0, chain: [] };
    for (const p of item.after) {
      const f = finish(p);
      if (f.days > best.days) best = f;
    }
    const own = applies(name) ? item.workdays : 0;
    const result = { days: best.days + own, chain: applies(name) ? [...best.chain, name] : best.chain };
    memo.set(name, result);
    return result;
  };
  let best: CriticalPath = { days: 0, chain: [] };
  for (const i of items) {
    const f = finish(i.name);
    if (f.days > best.days) best = f;
  }
  return best;
}

/** A function giving the figures of one case; the lookups are built once per matter. */
export function caseMetricsOf(m: Inputs, materialsBasis: "handedIn" | "merged" = "handedIn"): (situation: Record<string, Answer>) => CaseMetrics & { critical: CriticalPath } {
  const materialByName = new Map(m.materials.map((x) => [x.name, x]));
  const commitmentByName = new Map(m.commitments.map((c) => [c.name, c]));
  const fieldByPath = new Map(m.fields.map((f) => [f.path, f]));
  return (situation) => caseMetrics(m, situation, materialByName, commitmentByName, fieldByPath, materialsBasis);
}

function caseMetrics(
  m: Inputs,
  situation: Record<string, Answer>,
  materialByName: Map<string, Inputs["materials"][number]>,
  commitmentByName: Map<string, Inputs["commitments"][number]>,
  fieldByPath: Map<string, Inputs["fields"][number]>,
  materialsBasis: "handedIn" | "merged",
): CaseMetrics & { critical: CriticalPath } {
  const answers: Record<string, Answer> = { ...situation };
  for (const c of m.commitments) answers[c.name] = true;
  const applying = m.items.filter((i) => evaluate(i.when, answers));
  const applyingNames = new Set(applying.map((i) => i.name));

  let materialsBefore = 0;
  const stillAsked = new Set<string>();
  const merged = new Set<string>();
  const conditional = new Set<string>();
  let stepsBefore = 0;
  let originalAsked = false;
  let fieldsBefore = 0;
  const fields = new Set<string>();
  const prefilled = new Set<string>();
  let tripsBefore = 0;
  let timeBefore = 0;
  let approximate = m.promisedTime?.approximate ?? false;
  for (const item of applying) {
    const all = item.materials.map((n) => materialByName.get(n)!).filter((mat) => evaluate(mat.when, answers));
    for (const mat of all) if (conditionalInWords(mat) && mat.fromApplicant) conditional.add(mat.name);
    const needed = all.filter((mat) => !conditionalInWords(mat));
    materialsBefore += needed.length;
    for (const mat of needed) {
      merged.add(mat.name);
      const replaced = mat.replacedBy.some((c) => evaluate(commitmentByName.get(c)!.offeredWhen, answers));
      if (mat.fromApplicant && !replaced) {
        stillAsked.add(mat.name);
        if (mat.form === "原件") originalAsked = true;
      }
    }
    const asked = item.fields.filter((f) => evaluate(fieldByPath.get(f)?.when ?? TRUE, answers));
    fieldsBefore += asked.length;
    asked.forEach((f) => fields.add(f));
    for (const f of asked) if (fieldByPath.get(f)?.source) prefilled.add(f);
    tripsBefore += item.tripsAlone;
    stepsBefore += item.steps.length;
    timeBefore += item.alone.workdays;
    if (item.alone.approximate || (item.promisedTime ?? item.legalTime)?.approximate) approximate = true;
  }
  const critical = criticalPath(m.items, (n) => applyingNames.has(n));
  const online = m.channels.some((c) => ONLINE_CHANNELS.has(c));
  const derived = online && !originalAsked ? 0 : 1;
  const handedIn = stillAsked.size;
  return {
    situation,
    items: applying.map((i) => i.name),
    materials: { before: materialsBefore, after: materialsBasis === "merged" ? merged.size : handedIn, handedIn, merged: merged.size, conditional: conditional.size },
    fields: { before: fieldsBefore, after: fields.size },
    // Before the reform each sub-item alone had the applicant type every field it asked for.
    typed: { before: fieldsBefore, after: fields.size - prefilled.size, prefilled: prefilled.size },
    trips: { before: tripsBefore, after: m.trips.declared ? m.trips.value : derived, derived },
    steps: { before: stepsBefore, after: m.steps.names.length },
    time: { before: timeBefore, after: m.promisedTime ? m.promisedTime.workdays : critical.days, criticalPath: critical.days, unit: "工作日", approximate },
    critical,
  };
}

/** Among the cases the office named (头条情形; all when it named none), the one under which the most
 * sub-items apply, then the most materials are asked, then the first in enumeration (declaration)
 * order. Undefined when the office named a case that no enumerated combination matches. */
export function headlineOf<T extends CaseMetrics>(all: T[], named?: Cond): T | undefined {
  const cases = named ? all.filter((c) => evaluate(named, c.situation)) : all;
  let best = cases[0];
  for (const c of cases.slice(1)) {
    if (c.items.length > best.items.length || (c.items.length === best.items.length && c.materials.handedIn > best.materials.handedIn)) best = c;
  }
  return best;
}
