// Model → process graph. The shape is the reform's own: the lead department accepts once
// (统一受理), the sub-items run in parallel where 前置 allows, materials accepted as missing are
// waited for alongside them, the lead department issues once (统一出件), and commitments are
// checked afterwards (事后核查).
import type { Model } from "../../compiler/model.js";
import { addAcceptance, addAcceptanceOutcomes } from "./acceptance.js";
import { GraphBuilder } from "./builder.js";
import { REVIEW, resultPath } from "./decisions.js";
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
  const acceptance = addAcceptance(b, model, lead);
  b.flow(start, acceptance.entry);

  const network = addItemNetwork(b, model, deptId);
  const deferred = deferredMaterials(model).map((m) => addDeferredMaterial(b, model, m, lead));
  const issue = b.add({
    id: own("issue"),
    kind: "userTask",
    name: "统一出件",
    lane: lead,
    assignee: lead,
    documentation: issueDocumentation(model),
  });
  b.parallel(acceptance.split, issue, [...network.entries, ...deferred.map((f) => f.entry)], [...network.exits, ...deferred.map((f) => f.exit)], {
    fork: own("fork"),
    join: own("join"),
    lane: lead,
  });

  const checks = model.commitments.flatMap((c) => addPostCheck(b, model, c.name, deptId) ?? []);
  addAcceptanceOutcomes(b, model, lead, acceptance);
  const end = b.add({ id: own("end"), kind: "endEvent", name: "办结", lane: lead });
  b.parallel(
    issue,
    end,
    checks.map((f) => f.entry),
    checks.map((f) => f.exit),
    { fork: own("checks_fork"), join: own("checks_join"), lane: lead },
  );

  b.done();
  return {
    id: model.id,
    name: model.name,
    lanes: model.departments.map((d) => ({ id: d.id, name: d.name })),
    nodes: b.nodes,
    flows: b.flows,
  };
}

/** 统一出件 issues what was granted: each sub-item's result unless it was refused. */
function issueDocumentation(model: Model): string {
  const lines = ["各子事项办结、容缺材料补齐后，由牵头部门统一出件，出具已准予的子事项的结果："];
  for (const i of model.items) {
    lines.push(`- ${i.name}：${i.produces ?? "办理结果"}（${resultPath(i.id)} 为“${REVIEW.grant}”或未记录时出具；为“${REVIEW.refuse}”时出具不予许可决定书）`);
  }
  lines.push("The lead department issues the results of the sub-items granted (a refused one gets its decision of refusal instead).");
  return lines.join("\n");
}
