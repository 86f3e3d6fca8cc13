// The Camunda 8 process run by a real BPMN 2.0 engine (bpmn-engine, FEEL by feelin), started with
// the application's data. For the situations the compiler distinguishes, exactly the sub-items that
// apply run, each after the 前置 of it that apply; the case ends; 补交材料 and 事后核查 happen when
// owed. patterns.ts says which runs stand for which situations. Timers are fired by hand.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../compiler/conditions.js";
import type { CaseMetrics } from "../../compiler/model.js";
import { buildGraph } from "../../targets/process/build-graph.js";
import { renderProcess } from "../../targets/process/index.js";
import { deferredMaterials } from "../../targets/process/side-branches.js";
import { application } from "./application.js";
import { checkRun } from "./check-run.js";
import { completeAll, joinSemantics, start } from "./engine.js";
import { applicationModels as allModels } from "./models.js";
import { choose, conditionsOf, decisions, patterns } from "./patterns.js";

/** Every distinct decision pattern runs: situations that decide every gateway alike take one path,
 * so one run stands for all of them. (patterns.ts can fall back to a pairwise cover; not used.) */
const LIMIT = Number.POSITIVE_INFINITY;

const at = (log: string[], entry: string): number => log.indexOf(entry);

describe.each(allModels())("bpmn-engine runs $name", async ({ model }) => {
  const xml = renderProcess(model, "camunda8");
  const conditions = await conditionsOf(xml);
  const data = (c: CaseMetrics) => application(model, c.situation);
  const decided = model.metrics.situations.map((c) => decisions(conditions, data(c)));
  const all = patterns(model.metrics.situations, decided);
  const chosen = choose(all, LIMIT);

  it(`every gateway's FEEL decides like the compiler in all ${model.metrics.situations.length} situations`, () => {
    const byFlow = new Map(buildGraph(model).flows.map((f) => [f.id, f.condition]));
    model.metrics.situations.forEach((c, i) => {
      const expected = conditions.map((k) => (evaluate(byFlow.get(k.flowId)!, c.situation) ? "1" : "0")).join("");
      expect(decided[i], JSON.stringify(c.situation)).toBe(expected);
    });
  });

  const label = chosen.length < all.length ? `${chosen.length} of ${all.length} decision patterns (pairwise cover)` : `all ${all.length} decision patterns`;
  it.each(chosen.map((p) => [JSON.stringify(p.cases[0].situation), p.cases.length, p] as const))(
    `${label}: %s (stands for %i situations)`,
    async (_, __, p) => {
      const run = await start(xml, data(p.cases[0]));
      const completed = completeAll(run);
      expect(run.ended(), "the case ends").toBe(true);
      expect(run.log.filter((l) => l.startsWith("end ") && l.endsWith("_terminated"))).toEqual([]);
      for (const c of p.cases) checkRun(model, c, run.log, completed);
    },
  );

  it("a sub-item past its time limit is escalated to the lead department and goes on", async () => {
    const fullest = model.metrics.situations.reduce((a, b) => (b.items.length > a.items.length ? b : a));
    const run = await start(xml, data(fullest));
    const escalated: string[] = [];
    const completed = completeAll(run, (taskId) => {
      if (!model.items.some((i) => i.id === taskId) || !run.timersRunning().includes(`${taskId}_timer`)) return;
      run.fire(`${taskId}_timer`);
      escalated.push(taskId);
      const waiting = run.waiting().map((t) => t.id);
      expect(waiting, "the sub-item still waits").toContain(taskId);
      expect(waiting, "the lead department has a 督办 task").toContain(`${taskId}_urge`);
    });
    const timed = model.items.filter((i) => fullest.items.includes(i.name) && (i.promisedTime ?? i.legalTime)?.value);
    expect([...escalated].sort()).toEqual(timed.map((i) => i.id).sort());
    for (const id of escalated) expect(completed).toEqual(expect.arrayContaining([id, `${id}_urge`]));
    expect(run.ended()).toBe(true);
  });

  const deferred = deferredMaterials(model);
  if (deferred.length > 0) it("a missing material not supplied in time ends the case (终止办理)", async () => {
    const owed = model.metrics.situations.find((c) => evaluate(deferred[0].uploadWhen, c.situation))!;
    const run = await start(xml, data(owed));
    const timer = `${deferred[0].id}_timer`;
    completeAll(run, () => {
      if (run.timersRunning().includes(timer)) run.fire(timer);
    });
    expect(run.ended()).toBe(true);
    expect(run.log).toContain(`end ${deferred[0].id}_terminated`);
    expect(run.log).not.toContain(`start ${model.id}_issue`);
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
      const started = at(run.log, "start Item_dang_an_gui_dang");
      const wrong = !run.ended() || started < 0 || started < at(run.log, "end Item_she_bao_xin_xi_bian_geng");
      expect(wrong, "bpmn-elements joins on discards; remove the patch if this fails").toBe(true);
    } finally {
      joinSemantics.bpmn = true;
    }
  });
});
