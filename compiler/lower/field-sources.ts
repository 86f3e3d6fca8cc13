// Fields whose value an earlier sub-item's result supplies (来源 (前序产出 …)): the producer must
// finish before every sub-item that asks for the field, and apply in every case that needs it —
// the same rules as for a material that is an earlier result (E0301, E0302).
import { evaluate } from "../conditions.js";
import { enumerate } from "../enumerate.js";
import type { Model } from "../model.js";
import { transitiveAfter } from "./checks.js";
import type { MatterContext } from "./context.js";
import { describe } from "./figures.js";
import type { LoweredItem } from "./items.js";


export function checkFieldSources(ctx: MatterContext, model: Model, items: LoweredItem[], before?: Map<string, Set<string>>): void {
  if (!model.fields.some((f) => f.source?.kind === "prior-output")) return;
  const fromResults = model.fields.filter((f) => f.source?.kind === "prior-output");
  before ??= transitiveAfter(model);
  const spanOf = (consumer: string, path: string) => {
    const li = items.find((i) => i.item.name === consumer)!;
    return li.fieldRefs.find((x) => x.value === path)?.span ?? li.decl.nameSpan;
  };
  for (const f of fromResults) {
    const producer = f.source!.item!;
    for (const consumer of f.askedBy) {
      if (consumer === producer || !before.get(consumer)?.has(producer)) {
        ctx.r.at({ kind: "item", name: consumer }).at({ kind: "fields" }).report("E0801", spanOf(consumer, f.path), { field: f.path, producer, consumer });
      }
    }
    const p = model.items.find((i) => i.name === producer)!;
    const consumers = f.askedBy.map((n) => model.items.find((i) => i.name === n)!);
    const e = enumerate(model.situations, [p.when, f.when, ...consumers.map((c) => c.when)]);
    outer: for (const c of e.combinations) {
      if (!evaluate(f.when, c) || evaluate(p.when, c)) continue;
      for (const ci of consumers) {
        if (!evaluate(ci.when, c)) continue;
        ctx.r.at({ kind: "item", name: ci.name }).at({ kind: "fields" }).report("E0802", spanOf(ci.name, f.path), { field: f.path, producer, consumer: ci.name, situation: describe(c) });
        break outer;
      }
    }
  }
}
