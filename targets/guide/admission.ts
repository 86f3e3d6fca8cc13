// Acceptance, correction and refusal as people read them: the cases in which an application is not
// accepted (不予受理情形, with 去向 and 依据), the correction rules (补正), and what a refusal of a
// sub-item (不予许可) does to the rest of the matter. Only what the office declared is said: a
// sub-item whose refusal effect is not declared is not described as if it were decided.
// The guide lists everything; the notice only what can still apply to the applicant's case.
import { evaluate } from "../../compiler/conditions.js";
import type { Answer, Cond, Correction, Inadmissible, Item, Model } from "../../compiler/model.js";
import { conditionSentence, describe } from "../conditions/sentence.js";
import { sentenceContext } from "./materials.js";
import { durationText } from "./words.js";
import { allDependencies } from "../process/decisions.js";

export interface InadmissibleView {
  id: string;
  /** The case in words, as declared. */
  name: string;
  /** Its condition as a sentence ("如申请人年龄小于16周岁"), where it says more than the name;
   * for a sub-item's case, without the sub-item's own condition (said with the sub-item). */
  condition?: string;
  /** 去向, where declared. */
  redirect?: string;
  basis: string[];
  /** The sub-item it belongs to, if any. */
  item?: string;
}

export interface CorrectionView {
  /** 可补正: what can be corrected. */
  what: string[];
  /** "5个工作日", where declared. */
  within?: string;
  /** "当场或5个工作日", where declared. */
  noticeWithin?: string;
  /** 逾期: the declared consequence, if any. */
  late?: string;
  basis: string[];
  /** The rule in sentences, for the guide and the work guide. */
  sentences: string[];
}

export interface RefusalView {
  item: string;
  /** 终止办理, 跳过后续 or 继续办理. */
  effect: string;
  /** What happens, in a sentence. */
  text: string;
  /** For 跳过后续: the sub-items no longer handled. */
  skipped: string[];
}

export interface AdmissionView {
  /** The matter's own cases. */
  cases: InadmissibleView[];
  /** Each sub-item's cases, sub-items in order, only those with cases. */
  itemCases: { item: string; condition?: string; cases: InadmissibleView[] }[];
  correction?: CorrectionView;
  /** Sub-items whose refusal effect is declared, in order. */
  refusals: RefusalView[];
  /** Sub-items whose refusal effect is not declared (nothing is said about them as if decided). */
  refusalUndeclared: string[];
  /** Whether there is any 不予受理情形, the matter's or a sub-item's. */
  hasCases: boolean;
  /** Whether any of it is declared. */
  any: boolean;
}

/** The condition of a sub-item's case without the sub-item's own condition, which `when` includes. */
function ownCondition(model: Model, c: Inadmissible): Cond {
  const item = c.item ? model.items.find((i) => i.name === c.item) : undefined;
  if (!item || item.when.op === "true" || c.when.op !== "and") return c.when;
  const key = (x: Cond) => JSON.stringify(x);
  const drop = new Set((item.when.op === "and" ? item.when.args : [item.when]).map(key));
  const rest = c.when.args.filter((a) => !drop.has(key(a)));
  return rest.length === 0 ? { op: "true" } : rest.length === 1 ? rest[0] : { op: "and", args: rest };
}

export function inadmissibleView(model: Model, c: Inadmissible): InadmissibleView {
  const ctx = sentenceContext(model);
  const own = ownCondition(model, c);
  const sentence = own.op === "true" || own.op === "false" ? "" : describe(own, ctx);
  // A condition that only restates the name adds nothing ("仅销售预包装食品，不需要…" already says
  // "如选择仅销售预包装食品").
  const bare = sentence.replace(/^选择/, "");
  const condition = sentence && !c.name.includes(bare) ? `如${sentence}` : undefined;
  return { id: c.id, name: c.name, ...(condition ? { condition } : {}), ...(c.redirect ? { redirect: c.redirect } : {}), basis: c.basis, ...(c.item ? { item: c.item } : {}) };
}

