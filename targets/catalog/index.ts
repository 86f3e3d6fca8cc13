// The catalog across matters: catalog.json for other systems and index.html for reform offices,
// at the top of the output directory. Matters are listed by code so the files do not depend on the
// order the sources were read in.
import type { Figure, Model } from "../../compiler/model.js";
import { renderHtml } from "../guide/render.js";
import type { TemplateSet } from "../guide/templates.js";
import { commitmentFile } from "../guide/view.js";
import { reduction, STATUS_CLASS } from "../guide/words.js";
import { stableJson } from "../json.js";
import type { OutputFile } from "../target.js";

export interface CatalogEntry {
  name: string;
  code: string;
  status: string;
  version: string | null;
  lead: { name: string; fullName: string };
  items: number;
  departments: number;
  figures: { materials: Figure; fields: Figure; trips: Figure; time: Figure & { criticalPath: number; unit: "工作日"; approximate: boolean } };
  /** Relative to the catalog's own directory, with "/" separators. */
  links: { guide: string; guideMarkdown: string; notice: string; noticeMarkdown: string; model: string; metrics: string; commitments: string[] };
}

export interface Catalog {
  matters: CatalogEntry[];
  totals: { matters: number; items: number; materials: Figure; fields: Figure; trips: Figure; time: Figure };
}

export function catalog(models: Model[]): Catalog {
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
      lead: { name: m.lead, fullName: lead?.fullName ?? m.lead },
      items: m.items.length,
      departments: m.departments.length,
      figures: {
        materials: { before: h.materials.before, after: h.materials.after },
        fields: { before: h.fields.before, after: h.fields.after },
        trips: { before: h.trips.before, after: h.trips.after },
        time: { before: h.time.before, after: h.time.after, criticalPath: h.time.criticalPath, unit: h.time.unit, approximate: h.time.approximate },
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
  const sum = (pick: (e: CatalogEntry) => Figure): Figure => ({
    before: matters.reduce((s, e) => s + pick(e).before, 0),
    after: matters.reduce((s, e) => s + pick(e).after, 0),
  });
  return {
    matters,
    totals: {
      matters: matters.length,
      items: matters.reduce((s, e) => s + e.items, 0),
      materials: sum((e) => e.figures.materials),
      fields: sum((e) => e.figures.fields),
      trips: sum((e) => e.figures.trips),
      time: sum((e) => e.figures.time),
    },
  };
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
  const statuses = Object.keys(STATUS_CLASS) as (keyof typeof STATUS_CLASS)[];
  return {
    matters: c.matters.map((e) => ({
      name: e.name,
      code: e.code,
      status: e.status,
      statusClass: STATUS_CLASS[e.status as keyof typeof STATUS_CLASS],
      statusOrder: statuses.indexOf(e.status as keyof typeof STATUS_CLASS),
      version: e.version,
      lead: e.lead.fullName,
      items: e.items,
      departments: e.departments,
      materials: figureCell(e.figures.materials),
      fields: figureCell(e.figures.fields),
      trips: figureCell(e.figures.trips),
      time: figureCell(e.figures.time, e.figures.time.approximate),
      guideHref: href(e.links.guide),
      noticeHref: href(e.links.notice),
      modelHref: href(e.links.model),
    })),
    statusCounts: statuses.map((s) => ({ status: s, statusClass: STATUS_CLASS[s], count: c.matters.filter((e) => e.status === s).length })).filter((s) => s.count > 0),
    totals: {
      matters: c.totals.matters,
      items: c.totals.items,
      materials: figureCell(c.totals.materials),
      fields: figureCell(c.totals.fields),
      trips: figureCell(c.totals.trips),
      time: figureCell(c.totals.time),
    },
  };
}

export function catalogFiles(models: Model[], set: TemplateSet): OutputFile[] {
  const c = catalog(models);
  return [
    { path: "catalog.json", text: stableJson(c) },
    { path: "index.html", text: renderHtml(set, "index.html.hbs", catalogView(c)) },
  ];
}
