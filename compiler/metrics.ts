// The before/after figures reform offices publish, for one concrete case (a combination of
// answers), and the headline across all cases. Commitments are assumed taken. Every figure says
// what it counts (docs/language.md §7): before = each applying sub-item as if handled alone.
import { TRUE } from "./conditions.js";
import type { Enumeration } from "./enumerate.js";
import type { CaseMetrics, Cond, SpecialStep, TimeFigure } from "./model.js";
import { caseChain, criticalPath, derivedTrips, nextStamp, prepare, prepareMaterials, replacedIn, savedIn, splitCases, walkCase, work, type CriticalPath, type Inputs, type Prepared, type PreparedMaterial } from "./case-prep.js";

/** The figures of every enumerated case, in enumeration order, and each case's critical path. */
export interface CaseFigures {
  cases: CaseMetrics[];
  /** Shared by the cases with the same figures. */
  critical: CriticalPath[];
}

/**
 * The figures of every case of an enumeration. Everything that does not depend on the answers is
 * prepared once per matter: sub-items, materials and fields become numbers, and every condition is
 * decided over all the cases at once (enumerate.ts, truthsOf). A case's figures depend on its
 * answers only through those conditions: cases that decide all of them alike (most do: a matter's
 * situations outnumber the outcomes its conditions tell apart) share one set of figures, worked out
 * for the first of them; only `situation` is their own. Working out one set costs time linear in
 * the matter's size (issue 20: no input costs quadratic time).
 */
