// 替代环节: a commitment may replace a step, not only materials — the pre-opening fire inspection
// becomes a check after the licence is issued. A step is a sub-item's special step (子事项.特殊环节)
// or a step of the matter's 环节. The figures, the process and the guide follow: a replaced special
// step does not take place when the commitment is taken (its time leaves the critical path, or the
// uncounted time), and a replaced step of the matter leaves the steps after the reform.
// E1102: a step that names no step (E1101, a commitment that replaces nothing, is lowerCommitment's).
import { mapList } from "../arrays.js";
import { and, FALSE, not, or, TRUE } from "../conditions.js";
import type { Reporter } from "../decode/report.js";
import { readStrings } from "../decode/values.js";
import type { Commitment, Cond, Item } from "../model.js";
import { CONTEXTS, spellingsOf } from "../schema.js";
import { nearest } from "../suggest.js";
import type { LoweredCommitment } from "./commitments.js";
import type { MatterContext } from "./context.js";
import type { LoweredItem } from "./items.js";

function entryOf(c: LoweredCommitment, id: string) {
  const spec = CONTEXTS.commitment.find((e) => e.id === id)!;
  return c.decl.entry.block?.entries.find((e) => spellingsOf(spec).includes(e.key.text));
}

/** Reads each commitment's 替代环节 into `replacesSteps`. */
export function lowerReplacedSteps(ctx: MatterContext, commitments: LoweredCommitment[], items: LoweredItem[], matterSteps: string[]): void {
  for (const c of commitments) {
    const r: Reporter = ctx.r.at({ kind: "commitment", name: c.commitment.name });
    const entry = entryOf(c, "replacesSteps");
    const steps: NonNullable<Commitment["replacesSteps"]> = [];
    for (const ref of entry ? readStrings(entry, r) : []) {
      const rs = r.at({ kind: "replacesSteps" });
      const dot = ref.value.indexOf(".");
      const item = dot > 0 ? items.find((i) => i.item.name === ref.value.slice(0, dot)) : undefined;
      const special = item?.item.specialSteps?.find((s) => s.name === ref.value.slice(dot + 1));
      if (item && special) {
        if (!steps.some((s) => s.item === item.item.name && s.step === special.name)) steps.push({ item: item.item.name, step: special.name });
        continue;
      }
      if (dot < 0 && matterSteps.includes(ref.value)) {
        if (!steps.some((s) => s.item === undefined && s.step === ref.value)) steps.push({ step: ref.value });
        continue;
      }
      const candidates = [...matterSteps, ...items.flatMap((i) => (i.item.specialSteps ?? []).map((s) => `${i.item.name}.${s.name}`))];
      rs.report("E1102", ref.span, { step: ref.value, suggestion: nearest(ref.value, candidates) ?? "", known: candidates.join("、") || "—" });
    }
    if (steps.length) c.commitment.replacesSteps = steps;
  }
}

/** When a commitment is taken: offered by its own 适用 and answered yes. */
function taken(c: LoweredCommitment): Cond {
  return and(c.when, { op: "eq", subject: c.commitment.name, value: true });
}

/** Each special step's `replacedBy` and `runsWhen`: its own 适用, and no replacing commitment taken. */
export function bindReplacedSteps(items: Item[], commitments: LoweredCommitment[]): void {
  for (const i of items) {
    for (const s of i.specialSteps ?? []) {
      const by = commitments.filter((c) => c.commitment.replacesSteps?.some((x) => x.item === i.name && x.step === s.name));
      if (by.length) s.replacedBy = mapList(by, (c) => c.commitment.name);
      s.runsWhen = by.length ? and(s.when, not(or(...by.map(taken)))) : s.when;
    }
  }
}

/** The part of a commitment's offer that its replaced steps make: a special step is needed where its
 * sub-item and its own 适用 apply; a step of the matter always. */
export function stepsNeededWhen(c: LoweredCommitment, items: Pick<Item, "name" | "when" | "specialSteps">[]): Cond {
  const parts = (c.commitment.replacesSteps ?? []).map((x) => {
    if (x.item === undefined) return TRUE;
    const item = items.find((i) => i.name === x.item);
    const step = item?.specialSteps?.find((s) => s.name === x.step);
    return item && step ? and(item.when, step.when) : FALSE;
  });
  return or(...parts);
}
