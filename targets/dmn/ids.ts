// The ids of eligibility.dmn's decisions, which the process target's business-rule tasks call
// (Camunda 7 `camunda:decisionRef`, Camunda 8 `zeebe:calledDecision decisionId`). ASCII NCNames
// built from the model's ids, so that every engine takes them as keys; a sub-item's id is only
// unique within its matter, so the matter's id comes first.
import type { Item, Model } from "../../compiler/model.js";

/** The decision of the matter's 免申办 (`Model.proactive`), or of a sub-item's (`Item.proactive`). */
export function eligibilityDecisionId(model: Pick<Model, "id">, item?: Pick<Item, "id">): string {
  return item ? `Eligibility_${model.id}_${item.id}` : `Eligibility_${model.id}`;
}

/** The decision's two outputs, the names of the entries of its single result. */
export const ELIGIBLE_OUTPUT = "符合";
export const FAILED_RULE_OUTPUT = "未满足条件";

/** The process variable a business-rule task stores the decision's result in, under the task's
 * id `<owner id>_eligibility` (ASCII, as Camunda 8 wants result variables). */
const RESULT_SUFFIX = "_eligibility";
export function eligibilityResult(ownerId: string): string {
  return `${ownerId}${RESULT_SUFFIX}`;
}

/** The output a process condition's subject reads when it is an eligibility result's entry
 * (`<owner id>_eligibility.符合` → 符合); undefined for any other subject. */
export function eligibilityOutputOf(subject: string): string | undefined {
  const dot = subject.indexOf(".");
  return dot > 0 && subject.slice(0, dot).endsWith(RESULT_SUFFIX) ? subject.slice(dot + 1) : undefined;
}
