// 子事项的实施清单要素 → the model: codes, 办件类型, 行使层级, 权力来源, 依据, 受理条件, 收费项目,
// 结果 and 送达, 中介服务, 数量限制, 申请期限, 到现场, 网办深度, 办理形式, 预约, 受理窗口 and the
// places per district. Each element is in the model only where declared; the checks an auditor
// of guide completeness runs are here too (W1001–W1009, E1003).
import { mapList } from "../arrays.js";
import { nameText, type Entry, type Span } from "../../grammar/ast.js";
import { decodeBlock, type DecodedBlock } from "../decode/block.js";
import { Reporter } from "../decode/report.js";
import { readBoolean, readDuration, readEnum, readEnumOne, readInteger, readRefs, readString, readUrl, readTexts, readEnumValues } from "../decode/values.js";
import { DiagnosticBag, type Bilingual } from "../diagnostics/types.js";
import type { Duration, FeeItem, Intermediary, ItemElements, ItemResult, LegalBasis } from "../model.js";
import { nearest } from "../suggest.js";
import { ENUMS } from "../schema.js";
import { toSimplified } from "../traditional.js";
import type { MatterContext } from "./context.js";

/** What the rest of the item's lowering needs besides the elements. */
export interface LoweredElements {
  elements: ItemElements;
  /** 收费 when only 收费项目 are declared: "收费". */
  feeWhenItems?: string;
  /** The names of the 结果, for 产出 when it is not written. */
  resultNames: string[];
}

/** The object without its undefined and empty-list keys, in the same order. Built anew rather than
 * with `delete`, which turns the object into a slow dictionary for every later reader. */
function present<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  const from = o as Record<string, unknown>;
  for (const k in from) {
    const v = from[k];
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  }
  return out as T;
}

/** A department's declared 统一社会信用代码 and 行政区划, read quietly (its own problems are
 * reported where it is declared). */
export function departmentCodes(ctx: MatterContext, name: string, at: Span): { creditCode?: string; division?: string } {
  const decl = ctx.program.lookup(ctx.file, "department", name, at, undefined);
  if (!decl) return {};
  const quiet = new Reporter(new DiagnosticBag());
  const props = decodeBlock("department", decl.entry.block!.entries, decl.entry.block!.span, quiet);
  const read = (id: string) => (props.get(id) ? readString(props.get(id)!, quiet)?.value : undefined);
  return { creditCode: read("creditCode"), division: read("division") };
}

function readBases(block: DecodedBlock, id: string, r: Reporter): LegalBasis[] {
  return mapList(block.each(id), (e) => {
    const name = nameText(e.name!);
    const rb = r.at({ kind: id, name });
    const inner = decodeBlock("legalBasis", e.block!.entries, e.block!.span, rb);
    const number = inner.get("number") && readString(inner.get("number")!, rb)?.value;
    const articles = readTexts(inner, "article", rb);
    return number ? { name, number, articles } : { name, articles };
  });
}

function readFees(block: DecodedBlock, r: Reporter): FeeItem[] {
  return mapList(block.each("feeItem"), (e) => {
    const name = nameText(e.name!);
    const rf = r.at({ kind: "feeItem", name });
    const inner = decodeBlock("feeItem", e.block!.entries, e.block!.span, rf);
    const str = (id: string) => (inner.get(id) ? readString(inner.get(id)!, rf)?.value : undefined);
    const fee: FeeItem = present({ name, standard: str("standard"), basis: str("basis"), reduction: str("reduction"), onlinePayment: inner.get("onlinePayment") ? readBoolean(inner.get("onlinePayment")!, rf)?.value : undefined });
    if (!fee.basis && !inner.wrote("basis")) rf.report("W1002", e.name!.span, { fee: name });
    return fee;
  });
}

