// The before/after figures reform offices publish, for one concrete case (a combination of
// answers), and the headline across all cases. Commitments are assumed taken. Every figure says
// what it counts (docs/language.md §7): before = each applying sub-item as if handled alone.
import { evaluate, TRUE } from "./conditions.js";
import { truthsOf, type Enumeration, type Truths } from "./enumerate.js";
import type { Answer, CaseMetrics, Cond, Material, Model, SpecialStep, TimeFigure } from "./model.js";

type Inputs = Pick<Model, "items" | "materials" | "fields" | "commitments" | "promisedTime" | "channels" | "trips" | "steps"> & Partial<Pick<Model, "crossRegion" | "proactive">>;

/** What the figures and their checks read of a model, in an object of one shape for every matter.
 * A model's own shape varies with its optional parts (补正, 跨域办, 免申办 …), and each shape met
 * anew threw away the optimised code of every function reading it, to compile it again. */
export function figureInputs(model: Model): Inputs & Pick<Model, "situations"> {
  return {
    items: model.items,
    materials: model.materials,
    fields: model.fields,
    commitments: model.commitments,
    promisedTime: model.promisedTime,
    channels: model.channels,
    trips: model.trips,
    steps: model.steps,
    crossRegion: model.crossRegion,
    proactive: model.proactive,
    situations: model.situations,
  };
}

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

/** A typed array filled by a loop (`TypedArray.from` with a mapping function walks the list through
 * the iterator protocol, many times slower for the short lists of a matter). */
function typed<A extends Float64Array | Int32Array | Uint8Array, T>(Kind: new (n: number) => A, items: readonly T[], f: (x: T) => number): A {
  const out = new Kind(items.length);
  for (let k = 0; k < items.length; k++) out[k] = f(items[k]);
  return out;
}

/** Sub-items as numbers: `after` as indices and an order in which every sub-item comes after
 * those it waits for (built once per matter; cycles, reported elsewhere, are cut). */
interface ItemGraph {
  after: number[][];
  order: number[];
}

function itemGraph(items: Inputs["items"]): ItemGraph {
  const index = new Map(items.map((i, k) => [i.name, k]));
  const after = items.map((i) => i.after.map((a) => index.get(a)).filter((k): k is number => k !== undefined));
  const order: number[] = [];
  const state = new Uint8Array(items.length); // 0 new, 1 on the stack, 2 placed
  for (let root = 0; root < items.length; root++) {
    if (state[root]) continue;
    // Depth first without recursion: a long chain of 前置 must not overflow the stack.
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1];
      const [k, next] = top;
      if (next < after[k].length) {
        top[1]++;
        const p = after[k][next];
        if (!state[p]) (state[p] = 1), stack.push([p, 0]);
      } else {
        stack.pop();
        state[k] = 2;
        order.push(k);
      }
    }
  }
  return { after, order };
}

/** Walks one case's chains over a prepared graph (`applying[k]` 1 for a sub-item that applies;
 * `days`, `last`, `prev` are scratch reused across cases) and gives the sub-item whose chain is
 * the longest (the first of equals), or -1 when no chain takes any time. */
function walkChains(workdays: Float64Array, g: ItemGraph, applying: Uint8Array, days: Float64Array, last: Int32Array, prev: Int32Array): number {
  for (const k of g.order) {
    // The predecessor that finishes latest (the first of equals); a sub-item that does not apply
    // passes its predecessor's chain on without adding time.
    let bestDays = 0;
    let bestLast = -1;
    for (const p of g.after[k]) {
      if (days[p] > bestDays) (bestDays = days[p]), (bestLast = last[p]);
    }
    if (applying[k] === 1) {
      days[k] = bestDays + workdays[k];
      last[k] = k;
      prev[k] = bestLast;
    } else {
      days[k] = bestDays;
      last[k] = bestLast;
    }
  }
  let bestDays = 0;
  let best = -1;
  for (let k = 0; k < workdays.length; k++) if (days[k] > bestDays) (bestDays = days[k]), (best = k);
  return best;
}

/** The critical path walkChains found, ending at sub-item `best`. */
function pathTo(names: string[], best: number, days: Float64Array, last: Int32Array, prev: Int32Array): CriticalPath {
  const end = best < 0 ? -1 : last[best];
  let length = 0;
  for (let k = end; k >= 0; k = prev[k]) length++;
  const chain: string[] = new Array(length);
  for (let k = end; k >= 0; k = prev[k]) chain[--length] = names[k];
  return { days: best < 0 ? 0 : days[best], chain };
}

