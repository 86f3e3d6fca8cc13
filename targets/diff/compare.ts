// What changed between two sets of models, for applicants and staff: sub-items, materials, fields,
// situations, conditions, times, fees, places and the figures. A pure function of the models.
//
// Records are paired by name within a matter (matters by code). Each kind lists the properties a
// reader cares about, with a label and a way to print the value; every other property of the
// record is still compared (so nothing a later model version adds can change unseen), except the
// ones derived from others (ids, the conditions the compiler joins), which would only repeat a
// change already reported.
import type { CaseMetrics, Model } from "../../compiler/model.js";
import { PROPERTY_LABELS, SECTIONS, type Section, type Printer } from "./sections.js";

export type ChangeKind = "added" | "removed" | "changed";

export interface PropertyChange {
  property: string;
  label: { zh: string; en: string };
  before: string;
  after: string;
  /** For lists of names: what the new list adds and drops (absent when only the order changed). */
  added?: string[];
  removed?: string[];
}

export interface RecordChange {
  kind: ChangeKind;
  section: string;
  sectionLabel: { zh: string; en: string };
  /** The record's name ("" for the matter itself and its guide facts). */
  name: string;
  properties: PropertyChange[];
}

export interface FigureChange {
  figure: "materials" | "fields" | "typed" | "confirmed" | "trips" | "time" | "steps";
  label: { zh: string; en: string };
  before: { before: number; after: number };
  after: { before: number; after: number };
}

export interface MatterDiff {
  code: string;
  name: string;
  status: ChangeKind;
  changes: RecordChange[];
  /** The headline figures, where they differ. */
  figures: FigureChange[];
}

export interface DiffResult {
  matters: MatterDiff[];
}

/** Compares the old and new models; equal inputs give `{ matters: [] }`. */
export function diffModels(oldModels: readonly Model[], newModels: readonly Model[]): DiffResult {
  const before = new Map(oldModels.map((m) => [m.code, m]));
  const after = new Map(newModels.map((m) => [m.code, m]));
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort();
  const matters: MatterDiff[] = [];
  for (const code of codes) {
    const o = before.get(code);
    const n = after.get(code);
    if (!o) matters.push({ code, name: n!.name, status: "added", changes: [], figures: [] });
    else if (!n) matters.push({ code, name: o.name, status: "removed", changes: [], figures: [] });
    else {
      const changes = SECTIONS.flatMap((s) => diffSection(s, o, n));
      const figures = diffFigures(o.metrics.headline, n.metrics.headline);
      if (changes.length || figures.length) matters.push({ code, name: n.name, status: "changed", changes, figures });
    }
  }
  return { matters };
}

type Rec = Record<string, unknown>;

function diffSection(s: Section, o: Model, n: Model): RecordChange[] {
  const base = { section: s.key, sectionLabel: s.label };
  const olds = s.records(o);
  const news = s.records(n);
  const byName = new Map(olds.map((r) => [s.nameOf(r), r]));
  const seen = new Set<string>();
  const out: RecordChange[] = [];
  for (const r of news) {
    const name = s.nameOf(r);
    seen.add(name);
    const prev = byName.get(name);
    if (!prev) {
      out.push({ ...base, kind: "added", name, properties: [] });
      continue;
    }
    const properties = diffProperties(s, prev, r);
    if (properties.length) out.push({ ...base, kind: "changed", name, properties });
  }
  for (const r of olds) if (!seen.has(s.nameOf(r))) out.push({ ...base, kind: "removed", name: s.nameOf(r), properties: [] });
  return out;
}

function diffProperties(s: Section, o: Rec, n: Rec): PropertyChange[] {
  const listed = s.properties.map((p) => p.key);
  const rest = [...new Set([...Object.keys(o), ...Object.keys(n)])].filter((k) => !listed.includes(k) && !s.ignore.includes(k)).sort();
  const out: PropertyChange[] = [];
  const push = (key: string, label: { zh: string; en: string }, print: Printer) => {
    if (same(o[key], n[key])) return;
    const change: PropertyChange = { property: key, label, before: print(o[key], o, s.context(o)), after: print(n[key], n, s.context(n)) };
    const [a, b] = [o[key] ?? [], n[key] ?? []];
    if (isNames(a) && isNames(b) && Math.max(a.length, b.length) > 1) {
      const added = b.filter((x) => !a.includes(x));
      const removed = a.filter((x) => !b.includes(x));
      if (added.length || removed.length) Object.assign(change, { added, removed });
    }
    out.push(change);
  };
  for (const p of s.properties) push(p.key, p.label, p.print);
  for (const k of rest) push(k, PROPERTY_LABELS[k] ?? { zh: k, en: k }, (v) => (v === undefined ? "—" : JSON.stringify(v)));
  return out;
}

const isNames = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** Structural equality of JSON values (key order ignored). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => same(x, bb[i]));
  }
  const ka = Object.keys(a as Rec).filter((k) => (a as Rec)[k] !== undefined);
  const kb = Object.keys(b as Rec).filter((k) => (b as Rec)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Rec)[k], (b as Rec)[k]));
}

type Pair = { before: number; after: number };

/** The headline figures in the guide's order (targets/guide/figures.ts). `confirmed` (信息确认, the
 * prefilled fields shown to the person of a 免申办 matter) is 0 before the reform, as the guide says;
 * a matter that is not 免申办 has none, counted 0 when the other side has some. */
const FIGURES: { key: FigureChange["figure"]; label: { zh: string; en: string }; of: (c: CaseMetrics) => Pair | undefined }[] = [
  { key: "materials", label: { zh: "材料", en: "materials" }, of: (c) => c.materials },
  { key: "fields", label: { zh: "表单字段", en: "form fields" }, of: (c) => c.fields },
  { key: "typed", label: { zh: "表单字段·申请人填写", en: "fields the applicant types" }, of: (c) => c.typed },
  { key: "confirmed", label: { zh: "信息确认·本人核对", en: "prefilled fields the person confirms" }, of: (c) => ({ before: 0, after: c.typed?.confirmed ?? 0 }) },
  { key: "trips", label: { zh: "跑动次数", en: "trips" }, of: (c) => c.trips },
  { key: "time", label: { zh: "办理时限（工作日）", en: "time (working days)" }, of: (c) => c.time },
  { key: "steps", label: { zh: "办理环节", en: "steps" }, of: (c) => c.steps },
];

function diffFigures(o: CaseMetrics, n: CaseMetrics): FigureChange[] {
  const out: FigureChange[] = [];
  for (const f of FIGURES) {
    const a = f.of(o);
    const b = f.of(n);
    if (!a || !b || (a.before === b.before && a.after === b.after)) continue;
    out.push({ figure: f.key, label: f.label, before: { before: a.before, after: a.after }, after: { before: b.before, after: b.after } });
  }
  return out;
}
