// The sub-items as a network ordered by 前置. Every sub-item is one block: a parallel join when it
// waits for more than one other, its "applies / skip" pair when it may not apply, its task, and a
// parallel fork when more than one other waits for it. Because a skipped sub-item still passes its
// token on, every join receives a token on every incoming flow exactly once: the network cannot
// deadlock, whatever applies (language.md §4: a sub-item waits only for the 前置 that apply, since
// one that is skipped takes no time).
//
// A skipped sub-item passes the token on once its own 前置 are done, so 前置 orders transitively:
// when B is skipped in A → B → C, C still waits for A. That is also why transitive edges
// (A → C next to A → B → C) are dropped: they would add nothing but a gateway.
import type { Item, Model } from "../../compiler/model.js";
import { conditionSentence } from "../conditions/sentence.js";
import type { GraphBuilder } from "./builder.js";
import { limitLabel, timerFor } from "./durations.js";
import { addRefusal } from "./refusal.js";
import { REVIEW, refusalText, resultPath, runsWhen, skippedByRefusalOf } from "./decisions.js";
import { escalation } from "./side-branches.js";
import { countedLines, withSpecialSteps } from "./special-steps.js";
import { gateByEligibility } from "./proactive.js";

/** Direct 前置 of each sub-item, without the ones implied through another 前置. */
export function reducedAfter(items: readonly Item[]): Map<string, string[]> {
  const names = new Set(items.map((i) => i.name));
  // A sub-item granted from another's result (免申办 triggered by 前序产出) waits for it like a 前置.
  const waits = (i: Item): string[] => (i.proactive?.trigger.kind === "prior-output" ? [...i.after, i.proactive.trigger.item] : i.after);
  const direct = new Map(items.map((i) => [i.name, [...new Set(waits(i))].filter((a) => names.has(a) && a !== i.name)]));
  const ancestors = new Map<string, Set<string>>();
  const ancestorsOf = (name: string, seen: Set<string> = new Set()): Set<string> => {
    const known = ancestors.get(name);
    if (known) return known;
    // A cycle is a compiler error reported elsewhere; stop rather than recurse forever.
    if (seen.has(name)) return new Set();
    seen.add(name);
    const all = new Set<string>();
    for (const p of direct.get(name) ?? []) {
      all.add(p);
      for (const a of ancestorsOf(p, seen)) all.add(a);
    }
    ancestors.set(name, all);
    return all;
  };
  const reduced = new Map<string, string[]>();
  for (const [name, preds] of direct) {
    reduced.set(
      name,
      preds.filter((p) => !preds.some((q) => q !== p && ancestorsOf(q).has(p))),
    );
  }
  return reduced;
}

function itemDocumentation(model: Model, item: Item): string {
  const dept = model.departments.find((d) => d.name === item.department);
  const lines = [`子事项：${item.name}`, `办理部门：${dept?.fullName ?? item.department}`];
  if (item.code) lines.push(`实施编码：${item.code}`);
  if (item.type) lines.push(`事项类型：${item.type.name}（${item.type.code}）`);
  if (item.promisedTime) lines.push(`承诺时限：${limitLabel("", item.promisedTime).trim()}`);
  if (item.legalTime) lines.push(`法定时限：${limitLabel("", item.legalTime).trim()}`);
  if (item.after.length > 0) lines.push(`前置：${item.after.join("、")}（不适用的前置不等待）`);
  lines.push(...countedLines(item));
  lines.push(`审查结果记录在 ${resultPath(item.id)}：${REVIEW.grant}或${REVIEW.refuse}（未记录时按${REVIEW.grant}）。${refusalText(model, item)}`);
  return lines.join("\n");
}

/**
 * Adds the sub-item network and returns where it begins and ends: the entries wait for acceptance,
 * the exits are waited for by 统一出件.
 */
export function addItemNetwork(b: GraphBuilder, model: Model, deptId: (name: string) => string): { entries: string[]; exits: string[] } {
  const after = reducedAfter(model.items);
  const waitedBy = new Map<string, string[]>(model.items.map((i) => [i.name, []]));
  for (const i of model.items) for (const p of after.get(i.name) ?? []) waitedBy.get(p)!.push(i.name);

  const lead = deptId(model.lead);
  const blocks = new Map<string, { entry: string; exit: string }>();
  for (const item of model.items) {
    const lane = deptId(item.department);
    const prefix = item.id;
    const task = b.add({
      id: prefix,
      kind: "userTask",
      name: item.name,
      lane,
      assignee: lane,
      documentation: itemDocumentation(model, item),
    });
    const limit = item.promisedTime ?? item.legalTime;
    const timer = timerFor(limit, item.promisedTime ? ["承诺时限", "promised time"] : ["法定时限", "legal time"]);
    if (limit && timer) {
      escalation(b, {
        prefix,
        host: task,
        lane,
        lead,
        timerName: limitLabel(item.promisedTime ? "承诺时限" : "法定时限", limit),
        timer,
        urgeName: `督办：${item.name}`,
      });
    }
    let block = withSpecialSteps(b, model, item, lane, addRefusal(b, model, item, lane, task));
    if (item.proactive) block = gateByEligibility(b, model, item, lane, block);
    const when = runsWhen(model, item);
    if (when.op !== "true") {
      const sentence = item.when.op === "true" ? "" : `${conditionSentence(item.when, { situations: model.situations, commitments: model.commitments })}，`;
      const skippers = skippedByRefusalOf(model, item).map((i) => i.name);
      const refusal = skippers.length ? `${skippers.join("、")}不予许可的，跳过${item.name}（跳过后续）；` : "";
      block = b.optional(prefix, lane, block, when, {
        question: `是否办理${item.name}？`,
        applies: "适用",
        skips: "不适用，跳过",
        documentation: `${refusal}${sentence}办理${item.name}；否则跳过，等待它的后续子事项不再等待它。`,
      });
    }
    if ((after.get(item.name) ?? []).length > 1) {
      const join = b.add({ id: `${prefix}_join`, kind: "parallelGateway", lane });
      b.flow(join, block.entry);
      block = { entry: join, exit: block.exit };
    }
    if (waitedBy.get(item.name)!.length > 1) {
      const fork = b.add({ id: `${prefix}_fork`, kind: "parallelGateway", lane });
      b.flow(block.exit, fork);
      block = { entry: block.entry, exit: fork };
    }
    blocks.set(item.name, block);
  }

  for (const item of model.items) {
    for (const p of after.get(item.name) ?? []) b.flow(blocks.get(p)!.exit, blocks.get(item.name)!.entry);
  }
  const entries = model.items.filter((i) => (after.get(i.name) ?? []).length === 0).map((i) => blocks.get(i.name)!.entry);
  const exits = model.items.filter((i) => waitedBy.get(i.name)!.length === 0).map((i) => blocks.get(i.name)!.exit);
  return { entries, exits };
}
