// The sub-items a refusal with 跳过后续 skips, worked out from the model alone, apart from the
// process target's own derivation (targets/process/decisions.ts): the tests' oracle.
import type { Item, Model } from "../../compiler/model.js";

/** The sub-items depending on `name` (前置 or 前序产出, as a material or a prefilled field), transitively. */
export function dependentsOf(model: Model, name: string): Set<string> {
  const uses = (consumer: Item, producer: string): boolean =>
    consumer.after.includes(producer) ||
    model.materials.some((m) => m.source.kind === "prior-output" && m.source.item === producer && m.askedBy.includes(consumer.name)) ||
    model.fields.some((f) => f.source?.kind === "prior-output" && f.source.item === producer && f.askedBy.includes(consumer.name));
  const out = new Set<string>();
  const todo = [name];
  while (todo.length > 0) {
    const p = todo.pop()!;
    for (const i of model.items) if (i.name !== name && !out.has(i.name) && uses(i, p)) (out.add(i.name), todo.push(i.name));
  }
  return out;
}
