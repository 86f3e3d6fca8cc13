// Every combination of answers that the conditions of a model can tell apart: yes/no both ways,
// each single option and "unanswered", the subsets of the multiple-choice options that conditions
// mention, numbers just around each value compared with, and each commitment taken or declined.
import { subjects } from "../../../compiler/conditions.js";
import type { Answer, Cond, Model } from "../../../compiler/model.js";

export type Answers = Record<string, Answer | undefined>;

function conditions(model: Model): Cond[] {
  return [
    ...model.items.map((i) => i.when),
    ...model.materials.flatMap((m) => [m.neededWhen, m.uploadWhen]),
    ...model.fields.map((f) => f.neededWhen),
    ...model.commitments.map((c) => c.offeredWhen),
  ];
}

function leaves(c: Cond, into: Cond[] = []): Cond[] {
  if (c.op === "and" || c.op === "or") c.args.forEach((a) => leaves(a, into));
  else if (c.op === "not") leaves(c.arg, into);
  else if (c.op !== "true" && c.op !== "false") into.push(c);
  return into;
}

function subsets<T>(xs: T[]): T[][] {
  return xs.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]]);
}

/** The values worth trying for each answer the conditions read. */
export function candidateValues(model: Model): Map<string, (Answer | undefined)[]> {
  const all = conditions(model).flatMap((c) => leaves(c));
  const read = new Set<string>();
  conditions(model).forEach((c) => subjects(c, read));
  const values = new Map<string, (Answer | undefined)[]>();
  for (const s of model.situations) {
    if (!read.has(s.name)) {
      // No condition reads it: one plausible answer is enough.
      values.set(s.name, [s.default ?? (s.type === "single" ? s.options![0] : s.type === "number" ? 0 : s.type === "multiple" ? [] : false)]);
      continue;
    }
    const mine = all.filter((c) => "subject" in c && c.subject === s.name);
    if (s.type === "yesno") values.set(s.name, [true, false]);
    // Unanswered only when there is no default: renderers start from the default.
    else if (s.type === "single") values.set(s.name, [...(s.options ?? []), ...(s.default === undefined ? [undefined] : [])]);
    else if (s.type === "multiple") {
      const mentioned = [...new Set(mine.flatMap((c) => (c.op === "contains" ? [c.value] : [])))];
      values.set(s.name, subsets(mentioned));
    } else {
      const compared = [...new Set(mine.flatMap((c) => ("value" in c && typeof c.value === "number" ? [c.value] : [])))];
      values.set(s.name, [...new Set(compared.flatMap((v) => [v - 1, v, v + 1]))].sort((a, b) => a - b));
    }
  }
  for (const c of model.commitments.filter((c) => read.has(c.name))) values.set(c.name, [true, false]);
  return values;
}

/** The cartesian product of the candidate values, capped by taking every k-th combination. */
export function combinations(model: Model, limit = 600): Answers[] {
  let out: Answers[] = [{}];
  for (const [name, vs] of candidateValues(model)) out = out.flatMap((a) => vs.map((v) => ({ ...a, [name]: v })));
  if (out.length <= limit) return out;
  const step = out.length / limit;
  return Array.from({ length: limit }, (_, i) => out[Math.floor(i * step)]);
}

/** Drops unanswered questions, as a form's data would not hold them. */
export function asData(a: Answers): Record<string, Answer> {
  return Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as Record<string, Answer>;
}
