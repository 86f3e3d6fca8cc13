// Local versions of a province template (模板). A city writes only what may differ locally — its
// code, dates, places, hours, phones, web address, duties, shorter promised times and its own
// departments' details — and takes everything else from the template, so that one matter has the
// same conditions, materials, legal times and sub-items across the province (同一事项全省要素统一;
// lists are managed province-wide as in 国办发〔2025〕24号). The local version is lowered as the
// template's declaration with the local entries merged in, in the template's scope.
import { copyWith, mapList } from "../arrays.js";
import { nameText, type Entry, type Span } from "../../grammar/ast.js";
import { decodeBlock, specIdOf, type DecodedBlock } from "../decode/block.js";
import type { Reporter } from "../decode/report.js";
import { readDurationAtom, readRefs, singleAtom } from "../decode/values.js";
import { DiagnosticBag } from "../diagnostics/types.js";
import { Reporter as BareReporter } from "../decode/report.js";
import type { Department } from "../model.js";
import { findEntrySpec, type ContextId } from "../schema.js";
import { nearest } from "../suggest.js";
import type { Decl, Program, SourceFile } from "../program.js";
import { bi } from "../diagnostics/types.js";

export interface Localised {
  /** The template's declaration with the local entries merged in, named as the local matter. */
  decl: Decl;
  /** The template's file: names resolve as they do for the template. */
  file: SourceFile;
  template: { name: string; code: string };
}

/** The matters a file can name as a template: its own and those of the files it uses. */
function visibleMatters(program: Program, file: SourceFile): Decl[] {
  return [file, ...file.imports.map((f) => program.files.get(f)).filter((f): f is SourceFile => !!f)].flatMap((f) => f.matters);
}

const RULE = bi("全省统一的要素（受理条件、申请材料、法定时限、子事项等）只能在模板中修改", "elements that are uniform across the province (conditions, materials, legal times, sub-items…) change only in the template");

/**
 * For a matter that names a `模板`: the merged declaration to lower; `null` when it names one that
 * cannot be used (reported); `undefined` when the matter is not a local version.
 */
export function localise(program: Program, file: SourceFile, decl: Decl, r: Reporter): Localised | null | undefined {
  // Most matters are no local version: without a 模板 key there is nothing to decode here.
  if (!decl.entry.block!.entries.some((e) => specIdOf("matter", e.key.text) === "template")) return undefined;
  const local = decodeBlock("matter", decl.entry.block!.entries, decl.entry.block!.span, quiet());
  const ref = local.get("template");
  if (!ref) return undefined;
  const name = readRefs(ref, r)[0];
  if (!name) return null;
  const candidates = visibleMatters(program, file).filter((m) => m !== decl);
  const template = candidates.find((m) => m.name === name.value);
  if (!template) {
    r.report("E0701", name.span, { name: name.value, suggestion: nearest(name.value, candidates.map((m) => m.name)) ?? "" });
    return null;
  }
  const tplBlock = decodeBlock("matter", template.entry.block!.entries, template.entry.block!.span, quiet());
  if (tplBlock.get("template")) {
    r.report("E0702", name.span, { name: name.value });
    return null;
  }
  if (!local.get("code")) r.report("E0704", decl.nameSpan, { name: decl.name });
  checkLocalEntries(local, tplBlock, r);
  checkPromisedTimes(local, tplBlock, r);
  const merged = mergeEntries(tplBlock, local);
  const tplFile = program.files.get(template.file)!;
  const code = tplBlock.get("code");
  const codeAtom = code?.value?.items.length === 1 ? singleAtom(code.value.items[0]) : undefined;
  return {
    decl: { ...decl, entry: { ...template.entry, name: decl.entry.name, block: { ...template.entry.block!, entries: merged } }, file: template.file },
    file: tplFile,
    template: { name: template.name, code: codeAtom?.type === "String" ? codeAtom.value : "" },
  };
}

/** A reporter whose reports go nowhere: the blocks are decoded again, and reported, when lowered. */
function quiet(): Reporter {
  return new BareReporter(new DiagnosticBag());
}

/** Every entry of a local version must be one the schema marks local, at every depth. */
function checkLocalEntries(local: DecodedBlock, tpl: DecodedBlock, r: Reporter): void {
  const items = new Set(tpl.all("item").map((e) => nameText(e.name!)));
  for (const { spec, entry } of local.entries) {
    if (spec.id === "template") continue;
    if (!spec.local) {
      r.report("E0703", entry.key.span, { key: entry.key.text, rule: RULE });
      continue;
    }
    if (spec.id === "item" && !items.has(nameText(entry.name!))) {
      r.report("E0703", entry.name!.span, { key: `${entry.key.text} ${nameText(entry.name!)}`, rule: RULE });
      continue;
    }
    if (spec.id === "item" || spec.id === "guide") checkInner(spec.id, entry, r);
  }
}

