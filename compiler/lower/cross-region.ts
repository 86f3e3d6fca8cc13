// 跨域办 (国办发〔2020〕35号, 国发〔2024〕3号): the 跨域办 block of a matter → Model.crossRegion, with
// the standard library's table of named regions (stdlib/区域.txt) and provincial names
// (stdlib/省级行政区.txt), and its checks:
// - E2001 通办范围 跨省 without a 跨域办 block (which provinces, which modes);
// - E2002 方式 异地代收代办 without any 收件窗口 (where would the applicant hand in?);
// - E2003 a 区域 the standard library does not know, with no 省份 (nearest known names suggested);
// - W2004 a 寄递 time without 计入时限 (the figures then leave it out, as for special steps);
// - E2005 a 省份 that is not the full name of a 省级行政区 (「江苏」 → 「江苏省」);
// - E2006 the 通办范围 disagrees with the provinces: 跨省 over fewer than two, 全省/全市/全县 over several;
// - W2007 收件窗口 declared while no 方式 is 异地代收代办 (no one hands in there);
// - W2008 a 省份 outside the named 区域.
import { mapList } from "../arrays.js";
import { nameText, type Entry, type Span } from "../../grammar/ast.js";
import { decodeBlock, requireKeys } from "../decode/block.js";
import type { Reporter } from "../decode/report.js";
import { readDuration, readEnum, readEnumOne, readString, readStrings, type Located, readTexts } from "../decode/values.js";
import { assignIds } from "../ids.js";
import type { CrossRegion, CrossRegionMode, Metrics, Model, ReceivingWindow } from "../model.js";
import { nearest } from "../suggest.js";
import { toSimplified } from "../traditional.js";

export const REGIONS_FILE = "区域.txt";
export const PROVINCES_FILE = "省级行政区.txt";

/** The standard library's regions (name → provinces, in the file's order) and the full names of
 * the 省级行政区. */
export interface RegionTable {
  regions: Map<string, string[]>;
  provinces: string[];
}

export const NO_REGIONS: RegionTable = { regions: new Map(), provinces: [] };

/** The lines of a standard-library table, without `#` comments and blank lines. */
export function tableLines(bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  return new TextDecoder()
    .decode(bytes)
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean);
}

/** Reads 区域.txt (`名称: 省、省`) and 省级行政区.txt (one name a line). */
export function parseRegionTable(regions: Uint8Array | undefined, provinces: Uint8Array | undefined): RegionTable {
  const table: RegionTable = { regions: new Map(), provinces: tableLines(provinces) };
  for (const line of tableLines(regions)) {
    const m = /^([^:：]+)[:：](.*)$/.exec(line);
    if (!m) continue;
    const list = m[2]
      .split(/[、,，]/)
      .map((p) => p.trim())
      .filter(Boolean);
    table.regions.set(m[1].trim(), list);
  }
  return table;
}

/** The checks 国办发〔2020〕35号 gives the receiving window under 异地代收代办 ("窗口收件后对申请材料进行
 * 形式审查、身份核验，通过邮件寄递至业务属地部门完成办理"), in the order the contract keeps:
 * identity first, then the form of the materials. */
export const DEFAULT_CHECKS = ["身份核验", "形式审查"];

