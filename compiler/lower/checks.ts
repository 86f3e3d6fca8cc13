// Checks that need the whole matter: who takes part (lead, cooperating, duties), the order of
// earlier results (前序产出), names that would clash in the form, declarations nobody uses.
import { type Entry, type Span } from "../../grammar/ast.js";
import { decodeBlock, type DecodedBlock } from "../decode/block.js";
import { Reporter } from "../decode/report.js";
import { bi, DiagnosticBag, type Bilingual } from "../diagnostics/types.js";
import { readString, type Located } from "../decode/values.js";
import type { Department, Model } from "../model.js";
import type { LoweredCommitment } from "./commitments.js";
import type { MatterContext } from "./context.js";
import type { LoweredItem } from "./items.js";

export function checkDepartments(
  ctx: MatterContext,
  block: DecodedBlock,
  lead: string | undefined,
  cooperating: Located<string>[],
  coopRefs: Located<string>[],
  items: LoweredItem[],
  commitments: LoweredCommitment[],
  /** Departments that take part by sharing data (数据共享 sources of the materials asked). */
  sharing: string[] = [],
  /** Departments whose system reports the event that starts a 免申办 grant (数据事件): they take
   * part, after the sub-items' departments. */
  triggering: string[] = [],
): Department[] {
  const r = ctx.r;
  const declared = coopRefs.length > 0;
  const order: string[] = lead ? [lead] : [];
  const add = (d: string) => !order.includes(d) && order.push(d);
  cooperating.forEach((c) => add(c.value));
  for (const i of items) {
    // Without a resolved lead (already reported), any of these might be the lead: say nothing.
    if (declared && lead && i.item.department !== lead && !cooperating.some((c) => c.value === i.item.department)) {
      r.at({ kind: "item", name: i.item.name }).at({ kind: "department" }).report("E0402", i.departmentSpan, { department: i.item.department });
    }
    add(i.item.department);
  }
  commitments.forEach((c) => add(c.commitment.department));
  triggering.forEach(add);
  const participating = new Set<string>();
  for (const i of items) participating.add(i.item.department);
  for (const c of commitments) participating.add(c.commitment.department);
  for (const d of sharing) participating.add(d);
  for (const d of triggering) participating.add(d);
  for (const c of cooperating) if (!participating.has(c.value)) r.at({ kind: "cooperating" }).report("W0401", c.span, { department: c.value });

  const duties = new Map<string, string>();
  const dutiesEntry = block.get("duties");
  for (const e of dutiesEntry?.block?.entries ?? []) {
    const dept = e.key.text;
    const rd = r.at({ kind: "duties" });
    if (!ctx.resolve("department", dept, e.key.span, rd)) continue;
    if (!order.includes(dept)) {
      rd.report("E0403", e.key.span, { department: dept });
      continue;
    }
    if (duties.has(dept)) {
      rd.report("E0104", e.key.span, { key: dept });
      continue;
    }
    const text = e.value ? readString(e, rd) : undefined;
    if (!e.value || e.name || e.block) rd.report("E0106", e.span, { key: dept, expected: bi("一个字符串", "a string"), example: `${dept}: "统一受理、统一出件"` });
    if (text) duties.set(dept, text.value);
  }

  return order.map((name) => {
    const decl = ctx.program.lookup(ctx.file, "department", name, block.span, undefined)!;
    const info: Department = { name, id: "", fullName: name, role: name === lead ? "lead" : "cooperating" };
    for (const [id, value] of departmentProps(decl)) info[id] = value;
    if (duties.has(name)) info.duties = duties.get(name);
    return info;
  });
}

type DepartmentProp = "fullName" | "phone" | "address" | "creditCode" | "division" | "system";

/** A department declaration's properties, read once per declaration (every matter of a province
 * names the same departments of the standard library). Its own problems were reported where it
 * stands (compile.ts): read quietly here. */
const propsOf = new WeakMap<object, [DepartmentProp, string][]>();
function departmentProps(decl: { entry: { block?: { entries: Entry[]; span: Span } } }): [DepartmentProp, string][] {
  let props = propsOf.get(decl);
  if (!props) {
    const quiet = new Reporter(new DiagnosticBag());
    const block = decodeBlock("department", decl.entry.block!.entries, decl.entry.block!.span, quiet);
    props = [];
    for (const id of ["fullName", "phone", "address", "creditCode", "division", "system"] as const) {
      const e = block.get(id);
      const v = e && readString(e, quiet);
      if (v) props.push([id, v.value]);
    }
    propsOf.set(decl, props);
  }
  return props;
}

