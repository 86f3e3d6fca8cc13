// 告知承诺, 表单 and 指南 → their model parts.
import type { Entry } from "../../grammar/ast.js";
import { nameText } from "../../grammar/ast.js";
import { decodeBlock, requireKeys } from "../decode/block.js";
import { readVerification } from "../decode/specs.js";
import { readRefs, readString, readUrl, readTexts, readEnumValues } from "../decode/values.js";
import type { Commitment, Cond, FormGroup, Guide } from "../model.js";
import type { Decl } from "../program.js";
import type { MatterContext } from "./context.js";
import type { LoweredItem } from "./items.js";
import { Reporter } from "../decode/report.js";
import { DiagnosticBag } from "../diagnostics/types.js";
import { readRepeat } from "./repeat.js";

export interface LoweredCommitment {
  commitment: Omit<Commitment, "offeredWhen">;
  /** Its own `适用`. */
  when: Cond;
  decl: Decl;
}

export function lowerCommitment(ctx: MatterContext, decl: Decl, asked: Map<string, string[]>, items: LoweredItem[], lead?: string): LoweredCommitment | undefined {
  const r = ctx.r.at({ kind: "commitment", name: decl.name });
  const block = decodeBlock("commitment", decl.entry.block!.entries, decl.entry.block!.span, r);
  requireKeys(block, "commitment", decl.nameSpan, r);
  const replaces: string[] = [];
  for (const m of block.get("replaces") ? readRefs(block.get("replaces")!, r) : []) {
    if (!ctx.resolve("material", m.value, m.span, r.at({ kind: "replaces" }))) continue;
    if (!asked.has(m.value)) r.at({ kind: "replaces" }).report("W0303", m.span, { material: m.value });
    if (!replaces.includes(m.value)) replaces.push(m.value);
  }
  const when = ctx.condition(block.get("when"), r);
  const verification = block.get("verification") ? readVerification(block.get("verification")!, r) : undefined;
  const onBreach = readEnumValues(block, "onBreach", "breach", r);
  const conditions = readTexts(block, "condition", r);
  const clauses = readTexts(block, "clauses", r);
  const askingItems = items.filter((i) => i.item.materials.some((m) => replaces.includes(m)));
  // 替代环节 (replaced-steps.ts): the sub-item whose step it replaces, else the lead department.
  const stepRefs = readTexts(block, "replacesSteps", new Reporter(new DiagnosticBag()));
  const stepItem = items.find((i) => stepRefs.some((s) => s.startsWith(`${i.item.name}.`)));
  if (!block.get("replaces") && !block.get("replacesSteps") && !block.wrote("replaces")) r.report("E1101", decl.nameSpan, { commitment: decl.name });
  let department = askingItems[0]?.item.department ?? stepItem?.item.department ?? (stepRefs.length ? lead : undefined);
  const deptRef = block.get("department") && readRefs(block.get("department")!, r)[0];
  if (deptRef && ctx.resolve("department", deptRef.value, deptRef.span, r.at({ kind: "department" }))) department = deptRef.value;
  if (!department) return undefined;
  const what = askingItems.map((i) => i.item.name).join("、") || decl.name;
  return {
    decl,
    when,
    commitment: {
      name: decl.name,
      id: "",
      question: `是否以告知承诺方式办理${what}？`,
      replaces,
      conditions,
      verification,
      onBreach,
      clauses,
      department,
    },
  };
}

export function lowerForm(ctx: MatterContext, entry: Entry, asked: Map<string, string[]>): FormGroup[] {
  const r = ctx.r.at({ kind: "form" });
  const block = decodeBlock("form", entry.block!.entries, entry.block!.span, r);
  const placed = new Map<string, string>();
  const groups: FormGroup[] = [];
  for (const g of block.all("group")) {
    const name = nameText(g.name!);
    const rg = r.at({ kind: "group", name });
    const inner = decodeBlock("group", g.block!.entries, g.block!.span, rg);
    const fields: string[] = [];
    for (const f of inner.get("fields") ? readRefs(inner.get("fields")!, rg) : []) {
      // Situations may be placed in a group too; they are answers, shown with their question.
      if (ctx.situations.has(f.value)) continue;
      if (!ctx.resolve("field", f.value, f.span, rg.at({ kind: "fields" }))) continue;
      const first = placed.get(f.value);
      if (first !== undefined) {
        rg.report("E0606", f.span, { field: f.value, first, second: name });
        continue;
      }
      if (!asked.has(f.value)) {
        rg.report("W0605", f.span, { field: f.value });
        continue;
      }
      placed.set(f.value, name);
      fields.push(f.value);
    }
    const repeat = readRepeat(name, g.name!.span, inner, rg);
    groups.push({ name, id: "", fields, ...(repeat ? { repeat } : {}) });
  }
  return groups;
}

export function lowerGuide(ctx: MatterContext, entry: Entry | undefined): Guide {
  const guide: Guide = { place: [], basis: [], acceptance: [], faq: [] };
  if (!entry) return guide;
  const r = ctx.r.at({ kind: "guide" });
  const block = decodeBlock("guide", entry.block!.entries, entry.block!.span, r);
  const str = (id: string) => (block.get(id) ? readString(block.get(id)!, r)?.value : undefined);
  const list = (id: string) => readTexts(block, id, r);
  guide.place = list("place");
  guide.hours = str("hours");
  guide.consultPhone = str("consultPhone");
  guide.complaintPhone = str("complaintPhone");
  // 咨询 and 投诉 go to different people: the same number for both is a gap in the guide, unless it
  // is the 12345 hotline, which by its charter takes both questions and complaints.
  const digits = (p: string) => p.replace(/[\s\-－—()（）]/g, "");
  const same = guide.consultPhone && guide.complaintPhone && digits(guide.consultPhone) === digits(guide.complaintPhone);
  if (same && !/^(0\d{2,3})?12345$/.test(digits(guide.complaintPhone!))) {
    r.at({ kind: "complaintPhone" }).report("W1006", block.get("complaintPhone")!.value?.span, { phone: guide.complaintPhone! });
  }
  guide.onlineUrl = block.get("onlineUrl") ? readUrl(block.get("onlineUrl")!, r)?.value : undefined;
  guide.basis = list("basis");
  guide.acceptance = list("acceptance");
  for (const q of block.all("faq")) {
    const question = nameText(q.name!);
    const inner = decodeBlock("faq", q.block!.entries, q.block!.span, r.at({ kind: "faq", name: question }));
    requireKeys(inner, "faq", q.name!.span, r.at({ kind: "faq", name: question }));
    const answer = inner.get("answer") && readString(inner.get("answer")!, r);
    if (answer) guide.faq.push({ question, answer: answer.value });
  }
  return guide;
}