/** Longest chain through `after` for the applying sub-items. A sub-item that does not apply takes
 * no time but is still passed through, so ordering stays transitive. Linear in sub-items + links. */
export function criticalPath(items: Inputs["items"], applies: (name: string) => boolean, weight: (item: Inputs["items"][number]) => number = (i) => i.workdays): CriticalPath {
  const n = items.length;
  const names = items.map((i) => i.name);
  const applying = typed(Uint8Array, items, (i) => (applies(i.name) ? 1 : 0));
  const [days, last, prev] = [new Float64Array(n), new Int32Array(n), new Int32Array(n)];
  return pathTo(names, walkChains(typed(Float64Array, items, weight), itemGraph(items), applying, days, last, prev), days, last, prev);
}

/** Working space of caseFigures and diagnosticFigures, which are never re-entered, grown as
 * needed: a case's outcome and the outcomes split (`outcomes`), a case's chain (`days`, `last`,
 * `prev`, reset per matter) and applying sub-items, and what a set of figures already counts
 * (`seen`: a material or field path counted when it holds the current stamp, new for every set,
 * so nothing is cleared between sets). */
const work = {
  outcomes: new Int32Array(3 * 64),
  days: new Float64Array(64),
  last: new Int32Array(64),
  prev: new Int32Array(64),
  applying: new Uint8Array(64),
  seen: new Int32Array(4 * 64),
  stamp: 0,
};

function grow(n: number): void {
  if (work.days.length >= n) return;
  work.days = new Float64Array(2 * n);
  work.last = new Int32Array(2 * n);
  work.prev = new Int32Array(2 * n);
  work.applying = new Uint8Array(2 * n);
}

/** A new stamp for `seen` over `n` entries (four per entry: merged, asked, conditional, field). */
function nextStamp(n: number): number {
  if (work.seen.length < 4 * n) work.seen = new Int32Array(8 * n);
  if (++work.stamp === 0x7fffffff) work.seen.fill(0), (work.stamp = 1);
  return work.stamp;
}

/** What every case's figures read of a matter's sub-items, prepared once per matter: sub-items as
 * numbers and their conditions decided over all the cases at once (enumerate.ts, truthsOf), with
 * the commitments taken (whatever the situation). */
interface Prepared {
  truths: Truths;
  graph: ItemGraph;
  names: string[];
  itemWhen: Uint8Array[];
  workdays: Float64Array;
  /** A commitment replaces a counted special step (替代环节): a sub-item's days depend on the case. */
  anyReplaceable: boolean;
  online: boolean;
  post: { workdays: number; approximate: boolean };
}

function prepare(m: Inputs, e: Enumeration): Prepared {
  const items = m.items;
  const truths = truthsOf(
    e,
    m.commitments.map((c) => c.name),
  );
  const n = items.length;
  grow(n);
  work.days.fill(0, 0, n), work.last.fill(0, 0, n), work.prev.fill(0, 0, n);
  return {
    truths,
    graph: itemGraph(items),
    names: items.map((i) => i.name),
    itemWhen: items.map((i) => truths(i.when)),
    workdays: typed(Float64Array, items, (i) => i.workdays),
    anyReplaceable: items.some((i) => i.specialSteps?.some((s) => s.counted && s.replacedBy?.length)),
    online: m.channels.some((c) => ONLINE_CHANNELS.has(c)),
    post: countedPost(m),
  };
}

/** The time case k's taken commitments save on a sub-item: the counted special steps they
 * replace (替代环节) no longer take theirs. */
function savedIn(i: Inputs["items"][number], truths: Truths, k: number): number {
  let d = 0;
  for (const s of i.specialSteps ?? []) if (s.counted && truths(s.when)[k] === 1 && truths(s.runsWhen)[k] !== 1) d += s.time?.workdays ?? 0;
  return d;
}

/** Case k's chains walked (walkChains), its applying sub-items marked in `work.applying`. */
function walkCase(m: Inputs, p: Prepared, k: number): number {
  const { applying, days, last, prev } = work;
  for (let i = 0; i < p.itemWhen.length; i++) applying[i] = p.itemWhen[i][k];
  const caseDays = p.anyReplaceable ? typed(Float64Array, m.items, (i) => Math.max(0, i.workdays - savedIn(i, p.truths, k))) : p.workdays;
  return walkChains(caseDays, p.graph, applying, days, last, prev);
}

