// 特殊环节 in the process. A step whose time does not count toward the limit (公示, 检测, 鉴定…) is a
// task of its own in the sub-item's lane, before or after the sub-item's task and so outside the
// timer of its promised or legal time; its documentation says its time, that the time is not
// counted, and why. A step whose time counts happens inside the sub-item's task: it is named in
// that task's documentation. A step that applies only in some cases, or that a commitment can
// replace, is wrapped in its own "applies / skip" pair.
import type { Cond, Item, Model, SpecialStep } from "../../compiler/model.js";
import { conditionSentence } from "../conditions/sentence.js";
import type { Fragment, GraphBuilder } from "./builder.js";
import { limitLabel } from "./durations.js";
import { and, not } from "../../compiler/conditions.js";
import { refused } from "./decisions.js";

/** When a special step runs, given that its sub-item runs: its own 适用, and no commitment that
 * replaces it taken (the compiler's `runsWhen`); after the sub-item's task, also that it was not
 * refused. */
export function specialStepWhen(model: Model, s: SpecialStep): Cond {
  const item = model.items.find((i) => i.specialSteps?.includes(s));
  // After the task, only for a granted sub-item (a refusal that ends the case never gets here).
  if (item && s.position === "after" && item.onRefusal.effect !== "终止办理") return and(s.runsWhen, not(refused(item)));
  return s.runsWhen;
}

function replacedText(s: SpecialStep): string {
  return s.replacedBy?.length ? `；选择${s.replacedBy.map((c) => `“${c}”`).join("或")}告知承诺的，免于此环节，改为事后核查` : "";
}

function timeText(s: SpecialStep): string {
  return s.time ? limitLabel("", s.time).trim() : "所需时间未声明";
}

/** Lines for the sub-item task's documentation: the counted steps it includes. */
export function countedLines(item: Item): string[] {
  return (item.specialSteps ?? []).filter((s) => s.counted).map((s) => `含特殊环节：${s.name}（${timeText(s)}，计入时限${s.basis.length ? `；依据：${s.basis.join("；")}` : ""}${replacedText(s)}）`);
}

function documentation(item: Item, s: SpecialStep): string {
  const lines = [
    `特殊环节：${s.name}（${item.name}${s.position === "before" ? "办理前" : "办理后"}）`,
    `所需时间：${timeText(s)}，不计入${item.name}的时限，不在其时限计时器内。`,
    `Special step of ${item.id}; its time does not count toward the sub-item's limit and runs outside its timer.`,
  ];
  if (s.basis.length) lines.push(`依据：${s.basis.join("；")}`);
  if (s.note) lines.push(`说明：${s.note}`);
  if (s.replacedBy?.length) lines.push(replacedText(s).slice(1));
  return lines.join("\n");
}

/** The sub-item's task with its uncounted special steps before and after it, each optional where
 * it applies only in some cases. */
export function withSpecialSteps(b: GraphBuilder, model: Model, item: Item, lane: string, task: Fragment): Fragment {
  const steps = (item.specialSteps ?? []).filter((s) => !s.counted);
  if (steps.length === 0) return task;
  const ctx = { situations: model.situations, commitments: model.commitments };
  const fragment = (s: SpecialStep): Fragment => {
    const id = b.add({ id: s.id, kind: "userTask", name: `${s.name}（不计入时限）`, lane, assignee: lane, documentation: documentation(item, s) });
    let f: Fragment = { entry: id, exit: id };
    const when = specialStepWhen(model, s);
    if (when.op !== "true") {
      const sentence = conditionSentence(when, ctx);
      f = b.optional(s.id, lane, f, when, {
        question: `是否需要${s.name}？`,
        applies: "需要",
        skips: "不需要，跳过",
        documentation: `${sentence}，进行特殊环节${s.name}；否则跳过。${replacedText(s).slice(1)}`,
      });
    }
    return f;
  };
  const chain = [...steps.filter((s) => s.position === "before").map(fragment), task, ...steps.filter((s) => s.position === "after").map(fragment)];
  for (let k = 1; k < chain.length; k++) b.flow(chain[k - 1].exit, chain[k].entry);
  return { entry: chain[0].entry, exit: chain[chain.length - 1].exit };
}
