// The cases each eligibility table is evaluated on, and what the compiler says of each. Values per
// column: every number a rule tests and its neighbours (±1, and ±0.5 where the field takes
// fractions), every option and every text a rule names plus one it does not, yes and no, empty
// and full lists; and always the value missing. Every single-column variation of a few base
// cases, then seeded random combinations: many cases per decision, reproducible run to run.
import { evaluate, subjects } from "../../compiler/conditions.js";
import type { Cond, EligibilityRule, Model, Proactive } from "../../compiler/model.js";
import { eligibilityDecisions } from "../../targets/dmn/index.js";

export interface DmnCase {
  /** Nested application data (dotted keys nest); a missing value is absent. */
  data: Record<string, unknown>;
  expected: { 符合: boolean; 未满足条件: string | null };
}

export interface DecisionCases {
  matter: string;
  decision: string;
  cases: DmnCase[];
}

const MISSING = Symbol("missing");
type Value = unknown | typeof MISSING;

/** The compiler's verdict: the first rule that does not hold, in declaration order. */
export function oracle(rules: EligibilityRule[], data: Record<string, unknown>): DmnCase["expected"] {
  const failed = rules.find((r) => !evaluate(r.when, data));
  return { 符合: !failed, 未满足条件: failed ? failed.name : null };
}

function tests(c: Cond, out: Extract<Cond, { subject: string }>[] = []): Extract<Cond, { subject: string }>[] {
  if (c.op === "and" || c.op === "or") c.args.forEach((a) => tests(a, out));
  else if (c.op === "not") tests(c.arg, out);
  else if (c.op !== "true" && c.op !== "false") out.push(c);
  return out;
}

function valuesOf(model: Model, subject: string, ts: Extract<Cond, { subject: string }>[]): Value[] {
  const field = model.fields.find((f) => f.key === subject);
  const situation = model.situations.find((s) => s.name === subject);
  const type = field?.type ?? situation?.type;
  const options = field?.options ?? situation?.options ?? [];
  const named = ts.flatMap((t) => ("values" in t ? t.values : "value" in t && typeof t.value === "string" ? [t.value] : []));
  const numbers = ts.flatMap((t) => ("value" in t && typeof t.value === "number" ? [t.value] : []));
  if (type === "boolean" || type === "yesno" || ts.some((t) => "value" in t && typeof t.value === "boolean")) return [true, false, MISSING];
  if (type === "multiple" || ts.some((t) => t.op === "contains")) {
    const all = [...new Set([...options, ...named])];
    return [[], ...all.map((o) => [o]), all, [all[0], "其他"], MISSING];
  }
  if (numbers.length > 0) {
    const steps = type === "integer" ? [-1, 0, 1] : [-1, -0.5, 0, 0.5, 1];
    return [...new Set(numbers.flatMap((n) => steps.map((s) => n + s))), MISSING];
  }
  return [...new Set<Value>([...options, ...named, "其他情况"]), MISSING];
}

function setPath(data: Record<string, unknown>, key: string, v: unknown): void {
  const parts = key.split(".");
  let o = data;
  for (const p of parts.slice(0, -1)) o = (o[p] ??= {}) as Record<string, unknown>;
  o[parts[parts.length - 1]] = v;
}

/** A small deterministic generator (mulberry32), so a failing case comes back the next run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function casesOf(model: Model, proactive: Proactive, max = 1500): DmnCase[] {
  const keys = [...new Set(proactive.rules.flatMap((r) => [...subjects(r.when)]))];
  const domain = keys.map((k) => valuesOf(model, k, proactive.rules.flatMap((r) => tests(r.when)).filter((t) => t.subject === k)));
  const choices: number[][] = [];
  const seen = new Set<string>();
  const add = (c: number[]) => {
    const key = c.join(",");
    if (!seen.has(key)) (seen.add(key), choices.push(c));
  };
  const total = domain.reduce((n, d) => n * d.length, 1);
  if (total <= max) {
    // Every combination.
    const walk = (i: number, acc: number[]) => (i === keys.length ? add(acc) : domain[i].forEach((_, j) => walk(i + 1, [...acc, j])));
    walk(0, []);
  } else {
    const next = random(keys.length * 7919 + total);
    const bases = [keys.map(() => 0), keys.map((_, i) => domain[i].length - 1), ...[1, 2, 3].map(() => keys.map((_, i) => Math.floor(next() * domain[i].length)))];
    for (const b of bases) for (let i = 0; i < keys.length; i++) for (let j = 0; j < domain[i].length; j++) add(b.map((x, k) => (k === i ? j : x)));
    while (choices.length < max) add(keys.map((_, i) => Math.floor(next() * domain[i].length)));
  }
  return choices.map((c) => {
    const data: Record<string, unknown> = {};
    c.forEach((j, i) => domain[i][j] !== MISSING && setPath(data, keys[i], domain[i][j]));
    return { data, expected: oracle(proactive.rules, data) };
  });
}

/** Every decision of a matter with its cases. */
export function decisionCases(matter: string, model: Model, max?: number): DecisionCases[] {
  return eligibilityDecisions(model).map((d) => ({ matter, decision: d.id, cases: casesOf(model, d.proactive, max) }));
}