/** Case k's critical path, without counted post (the callers add it). */
function caseChain(m: Inputs, p: Prepared, k: number): CriticalPath {
  return pathTo(p.names, walkCase(m, p, k), work.days, work.last, work.prev);
}

/** Numbers each case's outcome: cases are split apart by each condition in turn, and `outcome[k]`
 * numbers case k's outcome in the order outcomes first occur (so in the same way whatever the
 * order of the conditions). The array is working space, valid until the next call. */
function splitCases(decisive: Iterable<Uint8Array>, count: number): { outcome: Int32Array; outcomes: number } {
  if (work.outcomes.length < 3 * count) work.outcomes = new Int32Array(3 * count);
  const outcome = work.outcomes.subarray(0, count).fill(0);
  const split = work.outcomes.subarray(count);
  let outcomes = count ? 1 : 0;
  for (const v of decisive) {
    split.fill(-1, 0, 2 * outcomes);
    let next = 0;
    for (let k = 0; k < count; k++) {
      const g = 2 * outcome[k] + v[k];
      outcome[k] = split[g] < 0 ? (split[g] = next++) : split[g];
    }
    outcomes = next;
  }
  return { outcome, outcomes };
}

/** The materials as the figures read them (`when`, `replacedWhen` decided over all cases), and each
 * sub-item's materials as indices into them. */
interface PreparedMaterial {
  x: Inputs["materials"][number];
  /** Handed in only in a case stated in words (conditionalInWords). */
  inWords: boolean;
  /** An original the applicant hands in (a trip to a window), unless replaced. */
  original: boolean;
  when: Uint8Array;
  replacedWhen: Uint8Array[];
}

/** `originalsOnly`: only originals handed in are decided (`when` of the others is left empty). */
function prepareMaterials(m: Inputs, truths: Truths, originalsOnly = false): { materials: PreparedMaterial[]; itemMaterials: number[][] } {
  const materialIndex = new Map(m.materials.map((x, k) => [x.name, k]));
  const commitmentByName = new Map(m.commitments.map((c) => [c.name, c]));
  const materials = m.materials.map((x) => {
    const inWords = conditionalInWords(x);
    const original = x.fromApplicant && isOriginal(x.form);
    const decided = !originalsOnly || (original && !inWords);
    return {
      x,
      inWords,
      original,
      when: decided ? truths(x.when) : NOT_DECIDED,
      replacedWhen: decided ? x.replacedBy.map((c) => truths(commitmentByName.get(c)!.offeredWhen)) : [],
    };
  });
  return { materials, itemMaterials: m.items.map((i) => i.materials.map((n) => materialIndex.get(n)!)) };
}

const NOT_DECIDED = new Uint8Array(0);

/** Whether a taken commitment replaces a material in case k. */
function replacedIn(replacedWhen: Uint8Array[], k: number): boolean {
  for (const w of replacedWhen) if (w[k] === 1) return true;
  return false;
}

/** A material's form that has the applicant bring the paper itself. */
export function isOriginal(form: Material["form"]): boolean {
  return form === "原件" || form === "原件及复印件";
}

/** The trips the declarations derive: none for 免申办, none online unless an original is asked. */
function derivedTrips(m: Inputs, online: boolean, originalAsked: boolean): number {
  return m.proactive ? 0 : online && !originalAsked ? 0 : 1;
}

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

/** 跨域办 寄递 that counts toward the limits (计入时限: 是): the file travels once, from the receiving
 * window to the handling place, before anything is handled, so its time lengthens every case's
 * critical path alike. Post that does not count, or has no time, adds nothing (basis.post keeps it
 * apart, as basis.uncounted does for special steps). */
export function countedPost(m: Partial<Pick<Model, "crossRegion">>): { workdays: number; approximate: boolean } {
  const p = m.crossRegion?.post;
  return p?.counted && p.time ? { workdays: p.time.workdays, approximate: p.time.approximate } : { workdays: 0, approximate: false };
}

/** Whether a special step takes place in a case: its sub-item applies (checked by the caller), its
 * own condition holds and no commitment that replaces it is taken. */
export function specialApplies(s: SpecialStep, answers: Record<string, Answer>): boolean {
  return evaluate(s.runsWhen, answers);
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