export function caseFigures(m: Inputs, e: Enumeration, materialsBasis: "handedIn" | "merged" = "handedIn"): CaseFigures {
  const items = m.items;
  const count = e.combinations.length;
  const p = prepare(m, e);
  const { truths, names, itemWhen, online, post } = p;
  const { materials, itemMaterials } = prepareMaterials(m, truths);
  // Field paths as numbers; a path with no declaration is asked whenever its sub-item applies.
  const fieldByPath = new Map(m.fields.map((f) => [f.path, f]));
  const pathIndex = new Map<string, number>();
  const pathWhen: Uint8Array[] = [];
  const pathPrefilled: boolean[] = [];
  const itemFields = items.map((i) =>
    i.fields.map((f) => {
      let k = pathIndex.get(f);
      if (k === undefined) {
        const field = fieldByPath.get(f);
        pathIndex.set(f, (k = pathWhen.push(truths(field?.when ?? TRUE)) - 1));
        pathPrefilled.push(Boolean(field?.source));
      }
      return k;
    }),
  );
  const n = items.length;
  // What a case reads of each sub-item, in flat arrays: a case then walks a few compact arrays
  // instead of every sub-item's whole record (which leaves the cache on large matters).
  const aloneDays = items.map((i) => i.alone.workdays);
  const trips = items.map((i) => i.tripsAlone);
  const steps = items.map((i) => i.steps.length);
  const approximateAlone = items.map((i) => i.alone.approximate || (i.promisedTime ?? i.legalTime)?.approximate === true);
  // What a set already counts: materials merged, asked and conditional, then field paths.
  const nm = materials.length;
  const anyUncounted = m.items.some((i) => i.specialSteps?.some((s) => !s.counted));
  const replacesMatterSteps = m.commitments.some((c) => c.replacesSteps?.some((s) => s.item === undefined));

  // The outcome of each case, split by each condition the figures decide.
  const decisive = new Set<Uint8Array>(itemWhen);
  for (const x of materials) decisive.add(x.when), x.replacedWhen.forEach((w) => decisive.add(w));
  pathWhen.forEach((w) => decisive.add(w));
  for (const i of items) for (const s of i.specialSteps ?? []) decisive.add(truths(s.when)), decisive.add(truths(s.runsWhen));
  if (replacesMatterSteps) for (const c of m.commitments) decisive.add(truths(c.offeredWhen));
  const { outcome } = splitCases(decisive, count);

  const figuresOf = (k: number): CaseMetrics & { critical: CriticalPath } => {
    const holds = (c: Cond) => truths(c)[k] === 1;
    const stamp = nextStamp(nm + pathWhen.length);
    const seen = work.seen;
    let applyingCount = 0;
    for (let i = 0; i < n; i++) applyingCount += itemWhen[i][k];
    const applyingNames: string[] = new Array(applyingCount);
    applyingCount = 0;
    let materialsBefore = 0;
    let merged = 0;
    let handedIn = 0;
    let conditional = 0;
    let stepsBefore = 0;
    let originalAsked = false;
    let fieldsBefore = 0;
    let fields = 0;
    let prefilled = 0;
    let tripsBefore = 0;
    let timeBefore = 0;
    let approximate = m.promisedTime?.approximate ?? false;
    for (let i = 0; i < n; i++) {
      if (itemWhen[i][k] === 0) continue;
      applyingNames[applyingCount++] = names[i];
      for (const j of itemMaterials[i]) {
        const { x, inWords, original, when, replacedWhen } = materials[j];
        if (!when[k]) continue;
        if (inWords) {
          if (x.fromApplicant && seen[2 * nm + j] !== stamp) (seen[2 * nm + j] = stamp), conditional++;
          continue;
        }
        materialsBefore++;
        if (seen[j] !== stamp) (seen[j] = stamp), merged++;
        if (!x.fromApplicant || replacedIn(replacedWhen, k)) continue;
        if (seen[nm + j] !== stamp) (seen[nm + j] = stamp), handedIn++;
        if (original) originalAsked = true;
      }
      for (const f of itemFields[i]) {
        if (!pathWhen[f][k]) continue;
        fieldsBefore++;
        if (seen[3 * nm + f] !== stamp) (seen[3 * nm + f] = stamp), fields++, pathPrefilled[f] && prefilled++;
      }
      tripsBefore += trips[i];
      stepsBefore += steps[i];
      timeBefore += aloneDays[i];
      if (approximateAlone[i]) approximate = true;
    }
    const critical = caseChain(m, p, k);
    const uncounted = anyUncounted ? uncountedTime(m, new Set(applyingNames), (s) => holds(s.runsWhen), critical.days, (i) => savedIn(i, truths, k)) : undefined;
    if (post.workdays) {
      critical.days += post.workdays;
      if (uncounted) uncounted.criticalPath += post.workdays;
    }
    if (post.approximate) approximate = true;
    const stepsReplaced = replacesMatterSteps ? new Set(m.commitments.filter((c) => holds(c.offeredWhen)).flatMap((c) => (c.replacesSteps ?? []).filter((s) => s.item === undefined).map((s) => s.step))) : undefined;
    // A 免申办 matter has no application: nothing is handed in, no trip is made, and the person
    // types only the missing fields (快申快享) and confirms the prefilled ones. "Before" stays what
    // each sub-item asked alone, so the comparison says what the grant without application saves.
    const proactive = m.proactive;
    const derived = derivedTrips(m, online, originalAsked);
    const after = proactive ? 0 : materialsBasis === "merged" ? merged : handedIn;
    return {
      situation: e.combinations[k],
      items: applyingNames,
      materials: { before: materialsBefore, after, handedIn: proactive ? 0 : handedIn, merged, conditional },
      fields: { before: fieldsBefore, after: fields },
      // Before the reform each sub-item alone had the applicant type every field it asked for.
      typed: proactive
        ? { before: fieldsBefore, after: proactive.missingFields.length, prefilled, confirmed: proactive.confirmedFields.length }
        : { before: fieldsBefore, after: fields - prefilled, prefilled },
      trips: { before: tripsBefore, after: m.trips.declared ? m.trips.value : derived, derived },
      steps: { before: stepsBefore, after: stepsReplaced ? m.steps.names.filter((s) => !stepsReplaced.has(s)).length : m.steps.names.length },
      time: uncounted
        ? { before: timeBefore, after: m.promisedTime ? m.promisedTime.workdays : critical.days, criticalPath: critical.days, unit: "工作日", approximate, uncounted }
        : { before: timeBefore, after: m.promisedTime ? m.promisedTime.workdays : critical.days, criticalPath: critical.days, unit: "工作日", approximate },
      critical,
    };
  };

  const shared: (CaseMetrics & { critical: CriticalPath })[] = [];
  const cases: CaseMetrics[] = new Array(count);
  const critical: CriticalPath[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const o = outcome[k];
    const same = o < shared.length ? shared[o] : (shared[o] = figuresOf(k));
    cases[k] = { situation: e.combinations[k], items: same.items, materials: same.materials, fields: same.fields, typed: same.typed, trips: same.trips, steps: same.steps, time: same.time };
    critical[k] = same.critical;
  }
  return { cases, critical };
}

/** What the figures' diagnostics read (lower/figures.ts: W0205, W0206, E0202, E0203). */
export interface FigureFindings {
  /** The longest critical path over the cases, the first of equals (counted post included). */
  worst: CriticalPath;
  /** The greatest of the cases' critical path days (as Math.max has it). */
  longest: number;
  /** The first case, in enumeration order, whose derived trips exceed the declared 跑动次数; -1
   * when there is none or 跑动次数 is not declared. */
  tripsOver: number;
}

/** The findings read off every case's figures. */
export function findingsOf(m: Inputs, f: CaseFigures): FigureFindings {
  const { critical, cases } = f;
  return {
    worst: critical.reduce((a, b) => (b.days > a.days ? b : a), critical[0]),
    longest: Math.max(...critical.map((c) => c.days)),
    tripsOver: m.trips.declared ? cases.findIndex((c) => c.trips.derived > m.trips.value) : -1,
  };
}

/**
 * The same findings as findingsOf(caseFigures(…)) without any case's figures, for a compile that
 * keeps no models (`check`). Cases are told apart only by what the findings depend on: which
 * sub-items apply, which counted special steps a taken commitment replaces (when one can), and,
 * where 跑动次数 is declared and could be exceeded case by case, where an original is handed in.
 * Each outcome's chain is walked once, for its first case, and its days compared in the order
 * outcomes first occur, so the worst path is the same first of equals; only that one is spelt out.
 */
