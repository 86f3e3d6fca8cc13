// Repeating form groups (股东, 从业人员, 子女): a 分组 with 最少 or 最多 is asked once per entry.
// `readRepeat` reads a group's repeat keys while the form is lowered; `bindRepeats` then ties the
// model together: each field of a repeating group learns its key inside one entry, each material
// with 每项一份 joins its group, and the data layout is checked (no two answers in one place).
import type { Span } from "../../grammar/ast.js";
import type { DecodedBlock } from "../decode/block.js";
import type { Reporter } from "../decode/report.js";
import { readInteger, readRefs, readString } from "../decode/values.js";
import type { Model, RepeatSpec } from "../model.js";
import { spellingsOf, CONTEXTS } from "../schema.js";
import { nearest } from "../suggest.js";
import type { MatterContext } from "./context.js";
import { checkFeelKey } from "./feel-names.js";

/** The measure word of an entry when the group declares none: 第2个子女. */
export const DEFAULT_MEASURE_WORD = "个";

/** Where a repeating group was declared, for the checks that need the whole model. */
const declared = new WeakMap<RepeatSpec, { name: Span; key?: Span }>();

/** A group's repeat keys: a repeating group when it has 最少 or 最多. */
export function readRepeat(group: string, nameSpan: Span, block: DecodedBlock, r: Reporter): RepeatSpec | undefined {
  const min = block.get("minEntries") && readInteger(block.get("minEntries")!, r, 0);
  const max = block.get("maxEntries") && readInteger(block.get("maxEntries")!, r, 1);
  const entry = block.get("entry") && readString(block.get("entry")!, r);
  const measure = block.get("measureWord") && readString(block.get("measureWord")!, r);
  const key = block.get("key") && readString(block.get("key")!, r);
  if (!block.wrote("minEntries") && !block.wrote("maxEntries")) {
    // 条目, 量词 or 键 on a group that does not repeat: they would do nothing.
    const idle = (["entry", "measureWord", "key"] as const).map((id) => block.get(id)).find((e) => e !== undefined);
    if (idle) r.report("W1301", idle.key.span, { group, key: idle.key.text });
    return undefined;
  }
  if (min && max && min.value > max.value) r.at({ kind: "maxEntries" }).report("E1301", max.span, { group, min: min.value, max: max.value });
  const spec: RepeatSpec = {
    key: key?.value ?? group,
    min: min?.value ?? 0,
    ...(max ? { max: max.value } : {}),
    entry: entry?.value ?? group,
    measureWord: measure?.value ?? DEFAULT_MEASURE_WORD,
    materials: [],
  };
  // The list's key in the data, which form-js reads in FEEL like a field's key.
  checkFeelKey(spec.key, key?.span ?? nameSpan, "group", key ? r.at({ kind: "key" }) : r);
  declared.set(spec, { name: nameSpan, key: key?.span });
  return spec;
}

const PER_ENTRY = spellingsOf(CONTEXTS.material.find((e) => e.id === "perEntry")!);

/** Fields and 每项一份 materials joined to their repeating groups; the data layout checked. */
export function bindRepeats(ctx: MatterContext, model: Model, matterSpan: Span): void {
  const r = ctx.r;
  const repeating = model.form.groups.filter((g) => g.repeat);
  for (const m of model.materials) {
    if (m.perEntry === undefined) continue;
    const group = repeating.find((g) => g.name === m.perEntry);
    if (group) {
      group.repeat!.materials.push(m.name);
      continue;
    }
    const decl = ctx.resolve("material", m.name, matterSpan, r, false);
    const entry = decl?.entry.block?.entries.find((x) => PER_ENTRY.includes(x.key.text));
    const names = repeating.map((g) => g.name);
    const other = model.form.groups.some((g) => g.name === m.perEntry);
    r.at({ kind: "material", name: m.name }).at({ kind: "perEntry" }).report("E1302", entry?.value?.span ?? decl?.nameSpan, {
      material: m.name,
      group: m.perEntry,
      reason: other ? { zh: "不是重复分组（没有写 最少 或 最多）", en: "does not repeat (it has no minimum or maximum)" } : { zh: "不是本事项表单中的分组", en: "is not a group of this matter's form" },
      suggestion: nearest(m.perEntry, names) ?? names[0] ?? "",
    });
    delete m.perEntry;
  }
  // Without repeating groups there is no layout to check.
  if (!repeating.length) return;
  // Top-level keys of the application data outside the repeating groups.
  const topKeys = new Map<string, string>();
  for (const s of model.situations) topKeys.set(s.name, s.name);
  for (const c of model.commitments) topKeys.set(c.name, c.name);
  topKeys.set("材料", "申请材料");
  const inRepeat = new Set(repeating.flatMap((g) => g.fields));
  const fieldByPath = new Map(model.fields.map((f) => [f.path, f]));
  for (const f of model.fields) if (!inRepeat.has(f.path)) topKeys.set(f.key.split(".")[0], f.path);
  for (const g of repeating) {
    const spec = g.repeat!;
    const at = declared.get(spec);
    const rg = r.at({ kind: "form" }).at({ kind: "group", name: g.name });
    const clash = topKeys.get(spec.key);
    if (clash !== undefined) rg.report("E1304", at?.key ?? at?.name, { group: g.name, key: spec.key, other: clash });
    topKeys.set(spec.key, g.name);
    const inside = new Map<string, string>();
    for (const path of g.fields) {
      const f = fieldByPath.get(path);
      if (!f) continue;
      const key = f.key.startsWith(`${spec.key}.`) ? f.key.slice(spec.key.length + 1) : f.key;
      const first = inside.get(key) ?? (key === "材料" ? "申请材料" : undefined);
      if (first !== undefined) rg.report("E1303", at?.name, { group: g.name, key, first, second: path });
      inside.set(key, path);
      f.perEntry = { group: g.name, key };
    }
  }
}

/** The group a material names with 每项一份, read where the material is lowered. */
export function readPerEntry(block: DecodedBlock, r: Reporter): string | undefined {
  const e = block.get("perEntry");
  return e ? readRefs(e, r)[0]?.value : undefined;
}
