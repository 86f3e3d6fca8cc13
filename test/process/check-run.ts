// What must hold of a finished bpmn-engine run: the sub-items that ran, in 前置 order, before
// 统一出件; 补交材料, 事后核查 and the uncounted special steps exactly when owed.
import { expect } from "vitest";
import { evaluate } from "../../compiler/conditions.js";
import type { Answer, CaseMetrics, Model } from "../../compiler/model.js";
import { commitmentTaken, deferredMaterials } from "../../targets/process/side-branches.js";
import { specialStepWhen } from "../../targets/process/special-steps.js";

const at = (log: string[], entry: string): number => log.indexOf(entry);

export interface Expect {
  /** The sub-items that must run (default: the compiler's for the situation). */
  items?: string[];
  /** The answers and decisions conditions are evaluated with (a decision as `<task id>.结果`). */
  answers?: Record<string, Answer>;
}

/** What must hold of a finished run in situation `c`. */
export function checkRun(model: Model, c: CaseMetrics, log: string[], completed: string[], want: Expect = {}): void {
  const answers = want.answers ?? c.situation;
  const ran = model.items.filter((i) => completed.includes(i.id)).map((i) => i.name);
  if (want.items) expect(ran, "the sub-items expected").toEqual(want.items);
  else {
    expect(ran, "the sub-items the compiler says apply").toEqual(c.items);
    expect(ran).toEqual(model.items.filter((i) => evaluate(i.when, c.situation)).map((i) => i.name));
  }
  const issue = at(log, `start ${model.id}_issue`);
  expect(issue, "统一出件").toBeGreaterThanOrEqual(0);
  for (const item of model.items.filter((i) => ran.includes(i.name))) {
    for (const p of item.after.filter((name) => ran.includes(name))) {
      const pred = model.items.find((x) => x.name === p)!;
      expect(at(log, `end ${pred.id}`), `${p} before ${item.name}`).toBeLessThan(at(log, `start ${item.id}`));
    }
    expect(at(log, `end ${item.id}`)).toBeLessThan(issue);
  }
  for (const m of deferredMaterials(model)) {
    const owed = evaluate(m.uploadWhen, c.situation);
    expect(completed.includes(`${m.id}_supply`), `补交 ${m.name}`).toBe(owed);
    if (owed) expect(at(log, `end ${m.id}_supply`)).toBeLessThan(issue);
  }
  for (const k of model.commitments) {
    const taken = evaluate(commitmentTaken(model, k.name), c.situation);
    expect(completed.includes(`${k.id}_check`), `核查 ${k.name}`).toBe(taken);
    if (taken) expect(at(log, `end ${model.id}_issue`)).toBeLessThan(at(log, `start ${k.id}_check`));
  }
  // Uncounted special steps run exactly when they apply, before or after their sub-item's task.
  for (const item of model.items) {
    for (const s of (item.specialSteps ?? []).filter((x) => !x.counted)) {
      const owed = ran.includes(item.name) && evaluate(specialStepWhen(model, s), answers);
      expect(completed.includes(s.id), `特殊环节 ${item.name}·${s.name}`).toBe(owed);
      if (!owed) continue;
      if (s.position === "before") expect(at(log, `end ${s.id}`)).toBeLessThan(at(log, `start ${item.id}`));
      else expect(at(log, `end ${item.id}`)).toBeLessThan(at(log, `start ${s.id}`));
      expect(at(log, `end ${s.id}`)).toBeLessThan(issue);
    }
  }
  expect(completed.filter((t) => t.endsWith("_urge")), "no 督办 without a timer").toEqual([]);
}