export function diagnosticFigures(m: Inputs, e: Enumeration): FigureFindings {
  const count = e.combinations.length;
  const p = prepare(m, e);
  const decisive = new Set<Uint8Array>(p.itemWhen);
  if (p.anyReplaceable) for (const i of m.items) for (const s of i.specialSteps ?? []) if (s.counted) decisive.add(p.truths(s.when)), decisive.add(p.truths(s.runsWhen));
  // The derived trips are the same in every case for 免申办 (0) or without an online channel (1);
  // otherwise 0 or 1 by case (an original handed in or not), which matters only below 1 declared.
  let tripsOver = -1;
  const byCase = m.trips.declared && !m.proactive && p.online && m.trips.value < 1;
  if (m.trips.declared && !byCase && count > 0 && derivedTrips(m, p.online, true) > m.trips.value) tripsOver = 0;
  const originals = byCase ? prepareMaterials(m, p.truths, true) : undefined;
  if (originals) for (const x of originals.materials) if (x.original && !x.inWords) decisive.add(x.when), x.replacedWhen.forEach((w) => decisive.add(w));
  const { outcome, outcomes } = splitCases(decisive, count);
  const over = new Uint8Array(outcomes);
  let worstCase = -1;
  let worstDays = 0;
  let longest = -Infinity;
  for (let k = 0, walked = 0; k < count; k++) {
    const o = outcome[k];
    if (o === walked) {
      walked++;
      const best = walkCase(m, p, k);
      let days = best < 0 ? 0 : work.days[best];
      if (p.post.workdays) days += p.post.workdays;
      if (worstCase < 0 || days > worstDays) (worstCase = k), (worstDays = days);
      longest = Math.max(longest, days);
      if (originals) over[o] = derivedTrips(m, true, asksOriginal(p, originals.materials, originals.itemMaterials, k)) > m.trips.value ? 1 : 0;
    }
    if (tripsOver < 0 && over[o]) tripsOver = k;
  }
  // (There is always a case: every situation has an answer. Without one, as `critical[0]`.)
  const worst = worstCase < 0 ? undefined! : caseChain(m, p, worstCase);
  if (worst && p.post.workdays) worst.days += p.post.workdays;
  return { worst, longest, tripsOver };
}

/** Whether case k has the applicant hand in an original (a sub-item that applies asks it, no taken
 * commitment replaces it), as caseFigures counts `originalAsked`. */
function asksOriginal(p: Prepared, materials: PreparedMaterial[], itemMaterials: number[][], k: number): boolean {
  for (let i = 0; i < itemMaterials.length; i++) {
    if (p.itemWhen[i][k] === 0) continue;
    for (const j of itemMaterials[i]) {
      const x = materials[j];
      if (x.original && x.when[k] && !x.inWords && !replacedIn(x.replacedWhen, k)) return true;
    }
  }
  return false;
}

/** The time of the special steps that does not count toward any limit (特殊环节, 不计入时限), kept
 * apart: the longest chain with each applying sub-item's uncounted steps added, what that adds to
 * the counted chain, and the steps. Undefined when the matter declares no such step. */
function uncountedTime(m: Inputs, applying: Set<string>, runs: (s: SpecialStep) => boolean, counted: number, saved: (i: Inputs["items"][number]) => number): TimeFigure["uncounted"] {
  if (!m.items.some((i) => i.specialSteps?.some((s) => !s.counted))) return undefined;
  const steps: { item: string; step: string; workdays: number }[] = [];
  const extra = new Map<string, number>();
  let approximate = false;
  for (const i of m.items) {
    if (!applying.has(i.name)) continue;
    for (const s of i.specialSteps ?? []) {
      if (s.counted || !runs(s)) continue;
      const days = s.time?.workdays ?? 0;
      steps.push({ item: i.name, step: s.name, workdays: days });
      extra.set(i.name, (extra.get(i.name) ?? 0) + days);
      if (s.time?.approximate) approximate = true;
    }
  }
  const elapsed = criticalPath(m.items, (n) => applying.has(n), (i) => Math.max(0, i.workdays - saved(i)) + (extra.get(i.name) ?? 0));
  return { workdays: elapsed.days - counted, criticalPath: elapsed.days, approximate, steps };
}

/** Among `cases` (those the office named as 头条情形, or all), the one under which the most sub-items
 * apply, then the most materials are asked, then the first in enumeration (declaration) order.
 * Undefined when there is none (the office named a case that no enumerated combination matches). */
export function headlineOf<T extends CaseMetrics>(cases: T[]): T | undefined {
  let best = cases[0];
  for (const c of cases.slice(1)) {
    if (c.items.length > best.items.length || (c.items.length === best.items.length && c.materials.handedIn > best.materials.handedIn)) best = c;
  }
  return best;
}