function readResults(block: DecodedBlock, r: Reporter, licences: string[]): ItemResult[] {
  return mapList(block.each("result"), (e) => {
    const name = nameText(e.name!);
    const rr = r.at({ kind: "result", name });
    const inner = decodeBlock("result", e.block!.entries, e.block!.span, rr);
    const type = inner.get("type") && readEnumOne(inner.get("type")!, "resultType", rr)?.value;
    const sample = inner.get("sample") && readUrl(inner.get("sample")!, rr)?.value;
    const licence = inner.get("eLicence") && readString(inner.get("eLicence")!, rr);
    let eLicence = licence?.value;
    if (eLicence && !licences.includes(eLicence) && licences.includes(toSimplified(eLicence))) eLicence = toSimplified(eLicence);
    if (licence && eLicence && licences.length && !licences.includes(eLicence)) {
      rr.at({ kind: "eLicence" }).report("W0305", licence.span, { licence: eLicence, suggestion: nearest(eLicence, licences) ?? "" });
    }
    const delivery = readEnumValues(inner, "delivery", "delivery", rr);
    const postage = inner.get("postage") && readEnumOne(inner.get("postage")!, "postage", rr)?.value;
    if (type === "证照" && !inner.wrote("sample")) rr.report("W1003", e.name!.span, { result: name });
    // present() makes a new object: delivery goes last, always (`{ ...result, delivery }` would give
    // each result a hidden class of its own in V8).
    const result = present({ name, type: type as ItemResult["type"], sample, eLicence, postage }) as ItemResult;
    result.delivery = [...new Set(delivery)];
    return result;
  });
}

function readIntermediaries(block: DecodedBlock, r: Reporter): Intermediary[] {
  return mapList(block.each("intermediary"), (e) => {
    const name = nameText(e.name!);
    const ri = r.at({ kind: "intermediary", name });
    const inner = decodeBlock("intermediary", e.block!.entries, e.block!.span, ri);
    return present({
      name,
      compulsory: inner.get("compulsory") ? readBoolean(inner.get("compulsory")!, ri)?.value : undefined,
      time: inner.get("time") ? readDuration(inner.get("time")!, ri)?.value : undefined,
      fee: inner.get("fee") ? readString(inner.get("fee")!, ri)?.value : undefined,
    }) as Intermediary;
  });
}

/** 实施编码: upper-case letters and digits, at most 36 characters (W1007); it embeds the basic code
 * and the implementer's 统一社会信用代码 and 行政区划 (W1005 when they disagree). */
export const MAX_IMPLEMENTATION_CODE = 36;

function checkImplementationCode(code: { value: string; span: Span }, baseCode: string | undefined, dept: { name: string; creditCode?: string; division?: string }, r: Reporter): void {
  const c = code.value;
  if (!/^[0-9A-Z]+$/.test(c) || c.length > MAX_IMPLEMENTATION_CODE) {
    r.report("W1007", code.span, { code: c, max: MAX_IMPLEMENTATION_CODE });
    return;
  }
  const parts: [Bilingual, string][] = [];
  if (baseCode && !c.includes(baseCode)) parts.push([{ zh: "本子事项的基本编码", en: "this sub-item's basic code" }, baseCode]);
  if (dept.creditCode && !c.includes(dept.creditCode)) parts.push([{ zh: `${dept.name}的统一社会信用代码`, en: `${dept.name}'s credit code` }, dept.creditCode]);
  // The region: the department's own division, else (when the code carries no credit code) nothing to compare.
  if (dept.division && !c.includes(dept.division)) parts.push([{ zh: `${dept.name}的行政区划代码`, en: `${dept.name}'s division code` }, dept.division]);
  for (const [what, value] of parts) r.report("W1005", code.span, { code: c, what, value });
}

/** The item keys the elements are read from. */
const ELEMENT_IDS = [
  "baseCode", "code", "businessItem", "handlingType", "level", "powerSource", "entrustedBy", "basis", "implementationBasis", "acceptance", "feeItem",
  "result", "intermediary", "quantityLimit", "applicationDeadline", "visits", "visitReasons", "onlineDepth", "handlingForms", "appointment", "window", "place",
];

/** Whether a sub-item declares any element: one that declares none (most) has none, and nothing
 * to check (NO_ELEMENTS, not to be changed). */
export function hasElements(block: DecodedBlock): boolean {
  return ELEMENT_IDS.some((id) => block.has(id));
}

export const NO_ELEMENTS: Readonly<LoweredElements> = { elements: {}, feeWhenItems: undefined, resultNames: [] };

