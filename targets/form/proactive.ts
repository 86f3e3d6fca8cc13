// 免申办 (Model.proactive, Item.proactive) in the forms (docs/forms.md "免申办"):
// - a sub-item granted without application asks nothing on the applicant form: a field or material
//   only such sub-items ask for is dropped, one that other sub-items ask for too is asked exactly
//   when one of those others applies;
// - 快申快享 (matter): the pushed application. Prefilled fields (confirmedFields, each with a 来源)
//   are read-only, only missingFields are typed, and the applicant ticks 本人确认 before submitting;
// - 免申即享 with consent (matter): a confirmation form, the data read-only and 同意/不同意;
// - 免申即享 with notify (matter): no applicant form at all (the person is only told).
import { and, or } from "../../compiler/conditions.js";
import type { Cond, Model, Proactive } from "../../compiler/model.js";
import type { Question, Section } from "./plan.js";
import { CONFIRM } from "../process/proactive.js";

/** What the applicant's form of a matter is. */
export type ApplicantForm = "application" | "quick" | "consent" | "none";

export function applicantForm(model: Pick<Model, "proactive">): ApplicantForm {
  const p = model.proactive;
  if (!p) return "application";
  if (p.mode === "快申快享") return "quick";
  return p.confirmation === "consent" ? "consent" : "none";
}

/** The data key of the 快申快享 confirmation (a yes/no that must be ticked). */
export const CONFIRM_KEY = "本人确认";
export const CONFIRM_LABEL = "本人确认以上信息真实无误";
/** The data key of the 免申即享 consent, and its two answers: those the process's 申请人确认
 * task records (process/proactive.ts CONFIRM: 确认 / 不同意). */
export const CONSENT_KEY = "确认意见";
export const CONSENT_OPTIONS: string[] = [CONFIRM.yes, CONFIRM.no];

/**
 * When a field or material is asked on the applicant form, given the sub-items that ask for it:
 * `when` (its neededWhen or uploadWhen) restricted to the sub-items not granted without
 * application. FALSE when only such sub-items ask; `when` unchanged when none of them is proactive.
 * (needed = or(askers) ∧ own condition, so needed ∧ or(others) = or(others) ∧ own condition.)
 */
export function askedWhen(model: Pick<Model, "items">, askedBy: string[], when: Cond): Cond {
  const proactive = new Set(model.items.filter((i) => i.proactive).map((i) => i.name));
  if (!askedBy.some((i) => proactive.has(i))) return when;
  const others = model.items.filter((i) => askedBy.includes(i.name) && !proactive.has(i.name));
  return others.length === 0 ? { op: "false" } : and(when, or(...others.map((i) => i.when)));
}

function durationText(p: Proactive): string | undefined {
  return p.confirmWithin ? `请在 ${p.confirmWithin.value} 个${p.confirmWithin.unit}内确认` : undefined;
}

/** The section that ends a 快申快享 or 免申即享 (consent) form: what the person confirms. */
export function confirmationSection(model: Pick<Model, "proactive">): Section | undefined {
  const kind = applicantForm(model);
  const p = model.proactive;
  if (!p || (kind !== "quick" && kind !== "consent")) return undefined;
  const grants = p.grants.length > 0 ? `给予：${p.grants.join("；")}` : undefined;
  const description = [grants, durationText(p)].filter(Boolean).join("；") || undefined;
  const q: Question =
    kind === "quick"
      ? { source: "confirmation", name: CONFIRM_KEY, id: "confirm", path: [CONFIRM_KEY], type: "boolean", label: CONFIRM_LABEL, description, required: true, when: { op: "true" } }
      : { source: "confirmation", name: CONSENT_KEY, id: "consent", path: [CONSENT_KEY], type: "single", label: "是否同意按以上信息办理", description, required: true, when: { op: "true" }, options: CONSENT_OPTIONS };
  return { kind: "confirmation", id: "confirmation", title: kind === "quick" ? "确认" : "确认意见", questions: [q] };
}

/** A confirmation that must be ticked (快申快享's 本人确认): each form requires `true`. */
export const mustBeTicked = (q: Question): boolean => q.source === "confirmation" && q.type === "boolean";
