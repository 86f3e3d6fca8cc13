// When a matter is in force, as every published page says it: the declared dates, the template a
// local version localises, and — for a build `--on` a date — whether it is in force that day.
// Nothing is said when nothing was declared.
import type { Effective, Model } from "../../compiler/model.js";
import { dateText, stateOn } from "../in-force.js";

export interface ValidityView {
  /** "自2026年1月1日起施行" and the like; empty when no date was declared. */
  text: string;
  /** Only for a build on a date: "in-force", "not-yet" or "ended". */
  state?: "in-force" | "not-yet" | "ended";
  /** "尚未施行" / "已停止施行" for a build on a date when it is not in force. */
  warning?: string;
  /** For a local version: "本地化省级模板「开办餐饮店」（QY-2024-03）". */
  template?: string;
}

export { dateText, stateOn };

export function effectiveText(e: Effective | undefined, what = "施行"): string {
  if (!e) return "";
  if (e.from && e.until) return `自${dateText(e.from)}起${what}，${dateText(e.until)}起停止${what}`;
  if (e.from) return `自${dateText(e.from)}起${what}`;
  return e.until ? `${dateText(e.until)}起停止${what}` : "";
}

export function validityView(model: Model, on?: string): ValidityView | undefined {
  const text = effectiveText(model.effective);
  const template = model.template ? `本地化省级模板「${model.template.name}」（${model.template.code}）` : undefined;
  const state = on ? stateOn(model.effective, on) : undefined;
  const warning = state === "not-yet" ? `截至${dateText(on!)}尚未施行` : state === "ended" ? `截至${dateText(on!)}已停止施行` : undefined;
  if (!text && !template && !warning) return undefined;
  return { text, state, warning, template };
}
