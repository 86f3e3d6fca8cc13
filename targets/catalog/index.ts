// The catalog across matters: catalog.json for other systems and index.html for reform offices,
// at the top of the output directory. Matters are listed by code so the files do not depend on the
// order the sources were read in.
import type { AsOf, Effective, Figure, Model } from "../../compiler/model.js";
import { asOf, itemsText } from "../in-force.js";
import { renderHtml } from "../guide/render.js";
import type { TemplateSet } from "../guide/templates.js";
import { commitmentFile } from "../guide/view.js";
import { serviceModes } from "../guide/proactive.js";
import { dateText, effectiveText, stateOn } from "../guide/validity.js";
import { reduction, STATUS_CLASS } from "../guide/words.js";
import { stableJson } from "../json.js";
import type { OutputFile } from "../target.js";

export interface CatalogEntry {
  name: string;
  code: string;
  status: string;
  version: string | null;
  /** When it is in force, the list item it implements, its batch, and for a local version its
   * template's code: null where not declared. */
  effective: Effective | null;
  list: string | null;
  batch: string | null;
  template: string | null;
  /** For a catalog built on a date: whether the matter is in force that day. */
  inForce?: boolean;
  /** For a catalog built on a date: the sub-items not in force that day, when there are any. */
  itemsNotInForce?: AsOf["items"];
  lead: { name: string; fullName: string };
  /** The service modes: 免申即享/快申快享 (of the matter or some sub-items), and 跨域办's
   * scope (跨省通办, 京津冀通办…) and modes (全程网办, 异地代收代办, 多地联办). */
  modes: string[];
  items: number;
  departments: number;
  /** The matter's headline figures; `materials.after` is the count the office publishes (`basis`). */
  figures: {
    materials: Figure & { handedIn: number; merged: number; basis: "handedIn" | "merged" };
    fields: Figure;
    /** Fields the applicant types; `prefilled` fields a 来源 fills (metrics.json `typed`). */
    typed: Figure & { prefilled: number };
    trips: Figure;
    steps: Figure;
    time: Figure & { criticalPath: number; unit: "工作日"; approximate: boolean; basis: "promisedTime" | "criticalPath" };
  };
  /** Relative to the catalog's own directory, with "/" separators. */
  links: { guide: string; guideMarkdown: string; notice: string; noticeMarkdown: string; model: string; metrics: string; commitments: string[] };
}

export interface ListGroup {
  /** The list item, or null for matters that name none. */
  list: string | null;
  batches: { batch: string | null; matters: string[] }[];
}

/**
 * Totals only where a sum means something: how many matters and sub-items, and how many materials
 * applicants no longer hand in (Σ before − handed in, each matter's headline case). Times, trips and
 * fields of different matters, for different applicants, are not added up: they stay per matter.
 */
export interface Catalog {
  /** The date the catalog was built on (`--on`), if any. */
  on?: string;
  matters: CatalogEntry[];
  /** Matters by list item and batch (codes), lists and batches in order of their names. */
  lists: ListGroup[];
  totals: { matters: number; items: number; materialsSaved: number };
}

export function catalog(models: Model[], on?: string): Catalog {
  const sorted = [...models].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const matters = sorted.map((m): CatalogEntry => {
    const lead = m.departments.find((d) => d.name === m.lead);
    const h = m.metrics.headline;
    const dir = m.code;
    return {
      name: m.name,
      code: m.code,
      status: m.status,
      version: m.version ?? null,
      effective: m.effective ?? null,
      list: m.list ?? null,
      batch: m.batch ?? null,
      template: m.template?.code ?? null,
      ...(on ? { inForce: stateOn(m.effective, on) === "in-force" } : {}),
      ...(asOf(m, on)?.items.length ? { itemsNotInForce: asOf(m, on)!.items } : {}),
      lead: { name: m.lead, fullName: lead?.fullName ?? m.lead },
      modes: serviceModes(m),
      items: m.items.length,
      departments: m.departments.length,
      figures: {
        materials: { before: h.materials.before, after: h.materials.after, handedIn: h.materials.handedIn, merged: h.materials.merged, basis: m.metrics.basis.materialsAfter },
        fields: { before: h.fields.before, after: h.fields.after },
        typed: { before: h.typed.before, after: h.typed.after, prefilled: h.typed.prefilled },
        trips: { before: h.trips.before, after: h.trips.after },
        steps: { before: h.steps.before, after: h.steps.after },
        time: { before: h.time.before, after: h.time.after, criticalPath: h.time.criticalPath, unit: h.time.unit, approximate: h.time.approximate, basis: m.metrics.basis.timeAfter },
      },
      links: {
        guide: `${dir}/guide.html`,
        guideMarkdown: `${dir}/guide.md`,
        notice: `${dir}/notice.html`,
        noticeMarkdown: `${dir}/notice.md`,
        model: `${dir}/model.json`,
        metrics: `${dir}/metrics.json`,
        commitments: m.commitments.map((c) => `${dir}/${commitmentFile(c, "html")}`),
      },
    };
  });
  return {
    ...(on ? { on } : {}),
    matters,
    lists: groupByList(matters),
    totals: {
      matters: matters.length,
      items: matters.reduce((s, e) => s + e.items, 0),
      materialsSaved: matters.reduce((s, e) => s + Math.max(0, e.figures.materials.before - e.figures.materials.handedIn), 0),
    },
  };
}

