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
  const participating = new Set([...items.map((i) => i.item.department), ...commitments.map((c) => c.commitment.department), ...sharing, ...triggering]);
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

export function checkMatter(ctx: MatterContext, model: Model, items: LoweredItem[]): void {
  const r = ctx.r;
  // 前序产出: the producer must come before every sub-item that uses its result.
  const before = transitiveAfter(model);
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
  // share their first segment with each other (that is how they nest), with nothing else.
  const owners = new Map<string, { what: Bilingual; field: boolean }>([["材料", { what: bi("材料上传区", "the uploads (材料)"), field: false }]]);
  const claim = (name: string, what: Bilingual, field: boolean, span: Span | undefined) => {
    const other = owners.get(name);
    if (other && !(field && other.field)) r.report("E0116", span, { name, other: other.what });
    else if (!other) owners.set(name, { what, field });
  };
  const fieldSpan = (path: string) => ctx.resolve("field", path, ctx.file.ast.span, r, false)?.nameSpan;
  for (const f of model.fields) claim(f.key.split(".")[0], bi(`字段「${f.path}」`, `field '${f.path}'`), true, fieldSpan(f.path));
  for (const s of model.situations) claim(s.name, bi(`情形「${s.name}」`, `situation '${s.name}'`), false, ctx.situationDecls.get(s.name)?.nameSpan);
  for (const c of model.commitments) claim(c.name, bi(`告知承诺「${c.name}」`, `commitment '${c.name}'`), false, ctx.commitments.get(c.name)?.nameSpan);
  // A key that is a prefix of another (企业 and 企业.名称) would have to be a value and an object.
  const keys = new Map(model.fields.map((f) => [f.key, f.path]));
  for (const f of model.fields) {
    const segments = f.key.split(".");
    for (let i = 1; i < segments.length; i++) {
      const prefix = keys.get(segments.slice(0, i).join("."));
      if (prefix !== undefined) r.report("E0118", fieldSpan(f.path), { field: f.path, other: prefix, key: segments.slice(0, i).join(".") });
    }
  }

  // Matter-local materials and fields that no sub-item asks for.
  for (const [name, d] of ctx.localMaterials) {
    if (!model.materials.some((m) => m.name === name)) r.report("W0117", d.nameSpan, { kind: "material", name, key: "材料" });
  }
  for (const [name, d] of ctx.localFields) {
    if (!model.fields.some((f) => f.path === name)) r.report("W0117", d.nameSpan, { kind: "field", name, key: "字段" });
  }
}
