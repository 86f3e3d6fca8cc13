// Warnings about prefill (智能预填), from what the model says:
// - W0801: a field the applicant types although the matter already has its value: another field with
//   the same (declared, not default) label is prefilled; or the field belongs to (its path starts with) an electronic licence
//   the matter fetches, or the result an earlier sub-item produces (产出), before every sub-item
//   that asks for it.
// - W0802: a shared data item nothing uses: a field or material the data-sharing list requests from
//   a department, a licence library or an earlier result, which no situation ever needs.
import { evaluate } from "../conditions.js";
import { enumerate } from "../enumerate.js";
import type { Cond, Field, FieldSource, Model } from "../model.js";
import { transitiveAfter } from "./checks.js";
import type { MatterContext } from "./context.js";
import type { LoweredItem } from "./items.js";
import { bi } from "../diagnostics/types.js";

/** How a source is written in a .matter file, for a suggestion. */
function sourceText(s: FieldSource): string {
  if (s.kind === "data-sharing") return `来源 (数据共享 ${s.department} "${s.dataItem}")`;
  if (s.kind === "e-licence") return `来源 (电子证照 "${s.licence}" "${s.dataItem}")`;
  if (s.kind === "prior-output") return `来源 (前序产出 ${s.item} "${s.dataItem}")`;
  return "来源 (身份认证)";
}

interface Supplier {
  /** Who already has the value: "字段「母亲.姓名」（数据共享）", "电子证照「营业执照」". */
  zh: string;
  en: string;
  source: FieldSource;
}

/** What every field's question needs from the matter, gathered once: the prefilled fields by
 * label (in order), the licences fetched or read, and the results produced. */
interface Suppliers {
  prefilled: Map<string, Field[]>;
  licences: Set<string>;
  produced: Set<string>;
}

function suppliersOf(model: Model): Suppliers {
  const prefilled = new Map<string, Field[]>();
  const licences = new Set<string>();
  const produced = new Set<string>();
  for (const g of model.fields) {
    if (g.source && g.neededWhen.op !== "false") {
      const list = prefilled.get(g.label);
      if (list) list.push(g);
      else prefilled.set(g.label, [g]);
    }
    if (g.source?.kind === "e-licence") licences.add(g.source.licence!);
  }
  for (const m of model.materials) if (m.source.kind === "e-licence" && m.neededWhen.op !== "false") licences.add(m.source.licence!);
  for (const i of model.items) if (i.produces !== undefined) produced.add(i.produces);
  return { prefilled, licences, produced };
}

function supplierOf(model: Model, f: Field, before: Map<string, Set<string>>, known: Suppliers): Supplier | undefined {
  // The same label says the same datum only when it says more than the path's last segment (a
  // default label: 母亲.姓名 and 婴儿.姓名 are both "姓名").
  const lastDot = f.path.lastIndexOf(".");
  const last = f.path.slice(lastDot + 1);
  const same = f.label !== last && known.prefilled.get(f.label)?.find((g) => g !== f);
  if (same) return { zh: `已预填的字段「${same.path}」`, en: `the prefilled field '${same.path}'`, source: same.source! };
  if (lastDot < 0) return undefined;
  const group = f.path.slice(0, f.path.indexOf("."));
  if (known.licences.has(group)) return { zh: `电子证照「${group}」`, en: `the e-licence '${group}'`, source: { kind: "e-licence", licence: group, dataItem: last } };
  if (!known.produced.has(group)) return undefined;
  const producer = model.items.find((i) => i.produces === group && f.askedBy.every((a) => a !== i.name && before.get(a)?.has(i.name)));
  if (producer) return { zh: `子事项「${producer.name}」的结果「${group}」`, en: `the result '${group}' of '${producer.name}'`, source: { kind: "prior-output", item: producer.name, dataItem: last } };
  return undefined;
}

/** Whether some combination of answers makes the condition hold. */
function ever(model: Model, c: Cond): boolean {
  if (c.op === "true") return true;
  if (c.op === "false") return false;
  return enumerate(model.situations, [c]).combinations.some((x) => evaluate(c, x));
}

export function checkPrefill(ctx: MatterContext, model: Model, items: LoweredItem[], before = transitiveAfter(model)): void {
  const refSpan = (consumer: string, name: string, kind: "field" | "material") => {
    const li = items.find((i) => i.item.name === consumer)!;
    return (kind === "field" ? li.fieldRefs : li.materialRefs).find((x) => x.value === name)?.span ?? li.decl.nameSpan;
  };
  let known: Suppliers | undefined;
  for (const f of model.fields) {
    if (f.source || f.neededWhen.op === "false") continue;
    const s = supplierOf(model, f, before, (known ??= suppliersOf(model)));
    if (!s) continue;
    const at = f.askedBy[0];
    ctx.r.at({ kind: "item", name: at }).at({ kind: "fields" }).report("W0801", refSpan(at, f.path, "field"), { field: f.path, supplier: bi(s.zh, s.en), source: sourceText(s.source) });
  }
  for (const f of model.fields) {
    if (!f.source || f.source.kind === "identity" || ever(model, f.neededWhen)) continue;
    const at = f.askedBy[0];
    ctx.r.at({ kind: "item", name: at }).at({ kind: "fields" }).report("W0802", refSpan(at, f.path, "field"), { what: bi(`字段「${f.path}」`, `field '${f.path}'`) });
  }
  for (const m of model.materials) {
    if (!["data-sharing", "e-licence", "prior-output"].includes(m.source.kind) || ever(model, m.neededWhen)) continue;
    const at = m.askedBy[0];
    if (at === undefined) continue;
    ctx.r.at({ kind: "item", name: at }).at({ kind: "materials" }).report("W0802", refSpan(at, m.name, "material"), { what: bi(`材料「${m.name}」`, `material '${m.name}'`) });
  }
}
