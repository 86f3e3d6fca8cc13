// What every case's figures read of a matter, prepared once per matter, and the walk of one case's
// chains: shared by the figures of every case (metrics.ts, caseFigures) and by the findings a check
// needs of them (metrics.ts, diagnosticFigures), so that both count alike.
import { truthsOf, type Enumeration, type Truths } from "./enumerate.js";
import type { Material, Model } from "./model.js";

export type Inputs = Pick<Model, "items" | "materials" | "fields" | "commitments" | "promisedTime" | "channels" | "trips" | "steps"> & Partial<Pick<Model, "crossRegion" | "proactive">>;

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
function conditionalInWords(m: Pick<Material, "submitWhen" | "when">): boolean {
  return m.submitWhen !== undefined && m.when.op === "true";
}

export const ONLINE_CHANNELS = new Set(["一网通办", "掌上办"]);

export interface CriticalPath {
  days: number;
  /** The sub-items on the longest chain, in order. */
  chain: string[];
}

/** A typed array filled by a loop (`TypedArray.from` with a mapping function walks the list through
 * the iterator protocol, many times slower for the short lists of a matter). */
export function typed<A extends Float64Array | Int32Array | Uint8Array, T>(Kind: new (n: number) => A, items: readonly T[], f: (x: T) => number): A {
  const out = new Kind(items.length);
  for (let k = 0; k < items.length; k++) out[k] = f(items[k]);
  return out;
}

/** Sub-items as numbers: `after` as indices and an order in which every sub-item comes after
 * those it waits for (built once per matter; cycles, reported elsewhere, are cut). */
export interface ItemGraph {
  after: number[][];
  order: number[];
}

export function itemGraph(items: Inputs["items"]): ItemGraph {
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
export function walkChains(workdays: Float64Array, g: ItemGraph, applying: Uint8Array, days: Float64Array, last: Int32Array, prev: Int32Array): number {
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
export function pathTo(names: string[], best: number, days: Float64Array, last: Int32Array, prev: Int32Array): CriticalPath {
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
export const work = {
  outcomes: new Int32Array(3 * 64),
  days: new Float64Array(64),
  last: new Int32Array(64),
  prev: new Int32Array(64),
  applying: new Uint8Array(64),
  seen: new Int32Array(4 * 64),
  stamp: 0,
};

export function grow(n: number): void {
  if (work.days.length >= n) return;
  work.days = new Float64Array(2 * n);
  work.last = new Int32Array(2 * n);
  work.prev = new Int32Array(2 * n);
  work.applying = new Uint8Array(2 * n);
}

/** A new stamp for `seen` over `n` entries (four per entry: merged, asked, conditional, field). */
export function nextStamp(n: number): number {
  if (work.seen.length < 4 * n) work.seen = new Int32Array(8 * n);
  if (++work.stamp === 0x7fffffff) work.seen.fill(0), (work.stamp = 1);
  return work.stamp;
}

/** What every case's figures read of a matter's sub-items, prepared once per matter: sub-items as
 * numbers and their conditions decided over all the cases at once (enumerate.ts, truthsOf), with
 * the commitments taken (whatever the situation). */
export interface Prepared {
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

export function prepare(m: Inputs, e: Enumeration): Prepared {
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
export function savedIn(i: Inputs["items"][number], truths: Truths, k: number): number {
  let d = 0;
  for (const s of i.specialSteps ?? []) if (s.counted && truths(s.when)[k] === 1 && truths(s.runsWhen)[k] !== 1) d += s.time?.workdays ?? 0;
  return d;
}

/** Case k's chains walked (walkChains), its applying sub-items marked in `work.applying`. */
export function walkCase(m: Inputs, p: Prepared, k: number): number {
  const { applying, days, last, prev } = work;
  for (let i = 0; i < p.itemWhen.length; i++) applying[i] = p.itemWhen[i][k];
  const caseDays = p.anyReplaceable ? typed(Float64Array, m.items, (i) => Math.max(0, i.workdays - savedIn(i, p.truths, k))) : p.workdays;
  return walkChains(caseDays, p.graph, applying, days, last, prev);
}

/** Case k's critical path, without counted post (the callers add it). */
export function caseChain(m: Inputs, p: Prepared, k: number): CriticalPath {
  return pathTo(p.names, walkCase(m, p, k), work.days, work.last, work.prev);
}

/** Numbers each case's outcome: cases are split apart by each condition in turn, and `outcome[k]`
 * numbers case k's outcome in the order outcomes first occur (so in the same way whatever the
 * order of the conditions). The array is working space, valid until the next call. */
export function splitCases(decisive: Iterable<Uint8Array>, count: number): { outcome: Int32Array; outcomes: number } {
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
export interface PreparedMaterial {
  x: Inputs["materials"][number];
  /** Handed in only in a case stated in words (conditionalInWords). */
  inWords: boolean;
  /** An original the applicant hands in (a trip to a window), unless replaced. */
  original: boolean;
  when: Uint8Array;
  replacedWhen: Uint8Array[];
}

/** `originalsOnly`: only originals handed in are decided (`when` of the others is left empty). */
export function prepareMaterials(m: Inputs, truths: Truths, originalsOnly = false): { materials: PreparedMaterial[]; itemMaterials: number[][] } {
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

export const NOT_DECIDED = new Uint8Array(0);

/** Whether a taken commitment replaces a material in case k. */
export function replacedIn(replacedWhen: Uint8Array[], k: number): boolean {
  for (const w of replacedWhen) if (w[k] === 1) return true;
  return false;
}

/** A material's form that has the applicant bring the paper itself. */
export function isOriginal(form: Material["form"]): boolean {
  return form === "原件" || form === "原件及复印件";
}

/** The trips the declarations derive: none for 免申办, none online unless an original is asked. */
export function derivedTrips(m: Inputs, online: boolean, originalAsked: boolean): number {
  return m.proactive ? 0 : online && !originalAsked ? 0 : 1;
}

/** 跨域办 寄递 that counts toward the limits (计入时限: 是): the file travels once, from the receiving
 * window to the handling place, before anything is handled, so its time lengthens every case's
 * critical path alike. Post that does not count, or has no time, adds nothing (basis.post keeps it
 * apart, as basis.uncounted does for special steps). */
function countedPost(m: Partial<Pick<Model, "crossRegion">>): { workdays: number; approximate: boolean } {
  const p = m.crossRegion?.post;
  return p?.counted && p.time ? { workdays: p.time.workdays, approximate: p.time.approximate } : { workdays: 0, approximate: false };
}