export function lowerElements(
  ctx: MatterContext,
  block: DecodedBlock,
  r: Reporter,
  licences: string[],
  info: { department?: string; departmentSpan?: Span; time?: Duration; timeSpan?: Span; feeWord?: string; feeEntry?: Entry },
): LoweredElements {
  const str = (id: string) => (block.get(id) ? readString(block.get(id)!, r) : undefined);
  const enumOne = (id: string, e: Parameters<typeof readEnum>[1]) => (block.get(id) ? readEnumOne(block.get(id)!, e, r) : undefined);
  const enumList = (id: string, e: Parameters<typeof readEnum>[1]) => (block.get(id) ? [...new Set(readEnumValues(block, id, e, r))] : undefined);

  const baseCode = str("baseCode");
  const code = str("code");
  if (code && info.department) {
    const codes = departmentCodes(ctx, info.department, info.departmentSpan ?? code.span);
    checkImplementationCode(code, baseCode?.value, { name: info.department, ...codes }, r.at({ kind: "code" }));
  }

  // 办件类型 against the time: 即办 (0 working days) is a 即办件, anything longer a 承诺件.
  const handling = enumOne("handlingType", "handlingType");
  if (handling && info.time) {
    const immediate = info.time.value === 0;
    if (immediate !== (handling.value === "即办件")) r.at({ kind: "handlingType" }).report("W1004", handling.span, { declared: handling.value, time: immediate ? "即办" : `${info.time.value} ${info.time.unit}`, expected: immediate ? "即办件" : "承诺件" });
  }

  const powerSource = enumOne("powerSource", "powerSource");
  const entrustedRef = block.get("entrustedBy") && readRefs(block.get("entrustedBy")!, r)[0];
  const entrustedBy = entrustedRef && ctx.resolve("department", entrustedRef.value, entrustedRef.span, r.at({ kind: "entrustedBy" })) ? entrustedRef.value : undefined;
  if (powerSource?.value === "委托" && !block.wrote("entrustedBy")) r.at({ kind: "powerSource" }).report("W1009", powerSource.span, { source: powerSource.value });
  if (entrustedRef && powerSource && powerSource.value !== "委托") r.at({ kind: "entrustedBy" }).report("W1009", entrustedRef.span, { source: powerSource.value });

  const fees = readFees(block, r);
  if (fees.length && info.feeWord === "不收费") r.at({ kind: "fee" }).report("E1003", info.feeEntry?.value?.span ?? info.feeEntry?.span, { fees: fees.map((f) => f.name).join("、") });

  const visits = block.get("visits") ? readInteger(block.get("visits")!, r) : undefined;
  const visitReasons = block.get("visitReasons") ? readTexts(block, "visitReasons", r) : undefined;
  if (visits && visits.value > 0 && !block.wrote("visitReasons")) r.at({ kind: "visits" }).report("W1008", visits.span, { visits: visits.value });
  const depth = enumOne("onlineDepth", "onlineDepth");
  if (depth?.value === "四级" && visits && visits.value > 0) r.at({ kind: "onlineDepth" }).report("W1001", depth.span, { visits: visits.value });

  const places = mapList(block.each("place"), (e) => {
    const address = readString(e, r.at({ kind: "place", name: nameText(e.name!) }));
    return { district: nameText(e.name!), address: address?.value ?? "" };
  });
  const results = readResults(block, r, licences);
  const elements: ItemElements = present({
    baseCode: baseCode?.value,
    businessItem: str("businessItem")?.value,
    handlingType: handling?.value as ItemElements["handlingType"],
    levels: enumList("level", "level"),
    powerSource: powerSource?.value,
    entrustedBy,
    basis: readBases(block, "basis", r),
    implementationBasis: readBases(block, "implementationBasis", r),
    acceptance: block.get("acceptance") ? readTexts(block, "acceptance", r) : undefined,
    fees,
    results,
    intermediaries: readIntermediaries(block, r),
    quantityLimit: str("quantityLimit")?.value,
    applicationDeadline: str("applicationDeadline")?.value,
    visits: visits?.value,
    visitReasons,
    onlineDepth: depth && { name: depth.value, code: ENUMS.onlineDepth.find((v) => v.zhHans === depth.value)!.code! },
    handlingForms: enumList("handlingForms", "handlingForm"),
    appointment: block.get("appointment") ? readBoolean(block.get("appointment")!, r)?.value : undefined,
    window: str("window")?.value,
    places: places.filter((p) => p.address),
  });
  return { elements, feeWhenItems: fees.length ? "收费" : undefined, resultNames: mapList(results, (x) => x.name) };
}
