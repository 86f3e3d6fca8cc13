// Model → process graph. The shape is the reform's own: the lead department accepts once
// (统一受理), the sub-items run in parallel where 前置 allows, materials accepted as missing are
// waited for alongside them, the lead department issues once (统一出件), and commitments are
// checked afterwards (事后核查).
import type { Model } from "../../compiler/model.js";
import { GraphBuilder } from "./builder.js";
import type { ProcessGraph } from "./graph.js";
import { addItemNetwork } from "./item-network.js";
import { addDeferredMaterial, addPostCheck, deferredMaterials } from "./side-branches.js";

export function buildGraph(model: Model): ProcessGraph {
  const deptIds = new Map(model.departments.map((d) => [d.name, d.id]));
  const deptId = (name: string): string => {
    const id = deptIds.get(name);
    if (!id) throw new Error(`process: department ${name} is not in the model's departments`);
    return id;
  };
  const lead = deptId(model.lead);
  const b = new GraphBuilder();
  // The matter's own elements: its id and their role (the model's ids carry a kind prefix, so
  // these cannot meet the ids of sub-items, materials, commitments or departments).
  const own = (role: string): string => `${model.id}_${role}`;

  const start = b.add({ id: own("start"), kind: "startEvent", name: "申请提交", lane: lead });
  const accept = b.add({
    id: own("accept"),
    kind: "userTask",
    name: "统一受理",
    lane: lead,
    assignee: lead,
    documentation: `牵头部门统一受理“${model.name}”的申请，一次性收取材料；容缺材料另行补交。`,
  });
  b.flow(start, accept);

  const network = addItemNetwork(b, model, deptId);
  const deferred = deferredMaterials(model).map((m) => addDeferredMaterial(b, model, m, lead));
  const issue = b.add({
    id: own("issue"),
    kind: "userTask",
    name: "统一出件",
    lane: lead,
    assignee: lead,
    documentation: "各子事项办结、容缺材料补齐后，由牵头部门统一出件。",
  });
  b.parallel(accept, issue, [...network.entries, ...deferred.map((f) => f.entry)], [...network.exits, ...deferred.map((f) => f.exit)], {
    fork: own("fork"),
    join: own("join"),
    lane: lead,
  });

  const checks = model.commitments.flatMap((c) => addPostCheck(b, model, c.name, deptId) ?? []);
  const end = b.add({ id: own("end"), kind: "endEvent", name: "办结", lane: lead });
  b.parallel(
    issue,
    end,
    checks.map((f) => f.entry),
    checks.map((f) => f.exit),
    { fork: own("checks_fork"), join: own("checks_join"), lane: lead },
  );

  return {
    id: model.id,
    name: model.name,
    lanes: model.departments.map((d) => ({ id: d.id, name: d.name })),
    nodes: b.nodes,
    flows: b.flows,
  };
}
