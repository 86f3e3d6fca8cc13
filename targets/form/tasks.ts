// Staff task forms: what each user task of process.bpmn decides. A clerk sees the application
// read-only and records the step's decision (统一受理: 受理/补正/不予受理; a sub-item: 准予/不予
// and 审查意见; 事后核查: 核查结果 …). The decision of a task is one object stored under the task's
// id (a process variable of that name), so parallel tasks never overwrite each other.
//
// The tasks are the process target's user tasks (build-graph.ts), read from its graph so the two
// cannot disagree; their kind follows from how the graph names them.
import type { Cond, Model } from "../../compiler/model.js";
import { buildGraph } from "../process/build-graph.js";
import { CONFIRM } from "../process/proactive.js";

export type TaskKind = "accept" | "correct" | "review" | "supply" | "check" | "urge" | "issue" | "special" | "window" | "post" | "confirm" | "fill";

/** One answer of a decision, in the decision object under its key. */
export interface Decision {
  key: string;
  label: string;
  type: "single" | "longText";
  options?: string[];
  required: boolean;
  /** Shown (and, if required, required) only when another decision has this value. */
  when?: { key: string; value: string };
  description?: string;
}

export interface StaffTask {
  /** The BPMN user task's id; also the key of its decision in the process variables. */
  id: string;
  name: string;
  kind: TaskKind;
  /** Candidate group: the department's id. */
  department: string;
  /** Title of the decision section. */
  title: string;
  decisions: Decision[];
}

/** The form a user task references: `form-<task id>` (process/flavours.ts uses the same rule). */
export function taskFormId(taskId: string): string {
  return `form-${taskId}`;
}

const RESULT = "结果";
const OPINION = "意见";

function decisionsFor(kind: TaskKind): { title: string; decisions: Decision[] } {
  switch (kind) {
    case "accept":
      return {
        title: "受理决定",
        decisions: [
          { key: RESULT, label: "受理结果", type: "single", options: ["受理", "补正", "不予受理"], required: true },
          { key: "补正内容", label: "需补正的内容", type: "longText", required: true, when: { key: RESULT, value: "补正" }, description: "一次性告知申请人需要补正的全部内容" },
          { key: "不予受理理由", label: "不予受理的理由", type: "longText", required: true, when: { key: RESULT, value: "不予受理" } },
          { key: OPINION, label: "受理意见", type: "longText", required: false },
        ],
      };
    case "correct":
      return {
        title: "补正情况",
        decisions: [
          { key: "补正材料", label: "收到的补正材料", type: "longText", required: true, description: "申请人按一次性补正告知补齐、更正的材料；收到后重新受理" },
          { key: OPINION, label: "说明", type: "longText", required: false },
        ],
      };
    case "review":
      return {
        title: "审查决定",
        decisions: [
          { key: RESULT, label: "审查结果", type: "single", options: ["准予", "不予"], required: true },
          { key: OPINION, label: "审查意见", type: "longText", required: true },
        ],
      };
    case "supply":
      return {
        title: "补交情况",
        decisions: [
          { key: RESULT, label: "补交结果", type: "single", options: ["已补交", "逾期未补交"], required: true },
          { key: OPINION, label: "说明", type: "longText", required: false },
        ],
      };
    case "check":
      return {
        title: "核查结果",
        decisions: [
          { key: RESULT, label: "核查结果", type: "single", options: ["属实", "不属实"], required: true },
          { key: OPINION, label: "核查说明", type: "longText", required: true, when: { key: RESULT, value: "不属实" }, description: "承诺内容与实际不符的情况及处理" },
        ],
      };
    case "special":
      return {
        title: "特殊环节",
        decisions: [
          { key: RESULT, label: "特殊环节结果", type: "single", options: ["已完成", "未通过"], required: true, description: "特殊环节的时间不计入办理时限" },
          { key: OPINION, label: "说明", type: "longText", required: true, when: { key: RESULT, value: "未通过" }, description: "未通过的原因，如公示期内有异议、检测不合格" },
        ],
      };
    case "urge":
      return { title: "督办", decisions: [{ key: OPINION, label: "督办意见", type: "longText", required: true }] };
    case "window":
      // 跨域办 异地代收代办: a receiving window's check (身份核验, 形式审查 …).
      return {
        title: "收件核验",
        decisions: [
          { key: RESULT, label: "核验结果", type: "single", options: ["通过", "不通过"], required: true },
          { key: OPINION, label: "核验说明", type: "longText", required: true, when: { key: RESULT, value: "不通过" } },
        ],
      };
    case "post":
      return {
        title: "寄递",
        decisions: [
          { key: "寄递单号", label: "寄递单号", type: "longText", required: true, description: "寄往办理地的申请材料的寄递单号" },
          { key: OPINION, label: "说明", type: "longText", required: false },
        ],
      };
    case "confirm":
      // 免申办 with consent: the person confirms or declines (process/proactive.ts reads 结果).
      return { title: "申请人确认", decisions: [{ key: RESULT, label: "是否同意按以上信息办理", type: "single", options: [CONFIRM.yes, CONFIRM.no], required: true }] };
    case "fill":
      // 快申快享: the person's own task; its form is the prefilled application itself (index.ts).
      return { title: "填写缺项", decisions: [] };
    case "issue":
      return {
        title: "出件",
        decisions: [
          { key: RESULT, label: "出件方式", type: "single", options: ["窗口领取", "邮寄送达", "电子证照"], required: true },
          { key: OPINION, label: "出件说明", type: "longText", required: false },
        ],
      };
  }
}

function kindOf(model: Model, id: string): TaskKind {
  if (id === `${model.id}_accept`) return "accept";
  if (id === `${model.id}_issue`) return "issue";
  if (id === `${model.id}_correct`) return "correct";
  if (id.endsWith("_urge")) return "urge";
  if (id.endsWith("_supply")) return "supply";
  if (id.endsWith("_check")) return "check";
  if (model.items.some((i) => i.id === id)) return "review";
  if (model.items.some((i) => i.specialSteps?.some((s) => s.id === id))) return "special";
  if (id === `${model.id}_confirm`) return "confirm";
  if (id === `${model.id}_fill`) return "fill";
  if (id === `${model.id}_post`) return "post";
  if (id.startsWith(`${model.id}_window_`)) return "window";
  throw new Error(`form: user task ${id} of ${model.code} is of no known kind`);
}

export function staffTasks(model: Model): StaffTask[] {
  return buildGraph(model)
    .nodes.filter((n) => n.kind === "userTask")
    .map((n) => {
      const kind = kindOf(model, n.id);
      return { id: n.id, name: n.name ?? n.id, kind, department: n.assignee ?? n.lane, ...decisionsFor(kind) };
    });
}

/** A decision's condition as a model condition on the decision object's keys. */
export function decisionCond(d: Decision): Cond {
  return d.when ? { op: "eq", subject: d.when.key, value: d.when.value } : { op: "true" };
}
