// When a matter is in force, as every published page says it: the declared dates, the template a
// local version localises, and — for a build `--on` a date — whether it is in force that day.
// Nothing is said when nothing was declared.
import type { Effective, Model } from "../../compiler/model.js";
import { asOf, dateText, itemsText, stateOn } from "../in-force.js";

export interface ValidityView {
  /** "自2026年1月1日起施行" and the like, then the sub-items' declared dates; empty when no date was declared. */
  text: string;
  /** Only for a build on a date: "in-force", "not-yet" or "ended". */
  state?: "in-force" | "not-yet" | "ended";
  /** "截至…尚未施行" / "截至…已停止施行" for a build on a date when it is not in force, followed by
   * the sub-items not in force that day (“子事项“甲”已停止施行”). */
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
  // The matter's dates, then each sub-item's that declares any ("子事项“甲”自…起施行").
  const text = [effectiveText(model.effective), ...model.items.flatMap((i) => (i.effective ? [`子事项“${i.name}”${effectiveText(i.effective)}`] : []))].filter(Boolean).join("；");
  const template = model.template ? `本地化省级模板「${model.template.name}」（${model.template.code}）` : undefined;
  const state = on ? stateOn(model.effective, on) : undefined;
  const matter = state === "not-yet" ? `截至${dateText(on!)}尚未施行` : state === "ended" ? `截至${dateText(on!)}已停止施行` : undefined;
  // Sub-items not in force that day are named after the matter's own state.
  const items = itemsText(asOf(model, on)?.items ?? []);
  const warning = matter && items ? `${matter}；${items}` : matter ?? (items ? `截至${dateText(on!)}，${items}` : undefined);
  if (!text && !template && !warning) return undefined;
  return { text, state, warning, template };
}
