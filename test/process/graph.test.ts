// The process graph, before XML: its shape, its ids, and a token game over every situation.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../compiler/conditions.js";
import type { Answer } from "../../compiler/model.js";
import { buildGraph } from "../../targets/process/build-graph.js";
import { reducedAfter } from "../../targets/process/item-network.js";
import { diamond } from "./fixtures/diamond.js";
import { newborn } from "./fixtures/newborn.js";
import { single } from "./fixtures/single.js";
import { everyModel } from "./proactive-models.js";
import { eligibilityResult } from "../../targets/process/proactive.js";
import { play } from "./token-game.js";

const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

describe("reducedAfter", () => {
  it("drops a 前置 that is implied through another one", () => {
    const after = reducedAfter(diamond.items);
    expect(after.get("档案归档")).toEqual(["税务信息变更", "社保信息变更", "公章备案"]);
    expect(after.get("税务信息变更")).toEqual(["变更登记"]);
  });

  it("keeps a chain as it is", () => {
    const after = reducedAfter(newborn.items);
    expect(after.get("城乡居民医保缴费")).toEqual(["城乡居民医保参保登记"]);
    expect(after.get("出生医学证明签发")).toEqual([]);
  });
});

describe("buildGraph", () => {
  it("gives every conditional sub-item an exclusive split with a default skip and a merge", () => {
    const g = buildGraph(newborn);
    const split = g.nodes.find((n) => n.id === "Item_she_hui_bao_zhang_ka_shen_ling_split")!;
    expect(split.kind).toBe("exclusiveGateway");
    const outs = g.flows.filter((f) => f.source === split.id);
    expect(outs.map((f) => f.target).sort()).toEqual(["Item_she_hui_bao_zhang_ka_shen_ling", "Item_she_hui_bao_zhang_ka_shen_ling_merge"]);
    expect(outs.find((f) => f.condition)!.condition).toEqual({ op: "eq", subject: "领取社保卡", value: true });
    expect(split.defaultFlow).toBe(outs.find((f) => !f.condition)!.id);
  });

  it("puts the start, acceptance, issue and end in the lead department's lane, sub-items in their own", () => {
    const g = buildGraph(newborn);
    const lane = (id: string) => g.nodes.find((n) => n.id === id)!.lane;
    expect(g.lanes.map((l) => l.name)).toEqual(["卫生健康委", "公安局", "医保局", "税务局", "人社局"]);
    for (const id of ["start", "accept", "issue", "end"].map((r) => `${newborn.id}_${r}`)) expect(lane(id)).toBe("Dept_wei_sheng_jian_kang_wei");
    expect(lane("Item_chu_sheng_deng_ji")).toBe("Dept_gong_an_ju");
    expect(g.nodes.find((n) => n.id === "Item_chu_sheng_deng_ji")!.assignee).toBe("Dept_gong_an_ju");
  });

  it("escalates a sub-item's promised time to the lead department without ending the sub-item", () => {
    const g = buildGraph(newborn);
    const timer = g.nodes.find((n) => n.id === "Item_chu_sheng_deng_ji_timer")!;
    expect(timer).toMatchObject({ kind: "boundaryEvent", attachedTo: "Item_chu_sheng_deng_ji", cancelActivity: false, timer: { duration: "P3D" } });
    expect(timer.documentation).toContain("2 个工作日");
    const urge = g.nodes.find((n) => n.id === "Item_chu_sheng_deng_ji_urge")!;
    expect(urge).toMatchObject({ kind: "userTask", lane: "Dept_wei_sheng_jian_kang_wei", assignee: "Dept_wei_sheng_jian_kang_wei" });
  });

  it("waits for a 容缺 material with a deadline that terminates the case, and makes 统一出件 wait for it", () => {
    const g = buildGraph(newborn);
    const timer = g.nodes.find((n) => n.id === "Material_yi_liao_fei_yong_piao_ju_timer")!;
    expect(timer).toMatchObject({ cancelActivity: true, timer: { duration: "P5D" } });
    const end = g.flows.find((f) => f.source === timer.id)!.target;
    expect(g.nodes.find((n) => n.id === end)).toMatchObject({ kind: "endEvent", terminate: true, name: "终止办理" });
    expect(g.flows.some((f) => f.source === "Material_yi_liao_fei_yong_piao_ju_merge" && f.target === `${newborn.id}_join`)).toBe(true);
  });

  it("checks a commitment after 统一出件 in the verifying department's lane", () => {
    const g = buildGraph(newborn);
    expect(g.flows.find((f) => f.source === `${newborn.id}_issue`)!.target).toBe("Commitment_qin_zi_guan_xi_cheng_nuo_split");
    expect(g.nodes.find((n) => n.id === "Commitment_qin_zi_guan_xi_cheng_nuo_check")!.lane).toBe("Dept_gong_an_ju");
  });

  it("needs no gateway for a single unconditional sub-item but acceptance's and its refusal's", () => {
    const g = buildGraph(single);
    const m = single.id;
    const it = single.items[0].id;
    expect(g.nodes.map((n) => `${n.kind} ${n.id}`)).toEqual([
      `startEvent ${m}_start`,
      `exclusiveGateway ${m}_accept_merge`,
      `userTask ${m}_accept`,
      `exclusiveGateway ${m}_accept_split`,
      `userTask ${it}`,
      `exclusiveGateway ${it}_review`,
      `endEvent ${it}_refused`,
      `userTask ${m}_issue`,
      `userTask ${m}_correct`,
      `endEvent ${m}_refused`,
      `endEvent ${m}_end`,
    ]);
  });

  it.each(everyModel())("$name: ids are unique NCNames and every flow joins two nodes", ({ model }) => {
    const g = buildGraph(model);
    const ids = [...g.nodes.map((n) => n.id), ...g.flows.map((f) => f.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(NCNAME);
    const nodes = new Set(g.nodes.map((n) => n.id));
    for (const f of g.flows) expect(nodes.has(f.source) && nodes.has(f.target)).toBe(true);
  });
});

describe.each(everyModel())("token game, $name", ({ model }) => {
  const g = buildGraph(model);
  // 免申办: every eligibility decision says eligible and the person confirms.
  const granted: Record<string, Answer> = { [`${model.id}_confirm.结果`]: "确认" };
  for (const owner of [model, ...model.items]) if (owner.proactive) granted[`${eligibilityResult(owner.id)}.符合`] = true;
  it.each(model.metrics.situations.map((s) => [JSON.stringify(s.situation), s] as const))("%s", (_, c) => {
    const run = play(g, { ...c.situation, ...granted });
    expect(run.stuck).toEqual([]);
    expect(run.ended).toBe(true);
    const ran = model.items.filter((i) => run.tasks.includes(i.id)).map((i) => i.name);
    expect(ran).toEqual(c.items);
    for (const item of model.items) {
      if (!ran.includes(item.name)) continue;
      for (const p of item.after) {
        const pi = model.items.find((x) => x.name === p)!;
        if (evaluate(pi.when, c.situation)) expect(run.tasks.indexOf(pi.id)).toBeLessThan(run.tasks.indexOf(item.id));
      }
    }
  });
});
