// What the staff decide, as the process reads it. Every user task records its decision as one
// object stored under the task's id (targets/form/tasks.ts): 统一受理 `结果` ∈ 受理 / 补正 / 不予受理,
// a sub-item's review `结果` ∈ 准予 / 不予. The gateways after these tasks test `<task id>.结果`:
// FEEL reads the path (`Item_1a2b3c4d.结果 = "不予"`), JUEL the map entry
// (`execution.getVariable('Item_1a2b3c4d')['结果'] == '不予'`). A decision never recorded reads as
// null, which no test matches: the process then goes the ordinary way (受理, 准予), so an engine
// never stops for want of a variable.
//
// What a refusal of a sub-item does is the model's `onRefusal.effect`:
// - 终止办理: a gateway after its task ends the whole case (terminate end event);
// - 跳过后续: the sub-items depending on it (前置 or 前序产出, transitively) apply only when it was
//   not refused, so they are skipped like any sub-item that does not apply; the rest go on;
// - 继续办理: only it is refused; everything else goes on.
// Either way 统一出件 issues what was granted.
import type { Cond, Item, Model } from "../../compiler/model.js";
import { and, not } from "../../compiler/conditions.js";

/** The key of a task's result in its decision object. */
export const RESULT = "结果";

/** 统一受理's results. */
export const ACCEPTANCE = { accept: "受理", correct: "补正", refuse: "不予受理" } as const;
/** A sub-item review's results. */
export const REVIEW = { grant: "准予", refuse: "不予" } as const;

/** The variable path of a task's result: `<task id>.结果`. */
export function resultPath(taskId: string): string {
  return `${taskId}.${RESULT}`;
}

/** The task's recorded result is `value`. */
export function decided(taskId: string, value: string): Cond {
  return { op: "eq", subject: resultPath(taskId), value };
}

/** The sub-item was refused (不予许可). */
export function refused(item: Item): Cond {
  return decided(item.id, REVIEW.refuse);
}

/** For each sub-item, the sub-items it depends on directly: its 前置 and the producers of the
 * results it uses (前序产出, as a material or a prefilled field). */
export function directDependencies(model: Model): Map<string, Set<string>> {
  const deps = new Map(model.items.map((i) => [i.name, new Set(i.after)]));
  const add = (consumers: readonly string[], producer: string | undefined): void => {
    if (!producer) return;
    for (const c of consumers) if (c !== producer) deps.get(c)?.add(producer);
  };
  for (const m of model.materials) if (m.source.kind === "prior-output") add(m.askedBy, m.source.item);
  for (const f of model.fields) if (f.source?.kind === "prior-output") add(f.askedBy, f.source.item);
  return deps;
}

const closures = new WeakMap<Model, Map<string, Set<string>>>();

/** Every sub-item each sub-item depends on, directly or through others. Computed once per model:
 * every sub-item's gateway asks (recomputing it per sub-item made rendering grow as sub-items³). */
export function allDependencies(model: Model): Map<string, Set<string>> {
  let known = closures.get(model);
  if (!known) closures.set(model, (known = dependencyClosure(model)));
  return known;
}

function dependencyClosure(model: Model): Map<string, Set<string>> {
  const direct = directDependencies(model);
  const memo = new Map<string, Set<string>>();
  const walk = (name: string, path: Set<string>): Set<string> => {
    const known = memo.get(name);
    if (known) return known;
    const out = new Set<string>();
    // A cycle is a compiler error reported elsewhere; stop rather than recurse forever.
    if (path.has(name)) return out;
    path.add(name);
    for (const d of direct.get(name) ?? []) {
      out.add(d);
      for (const x of walk(d, path)) out.add(x);
    }
    path.delete(name);
    memo.set(name, out);
    return out;
  };
  for (const i of model.items) walk(i.name, new Set());
  return memo;
}

const skippers = new WeakMap<Model, Map<string, Item[]>>();

/** The sub-items whose refusal skips this one: those it depends on (transitively) whose effect is
 * 跳过后续, in model order. Computed once per model, and only through those sub-items: the full
 * dependency closure of a chain of n sub-items holds n²/2 pairs, and filtering every sub-item
 * against the whole list per sub-item made rendering grow as sub-items². */
export function skippedByRefusalOf(model: Model, item: Item): Item[] {
  let known = skippers.get(model);
  if (!known) skippers.set(model, (known = skipperClosure(model)));
  return known.get(item.name) ?? [];
}

function skipperClosure(model: Model): Map<string, Item[]> {
  const direct = directDependencies(model);
  const byName = new Map(model.items.map((i, n) => [i.name, { item: i, n }]));
  const memo = new Map<string, Set<string>>();
  // The same walk as dependencyClosure, keeping only the sub-items whose refusal skips.
  const walk = (name: string, path: Set<string>): Set<string> => {
    const known = memo.get(name);
    if (known) return known;
    const out = new Set<string>();
    if (path.has(name)) return out;
    path.add(name);
    for (const d of direct.get(name) ?? []) {
      if (byName.get(d)?.item.onRefusal.effect === "跳过后续") out.add(d);
      for (const x of walk(d, path)) out.add(x);
    }
    path.delete(name);
    memo.set(name, out);
    return out;
  };
  const result = new Map<string, Item[]>();
  for (const i of model.items) {
    const names = [...walk(i.name, new Set())].filter((d) => byName.has(d));
    result.set(i.name, names.sort((a, b) => byName.get(a)!.n - byName.get(b)!.n).map((d) => byName.get(d)!.item));
  }
  return result;
}

/** When a sub-item runs: its own 适用, and none of the sub-items whose refusal skips it refused. */
export function runsWhen(model: Model, item: Item): Cond {
  return and(item.when, ...skippedByRefusalOf(model, item).map((i) => not(refused(i))));
}

/** The sub-items a refusal of `item` skips (跳过后续), in model order; none for the other effects. */
export function skippedBy(model: Model, item: Item): Item[] {
  if (item.onRefusal.effect !== "跳过后续") return [];
  const all = allDependencies(model);
  return model.items.filter((i) => all.get(i.name)?.has(item.name));
}

/** The effect of a refusal in words, for documentation. */
export function refusalText(model: Model, item: Item): string {
  const declared = item.onRefusal.declared ? "" : "（未声明，按终止办理）";
  switch (item.onRefusal.effect) {
    case "终止办理":
      return `不予许可的，整件事终止办理${declared}：不再办理其他子事项，不出件。`;
    case "跳过后续": {
      const skipped = skippedBy(model, item).map((i) => i.name);
      return `不予许可的，跳过依赖它的子事项${skipped.length ? `（${skipped.join("、")}）` : ""}，其余子事项继续办理，统一出件时出具已准予的结果。`;
    }
    case "继续办理":
      return "不予许可的，仅本子事项不予办理，其余子事项继续办理，统一出件时出具已准予的结果。";
  }
}
