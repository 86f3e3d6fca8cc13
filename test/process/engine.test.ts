// The Camunda 8 process run by a real BPMN 2.0 engine (bpmn-engine, FEEL by feelin), started with
// the application's data: for every situation the compiler distinguishes, exactly the sub-items
// that apply run, each after the 前置 of it that apply, and the case ends. Timers are fired by hand.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../compiler/conditions.js";
import type { CaseMetrics, Model } from "../../compiler/model.js";
import { renderProcess } from "../../targets/process/index.js";
import { commitmentTaken, deferredMaterials } from "../../targets/process/side-branches.js";
import { application } from "./application.js";
import { completeAll, joinSemantics, start } from "./engine.js";
import { allModels } from "./models.js";

const at = (log: string[], entry: string): number => log.indexOf(entry);

async function runCase(model: Model, xml: string, c: CaseMetrics): Promise<void> {
  const run = await start(xml, application(model, c.situation));
  const completed = completeAll(run);
  expect(run.ended(), "the case ends").toBe(true);
  expect(run.log.filter((l) => l.startsWith("end ") && l.includes("_terminated"))).toEqual([]);

  const ran = model.items.filter((i) => completed.includes(`Item_${i.id}`)).map((i) => i.name);
  expect(ran).toEqual(c.items);
  expect(ran).toEqual(model.items.filter((i) => evaluate(i.when, c.situation)).map((i) => i.name));

  for (const item of model.items.filter((i) => ran.includes(i.name))) {
    for (const p of item.after.filter((name) => ran.includes(name))) {
      const pred = model.items.find((x) => x.name === p)!;
      expect(at(run.log, `end Item_${pred.id}`), `${p} before ${item.name}`).toBeLessThan(at(run.log, `start Item_${item.id}`));
    }
    expect(at(run.log, `end Item_${item.id}`)).toBeLessThan(at(run.log, "start Matter_issue"));
  }
  for (const m of deferredMaterials(model)) {
    const owed = evaluate(m.uploadWhen, c.situation);
    expect(completed.includes(`Material_${m.id}_supply`), `补交 ${m.name}`).toBe(owed);
    if (owed) expect(at(run.log, `end Material_${m.id}_supply`)).toBeLessThan(at(run.log, "start Matter_issue"));
  }
  for (const k of model.commitments) {
    const taken = evaluate(commitmentTaken(model, k.name), c.situation);
    expect(completed.includes(`Commitment_${k.id}_check`), `核查 ${k.name}`).toBe(taken);
    if (taken) expect(at(run.log, "end Matter_issue")).toBeLessThan(at(run.log, `start Commitment_${k.id}_check`));
  }
  expect(completed.filter((t) => t.endsWith("_urge")), "no 督办 without a timer").toEqual([]);
}

describe.each(allModels())("bpmn-engine runs $name", ({ model }) => {
  const xml = renderProcess(model, "camunda8");

  it.each(model.metrics.situations.map((c) => [JSON.stringify(c.situation), c] as const))("situation %s", async (_, c) => {
    await runCase(model, xml, c);
  });

  it("a sub-item past its promised time is escalated to the lead department and goes on", async () => {
    const fullest = model.metrics.situations.reduce((a, b) => (b.items.length > a.items.length ? b : a));
    const run = await start(xml, application(model, fullest.situation));
    const escalated: string[] = [];
    const completed = completeAll(run, (taskId) => {
      if (!taskId.startsWith("Item_") || !run.timersRunning().includes(`${taskId}_timer`)) return;
      run.fire(`${taskId}_timer`);
      escalated.push(taskId);
      const waiting = run.waiting().map((t) => t.id);
      expect(waiting, "the sub-item still waits").toContain(taskId);
      expect(waiting, "the lead department has a 督办 task").toContain(`${taskId}_urge`);
    });
    const timed = model.items.filter((i) => fullest.items.includes(i.name) && (i.promisedTime ?? i.legalTime));
    expect(escalated).toEqual(expect.arrayContaining(timed.map((i) => `Item_${i.id}`)));
    expect(escalated.length).toBe(timed.length);
    for (const id of escalated) {
      expect(completed).toContain(id);
      expect(completed).toContain(`${id}_urge`);
    }
    expect(run.ended()).toBe(true);
  });

  const deferred = deferredMaterials(model);
  it.runIf(deferred.length > 0)("a missing material not supplied in time ends the case (终止办理)", async () => {
    const owed = model.metrics.situations.find((c) => evaluate(deferred[0].uploadWhen, c.situation))!;
    const run = await start(xml, application(model, owed.situation));
    const timer = `Material_${deferred[0].id}_timer`;
    completeAll(run, (taskId) => {
      if (run.timersRunning().includes(timer)) run.fire(timer);
      void taskId;
    });
    expect(run.ended()).toBe(true);
    expect(run.log).toContain(`end Material_${deferred[0].id}_terminated`);
    expect(run.log).not.toContain("start Matter_issue");
  });
});

describe("the engine patch in engine.ts", () => {
  it("is still needed: unpatched, bpmn-elements starts a joined sub-item before a branch it waits for", async () => {
    const model = allModels().find((m) => m.name === "fixture diamond")!.model;
    const c = model.metrics.situations.find((s) => s.items.length === model.items.length)!;
    joinSemantics.bpmn = false;
    try {
      const run = await start(renderProcess(model, "camunda8"), application(model, c.situation));
      completeAll(run);
      const started = at(run.log, "start Item_dang-an-gui-dang");
      const wrong = !run.ended() || started < 0 || started < at(run.log, "end Item_she-bao-xin-xi-bian-geng");
      expect(wrong, "bpmn-elements joins on discards; remove the patch if this fails").toBe(true);
    } finally {
      joinSemantics.bpmn = true;
    }
  });
});
