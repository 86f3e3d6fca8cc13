// The process on the staff's decisions, as a graph: the gateways after 统一受理 and after each
// sub-item, the correction loop and its deadline, and that the staff forms offer exactly the
// results the gateways test.
import { describe, expect, it } from "vitest";
import { and, not } from "../../compiler/conditions.js";
import { staffTasks } from "../../targets/form/tasks.js";
import { buildGraph } from "../../targets/process/build-graph.js";
import { ACCEPTANCE, REVIEW, decided, refused, runsWhen, skippedBy } from "../../targets/process/decisions.js";
import { CONFIRM } from "../../targets/process/proactive.js";
import { diamond } from "./fixtures/diamond.js";
import { newborn } from "./fixtures/newborn.js";
import { single } from "./fixtures/single.js";
import { allModels } from "./models.js";

const item = (name: string) => diamond.items.find((i) => i.name === name)!;

describe("统一受理's outcomes", () => {
  const g = buildGraph(diamond);
  const m = diamond.id;
  const out = (id: string) => g.flows.filter((f) => f.source === id);

  it("splits on its result: 补正 and 不予受理 conditional, 受理 the default into the sub-items", () => {
    const split = g.nodes.find((n) => n.id === `${m}_accept_split`)!;
    const flows = out(split.id);
    expect(flows.map((f) => [f.name, f.condition ?? "default"])).toEqual([
      ["受理", "default"],
      ["补正", decided(`${m}_accept`, "补正")],
      ["不予受理", decided(`${m}_accept`, "不予受理")],
    ]);
    expect(split.defaultFlow).toBe(flows[0].id);
    // Into the parallel fork of the sub-items and the 容缺 material.
    expect(flows[0].target).toBe(`${m}_fork`);
  });

  it("loops 补正 back to the merge before 统一受理, with the deadline ending at the declared consequence", () => {
    expect(g.flows.find((f) => f.source === `${m}_correct`)).toMatchObject({ target: `${m}_accept_merge`, back: true });
    expect(g.flows.filter((f) => f.back)).toHaveLength(1);
    const timer = g.nodes.find((n) => n.id === `${m}_correct_timer`)!;
    expect(timer).toMatchObject({ attachedTo: `${m}_correct`, cancelActivity: true, timer: { duration: "P30D" } });
    expect(g.nodes.find((n) => n.id === `${m}_correct_late`)!.name).toBe("逾期未补正，视为撤回申请");
    expect(buildGraph(newborn).nodes.find((n) => n.id === `${newborn.id}_correct_late`)!.name).toBe("逾期未补正");
    // No deadline declared: no timer, the correction waits.
    expect(buildGraph(single).nodes.some((n) => n.id === `${single.id}_correct_timer`)).toBe(false);
  });

  it("ends 不予受理 with the declared cases and where to go instead", () => {
    const end = g.nodes.find((n) => n.id === `${m}_refused`)!;
    expect(end.kind).toBe("endEvent");
    expect(end.documentation).toContain("申请事项依法不需要取得行政许可；去向：无需办理，告知申请人");
  });
});

describe("a sub-item's refusal", () => {
  const g = buildGraph(diamond);

  it("终止办理: a gateway after the task ends the case at a terminate end when refused", () => {
    const id = item("变更登记").id;
    const flows = g.flows.filter((f) => f.source === `${id}_review`);
    expect(flows.find((f) => f.condition)).toMatchObject({ target: `${id}_refused`, condition: refused(item("变更登记")) });
    expect(g.nodes.find((n) => n.id === `${id}_refused`)).toMatchObject({ kind: "endEvent", terminate: true });
    expect(g.nodes.find((n) => n.id === `${id}_review`)!.defaultFlow).toBe(flows.find((f) => !f.condition)!.id);
  });

  it("跳过后续: the sub-items depending on it apply only when it was not refused", () => {
    expect(skippedBy(diamond, item("税务信息变更")).map((i) => i.name)).toEqual(["档案归档"]);
    const archive = item("档案归档");
    expect(runsWhen(diamond, archive)).toEqual(and(not(refused(item("税务信息变更"))), not(refused(item("公章备案")))));
    const split = g.flows.find((f) => f.source === `${archive.id}_split` && f.condition)!;
    expect(split.condition).toEqual(runsWhen(diamond, archive));
    // No gateway after the task: the rest go on.
    expect(g.nodes.some((n) => n.id === `${item("税务信息变更").id}_review`)).toBe(false);
  });

  it("跳过后续 and 继续办理: the special steps after the task take place only when granted", () => {
    const step = g.flows.find((f) => f.target === "Item_gong_zhang_bei_an_Special_zhi_zhang" && f.condition)!;
    expect(JSON.stringify(step.condition)).toContain(JSON.stringify(refused(item("公章备案"))));
  });
});

describe.each(allModels())("$name: the staff forms offer the results the gateways test", ({ model }) => {
  it("统一受理 and every sub-item", () => {
    const tasks = staffTasks(model);
    const options = (id: string) => tasks.find((t) => t.id === id)!.decisions.find((d) => d.key === "结果")!.options;
    for (const i of model.items) expect(options(i.id)).toEqual(Object.values(REVIEW));
    if (model.proactive) {
      // 免申办: nothing is applied for, so nothing is accepted or corrected; with consent the
      // person's confirmation offers what the gateway after it tests.
      expect(tasks.some((t) => t.id === `${model.id}_accept` || t.id === `${model.id}_correct`)).toBe(false);
      if (model.proactive.confirmation === "consent") expect(options(`${model.id}_confirm`)).toEqual(Object.values(CONFIRM));
      return;
    }
    expect(options(`${model.id}_accept`)).toEqual(Object.values(ACCEPTANCE));
    expect(tasks.find((t) => t.id === `${model.id}_correct`)!.kind).toBe("correct");
  });
});
