// 材料 and 字段 declarations → model materials and fields, decoded in the matter that uses them
// (a material's condition and source may name the matter's situations and sub-items).
import { decodeBlock } from "../decode/block.js";
import { readFieldSpec, readSource, type FieldSourceRef, type SourceRef } from "../decode/specs.js";
import type { Reporter } from "../decode/report.js";
import { readDuration, readEnumOne, readInteger, readString, readUrl, readTexts } from "../decode/values.js";
import type { Field, Material } from "../model.js";
import type { Decl } from "../program.js";
import { nearest } from "../suggest.js";
import { toSimplified } from "../traditional.js";
import type { MatterContext } from "./context.js";
import { checkFallback } from "./fallback.js";
import { readPerEntry } from "./repeat.js";
import { checkFeelKey } from "./feel-names.js";

export type LoweredMaterial = Omit<Material, "id" | "askedBy" | "replacedBy" | "neededWhen" | "uploadWhen" | "fromApplicant">;

export function lowerMaterial(ctx: MatterContext, decl: Decl, licences: string[]): LoweredMaterial {
  const r = ctx.r.at({ kind: "material", name: decl.name });
  const block = decodeBlock("material", decl.entry.block!.entries, decl.entry.block!.span, r);
  const form = block.get("form") && readEnumOne(block.get("form")!, "materialForm", r);
  const copies = block.get("copies") && readInteger(block.get("copies")!, r);
  const paper = block.get("paperSize") && readEnumOne(block.get("paperSize")!, "paperSize", r);
  const necessity = block.get("necessity") && readEnumOne(block.get("necessity")!, "necessity", r);
  const deferrable = block.get("deferrable") && readDuration(block.get("deferrable")!, r);
  const note = block.get("note") && readString(block.get("note")!, r);
  const submitWhen = block.get("submitWhen") && readString(block.get("submitWhen")!, r);
  const late = block.get("lateConsequence") && readString(block.get("lateConsequence")!, r);
  const sample = block.get("sample") && readUrl(block.get("sample")!, r);
  let source: Material["source"] = { kind: "applicant" };
  const src = block.get("source") && readSource(block.get("source")!, r);
  if (src) source = resolveSource(ctx, src, licences, r.at({ kind: "source" })) ?? source;
  const fb = block.get("fallbackSource") && readSource(block.get("fallbackSource")!, r);
  const fallback = fb ? resolveSource(ctx, fb, licences, r.at({ kind: "fallbackSource" })) : undefined;
  if (fb && fallback) checkFallback(source, fallback, block.get("fallbackSource")!.value?.span, r.at({ kind: "fallbackSource" }));
  const criteria = readTexts(block, "acceptanceCriteria", r);
  const basis = readTexts(block, "basis", r);
  const blank = block.get("blankForm") && readUrl(block.get("blankForm")!, r);
  const when = ctx.condition(block.get("when"), r);
  const perEntry = readPerEntry(block, r);
  return {
    name: decl.name,
    form: (form?.value ?? "原件或复印件") as Material["form"],
    copies: copies?.value ?? 1,
    paperSize: paper?.value as Material["paperSize"],
    source,
    ...(fallback ? { fallback } : {}),
    ...(criteria.length ? { acceptanceCriteria: criteria } : {}),
    ...(basis.length ? { basis } : {}),
    ...(blank ? { blankForm: blank.value } : {}),
    necessity: (necessity?.value ?? "必要") as Material["necessity"],
    deferrable: deferrable?.value,
    lateConsequence: late?.value,
    submitWhen: submitWhen?.value,
    note: note?.value,
    sample: sample?.value,
    ...(perEntry !== undefined ? { perEntry } : {}),
    when,
  };
}

/** A material source's department, sub-item or licence type, checked; undefined when it names nothing. */
function resolveSource(ctx: MatterContext, src: SourceRef, licences: string[], rs: Reporter): Material["source"] | undefined {
  const s = { ...src.source };
  const resolved =
    s.kind === "data-sharing" ? !!ctx.resolve("department", s.department!, src.refSpan!, rs) : s.kind === "prior-output" ? !!ctx.resolveItem(s.item!, src.refSpan!, rs) : true;
  // 電子證照 "結婚證": the licence types are listed in Simplified; a Traditional spelling names the same type.
  if (s.kind === "e-licence" && !licences.includes(s.licence!) && licences.includes(toSimplified(s.licence!))) s.licence = toSimplified(s.licence!);
  if (s.kind === "e-licence" && licences.length && !licences.includes(s.licence!)) {
    rs.report("W0305", src.licenceSpan, { licence: s.licence!, suggestion: nearest(s.licence!, licences) ?? "" });
  }
  return resolved ? s : undefined;
}

/** A field source's department, licence type or sub-item, checked as a material's are. */
function resolveFieldSource(ctx: MatterContext, ref: FieldSourceRef, licences: string[], r: Reporter): Field["source"] {
  const s = { ...ref.source };
  if (s.kind === "data-sharing" && !ctx.resolve("department", s.department!, ref.refSpan!, r)) return undefined;
  if (s.kind === "prior-output" && !ctx.resolveItem(s.item!, ref.refSpan!, r)) return undefined;
  if (s.kind === "e-licence") {
    if (!licences.includes(s.licence!) && licences.includes(toSimplified(s.licence!))) s.licence = toSimplified(s.licence!);
    if (licences.length && !licences.includes(s.licence!)) r.report("W0305", ref.refSpan, { licence: s.licence!, suggestion: nearest(s.licence!, licences) ?? "" });
  }
  return s;
}

export type LoweredField = Omit<Field, "id" | "askedBy" | "neededWhen">;

export function lowerField(ctx: MatterContext, decl: Decl, licences: string[] = []): LoweredField | undefined {
  const r = ctx.r.at({ kind: "field", name: decl.name });
  const spec = readFieldSpec(decl.entry, r);
  if (!spec) return undefined;
  const source = spec.source && resolveFieldSource(ctx, spec.source, licences, r.at({ kind: "source" }));
  checkFeelKey(spec.key ?? decl.name, decl.nameSpan, "field", r);
  return {
    path: decl.name,
    key: spec.key ?? decl.name,
    type: spec.type,
    label: spec.label ?? decl.name.slice(decl.name.lastIndexOf(".") + 1),
    description: spec.description,
    required: spec.required,
    maxLength: spec.maxLength,
    minLength: spec.minLength,
    minimum: spec.minimum,
    maximum: spec.maximum,
    pattern: spec.pattern,
    default: spec.default,
    unit: spec.unit,
    example: spec.example,
    options: spec.options,
    source,
    when: ctx.conditionOf(spec.when, r),
  };
}
