// What a staff task shows of the application (最小必要). The lead department's own steps (统一受理,
// 补正, 统一出件) see the whole application; a department handling one sub-item sees the answers
// that decide what applies, the commitments, and only the fields and materials that sub-item
// asks for; a deferred material's supply, a commitment's check and a 督办 see those of the
// sub-items they concern. Besides keeping each department to what it needs, this keeps the staff
// forms' size linear in the sub-items (every task carrying the whole application made the
// forms of a matter grow as sub-items²).
import type { Model } from "../../compiler/model.js";
import type { FormPlan, Section } from "./plan.js";
import type { StaffTask } from "./tasks.js";

/** The sub-items whose part of the application a task needs; undefined: the whole application. */
export function taskScope(model: Model, task: StaffTask): Set<string> | undefined {
  if (task.kind === "accept" || task.kind === "issue" || task.kind === "correct") return undefined;
  for (const i of model.items) {
    if (task.id === i.id || task.id === `${i.id}_urge` || i.specialSteps?.some((s) => s.id === task.id)) return new Set([i.name]);
  }
  for (const m of model.materials) if (task.id === `${m.id}_supply`) return new Set(m.askedBy);
  for (const c of model.commitments) {
    if (task.id === `${c.id}_check` || task.id === `${c.id}_urge`) {
      const items = new Set<string>();
      for (const name of c.replaces) for (const i of model.materials.find((m) => m.name === name)?.askedBy ?? []) items.add(i);
      for (const s of c.replacesSteps ?? []) if (s.item) items.add(s.item);
      return items;
    }
  }
  return undefined;
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

function restrict(plan: FormPlan, model: Model, items: Set<string>): FormPlan {
  const asks = (askedBy: string[] | undefined) => askedBy?.some((i) => items.has(i)) ?? false;
  const fieldAskedBy = new Map(model.fields.map((f) => [f.path, f.askedBy]));
  const materialAskedBy = new Map(model.materials.map((m) => [m.name, m.askedBy]));
  const sections: Section[] = [];
  for (const s of plan.sections) {
    if (s.kind === "situations" || s.kind === "commitments") {
      sections.push(s);
      continue;
    }
    const questions = s.questions.filter((q) =>
      q.source === "field" ? asks(fieldAskedBy.get(q.name)) : q.source === "material" ? asks(materialAskedBy.get(q.name)) : true,
    );
    if (questions.length) sections.push({ ...s, questions });
  }
  const kept = new Set(sections.map((s) => s.id));
  // The 不予受理 cases of these sub-items only: the matter's own were decided at 统一受理.
  const own = new Set(model.inadmissible.filter((c) => c.item !== undefined && items.has(c.item)).map((c) => c.id));
  const exits = (plan.exits ?? []).filter((e) => own.has(e.id)).map((e) => (e.after && !kept.has(e.after) ? { ...e, after: undefined } : e));
  const { exits: _all, ...rest } = plan;
  void _all;
  return { ...rest, sections, ...(exits.length ? { exits } : {}) };
}
