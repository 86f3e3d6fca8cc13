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

export function expectedFor(model: Model, answers: Answers): Expected {
  const shown: string[] = [];
  const required: string[] = [];
  const add = (path: string, isRequired: boolean) => {
    shown.push(path);
    if (isRequired) required.push(path);
  };
  for (const s of model.situations) add(s.name, s.type === "single" || s.type === "number");
  for (const f of model.fields) if (evaluate(f.neededWhen, answers)) add(dataPath(model, f), f.required);
  for (const c of model.commitments) if (evaluate(c.offeredWhen, answers)) add(c.name, false);
  for (const m of model.materials) {
    if (evaluate(m.uploadWhen, answers)) add(materialPath(model, m), m.necessity === "必要" && !m.deferrable);
  }
  return { shown: shown.sort(), required: required.sort() };
}