function checkInner(context: ContextId, entry: Entry, r: Reporter): void {
  for (const e of entry.block!.entries) {
    const spec = findEntrySpec(context, e.key.text);
    // Unknown keys are reported when the merged block is decoded.
    if (spec && !spec.local) r.report("E0703", e.key.span, { key: e.key.text, rule: RULE });
  }
}

function durationOf(entry: Entry | undefined): { workdays: number; span: Span; text: string } | undefined {
  const items = entry?.value?.items ?? [];
  const a = items.length === 1 ? singleAtom(items[0]) : undefined;
  const d = readDurationAtom(a);
  return d && a ? { workdays: d.workdays, span: a.span, text: `${d.value}${d.unit}` } : undefined;
}

function innerGet(entry: Entry, context: ContextId, id: string): Entry | undefined {
  return entry.block?.entries.find((e) => findEntrySpec(context, e.key.text)?.id === id);
}

/** A local promised time may be shorter than the template's, never longer. */
function checkPromisedTimes(local: DecodedBlock, tpl: DecodedBlock, r: Reporter): void {
  const compare = (mine: Entry | undefined, theirs: Entry | undefined) => {
    const a = durationOf(mine);
    const b = durationOf(theirs);
    if (a && b && a.workdays > b.workdays) r.report("E0705", a.span, { local: a.text, template: b.text });
  };
  compare(local.get("promisedTime"), tpl.get("promisedTime"));
  for (const item of local.all("item")) {
    const name = nameText(item.name!);
    const theirs = tpl.all("item").find((e) => nameText(e.name!) === name);
    if (!theirs) continue;
    compare(innerGet(item, "item", "promisedTime"), innerGet(theirs, "item", "promisedTime") ?? innerGet(theirs, "item", "legalTime"));
  }
}

/** The template's entries with the local ones in their place: keys replace keys, a local sub-item
 * or guide block replaces the keys it writes inside the template's. */
function mergeEntries(tpl: DecodedBlock, local: DecodedBlock): Entry[] {
  const localOf = (id: string) => local.entries.filter((e) => e.spec.id === id && e.spec.local);
  const out: Entry[] = [];
  for (const { spec, entry } of tpl.entries) {
    if (spec.id === "item") {
      const mine = localOf("item").find((e) => nameText(e.entry.name!) === nameText(entry.name!));
      out.push(mine ? mergeBlock(entry, mine.entry, "item") : entry);
    } else if (spec.id === "guide") {
      const mine = localOf("guide")[0];
      out.push(mine ? mergeBlock(entry, mine.entry, "guide") : entry);
    } else if (!(spec.local && localOf(spec.id).length)) out.push(entry);
  }
  for (const { spec, entry } of local.entries) {
    if (!spec.local || spec.id === "item" || spec.id === "template") continue;
    if (spec.id === "guide" && tpl.get("guide")) continue;
    out.push(entry);
  }
  return out;
}

function mergeBlock(tpl: Entry, mine: Entry, context: ContextId): Entry {
  const idOf = (e: Entry) => findEntrySpec(context, e.key.text)?.id;
  const written = new Set(mine.block!.entries.filter((e) => findEntrySpec(context, e.key.text)?.local).map(idOf));
  const kept = tpl.block!.entries.filter((e) => !written.has(idOf(e)));
  const added = mine.block!.entries.filter((e) => findEntrySpec(context, e.key.text)?.local);
  return { ...tpl, block: { ...tpl.block!, entries: [...kept, ...added] } };
}

/** A local version's own departments (declared in its file) give their full names, phones and
 * addresses to the model's departments of the same name. */
export function localDepartments(file: SourceFile, departments: Department[]): Department[] {
  return mapList(departments, (d) => {
    const decl = file.decls.department.get(d.name);
    if (!decl) return d;
    const block = decodeBlock("department", decl.entry.block!.entries, decl.entry.block!.span, quiet());
    const text = (id: string) => {
      const e = block.get(id);
      const a = e?.value?.items.length === 1 ? singleAtom(e.value.items[0]) : undefined;
      return a?.type === "String" ? a.value : undefined;
    };
    return copyWith(d, { fullName: text("fullName") ?? d.fullName, phone: text("phone") ?? d.phone, address: text("address") ?? d.address, creditCode: text("creditCode") ?? d.creditCode, division: text("division") ?? d.division });
  });
}

