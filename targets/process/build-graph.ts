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
import { addNotice, addProactiveStart, applicantLane } from "./proactive.js";
import { addReceiving, receivingLane } from "./receiving.js";

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

  // A 免申办 matter starts from a message or a timer and its eligibility (proactive.ts); any other
  // from the application, accepted once (统一受理), received away from the handling place where
  // 异地代收代办 applies (receiving.ts).
  const p = model.proactive;
  let acceptance: ReturnType<typeof addAcceptance> | undefined;
  let begin: string;
  if (p) begin = addProactiveStart(b, model, p, lead).exit;
  else {
    const start = b.add({ id: own("start"), kind: "startEvent", name: "申请提交", lane: lead });
    acceptance = addAcceptance(b, model, lead);
    const remote = addReceiving(b, model, acceptance.entry);
    if (remote) b.flow(start, remote);
    b.flow(remote ?? start, acceptance.entry);
    begin = acceptance.split;
  }

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
  b.parallel(begin, issue, [...network.entries, ...deferred.map((f) => f.entry)], [...network.exits, ...deferred.map((f) => f.exit)], {
    fork: own("fork"),
    join: own("join"),
    lane: lead,
  });

  const checks = model.commitments.flatMap((c) => addPostCheck(b, model, c.name, deptId) ?? []);
  if (acceptance) addAcceptanceOutcomes(b, model, lead, acceptance);
  const end = b.add({ id: own("end"), kind: "endEvent", name: "办结", lane: lead });
  // 主动告知 tells the person what was granted, last.
  const last = p ? addNotice(b, model, p, lead) : end;
  if (p) b.flow(last, end);
  b.parallel(
    issue,
    last,
    checks.map((f) => f.entry),
    checks.map((f) => f.exit),
    { fork: own("checks_fork"), join: own("checks_join"), lane: lead },
  );

  b.done();
  return {
    id: model.id,
    name: model.name,
    // The person's lane (免申办 with 申请人确认 or 填写缺项) and the receiving window's come first:
    // the case starts there.
    lanes: [applicantLane(model), receivingLane(model), ...model.departments.map((d) => ({ id: d.id, name: d.name }))].filter((l) => l !== undefined),
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
