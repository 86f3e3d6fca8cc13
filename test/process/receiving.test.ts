// 跨域办 with 异地代收代办 in bpmn-engine (the Camunda 8 flavour): a case the receiving platform
// marks `异地代收 = true` goes through the receiving window's checks in the model's order and 寄递
// before 统一受理 at the handling place; absent or false, straight to 统一受理. Either way the
// sub-items then run as in any matter.
import { describe, expect, it } from "vitest";
import type { CaseMetrics, Model } from "../../compiler/model.js";
import { buildGraph } from "../../targets/process/build-graph.js";
import { renderProcess } from "../../targets/process/index.js";
import { REMOTE } from "../../targets/process/receiving.js";
import { application } from "./application.js";
import { checkRun } from "./check-run.js";
import { completeAll, start } from "./engine.js";
import { receivingModels } from "./proactive-models.js";

const fullestOf = (model: Model): CaseMetrics => model.metrics.situations.reduce((a, b) => (b.items.length > a.items.length ? b : a));

describe.each(receivingModels())("异地代收代办 $name in bpmn-engine", ({ model }) => {
  const xml = renderProcess(model, "camunda8");
  const fullest = fullestOf(model);
  const accept = `${model.id}_accept`;
  const window = model.crossRegion!.checks.map((_, n) => `${model.id}_window_${n + 1}`);
  const post = `${model.id}_post`;

  it("the receiving window's lane holds its checks, in the model's order, and 寄递", () => {
    const g = buildGraph(model);
    const lane = `${model.id}_window`;
    expect(g.lanes[0]).toEqual({ id: lane, name: "收件窗口" });
    const names = [...window, post].map((id) => g.nodes.find((n) => n.id === id));
    expect(names.map((n) => n?.name)).toEqual([...model.crossRegion!.checks, "寄递"]);
    for (const n of names) expect(n).toMatchObject({ kind: "userTask", lane, assignee: lane });
  });

  it(`${REMOTE} = true: 收件窗口 ${model.crossRegion!.checks.join("、")}, 寄递, then 统一受理 and the sub-items`, async () => {
    const run = await start(xml, { ...application(model, fullest.situation), [REMOTE]: true });
    const completed = completeAll(run);
    expect(run.ended()).toBe(true);
    expect(completed.slice(0, window.length + 2)).toEqual([...window, post, accept]);
    checkRun(model, fullest, run.log, completed);
  });

  for (const value of [false, undefined]) {
    it(`${REMOTE} ${value === undefined ? "absent" : "= false"}: straight to 统一受理`, async () => {
      const data = application(model, fullest.situation);
      const run = await start(xml, value === undefined ? data : { ...data, [REMOTE]: value });
      const completed = completeAll(run);
      expect(run.ended()).toBe(true);
      expect(completed[0]).toBe(accept);
      expect(completed.filter((t) => t.startsWith(`${model.id}_window`) || t === post)).toEqual([]);
      checkRun(model, fullest, run.log, completed);
    });
  }
});
