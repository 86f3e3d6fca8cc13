// 预填字段: the fields a platform fills from where the matter declares (来源), which the applicant
// only checks. The guide lists every such field on the form, with the case it is asked in; the
// notice lists those asked in the applicant's case.
import { evaluate } from "../../compiler/conditions.js";
import type { Field, Model } from "../../compiler/model.js";
import { conditionSentence } from "../conditions/sentence.js";
import type { Answers } from "./answers.js";
import { sentenceContext } from "./materials.js";

export interface PrefilledRow {
  /** The field's label, as the form shows it. */
  label: string;
  /** Where the value comes from: "卫生健康委共享数据“出生医学信息.母亲姓名”". */
  from: string;
  /** When the form asks for it, as a sentence; absent when always. */
  condition?: string;
}

/** Where a prefilled field's value comes from, as a phrase. */
export function sourceText(model: Pick<Model, "departments">, f: Field): string {
  const s = f.source!;
  switch (s.kind) {
    case "data-sharing": {
      const d = model.departments.find((x) => x.name === s.department);
      return `${d?.fullName ?? s.department}共享数据“${s.dataItem}”`;
    }
    case "e-licence":
      return `电子证照“${s.licence}”的“${s.dataItem}”`;
    case "identity":
      return "申请人统一身份认证信息";
    case "prior-output":
      return `子事项“${s.item}”的办理结果“${s.dataItem}”`;
  }
}

/** Every prefilled field on the form (the guide), or those asked for these answers (the notice). */
export function prefilledRows(model: Model, answers?: Answers): PrefilledRow[] {
  const ctx = sentenceContext(model);
  return model.fields
    .filter((f) => f.source && f.neededWhen.op !== "false" && (answers === undefined || evaluate(f.neededWhen, answers)))
    .map((f) => {
      const condition = answers === undefined ? conditionSentence(f.neededWhen, ctx) || undefined : undefined;
      return { label: f.label, from: sourceText(model, f), ...(condition ? { condition } : {}) };
    });
}
