// Words for repeating groups that several targets print: 每位股东一份, 第2位股东.
import type { Model, RepeatSpec } from "../compiler/model.js";

/** The repeating group a material is handed in for, once per entry (每项一份). */
export function perEntryGroup(model: Pick<Model, "form">, material: { perEntry?: string }): RepeatSpec | undefined {
  return material.perEntry === undefined ? undefined : model.form.groups.find((g) => g.name === material.perEntry)?.repeat;
}

/** "每位股东一份": one copy per entry. */
export function perEntryPhrase(r: Pick<RepeatSpec, "entry" | "measureWord">): string {
  return `每${r.measureWord}${r.entry}一份`;
}

/** "第2位股东": the entry at `index` (from 0). */
export function entryName(r: Pick<RepeatSpec, "entry" | "measureWord">, index: number): string {
  return `第${index + 1}${r.measureWord}${r.entry}`;
}

/** "至少 1 位、至多 50 位股东": the bounds of a repeating group, in words. */
export function entryBounds(r: Pick<RepeatSpec, "entry" | "measureWord" | "min" | "max">): string {
  const parts = [...(r.min > 0 ? [`至少 ${r.min} ${r.measureWord}`] : []), ...(r.max !== undefined ? [`至多 ${r.max} ${r.measureWord}`] : [])];
  return parts.length ? `${parts.join("、")}${r.entry}` : `${r.entry}不限数量`;
}
