// What a staff task shows of the application (最小必要). The lead department's own steps (统一受理,
// 补正, 统一出件) see the whole application; a department handling one sub-item sees the answers
// that decide what applies, the commitments, and only the fields and materials that sub-item
// asks for; a deferred material's supply, a commitment's check and a 督办 see those of the
// sub-items they concern. Besides keeping each department to what it needs, this keeps the staff
// forms' size linear in the sub-items (every task carrying the whole application made the
// forms of a matter grow as sub-items²).
//
// Staff see the application without the person's own confirmation (proactive.ts), and with the
// fields of a sub-item granted without application (免申办): confirmed from data, never asked of the
// applicant, but the department reviewing that sub-item decides on them (staffPlan).
import type { Model } from "../../compiler/model.js";
import { planForm, type FormPlan, type Section } from "./plan.js";
import type { StaffTask } from "./tasks.js";

/** Whether staff see more of the application than the applicant's form asks: a sub-item granted
 * without application has fields the form does not ask for. */
export const staffSeeMore = (model: Pick<Model, "items">): boolean => model.items.some((i) => i.proactive);

/** The application as staff see it, given the applicant's plan of the same build (its notice is
 * kept). Without a sub-item granted from data, the applicant's plan less its confirmation. */
export function staffPlan(model: Model, plan: FormPlan): FormPlan {
  if (staffSeeMore(model)) {
    const staff = planForm(model, "staff");
    return plan.notice ? { ...staff, notice: plan.notice } : staff;
  }
  return plan.sections.some((s) => s.kind === "confirmation") ? { ...plan, sections: plan.sections.filter((s) => s.kind !== "confirmation") } : plan;
}

/** The sub-items whose part of the application a task needs; undefined: the whole application. */
export function taskScope(model: Model, task: StaffTask): Set<string> | undefined {
  if (task.kind === "accept" || task.kind === "issue" || task.kind === "correct") return undefined;
  return scopesOf(model).get(task.id);
}

const scopes = new WeakMap<Model, Map<string, Set<string>>>();

/** Every scoped task id of the matter with its sub-items, built once per model (looking each task
 * up in every sub-item made the forms grow as sub-items²). The first owner wins, in the order
 * sub-items, deferred materials, commitments. */
function scopesOf(model: Model): Map<string, Set<string>> {
  let known = scopes.get(model);
  if (known) return known;
  known = new Map();
  const put = (id: string, items: () => Set<string>): void => {
    if (!known!.has(id)) known!.set(id, items());
  };
  for (const i of model.items) {
    put(i.id, () => new Set([i.name]));
    put(`${i.id}_urge`, () => new Set([i.name]));
    for (const s of i.specialSteps ?? []) put(s.id, () => new Set([i.name]));
  }
  for (const m of model.materials) put(`${m.id}_supply`, () => new Set(m.askedBy));
  const materialAskedBy = new Map<string, string[]>();
  for (const m of model.materials) if (!materialAskedBy.has(m.name)) materialAskedBy.set(m.name, m.askedBy);
  for (const c of model.commitments) {
    const items = (): Set<string> => {
      const out = new Set<string>();
      for (const name of c.replaces) for (const i of materialAskedBy.get(name) ?? []) out.add(i);
      for (const s of c.replacesSteps ?? []) if (s.item) out.add(s.item);
      return out;
    };
    put(`${c.id}_check`, items);
    put(`${c.id}_urge`, items);
  }
  scopes.set(model, known);
  return known;
}

const cache = new WeakMap<FormPlan, Map<string, FormPlan>>();

/** The plan a task's form shows: `plan` itself for the whole application, else its part. The same
 * scope gives the same plan object, so renderings cached per plan are shared between tasks. */
export function taskPlan(plan: FormPlan, model: Model, task: StaffTask): FormPlan {
  const scope = taskScope(model, task);
  if (!scope) return plan;
  const key = [...scope].sort().join("\u0000");
  let byScope = cache.get(plan);
  if (!byScope) cache.set(plan, (byScope = new Map()));
  let out = byScope.get(key);
  if (!out) byScope.set(key, (out = restrict(plan, model, scope)));
  return out;
}

/** Where each sub-item's questions sit in a plan, so that a task's part costs what it keeps. */
interface PlanIndex {
  /** Per sub-item, the [section, question] positions of the fields and materials it asks for. */
  byItem: Map<string, [number, number][]>;
  /** Positions kept in every part: questions that are neither a field nor a material. */
  always: [number, number][];
  /** Sections shown whole (situations, commitments). */
  whole: number[];
  /** Per sub-item, its own 不予受理 cases' ids. */
  exitsByItem: Map<string, string[]>;
}

const indexes = new WeakMap<FormPlan, PlanIndex>();

function indexOf(plan: FormPlan, model: Model): PlanIndex {
  let known = indexes.get(plan);
  if (known) return known;
  const fieldAskedBy = new Map(model.fields.map((f) => [f.path, f.askedBy]));
  const materialAskedBy = new Map(model.materials.map((m) => [m.name, m.askedBy]));
  known = { byItem: new Map(), always: [], whole: [], exitsByItem: new Map() };
  const at = (item: string, pos: [number, number]): void => {
    const list = known!.byItem.get(item);
    if (list) list.push(pos);
    else known!.byItem.set(item, [pos]);
  };
  plan.sections.forEach((s, n) => {
    if (s.kind === "situations" || s.kind === "commitments") return void known!.whole.push(n);
    s.questions.forEach((q, k) => {
      if (q.source !== "field" && q.source !== "material") return void known!.always.push([n, k]);
      for (const i of new Set((q.source === "field" ? fieldAskedBy : materialAskedBy).get(q.name) ?? [])) at(i, [n, k]);
    });
  });
  for (const c of model.inadmissible) {
    if (c.item === undefined) continue;
    const list = known.exitsByItem.get(c.item) ?? [];
    known.exitsByItem.set(c.item, [...list, c.id]);
  }
  indexes.set(plan, known);
  return known;
}

function restrict(plan: FormPlan, model: Model, items: Set<string>): FormPlan {
  const index = indexOf(plan, model);
  // The kept questions per section, in the plan's order.
  const kept = new Map<number, Set<number>>();
  const keep = ([n, k]: [number, number]): void => {
    const s = kept.get(n);
    if (s) s.add(k);
    else kept.set(n, new Set([k]));
  };
  for (const i of items) for (const pos of index.byItem.get(i) ?? []) keep(pos);
  for (const pos of index.always) keep(pos);
  const order = [...new Set([...index.whole, ...kept.keys()])].sort((a, b) => a - b);
  const sections: Section[] = [];
  for (const n of order) {
    const s = plan.sections[n];
    if (s.kind === "situations" || s.kind === "commitments") {
      sections.push(s);
      continue;
    }
    const questions = [...kept.get(n)!].sort((a, b) => a - b).map((k) => s.questions[k]);
    sections.push({ ...s, questions });
  }
  const shown = new Set(sections.map((s) => s.id));
  // The 不予受理 cases of these sub-items only: the matter's own were decided at 统一受理.
  const own = new Set([...items].flatMap((i) => index.exitsByItem.get(i) ?? []));
  const exits = own.size ? (plan.exits ?? []).filter((e) => own.has(e.id)).map((e) => (e.after && !shown.has(e.after) ? { ...e, after: undefined } : e)) : [];
  const { exits: _all, ...rest } = plan;
  void _all;
  return { ...rest, sections, ...(exits.length ? { exits } : {}) };
}
