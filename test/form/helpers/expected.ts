// What the form must show for given answers, computed from the model itself (not from the
// target's plan): the data paths of the questions shown, and of those that must be answered.
import { evaluate } from "../../../compiler/conditions.js";
import type { Model } from "../../../compiler/model.js";
import type { Answers } from "./combinations.js";

export interface Expected {
  shown: string[];
  required: string[];
}

/** The list key of a repeating group. */
function listKey(model: Model, group: string): string {
  return model.form.groups.find((g) => g.name === group)!.repeat!.key;
}

/** Where a field's answer sits; inside a repeating group's entries, "*" stands for the index. */
export function dataPath(model: Model, f: Model["fields"][number]): string {
  return f.perEntry ? `${listKey(model, f.perEntry.group)}.*.${f.perEntry.key}` : f.key;
}

/** Where a material's upload sits: 材料.<name>, or inside each entry for 每项一份. */
export function materialPath(model: Model, m: Model["materials"][number]): string {
  return m.perEntry ? `${listKey(model, m.perEntry)}.*.材料.${m.name}` : `材料.${m.name}`;
}

/** 免申办 (#16): asked on the applicant form only for a sub-item that applies and is not granted
 * without application; a matter granted with consent asks the data and the consent, with notify
 * nothing; 快申快享 ends with 本人确认. */
function askedByApplicant(model: Model, askedBy: string[], answers: Answers): boolean {
  return model.items.some((i) => askedBy.includes(i.name) && !i.proactive && evaluate(i.when, answers));
}

export function expectedFor(model: Model, answers: Answers): Expected {
  const shown: string[] = [];
  const required: string[] = [];
  const add = (path: string, isRequired: boolean) => {
    shown.push(path);
    if (isRequired) required.push(path);
  };
  const p = model.proactive;
  if (p?.mode === "免申即享" && p.confirmation === "notify") return { shown, required };
  const onlyData = p?.mode === "免申即享";
  if (!onlyData) for (const s of model.situations) add(s.name, s.type === "single" || s.type === "number");
  for (const f of model.fields) if (evaluate(f.neededWhen, answers) && askedByApplicant(model, f.askedBy, answers)) add(dataPath(model, f), f.required);
  if (!onlyData) for (const c of model.commitments) if (evaluate(c.offeredWhen, answers)) add(c.name, false);
  for (const m of model.materials) {
    if (!onlyData && evaluate(m.uploadWhen, answers) && askedByApplicant(model, m.askedBy, answers)) add(materialPath(model, m), m.necessity === "必要" && !m.deferrable);
  }
  if (p) add(onlyData ? "确认意见" : "本人确认", true);
  return { shown: shown.sort(), required: required.sort() };
}
