// The one table of materials: every material of the matter once, with what the applicant does about
// it. A material a department fetches says why it is not asked (电子证照, 数据共享, 前序产出, 系统生成);
// one a commitment can replace says so; 容缺 states its deadline; a conditional one states its
// condition as a sentence.
import { evaluate } from "../../compiler/conditions.js";
import type { Material, Model } from "../../compiler/model.js";
import { conditionSentence, type SentenceContext } from "../conditions/sentence.js";
import type { Answers } from "./answers.js";
import { httpUrl } from "./url.js";
import { durationText, fetchedReason, sourceLabel } from "./words.js";
import { perEntryGroup, perEntryPhrase } from "../repeat.js";

export interface MaterialRow {
  index: number;
  id: string;
  name: string;
  form: string;
  copies: number;
  /** 每项一份: "每名从业人员一份", for a material handed in once per entry of a repeating group. */
  perEntry?: string;
  paperSize: string;
  source: string;
  /** "需提交", "免提交" or "可承诺免交". */
  submit: string;
  /** True when the applicant hands it in (before any commitment). */
  fromApplicant: boolean;
  /** Why it is not asked, for one a department fetches or a commitment replaces. */
  reason?: string;
  /** "如选择设置户外招牌": when the case needs it, when that is not always. */
  condition?: string;
  deferrable?: string;
  /** "逾期未补交的：…", only when the office declared it (逾期后果). */
  late?: string;
  necessity: string;
  optional: boolean;
  note?: string;
  /** Only an http(s) URL, normalised; absent otherwise. */
  sampleUrl?: string;
  /** 空白表格: the blank form's link, like the sample's. */
  blankFormUrl?: string;
  /** 受理标准 and 依据, as sentences. */
  criteria?: string;
  basis?: string;
  askedBy: string[];
  /** The 说明 column as sentences: condition, reason, 容缺, note (the sample link apart). */
  notes: string[];
  /** Whether the 说明 column has anything, sample link included. */
  hasNotes: boolean;
  /** Whether the case the answers describe needs it at all. */
  needed: boolean;
  /** Whether the applicant hands it in for that case (not when only in a case stated in words). */
  asked: boolean;
  /** 提交情形: handed in only in the case these words describe, which no answer decides. */
  submitWhen?: string;
  /** Whether it would be handed in for that case if the words apply. */
  maybe: boolean;
}

export function sentenceContext(model: Model): SentenceContext {
  return { situations: model.situations, commitments: model.commitments, fields: model.fields };
}

export function materialRows(model: Model, answers: Answers): MaterialRow[] {
  const ctx = sentenceContext(model);
  return model.materials.map((m, i) => {
    const group = perEntryGroup(model, m);
    return materialRow(m, i + 1, answers, ctx, group && perEntryPhrase(group));
  });
}

function materialRow(m: Material, index: number, answers: Answers, ctx: SentenceContext, perEntry?: string): MaterialRow {
  const replaced = m.fromApplicant && m.replacedBy.length > 0;
  const fetched = fetchedReason(m.source);
  // 备用来源: what happens when the first source fails, said with the reason it is not asked.
  const otherwise = m.fallback ? `无法通过${sourceLabel(m.source)}获取的，${m.fallback.kind === "applicant" ? `由申请人自备（${m.form}）` : `改为${sourceLabel(m.fallback)}`}` : undefined;
  const reason = !m.fromApplicant
    ? [fetched ?? "由部门获取", otherwise].filter(Boolean).join("；")
    : replaced
      ? `告知承诺：选择以告知承诺方式办理（${m.replacedBy.join("、")}）的，免于提交`
      : undefined;
  const condition = conditionSentence(m.neededWhen, ctx) || undefined;
  const deferrable = m.deferrable ? `容缺受理：可于受理后${durationText(m.deferrable)}内补交` : undefined;
  // Only the consequence the office declared (逾期后果); none is made up.
  const late = m.deferrable && m.lateConsequence ? `逾期未补交的：${m.lateConsequence}` : undefined;
  const sampleUrl = httpUrl(m.sample);
  const blankFormUrl = httpUrl(m.blankForm);
  const criteria = m.acceptanceCriteria?.length ? `受理标准：${m.acceptanceCriteria.join("；")}` : undefined;
  const basis = m.basis?.length ? `依据：${m.basis.join("；")}` : undefined;
  // Conditional only in words (提交情形) when no 适用 decides it: never counted as handed in.
  const inWords = m.submitWhen !== undefined && m.when.op === "true" ? m.submitWhen : undefined;
  const upload = evaluate(m.uploadWhen, answers);
  return {
    index,
    id: m.id,
    name: m.name,
    form: m.form,
    copies: m.copies,
    perEntry,
    paperSize: m.paperSize ?? "—",
    source: sourceLabel(m.source),
    submit: !m.fromApplicant ? "免提交" : replaced ? "可承诺免交" : inWords ? "视情形提交" : "需提交",
    fromApplicant: m.fromApplicant,
    reason,
    condition,
    deferrable,
    late,
    necessity: m.necessity,
    optional: m.necessity === "非必要",
    note: m.note,
    sampleUrl,
    blankFormUrl,
    criteria,
    basis,
    askedBy: m.askedBy,
    notes: [perEntry, condition && `${condition}时需要`, inWords && `提交情形：${inWords}`, reason, deferrable, late, m.note, criteria, basis].filter((x): x is string => Boolean(x)),
    hasNotes: Boolean(perEntry || condition || inWords || reason || deferrable || late || m.note || criteria || basis || sampleUrl || blankFormUrl),
    needed: evaluate(m.neededWhen, answers),
    asked: upload && !inWords,
    submitWhen: inWords,
    maybe: upload && !!inWords,
  };
}
