// A sub-item's refusal (不予许可) in the process. Only 终止办理 changes the way on at the sub-item
// itself: a gateway after its task ends the whole case at a terminate end event when it was
// refused. 跳过后续 acts on the sub-items depending on it (their "applies" condition, see
// decisions.ts `runsWhen`); 继续办理 lets everything go on. In both, what follows the sub-item's
// own task (its uncounted special steps after it: 制证, 邮寄…) takes place only when it was granted.
import type { Item, Model } from "../../compiler/model.js";
import type { Fragment, GraphBuilder } from "./builder.js";
import { REVIEW, refused, refusalText, resultPath } from "./decisions.js";

export function addRefusal(b: GraphBuilder, model: Model, item: Item, lane: string, task: string): Fragment {
  if (item.onRefusal.effect !== "终止办理") return { entry: task, exit: task };
  const split = b.add({
    id: `${item.id}_review`,
    kind: "exclusiveGateway",
    name: "审查结果？",
    lane,
    documentation: `按${item.name}的审查结果（${resultPath(item.id)}）：${REVIEW.refuse}则终止办理，否则继续。`,
  });
  const end = b.add({
    id: `${item.id}_refused`,
    kind: "endEvent",
    name: "不予许可，终止办理",
    lane,
    terminate: true,
    documentation:
      `${item.name}不予许可：由办理部门出具不予许可决定书并说明理由。${refusalText(model, item)}` +
      `\n${item.id} refused: the whole case ends here (terminate end event); nothing is issued.`,
  });
  b.flow(task, split);
  b.flow(split, end, { name: "不予许可", condition: refused(item) });
  b.defaultNext(split, REVIEW.grant);
  return { entry: task, exit: split };
}
