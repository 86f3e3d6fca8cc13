// Why a material is, or is not, asked of the applicant, read from the compiled model: where it
// comes from, which commitments replace it, which sub-items need it, and when it is handed in.
// This is the question reform-office staff ask of every material ("减材料").
import type { Material, Model } from "../../compiler/model.js";
import type { Lang } from "../../compiler/schema.js";
import { conditionSentence } from "../../targets/conditions/sentence.js";
import { ui } from "./texts.js";

function sourceLine(m: Material, lang: Lang): string {
  const t = ui(lang).material;
  switch (m.source.kind) {
    case "e-licence":
      return t.eLicence(m.source.licence ?? "");
    case "data-sharing":
      return t.dataSharing(m.source.department ?? "");
    case "prior-output":
      return t.priorOutput(m.source.item ?? "");
    case "system":
      return t.system;
    case "intermediary":
      return t.intermediary;
    default:
      return t.applicant;
  }
}

/** Markdown lines for one matter's view of the material. */
export function materialWhy(model: Model, name: string, lang: Lang): string[] {
  const m = model.materials.find((x) => x.name === name);
  if (!m) return [];
  const t = ui(lang).material;
  const list = (names: string[]) => names.join(lang === "en" ? ", " : "、");
  const lines = [lang === "en" ? `**${t.heading}** (${model.name})` : `**${t.heading}**（${model.name}）`, "", `- ${sourceLine(m, lang)}`];
  if (m.fromApplicant && m.replacedBy.length) lines.push(`- ${t.replacedBy(list(m.replacedBy))}`);
  lines.push(`- ${m.askedBy.length ? t.askedBy(list(m.askedBy)) : t.notAsked}`);
  const when = conditionSentence(m.uploadWhen, { situations: model.situations, commitments: model.commitments });
  if (m.fromApplicant && when && m.uploadWhen.op !== "false") lines.push(lang === "en" ? `- Handed in (as the guide says it): ${when}` : `- ${when}时提交。`);
  return lines;
}
