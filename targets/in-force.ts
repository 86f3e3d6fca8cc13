// What is in force on a date (`--on 2026-01-01`): the matter and its sub-items by their declared
// dates (from inclusive, until exclusive). Every artefact of a build on a date marks what is not.
import type { AsOf, Effective, Model } from "../compiler/model.js";

/** "2026年1月1日" for "2026-01-01". */
export function dateText(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** Whether something is in force on a date (YYYY-MM-DD): from inclusive, until exclusive. */
export function stateOn(e: Effective | undefined, on: string): "in-force" | "not-yet" | "ended" {
  if (e?.from && on < e.from) return "not-yet";
  if (e?.until && on >= e.until) return "ended";
  return "in-force";
}

/** The matter's and its sub-items' state on `on`; undefined for a build on no date. */
export function asOf(model: Model, on: string | undefined): AsOf | undefined {
  if (!on) return undefined;
  const items: AsOf["items"] = [];
  for (const i of model.items) {
    const state = stateOn(i.effective, on);
    if (state !== "in-force") items.push({ name: i.name, state });
  }
  return { date: on, state: stateOn(model.effective, on), items };
}

/** The same, but only when something is not in force on `on`: what every artefact other than
 * model.json carries (they stay unchanged for a build on no date or when all is in force). */
export function notInForce(model: Model, on: string | undefined): AsOf | undefined {
  const a = asOf(model, on);
  return a && (a.state !== "in-force" || a.items.length > 0) ? a : undefined;
}

const WORD = { "not-yet": "尚未施行", ended: "已停止施行" } as const;

/** "子事项“甲”尚未施行；子事项“乙”已停止施行" ("" for none). */
export function itemsText(items: AsOf["items"]): string {
  return items.map((i) => `子事项“${i.name}”${WORD[i.state]}`).join("；");
}

/** "截至2026年1月1日，本事项尚未施行；子事项“甲”已停止施行。" — undefined when all is in force.
 * `subject` names the matter where a text speaks of several (“开办餐饮店（QY-2024-03）”). */
export function asOfText(a: Pick<AsOf, "date" | "state" | "items"> | undefined, subject = "本事项"): string | undefined {
  if (!a) return undefined;
  const parts: string[] = [];
  if (a.state !== "in-force") parts.push(`${subject}${WORD[a.state]}`);
  const of = subject === "本事项" ? "" : `${subject}的`;
  for (const i of a.items) parts.push(`${of}子事项“${i.name}”${WORD[i.state]}`);
  return parts.length > 0 ? `截至${dateText(a.date)}，${parts.join("；")}。` : undefined;
}

/** A short mark for a name engines and task lists show (a process's name): "截至2026年1月1日尚未施行",
 * "截至2026年1月1日已停止施行", or "截至2026年1月1日有2个子事项不在施行期内"; undefined when all is
 * in force. Only the date and a count: the names are in the longer notice (asOfText). */
export function asOfMark(a: Pick<AsOf, "date" | "state" | "items"> | undefined): string | undefined {
  if (!a) return undefined;
  if (a.state !== "in-force") return `截至${dateText(a.date)}${WORD[a.state]}`;
  return a.items.length > 0 ? `截至${dateText(a.date)}有${a.items.length}个子事项不在施行期内` : undefined;
}
