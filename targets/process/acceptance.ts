// 统一受理 and its three outcomes (行政许可法第三十二条): 受理 starts the sub-items; 补正 tells the
// applicant once everything to correct and waits for the corrections (a user task of the lead
// department, with the correction deadline as an interrupting timer when declared), then goes back
// to 统一受理; 不予受理 ends the case with the reasons (the 不予受理情形 and where to go instead).
// Every time limit of the sub-items starts after 受理, so the correction time counts toward none.
import type { Model } from "../../compiler/model.js";
import type { GraphBuilder } from "./builder.js";
import { ACCEPTANCE, decided, resultPath } from "./decisions.js";
import { limitLabel, timerFor } from "./durations.js";

export interface Acceptance {
  /** Where the case enters: the merge before 统一受理 (the correction loop comes back to it). */
  entry: string;
  merge: string;
  task: string;
  /** The split on 统一受理's result; its next unconditional flow (受理) is its default. */
  split: string;
}

const own = (model: Model, role: string): string => `${model.id}_${role}`;

/** The merge, 统一受理 and the split on its result. */
export function addAcceptance(b: GraphBuilder, model: Model, lead: string): Acceptance {
  const merge = b.add({ id: own(model, "accept_merge"), kind: "exclusiveGateway", lane: lead });
  const lines = [
    `牵头部门统一受理“${model.name}”的申请，一次性收取材料；容缺材料另行补交。`,
    `受理结果记录在 ${resultPath(own(model, "accept"))}：${ACCEPTANCE.accept}、${ACCEPTANCE.correct}（一次性告知需补正的全部内容）或${ACCEPTANCE.refuse}（说明理由）；未记录时按${ACCEPTANCE.accept}。`,
    "各子事项的时限自受理时起算，补正的时间不计入。",
    `The result is recorded as ${resultPath(own(model, "accept"))}: ${ACCEPTANCE.accept} (accepted), ${ACCEPTANCE.correct} (corrections asked for, all at once) or ${ACCEPTANCE.refuse} (refused, with the reason); none recorded counts as accepted.`,
  ];
  const task = b.add({ id: own(model, "accept"), kind: "userTask", name: "统一受理", lane: lead, assignee: lead, documentation: lines.join("\n") });
  const split = b.add({
    id: own(model, "accept_split"),
    kind: "exclusiveGateway",
    name: "受理结果？",
    lane: lead,
    documentation: `按统一受理的结果（${resultPath(task)}）：补正、不予受理，否则受理。`,
  });
  b.flow(merge, task);
  b.flow(task, split);
  b.defaultNext(split, ACCEPTANCE.accept);
  return { entry: merge, merge, task, split };
}

function correctionDocumentation(model: Model): string {
  const c = model.correction;
  const lines = ["一次性告知申请人需要补正的全部内容，收到补正材料后重新受理。补正的时间不计入办理时限：各子事项的时限在受理后才开始计算。"];
  if (c?.what.length) lines.push(`可补正：${c.what.join("；")}`);
  if (c?.noticeWithin) lines.push(`告知时限：${limitLabel("", c.noticeWithin).trim()}内一次性告知`);
  if (c?.within) lines.push(`补正期限：${limitLabel("", c.within).trim()}；逾期未补正的，${c.late ?? "按逾期未补正处理"}。`);
  else lines.push("补正期限未声明：流程不设补正期限定时器。");
  if (c?.basis.length) lines.push(`依据：${c.basis.join("；")}`);
  lines.push("Corrections: the applicant is told everything to correct at once; the time they take does not count toward any time limit, which all start at acceptance.");
  return lines.join("\n");
}

/** 不予受理's reasons: the cases the matter declares, each with where to go instead. */
function refusalDocumentation(model: Model): string {
  const lines = ["不予受理：出具不予受理通知书，说明理由（统一受理决定中的“不予受理理由”）和去向。"];
  if (model.inadmissible.length > 0) {
    lines.push("不予受理情形：");
    for (const x of model.inadmissible) {
      const where = x.item ? `（${x.item}）` : "";
      lines.push(`- ${x.name}${where}${x.redirect ? `；去向：${x.redirect}` : ""}${x.basis.length ? `；依据：${x.basis.join("；")}` : ""}`);
    }
  }
  lines.push("Not accepted: the applicant is told why and where to go instead; nothing is handled or issued.");
  return lines.join("\n");
}

/** 补正 (with its deadline) and 不予受理, leaving the split; added after the main network so the
 * main line keeps the first track of the lead department's lane. */
export function addAcceptanceOutcomes(b: GraphBuilder, model: Model, lead: string, a: Acceptance): void {
  const correct = b.add({
    id: own(model, "correct"),
    kind: "userTask",
    name: "补正材料",
    lane: lead,
    assignee: lead,
    documentation: correctionDocumentation(model),
  });
  b.flow(a.split, correct, { name: ACCEPTANCE.correct, condition: decided(a.task, ACCEPTANCE.correct) });
  const within = model.correction?.within;
  const timer = timerFor(within, ["补正期限", "deadline for corrections"]);
  if (within && timer) {
    const expired = b.add({
      id: own(model, "correct_timer"),
      kind: "boundaryEvent",
      name: limitLabel("补正期限", within),
      lane: lead,
      attachedTo: correct,
      timer,
      cancelActivity: true,
      documentation: timer.documentation,
    });
    const late = model.correction?.late;
    const end = b.add({
      id: own(model, "correct_late"),
      kind: "endEvent",
      name: late ? `逾期未补正，${late}` : "逾期未补正",
      lane: lead,
      documentation: `补正期限届满未补正${late ? `：${late}` : ""}。\nNo corrections within the deadline${late ? `: ${late}` : ""}.`,
    });
    b.flow(expired, end);
  }
  b.flow(correct, a.merge, { back: true });
  const refused = b.add({ id: own(model, "refused"), kind: "endEvent", name: "不予受理", lane: lead, documentation: refusalDocumentation(model) });
  b.flow(a.split, refused, { name: ACCEPTANCE.refuse, condition: decided(a.task, ACCEPTANCE.refuse) });
}
