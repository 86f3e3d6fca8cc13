// The parts around the sub-items: supervision when a time limit passes (督办), the wait for
// materials accepted as missing (容缺受理 → 补交材料), and the checks after a commitment (事后核查).
import type { Cond, Material, Model } from "../../compiler/model.js";
import { and } from "../../compiler/conditions.js";
import { conditionSentence } from "../conditions/sentence.js";
import type { Fragment, GraphBuilder } from "./builder.js";
import type { TimerSpec } from "./graph.js";
import { limitLabel, timerFor } from "./durations.js";

/**
 * A non-interrupting timer on a task that hands the case to the lead department for supervision:
 * the task goes on, and the lead department gets a 督办 task of its own.
 */
export function escalation(
  b: GraphBuilder,
  spec: { prefix: string; host: string; lane: string; lead: string; timerName: string; timer: TimerSpec; urgeName: string },
): void {
  const timer = b.add({
    id: `${spec.prefix}_timer`,
    kind: "boundaryEvent",
    name: spec.timerName,
    lane: spec.lane,
    attachedTo: spec.host,
    timer: spec.timer,
    cancelActivity: false,
    documentation: spec.timer.documentation,
  });
  const urge = b.add({
    id: `${spec.prefix}_urge`,
    kind: "userTask",
    name: spec.urgeName,
    lane: spec.lead,
    assignee: spec.lead,
    documentation: "超过时限仍未办结：由牵头部门督办，原任务继续办理。\nThe time limit has passed: the lead department follows the case up; the task itself goes on.",
  });
  const done = b.add({ id: `${spec.prefix}_urged`, kind: "endEvent", name: "督办完成", lane: spec.lead });
  b.flow(timer, urge);
  b.flow(urge, done);
}

/** Materials that may be handed in after acceptance, in model order, with when they are owed. */
export function deferredMaterials(model: Model): Material[] {
  return model.materials.filter((m) => m.deferrable && m.deferrable.value > 0 && m.uploadWhen.op !== "false");
}

/**
 * 补交材料: the lead department waits for a material accepted as missing. Its deadline is an
 * interrupting timer that ends the whole case (终止办理), as 容缺受理 rules require.
 */
export function addDeferredMaterial(b: GraphBuilder, model: Model, m: Material, lead: string): Fragment {
  const prefix = m.id;
  const limit = m.deferrable!;
  const task = b.add({
    id: `${prefix}_supply`,
    kind: "userTask",
    name: `补交材料：${m.name}`,
    lane: lead,
    assignee: lead,
    documentation: `容缺受理：${m.name}可在受理后 ${limitLabel("", limit).trim()}内补交；逾期未补交的，终止办理。统一出件等待补交完成。`,
  });
  const timer = timerFor(limit, ["补交期限", "deadline for the missing material"])!;
  const expired = b.add({
    id: `${prefix}_timer`,
    kind: "boundaryEvent",
    name: limitLabel("补交期限", limit),
    lane: lead,
    attachedTo: task,
    timer,
    cancelActivity: true,
    documentation: timer.documentation,
  });
  const end = b.add({ id: `${prefix}_terminated`, kind: "endEvent", name: "终止办理", lane: lead, terminate: true });
  b.flow(expired, end);
  const inner = { entry: task, exit: task };
  if (m.uploadWhen.op === "true") return inner;
  return b.optional(prefix, lead, inner, m.uploadWhen, {
    question: `是否需补交${m.name}？`,
    applies: "需提交",
    skips: "无需提交",
    documentation: `${conditionSentence(m.uploadWhen, { situations: model.situations, commitments: model.commitments })}，需提交${m.name}。`,
  });
}

/** When a commitment is in force: it is offered and the applicant answered yes to it. */
export function commitmentTaken(model: Model, name: string): Cond {
  const c = model.commitments.find((x) => x.name === name)!;
  return and(c.offeredWhen, { op: "eq", subject: c.name, value: true });
}

/** 事后核查: after the case is issued, the verifying department checks what was committed. */
export function addPostCheck(b: GraphBuilder, model: Model, name: string, deptId: (name: string) => string): Fragment | undefined {
  const c = model.commitments.find((x) => x.name === name)!;
  const when = commitmentTaken(model, name);
  if (when.op === "false") return undefined;
  const prefix = c.id;
  const lane = deptId(c.department);
  const lead = deptId(model.lead);
  const method = c.verification?.method ?? "核查";
  const time = c.verification?.time;
  const task = b.add({
    id: `${prefix}_check`,
    kind: "userTask",
    name: `事后核查：${c.name}`,
    lane,
    assignee: lane,
    documentation: `告知承诺“${c.name}”的事后核查：${method}${time ? `，${limitLabel("", time).trim()}内完成` : ""}。`,
  });
  const timer = timerFor(time, ["核查时限", "time for the check"]);
  if (time && timer) {
    escalation(b, { prefix, host: task, lane, lead, timerName: limitLabel("核查时限", time), timer, urgeName: `督办：事后核查${c.name}` });
  }
  return b.optional(prefix, lane, { entry: task, exit: task }, when, {
    question: `是否以告知承诺办理（${c.name}）？`,
    applies: "已承诺",
    skips: "未承诺",
    documentation: `申请人选择以告知承诺方式办理${c.name}时，出件后进行事后核查。`,
  });
}
