// The finite answers a matter distinguishes. Only answers some condition tells apart are
// enumerated: a yes/no both ways; a single choice by each option named in a condition (plus one
// representative of the rest); a multiple choice by each named option, chosen or not; a number
// at and around each value it is compared with. The product is bounded.
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
  const dimensions = situations.filter((s) => mentions.has(s.name)).map((s) => ({ name: s.name, answers: answersFor(s, mentions.get(s.name)!) }));
  const total = dimensions.reduce((n, d) => n * d.answers.length, 1);
  const combinations: Record<string, Answer>[] = [];
  const indices = dimensions.map(() => 0);
  for (let k = 0; k < Math.min(total, limit); k++) {
    const combo: Record<string, Answer> = {};
    for (let i = 0; i < dimensions.length; i++) combo[dimensions[i].name] = dimensions[i].answers[indices[i]];
    combinations.push(combo);
    // Odometer, last dimension fastest.
    for (let i = dimensions.length - 1; i >= 0; i--) {
      if (++indices[i] < dimensions[i].answers.length) break;
      indices[i] = 0;
    }
  }
  return { dimensions, combinations, total };
}