const SHORT_SUFFIX = /(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/;

/** The full name a short or misspelt province name most likely means: 江苏 → 江苏省, 广西 →
 * 广西壮族自治区, 内蒙 → 内蒙古自治区; else the nearest by spelling. */
export function provinceSuggestion(name: string, provinces: string[]): string | undefined {
  const s = toSimplified(name);
  const stem = s.replace(SHORT_SUFFIX, "");
  const byStem = provinces.find((p) => stem.length >= 2 && p.startsWith(stem));
  return byStem ?? nearest(s, provinces);
}

export interface LoweredCrossRegion {
  crossRegion: CrossRegion;
  /** Where the block starts (its key), for checks against the matter's 通办范围. */
  span: Span;
  /** Whether the provinces could all be read (no E2003/E2005): only then is the scope compared. */
  provincesKnown: boolean;
}

export function lowerCrossRegion(entry: Entry | undefined, r0: Reporter, table: RegionTable): LoweredCrossRegion | undefined {
  if (!entry) return undefined;
  const r = r0.at({ kind: "crossRegion" });
  const block = decodeBlock("crossRegion", entry.block!.entries, entry.block!.span, r);
  requireKeys(block, "crossRegion", entry.key.span, r);
  let provincesKnown = true;

  // 区域: a name of the table (a Traditional spelling is read as its Simplified name).
  const regionEntry = block.get("region");
  const region = regionEntry && readString(regionEntry, r);
  const regionName = region && (table.regions.has(region.value) ? region.value : table.regions.has(toSimplified(region.value)) ? toSimplified(region.value) : undefined);

  // 省份: full names of 省级行政区.
  const declared: Located<string>[] = [];
  const provinceEntry = block.get("provinces");
  for (const p of provinceEntry ? readStrings(provinceEntry, r.at({ kind: "provinces" })) : []) {
    const full = table.provinces.includes(p.value) ? p.value : table.provinces.includes(toSimplified(p.value)) ? toSimplified(p.value) : undefined;
    if (!full) {
      provincesKnown = false;
      r.at({ kind: "provinces" }).report("E2005", p.span, { name: p.value, suggestion: provinceSuggestion(p.value, table.provinces) ?? "" });
      continue;
    }
    if (declared.some((d) => d.value === full)) continue;
    declared.push({ value: full, span: p.span });
  }
  if (region && !regionName && !provinceEntry) {
    provincesKnown = false;
    const known = [...table.regions.keys()];
    r.at({ kind: "region" }).report("E2003", region.span, { name: region.value, suggestion: nearest(toSimplified(region.value), known) ?? "", known: known.join("、") });
  }
  const regionProvinces = regionName ? table.regions.get(regionName)! : [];
  if (regionName) {
    for (const d of declared) {
      if (!regionProvinces.includes(d.value)) r.at({ kind: "provinces" }).report("W2008", d.span, { province: d.value, region: regionName, members: regionProvinces.join("、") });
    }
  }
  const provinces = declared.length ? mapList(declared, (d) => d.value) : [...regionProvinces];

  const modeEntry = block.get("modes");
  const modeWords = modeEntry ? readEnum(modeEntry, "crossRegionMode", r) : [];
  const modes = [...new Set(modeWords.map((m) => m.value as CrossRegionMode))];

  // 收件窗口: named, each once.
  const windows: ReceivingWindow[] = [];
  const windowSpans = new Map<string, Span>();
  for (const w of block.all("receivingWindow")) {
    const name = nameText(w.name!);
    const rw = r.at({ kind: "receivingWindow", name });
    const first = windowSpans.get(name);
    if (first) {
      rw.report("E0102", w.name!.span, { kind: "receivingWindow", name }, [{ span: first, key: "first" }]);
      continue;
    }
    windowSpans.set(name, w.name!.span);
    const wb = decodeBlock("receivingWindow", w.block!.entries, w.block!.span, rw);
    const text = (id: string) => {
      const e = wb.get(id);
      return e ? readString(e, rw)?.value : undefined;
    };
    const address = text("address");
    const phone = text("phone");
    const hours = text("hours");
    windows.push({ name, id: "", ...(address !== undefined ? { address } : {}), ...(phone !== undefined ? { phone } : {}), ...(hours !== undefined ? { hours } : {}) });
  }
  const ids = assignIds("Window", windows.map((w) => w.name));
  for (const w of windows) w.id = ids.get(w.name)!;
  const receives = modes.includes("异地代收代办");
  if (receives && windows.length === 0) {
    r.at({ kind: "modes" }).report("E2002", modeWords.find((m) => m.value === "异地代收代办")!.span, {});
  }
  if (!receives && windows.length > 0 && modeEntry) {
    r.at({ kind: "receivingWindow", name: windows[0].name }).report("W2007", windowSpans.get(windows[0].name), { window: windows[0].name, modes: modes.join("、") || "—" });
  }

  const checks = readTexts(block, "checks", r);
  const places = readTexts(block, "handlingPlaces", r);
  const basis = readTexts(block, "basis", r);

  // 寄递: its time, whether it counts (未写: 不计入, with W2004), who pays, and why.
  let post: CrossRegion["post"];
  const postEntry = block.get("post");
  if (postEntry) {
    const rp = r.at({ kind: "post" });
    const pb = decodeBlock("post", postEntry.block!.entries, postEntry.block!.span, rp);
    const time = pb.get("time") && readDuration(pb.get("time")!, rp);
    const counted = pb.get("counted") && readEnumOne(pb.get("counted")!, "yesNo", rp);
    const payer = pb.get("payer") && readEnumOne(pb.get("payer")!, "postage", rp);
    const postBasis = readTexts(pb, "basis", rp);
    if (time && !pb.get("counted")) rp.report("W2004", time.span, { time: `${time.value.value} ${time.value.unit}` });
    // Key by key, in the model's order, absent keys left out: an object literal that starts with a
    // spread and goes on with keys gives each object a hidden class of its own in V8.
    const p: NonNullable<CrossRegion["post"]> = {} as NonNullable<CrossRegion["post"]>;
    if (time) p.time = time.value;
    p.counted = counted?.value === "是";
    if (payer) p.payer = payer.value;
    p.basis = postBasis;
    post = p;
  }

  // Key by key, as the post above.
  const crossRegion = {} as CrossRegion;
  if (regionName) crossRegion.region = regionName;
  else if (region) crossRegion.region = region.value;
  crossRegion.provinces = provinces;
  crossRegion.modes = modes;
  crossRegion.windows = windows;
  crossRegion.checks = checks.length ? checks : [...DEFAULT_CHECKS];
  crossRegion.checksDeclared = checks.length > 0;
  crossRegion.handlingPlaces = places;
  if (post) crossRegion.post = post;
  crossRegion.basis = basis;
  return {
    crossRegion,
    span: entry.key.span,
    provincesKnown,
  };
}

/** The matter's 通办范围 against its 跨域办: 跨省 needs the block (E2001) and at least two provinces;
 * 全省 (省内通办), 全市 and 全县 at most one (E2006). */
export function checkScope(r: Reporter, scope: Located<string> | undefined, cross: LoweredCrossRegion | undefined): void {
  if (scope?.value === "跨省" && !cross) {
    r.at({ kind: "scope" }).report("E2001", scope.span, {});
    return;
  }
  if (!scope || !cross || !cross.provincesKnown) return;
  const n = cross.crossRegion.provinces.length;
  if (scope.value === "跨省" && n < 2) r.at({ kind: "scope" }).report("E2006", scope.span, { scope: scope.value, count: n, provinces: cross.crossRegion.provinces.join("、") || "—" });
  if ((scope.value === "全省" || scope.value === "全市" || scope.value === "全县") && n > 1) r.at({ kind: "scope" }).report("E2006", scope.span, { scope: scope.value, count: n, provinces: cross.crossRegion.provinces.join("、") });
}

/** basis.post: the 寄递 time and whether it counts (counted: on every critical path; not counted:
 * in neither time.before nor time.after), where a time is declared. */
export function postBasis(model: Pick<Model, "crossRegion">): Pick<Metrics["basis"], "post"> {
  const p = model.crossRegion?.post;
  if (!p?.time) return {};
  return { post: { workdays: p.time.workdays, counted: p.counted, approximate: p.time.approximate, basis: p.basis } };
}