function groupByList(matters: CatalogEntry[]): ListGroup[] {
  const order = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  const lists = [...new Set(matters.map((m) => m.list))].sort(order);
  return lists.map((list) => {
    const inList = matters.filter((m) => m.list === list);
    const batches = [...new Set(inList.map((m) => m.batch))].sort(order);
    return { list, batches: batches.map((batch) => ({ batch, matters: inList.filter((m) => m.batch === batch).map((m) => m.code) })) };
  });
}

/** A relative href to a file of a matter: the code is one path segment, whatever it holds. */
function href(path: string): string {
  const slash = path.indexOf("/");
  return `${encodeURIComponent(path.slice(0, slash))}/${path.slice(slash + 1).split("/").map(encodeURIComponent).join("/")}`;
}

function figureCell(f: Figure, approximate = false) {
  return { before: f.before, after: f.after, reduction: reduction(f.before, f.after), approximate };
}

export function catalogView(c: Catalog) {
  const names = new Map(c.matters.map((e) => [e.code, { name: e.name, href: href(e.links.guide) }]));
  const statuses = Object.keys(STATUS_CLASS) as (keyof typeof STATUS_CLASS)[];
  return {
    matters: c.matters.map((e) => ({
      name: e.name,
      code: e.code,
      status: e.status,
      statusClass: STATUS_CLASS[e.status as keyof typeof STATUS_CLASS],
      statusOrder: statuses.indexOf(e.status as keyof typeof STATUS_CLASS),
      version: e.version,
      validity: effectiveText(e.effective ?? undefined),
      notInForce: e.inForce === false,
      itemsNotInForce: e.itemsNotInForce && itemsText(e.itemsNotInForce),
      lead: e.lead.fullName,
      modes: e.modes,
      items: e.items,
      departments: e.departments,
      materials: figureCell(e.figures.materials),
      fields: figureCell(e.figures.fields),
      trips: figureCell(e.figures.trips),
      steps: figureCell(e.figures.steps),
      time: figureCell(e.figures.time, e.figures.time.approximate),
      /** "合并清单" when the published materials count is the merged list; "预计" when no promise. */
      materialsBasis: e.figures.materials.basis === "merged" ? "合并清单" : "",
      timeEstimate: e.figures.time.basis === "criticalPath",
      guideHref: href(e.links.guide),
      noticeHref: href(e.links.notice),
      modelHref: href(e.links.model),
    })),
    on: c.on ? dateText(c.on) : undefined,
    inForceCount: c.on ? c.matters.filter((e) => e.inForce).length : undefined,
    // Only worth a section when some matter names its list or batch.
    lists: c.lists.some((l) => l.list !== null || l.batches.some((b) => b.batch !== null))
      ? c.lists.map((l) => ({ list: l.list ?? "未注明清单", batches: l.batches.map((b) => ({ batch: b.batch ?? "未注明批次", matters: b.matters.map((code) => ({ code, ...names.get(code)! })) })) }))
      : undefined,
    statusCounts: statuses.map((s) => ({ status: s, statusClass: STATUS_CLASS[s], count: c.matters.filter((e) => e.status === s).length })).filter((s) => s.count > 0),
    totals: c.totals,
  };
}

export function catalogFiles(models: Model[], set: TemplateSet, on?: string): OutputFile[] {
  const c = catalog(models, on);
  return [
    { path: "catalog.json", text: stableJson(c) },
    { path: "index.html", text: renderHtml(set, "index.html.hbs", catalogView(c)) },
  ];
}