export function correctionView(c: Correction): CorrectionView {
  const within = c.within ? durationText(c.within) : undefined;
  const noticeWithin = c.noticeWithin ? (c.noticeWithin.value === 0 ? "当场" : `当场或${durationText(c.noticeWithin)}内`) : undefined;
  const sentences = [
    c.what.length ? `可以补正的情形：${c.what.join("；")}` : "",
    noticeWithin ? `窗口在${noticeWithin}一次性告知申请人需要补正的全部内容` : "窗口一次性告知申请人需要补正的全部内容",
    within ? `申请人应自收到补正告知书之日起${within}内补正` : "",
    "补正所用的时间不计入办理时限",
    c.late ? `逾期未补正的：${c.late}` : "",
    c.basis.length ? `依据：${c.basis.join("；")}` : "",
  ].filter((s) => s !== "");
  return { what: c.what, ...(within ? { within } : {}), ...(noticeWithin ? { noticeWithin } : {}), ...(c.late ? { late: c.late } : {}), basis: c.basis, sentences };
}

/** The sub-items that cannot go on without this one's result (前置 or 前序产出, as a material or a
 * prefilled field, transitively): the process's own closure, so the guide and the gateways agree. */
export function dependents(model: Model, name: string): string[] {
  const all = allDependencies(model);
  return model.items.filter((i) => i.name !== name && all.get(i.name)?.has(name)).map((i) => i.name);
}

/** `applies`: for one case (the notice), only the sub-items of that case are named as skipped. */
export function refusalView(model: Model, i: Item, applies: (item: string) => boolean = () => true): RefusalView {
  const effect = i.onRefusal.effect;
  if (effect === "终止办理") return { item: i.name, effect, text: "不予许可的，整件事终止办理，其他子事项不再办理", skipped: [] };
  if (effect === "继续办理") return { item: i.name, effect, text: "不予许可的，只有本子事项不予办理，其他子事项继续办理，已准予的照常出件", skipped: [] };
  const skipped = dependents(model, i.name).filter(applies);
  const text = skipped.length
    ? `不予许可的，依赖其结果的${skipped.join("、")}不再办理，其他子事项继续办理，已准予的照常出件`
    : "不予许可的，没有依赖其结果的子事项，其他子事项继续办理，已准予的照常出件";
  return { item: i.name, effect, text, skipped };
}

export function admissionView(model: Model): AdmissionView {
  const ctx = sentenceContext(model);
  const views = model.inadmissible.map((c) => inadmissibleView(model, c));
  const cases = views.filter((v) => !v.item);
  const itemCases = model.items
    .map((i) => ({ item: i.name, condition: conditionSentence(i.when, ctx) || undefined, cases: views.filter((v) => v.item === i.name) }))
    .filter((g) => g.cases.length > 0)
    .map((g) => (g.condition ? g : { item: g.item, cases: g.cases }));
  const refusals = model.items.filter((i) => i.onRefusal.declared).map((i) => refusalView(model, i));
  const refusalUndeclared = refusals.length ? model.items.filter((i) => !i.onRefusal.declared).map((i) => i.name) : [];
  const correction = model.correction ? correctionView(model.correction) : undefined;
  return {
    cases,
    itemCases,
    ...(correction ? { correction } : {}),
    refusals,
    refusalUndeclared,
    hasCases: views.length > 0,
    any: views.length > 0 || correction !== undefined || refusals.length > 0,
  };
}

/**
 * Three-valued: does the condition hold for these answers? `undefined` when it depends on a form
 * field (which a notice does not know) and the answers do not decide it either way.
 */
export function decide(c: Cond, answers: Record<string, Answer>): boolean | undefined {
  switch (c.op) {
    case "and": {
      let unknown = false;
      for (const a of c.args) {
        const v = decide(a, answers);
        if (v === false) return false;
        if (v === undefined) unknown = true;
      }
      return unknown ? undefined : true;
    }
    case "or": {
      let unknown = false;
      for (const a of c.args) {
        const v = decide(a, answers);
        if (v === true) return true;
        if (v === undefined) unknown = true;
      }
      return unknown ? undefined : false;
    }
    case "not": {
      const v = decide(c.arg, answers);
      return v === undefined ? undefined : !v;
    }
    case "true":
    case "false":
      return c.op === "true";
    default:
      return c.field ? undefined : evaluate(c, answers);
  }
}

/** For the notice: the cases that apply to these answers for certain, and those that depend on
 * what the applicant fills in (said with their condition). Cases the answers rule out are left out. */
export function casesFor(model: Model, answers: Record<string, Answer>): { applies: InadmissibleView[]; possible: InadmissibleView[] } {
  const applies: InadmissibleView[] = [];
  const possible: InadmissibleView[] = [];
  for (const c of model.inadmissible) {
    const v = decide(c.when, answers);
    if (v === true) applies.push(inadmissibleView(model, c));
    else if (v === undefined) possible.push(inadmissibleView(model, c));
  }
  return { applies, possible };
}
