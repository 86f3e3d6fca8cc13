// The finite answers a matter distinguishes. Only answers some condition tells apart are
// enumerated: a yes/no both ways; a single choice by each option named in a condition (plus one
// representative of the rest); a multiple choice by each named option, chosen or not; a number
// at and around each value it is compared with. The product is bounded.
import { mapList } from "./arrays.js";
import { evaluate, testValue } from "./conditions.js";
import type { Answer, Cond, Situation } from "./model.js";

export const COMBINATION_LIMIT = 4096;

interface Mention {
  options: Set<string>;
  numbers: Set<number>;
}

function collect(c: Cond, into: Map<string, Mention>): void {
  switch (c.op) {
    case "and":
    case "or":
      c.args.forEach((a) => collect(a, into));
      return;
    case "not":
      collect(c.arg, into);
      return;
    case "true":
    case "false":
      return;
  }
  // A form field's value is not an answer: the figures never enumerate it.
  if (c.field) return;
  let m = into.get(c.subject);
  if (!m) into.set(c.subject, (m = { options: new Set(), numbers: new Set() }));
  if (c.op === "in") c.values.forEach((v) => m!.options.add(v));
  else if (typeof c.value === "number") m.numbers.add(c.value);
  else if (typeof c.value === "string") m.options.add(c.value);
}

function answersFor(s: Situation, m: Mention): Answer[] {
  switch (s.type) {
    case "yesno":
      return [true, false];
    case "single": {
      const opts = s.options ?? [];
      const named = opts.filter((o) => m.options.has(o));
      const rest = opts.find((o) => !m.options.has(o));
      return rest === undefined ? named : [...named, rest];
    }
    case "multiple": {
      const named = (s.options ?? []).filter((o) => m.options.has(o));
      // All subsets of the named options, the fullest first.
      const out: string[][] = [];
      for (let mask = (1 << named.length) - 1; mask >= 0; mask--) out.push(named.filter((_, i) => mask & (1 << (named.length - 1 - i))));
      return out;
    }
    case "number": {
      const vs = [...m.numbers].sort((a, b) => a - b);
      if (!vs.length) return [0];
      const out: number[] = [vs[0] - 1];
      vs.forEach((v, i) => {
        out.push(v);
        out.push(i + 1 < vs.length ? (v + vs[i + 1]) / 2 : v + 1);
      });
      return out;
    }
  }
}

export interface Enumeration {
  /** The situations enumerated, in declaration order. */
  dimensions: { name: string; answers: Answer[] }[];
  /** Every combination (up to the limit), in order: first answers first. */
  combinations: Record<string, Answer>[];
  /** Total number of combinations before the limit. */
  total: number;
}

export function enumerate(situations: Situation[], conditions: Cond[], limit = COMBINATION_LIMIT): Enumeration {
  const mentions = new Map<string, Mention>();
  conditions.forEach((c) => collect(c, mentions));
  const dimensions = mapList(situations.filter((s) => mentions.has(s.name)), (s) => ({ name: s.name, answers: answersFor(s, mentions.get(s.name)!) }));
  const total = dimensions.reduce((n, d) => n * d.answers.length, 1);
  const count = Math.min(total, limit);
  const combinations: Record<string, Answer>[] = new Array(count);
  const indices = mapList(dimensions, () => 0);
  // Each name as a property key once (the engine's own copy of the string): a key read from the
  // source would be looked up in the engine's string table again at every combination.
  const keys = mapList(dimensions, (d) => propertyKey(d.name));
  const answers = mapList(dimensions, (d) => d.answers);
  for (let k = 0; k < count; k++) {
    const combo: Record<string, Answer> = {};
    for (let i = 0; i < keys.length; i++) combo[keys[i]] = answers[i][indices[i]];
    combinations[k] = combo;
    // Odometer, last dimension fastest.
    for (let i = dimensions.length - 1; i >= 0; i--) {
      if (++indices[i] < dimensions[i].answers.length) break;
      indices[i] = 0;
    }
  }
  return { dimensions, combinations, total };
}

