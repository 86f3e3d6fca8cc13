// What the form must show for given answers, computed from the model itself (not from the
// target's plan): the data paths of the questions shown, and of those that must be answered.
import { evaluate } from "../../../compiler/conditions.js";
import type { Model } from "../../../compiler/model.js";
import type { Answers } from "./combinations.js";

export interface Expected {
  shown: string[];
  required: string[];
}

export function expectedFor(model: Model, answers: Answers): Expected {
  const shown: string[] = [];
  const required: string[] = [];
  const add = (path: string, isRequired: boolean) => {
    shown.push(path);
    if (isRequired) required.push(path);
  };
  for (const s of model.situations) add(s.name, s.type === "single" || s.type === "number");
  for (const f of model.fields) if (evaluate(f.neededWhen, answers)) add(f.key, f.required);
  for (const c of model.commitments) if (evaluate(c.offeredWhen, answers)) add(c.name, false);
  for (const m of model.materials) {
    if (evaluate(m.uploadWhen, answers)) add(`材料.${m.name}`, m.necessity === "必要" && !m.deferrable);
  }
  return { shown: shown.sort(), required: required.sort() };
}
