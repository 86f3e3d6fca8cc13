// The data-sharing list (数据共享责任清单): what each providing department, licence library or
// earlier sub-item must supply so that the applicant neither types nor hands it in — grouped by
// provider, each data item with the sub-items, fields and materials that use it and the way it is
// shared. Per matter (DIR/<编码>/data-sharing.*) and across matters (DIR/data-sharing.*): the request
// list an office sends to each department.
import type { AsOf, Model } from "../../compiler/model.js";
import { notInForce } from "../in-force.js";
import { stableJson } from "../json.js";
import type { OutputFile, Target } from "../target.js";
import { sharingMarkdown } from "./markdown.js";

export type Way = "interface" | "e-licence" | "prior-result" | "identity";

export interface Use {
  matter: string;
  code: string;
  subItems: string[];
  fields: string[];
  materials: string[];
}

export interface SharedItem {
  /** The data item as the providing system names it; for a material, the material's name. */
  dataItem: string;
  way: Way;
  usedBy: Use[];
}

export interface Provider {
  /** A department's name, an electronic licence type, or 统一身份认证. */
  provider: string;
  kind: "department" | "e-licence" | "identity";
  fullName?: string;
  items: SharedItem[];
}

/** For a build `--on` a date: the matters of the list that are, or have sub-items, not in force
 * that day (absent when all are in force or for a build on no date). */
export interface SharingAsOf {
  date: string;
  matters: { matter: string; code: string; state: AsOf["state"]; items: AsOf["items"] }[];
}

export interface SharingList {
  asOf?: SharingAsOf;
  providers: Provider[];
}

interface Entry {
  provider: string;
  kind: Provider["kind"];
  fullName?: string;
  dataItem: string;
  way: Way;
  use: Use;
}

function entriesOf(m: Model): Entry[] {
  const out: Entry[] = [];
  const dept = (name: string) => m.departments.find((d) => d.name === name);
  const producerDept = (item: string) => m.items.find((i) => i.name === item)?.department ?? item;
  const use = (subItems: string[], fields: string[], materials: string[]): Use => ({ matter: m.name, code: m.code, subItems, fields, materials });
  for (const f of m.fields) {
    const s = f.source;
    if (!s) continue;
    const u = use(f.askedBy, [f.path], []);
    if (s.kind === "data-sharing") out.push({ provider: s.department!, kind: "department", fullName: dept(s.department!)?.fullName, dataItem: s.dataItem!, way: "interface", use: u });
    else if (s.kind === "e-licence") out.push({ provider: s.licence!, kind: "e-licence", dataItem: s.dataItem!, way: "e-licence", use: u });
    else if (s.kind === "identity") out.push({ provider: "统一身份认证", kind: "identity", dataItem: f.label, way: "identity", use: u });
    else out.push({ provider: producerDept(s.item!), kind: "department", fullName: dept(producerDept(s.item!))?.fullName, dataItem: `${s.item}：${s.dataItem}`, way: "prior-result", use: u });
  }
  for (const mat of m.materials) {
    const s = mat.source;
    const u = use(mat.askedBy, [], [mat.name]);
    if (s.kind === "data-sharing") out.push({ provider: s.department!, kind: "department", fullName: dept(s.department!)?.fullName, dataItem: mat.name, way: "interface", use: u });
    else if (s.kind === "e-licence") out.push({ provider: s.licence!, kind: "e-licence", dataItem: s.licence!, way: "e-licence", use: u });
    else if (s.kind === "prior-output") out.push({ provider: producerDept(s.item!), kind: "department", fullName: dept(producerDept(s.item!))?.fullName, dataItem: `${s.item}：${mat.name}`, way: "prior-result", use: u });
  }
  return out;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Groups uses by provider and data item; uses of one item within one matter merge. */
export function sharingList(models: readonly Model[], on?: string): SharingList {
  const providers = new Map<string, Provider>();
  for (const e of models.flatMap(entriesOf)) {
    const key = `${e.kind}\u0000${e.provider}`;
    const p = providers.get(key) ?? { provider: e.provider, kind: e.kind, ...(e.fullName ? { fullName: e.fullName } : {}), items: [] };
    providers.set(key, p);
    let item = p.items.find((i) => i.dataItem === e.dataItem && i.way === e.way);
    if (!item) p.items.push((item = { dataItem: e.dataItem, way: e.way, usedBy: [] }));
    const same = item.usedBy.find((u) => u.code === e.use.code);
    if (!same) item.usedBy.push({ ...e.use, subItems: [...e.use.subItems] });
    else {
      for (const k of ["subItems", "fields", "materials"] as const) for (const x of e.use[k]) if (!same[k].includes(x)) same[k].push(x);
    }
  }
  const order = { department: 0, "e-licence": 1, identity: 2 };
  const sorted = [...providers.values()].sort((a, b) => order[a.kind] - order[b.kind] || byText(a.provider, b.provider));
  for (const p of sorted) {
    p.items.sort((a, b) => byText(a.dataItem, b.dataItem));
    for (const i of p.items) i.usedBy.sort((a, b) => byText(a.code, b.code));
  }
  const missing = models.flatMap((m) => {
    const a = notInForce(m, on);
    return a ? [{ matter: m.name, code: m.code, state: a.state, items: a.items }] : [];
  });
  missing.sort((a, b) => byText(a.code, b.code));
  return { ...(on && missing.length ? { asOf: { date: on, matters: missing } } : {}), providers: sorted };
}

function files(list: SharingList, title: string): OutputFile[] {
  return [
    { path: "data-sharing.json", text: stableJson(list) },
    { path: "data-sharing.md", text: sharingMarkdown(list, title) },
  ];
}

export const sharingTarget: Target = {
  name: "sharing",
  perMatter: (model, options) => files(sharingList([model], options.on), `${model.name} 数据共享清单`),
  acrossMatters: (models, options) => files(sharingList(models, options.on), "数据共享责任清单（全部事项）"),
};