export function transitiveAfter(model: Model): Map<string, Set<string>> {
  const byName = new Map(model.items.map((i) => [i.name, i]));
  const memo = new Map<string, Set<string>>();
  const walk = (n: string): Set<string> => {
    const hit = memo.get(n);
    if (hit) return hit;
    const out = new Set<string>();
    memo.set(n, out);
    for (const p of byName.get(n)?.after ?? []) {
      out.add(p);
      walk(p).forEach((x) => out.add(x));
    }
    return out;
  };
  model.items.forEach((i) => walk(i.name));
  return memo;
}

export function checkMatter(ctx: MatterContext, model: Model, items: LoweredItem[], before = transitiveAfter(model)): void {
  const r = ctx.r;
  // 前序产出: the producer must come before every sub-item that uses its result.
  for (const m of model.materials) {
    const producer = m.source.kind === "prior-output" ? m.source.item! : undefined;
    if (!producer) continue;
    for (const consumer of m.askedBy) {
      if (consumer === producer || !before.get(consumer)?.has(producer)) {
        const li = items.find((i) => i.item.name === consumer)!;
        const ref = li.materialRefs.find((x) => x.value === m.name);
        r.at({ kind: "item", name: consumer }).at({ kind: "materials" }).report("E0301", ref?.span ?? li.decl.nameSpan, { material: m.name, producer, consumer });
      }
    }
  }

  // Top-level names of the form: answers, the first segment of each field key, and 材料. Fields
  // share their first segment with each other (that is how they nest), with nothing else. What
  // owns a name, and where it is written, are only worked out for a clash.
  type Owner = { kind: "uploads" | "field" | "situation" | "commitment"; name: string };
  const owners = new Map<string, Owner>([["材料", { kind: "uploads", name: "" }]]);
  const what = (o: Owner): Bilingual =>
    o.kind === "uploads"
      ? bi("材料上传区", "the uploads (材料)")
      : o.kind === "field"
        ? bi(`字段「${o.name}」`, `field '${o.name}'`)
        : o.kind === "situation"
          ? bi(`情形「${o.name}」`, `situation '${o.name}'`)
          : bi(`告知承诺「${o.name}」`, `commitment '${o.name}'`);
  const claim = (name: string, kind: Owner["kind"], of: string) => {
    const other = owners.get(name);
    if (other === undefined) {
      owners.set(name, { kind, name: of });
      return;
    }
    const field = kind === "field";
    if (field && other.kind === "field") return;
    const span = field ? fieldSpan(of) : kind === "situation" ? ctx.situationDecls.get(of)?.nameSpan : ctx.commitments.get(of)?.nameSpan;
    r.report("E0116", span, { name, other: what(other) });
  };
  const fieldSpan = (path: string) => ctx.resolve("field", path, ctx.file.ast.span, r, false)?.nameSpan;
  const keys = new Map<string, string>();
  for (const f of model.fields) {
    const dot = f.key.indexOf(".");
    claim(dot < 0 ? f.key : f.key.slice(0, dot), "field", f.path);
    keys.set(f.key, f.path);
  }
  for (const s of model.situations) claim(s.name, "situation", s.name);
  for (const c of model.commitments) claim(c.name, "commitment", c.name);
  // A key that is a prefix of another (企业 and 企业.名称) would have to be a value and an object.
  for (const f of model.fields) {
    // Each prefix ends before a dot: 企业 of 企业.名称, 甲.乙 of 甲.乙.丙.
    for (let dot = f.key.indexOf("."); dot >= 0; dot = f.key.indexOf(".", dot + 1)) {
      const key = f.key.slice(0, dot);
      const prefix = keys.get(key);
      if (prefix !== undefined) r.report("E0118", fieldSpan(f.path), { field: f.path, other: prefix, key });
    }
  }

  // Matter-local materials and fields that no sub-item asks for.
  for (const d of ctx.localMaterials.values()) {
    const name = d.name;
    if (!model.materials.some((m) => m.name === name)) r.report("W0117", d.nameSpan, { kind: "material", name, key: "材料" });
  }
  for (const d of ctx.localFields.values()) {
    const name = d.name;
    if (!model.fields.some((f) => f.path === name)) r.report("W0117", d.nameSpan, { kind: "field", name, key: "字段" });
  }
}
