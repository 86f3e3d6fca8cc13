// 情形引导: each question, and what each answer changes for the applicant. Worked out by evaluating
// the model's conditions, not by reading them: every other answer stays as in the headline case,
// only this question's answer changes. An answer adds what none of the others' common part has, and
// removes only what every other answer would need: another branch's own materials are not "removed".
// Materials are those the applicant supplies (a department fetches the rest: not the applicant's
// concern); one a commitment can replace is still the applicant's to hand in or commit to.
import { evaluate, subjects } from "../../compiler/conditions.js";
import type { Answer, Cond, Model, Situation } from "../../compiler/model.js";
import { describe } from "../conditions/sentence.js";
import type { Answers } from "./answers.js";
import { sentenceContext } from "./materials.js";
import { SITUATION_TYPE_LABEL } from "./words.js";

export interface AnswerEffect {
  /** "是", "热食类", "营业面积大于50". */
  label: string;
  /** How the answer is said: "回答“是”", "选择“热食类”", "营业面积大于50时". */
  text: string;
  /** The effects as phrases ("增加子事项 户外招牌设置"); empty when the answer changes nothing. */
  effects: string[];
  addsItems: string[];
  addsMaterials: string[];
  removesItems: string[];
  removesMaterials: string[];
  /** True when the answer changes nothing. */
  none: boolean;
}

export interface SituationView {
  name: string;
  id: string;
  question: string;
  type: string;
  options: string[];
  /** For multiple choice, effects are those of choosing each option (compared with choosing none). */
  multiple: boolean;
  answers: AnswerEffect[];
}

interface Case {
  items: Set<string>;
  materials: Set<string>;
}

export function situationViews(model: Model, base: Answers): SituationView[] {
  return model.situations.map((s) => ({
    name: s.name,
    id: s.id,
    question: s.question,
    type: SITUATION_TYPE_LABEL[s.type],
    options: s.options ?? [],
    multiple: s.type === "multiple",
    answers: effects(model, s, base),
  }));
}

function caseFor(model: Model, answers: Answers): Case {
  return {
    items: new Set(model.items.filter((i) => evaluate(i.when, answers)).map((i) => i.name)),
    materials: new Set(model.materials.filter((m) => m.fromApplicant && evaluate(m.neededWhen, answers)).map((m) => m.name)),
  };
}

function effects(model: Model, s: Situation, base: Answers): AnswerEffect[] {
  const choices = answerChoices(model, s);
  const cases = choices.map((c) => caseFor(model, { ...base, [s.name]: c.value }));
  // Multiple choice compares each option with choosing none; the others compare the answers with
  // each other: what every answer shares is not an effect of the answer.
  const noneChosen = s.type === "multiple" ? caseFor(model, { ...base, [s.name]: [] }) : undefined;
  const common = noneChosen ?? intersect(cases);
  return choices.map((c, i) => {
    const k = cases[i];
    // What every other answer needs (for multiple choice: what choosing none needs).
    const others = noneChosen ?? intersect(cases.filter((_, j) => j !== i));
    const addsItems = minus(k.items, common.items);
    const addsMaterials = minus(k.materials, common.materials);
    const removesItems = minus(others.items, k.items);
    const removesMaterials = minus(others.materials, k.materials);
    const none = addsItems.length + addsMaterials.length + removesItems.length + removesMaterials.length === 0;
    const effects = [
      addsItems.length ? `增加子事项 ${addsItems.join("、")}` : "",
      addsMaterials.length ? `增加材料 ${addsMaterials.join("、")}` : "",
      removesItems.length ? `无需办理 ${removesItems.join("、")}` : "",
      removesMaterials.length ? `无需提交 ${removesMaterials.join("、")}` : "",
    ].filter((e) => e !== "");
    const text = s.type === "number" ? `${c.label}时` : s.type === "multiple" ? `选择“${c.label}”` : `回答“${c.label}”`;
    return { label: c.label, text, effects, addsItems, addsMaterials, removesItems, removesMaterials, none };
  });
}

interface Choice {
  label: string;
  value: Answer;
}

function answerChoices(model: Model, s: Situation): Choice[] {
  switch (s.type) {
    case "yesno":
      return [
        { label: "是", value: true },
        { label: "否", value: false },
      ];
    case "single":
      return (s.options ?? []).map((o) => ({ label: o, value: o }));
    case "multiple":
      return (s.options ?? []).map((o) => ({ label: o, value: [o] }));
    case "number":
      return numberRanges(model, s);
  }
}

/**
 * A number is split at the values the conditions compare it with. Each range is named by the
 * comparisons that hold in it ("营业面积大于50"), so a range is as fine as the conditions make it.
 */
function numberRanges(model: Model, s: Situation): Choice[] {
  const leaves = numericLeaves(model, s.name);
  if (leaves.length === 0) return [];
  const cuts = [...new Set(leaves.map((l) => l.value))].sort((a, b) => a - b);
  const samples: number[] = [cuts[0] - 1];
  cuts.forEach((t, i) => samples.push(t, i + 1 < cuts.length ? (t + cuts[i + 1]) / 2 : t + 1));
  const ctx = sentenceContext(model);
  const out: Choice[] = [];
  for (const x of samples) {
    const label = leaves.map((l) => describe(evaluate(l, { [s.name]: x }) ? l : { op: "not", arg: l }, ctx)).join("且");
    if (!out.some((c) => c.label === label)) out.push({ label, value: x });
  }
  return out;
}

type NumberLeaf = Extract<Cond, { op: "gt" | "ge" | "lt" | "le" }> | (Extract<Cond, { op: "eq" | "ne" }> & { value: number });

function numericLeaves(model: Model, subject: string): NumberLeaf[] {
  const found = new Map<string, NumberLeaf>();
  const visit = (c: Cond): void => {
    if (c.op === "and" || c.op === "or") c.args.forEach(visit);
    else if (c.op === "not") visit(c.arg);
    else if ("subject" in c && c.subject === subject && "value" in c && typeof c.value === "number") {
      // "不大于50" and "大于50" split at the same place: keep one comparison per value and kind.
      const norm = c.op === "le" ? { ...c, op: "gt" as const } : c.op === "lt" ? { ...c, op: "ge" as const } : c.op === "ne" ? { ...c, op: "eq" as const } : c;
      found.set(JSON.stringify(norm), norm as NumberLeaf);
    }
  };
  const conds = [...model.items.map((i) => i.when), ...model.materials.flatMap((m) => [m.when, m.neededWhen]), ...model.commitments.map((c) => c.offeredWhen)];
  conds.filter((c) => subjects(c).has(subject)).forEach(visit);
  return [...found.values()].sort((a, b) => a.value - b.value || a.op.localeCompare(b.op));
}

function intersect(cases: Case[]): Case {
  if (cases.length === 0) return { items: new Set(), materials: new Set() };
  const keep = (pick: (c: Case) => Set<string>) => new Set([...pick(cases[0])].filter((x) => cases.every((c) => pick(c).has(x))));
  return { items: keep((c) => c.items), materials: keep((c) => c.materials) };
}

/** Members of a not in b, in the order of a (which follows the model's declaration order). */
function minus(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((x) => !b.has(x));
}