/** The same string as an object's property key has it. */
function propertyKey(name: string): string {
  return Object.keys({ [name]: 0 })[0];
}

/** Where a condition holds among the combinations: one byte per combination, 1 where it holds. */
export type Truths = (c: Cond) => Uint8Array;

const NO_ANSWERS: Readonly<Record<string, unknown>> = {};

/**
 * Decides conditions over all the combinations of an enumeration at once, as `evaluate` decides
 * them over each combination's record with the answers named in `taken` (commitments) set to yes.
 * A test reads one situation, so it is decided once per answer of that situation, not once per
 * combination; a condition object met again (a sub-item's, shared by its materials) is decided
 * once. The answer is kept per condition object for the enumeration's life.
 */
export function truthsOf(e: Enumeration, taken: readonly string[] = []): Truths {
  const count = e.combinations.length;
  const dims = e.dimensions;
  const cache = new Map<Cond, Uint8Array>();
  // A name that is no plain key (`__proto__`) is read as the record would read it: case by case.
  if (dims.some((d) => d.name === "__proto__") || taken.includes("__proto__")) {
    const records = e.combinations.map((c) => {
      const r: Record<string, unknown> = { ...c };
      for (const t of taken) r[t] = true;
      return r;
    });
    return (c) => {
      let out = cache.get(c);
      if (!out) {
        out = new Uint8Array(count);
        for (let k = 0; k < count; k++) out[k] = evaluate(c, records[k]) ? 1 : 0;
        cache.set(c, out);
      }
      return out;
    };
  }
  const dimOf = new Map(dims.map((d, i) => [d.name, i]));
  const stride = new Array<number>(dims.length);
  for (let i = dims.length - 1, s = 1; i >= 0; i--) (stride[i] = s), (s *= dims[i].answers.length);
  const takenSet = new Set(taken);
  // What a test reads: a situation's answer (its index among the dimensions) or one value in
  // every combination: a taken commitment's yes, an absent answer, a field path into an answer.
  const read = (c: Extract<Cond, { subject: string }>): number | { value: unknown } => {
    const name = c.subject;
    if (c.field && name.includes(".")) return { value: undefined }; // no answer is a record
    if (takenSet.has(name)) return { value: true };
    const d = dimOf.get(name);
    if (d !== undefined) return d;
    return { value: c.field ? undefined : NO_ANSWERS[name] };
  };
  const of = (c: Cond): Uint8Array => {
    let out = cache.get(c);
    if (out) return out;
    out = new Uint8Array(count);
    switch (c.op) {
      case "true":
        out.fill(1);
        break;
      case "false":
        break;
      case "and": {
        out.fill(1);
        for (const a of c.args) {
          const v = of(a);
          for (let k = 0; k < count; k++) out[k] &= v[k];
        }
        break;
      }
      case "or":
        for (const a of c.args) {
          const v = of(a);
          for (let k = 0; k < count; k++) out[k] |= v[k];
        }
        break;
      case "not": {
        const v = of(c.arg);
        for (let k = 0; k < count; k++) out[k] = v[k] ^ 1;
        break;
      }
      default: {
        const source = read(c);
        if (typeof source !== "number") {
          if (testValue(c, source.value)) out.fill(1);
          break;
        }
        // The combinations run as an odometer: a situation's answer stays for `stride` of them.
        const answers = dims[source].answers;
        const s = stride[source];
        const holds = mapList(answers, (a) => (testValue(c, a) ? 1 : 0));
        for (let k = 0, a = 0; k < count; a = a + 1 === answers.length ? 0 : a + 1) {
          const end = Math.min(count, k + s);
          if (holds[a]) out.fill(1, k, end);
          k = end;
        }
      }
    }
    cache.set(c, out);
    return out;
  };
  return of;
}
