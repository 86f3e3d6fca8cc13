import { describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import type { Catalog } from "../../targets/catalog/index.js";
import { hostile } from "./fixtures/hostile.js";
import { restaurant } from "./fixtures/restaurant.js";
import { exampleModels, renderCatalog } from "./render.js";

function pilot(): Model {
  const m = restaurant();
  m.name = "开办餐饮店（试点）";
  m.code = "A-01 试点";
  m.status = "试点";
  delete m.version;
  return m;
}

describe("the catalog across matters", () => {
  const files = renderCatalog([restaurant(), pilot()]);
  const catalog = JSON.parse(files.get("catalog.json")!) as Catalog;

  it("lists every matter by code, with status, version, lead, counts and headline figures", () => {
    expect(catalog.matters.map((m) => m.code)).toEqual(["A-01 试点", "FX-KBCYD"]);
    const r = catalog.matters[1];
    expect(r).toMatchObject({ name: "开办餐饮店", status: "已发布", version: "2024.1", lead: { name: "市场监管局", fullName: "某市市场监督管理局" }, items: 4, departments: 3 });
    expect(r.figures.materials).toEqual({ before: 16, after: 5, handedIn: 5, merged: 10, basis: "handedIn" });
    expect(r.figures.time).toEqual({ before: 60, after: 11, criticalPath: 11, unit: "工作日", approximate: true, basis: "promisedTime" });
    expect(r.figures.steps).toEqual({ before: 16, after: 4 });
    expect(catalog.matters[0].version).toBeNull();
  });

  it("links each matter's files relative to the catalog", () => {
    expect(catalog.matters[1].links).toEqual({
      guide: "FX-KBCYD/guide.html",
      guideMarkdown: "FX-KBCYD/guide.md",
      notice: "FX-KBCYD/notice.html",
      noticeMarkdown: "FX-KBCYD/notice.md",
      model: "FX-KBCYD/model.json",
      metrics: "FX-KBCYD/metrics.json",
      commitments: ["FX-KBCYD/commitment-消防承诺.html"],
    });
    const html = files.get("index.html")!;
    expect(html).toContain('<a href="A-01%20%E8%AF%95%E7%82%B9/guide.html">开办餐饮店（试点）</a>');
    expect(html).toContain('<a href="FX-KBCYD/guide.html">开办餐饮店</a>');
  });

  it("adds up only what a sum means: matters, sub-items, materials applicants no longer hand in", () => {
    // (16 − 5) + (16 − 5): times, trips and fields of different matters are not added up.
    expect(catalog.totals).toEqual({ matters: 2, items: 8, materialsSaved: 22 });
    const html = files.get("index.html")!;
    expect(html).toContain("申请人合计少交材料22份");
    expect(html).not.toMatch(/办理时限由\d+个工作日减至/);
    expect(html).toMatch(/<tfoot>[\s\S]*少交22份[\s\S]*<\/tfoot>/);
    expect(html).not.toMatch(/<tfoot>[\s\S]*120 → 22[\s\S]*<\/tfoot>/);
    expect(html).toContain('<span class="badge pilot">试点</span> 1');
  });

  it("does not depend on the order the matters come in", () => {
    expect(renderCatalog([pilot(), restaurant(), hostile()])).toEqual(renderCatalog([hostile(), restaurant(), pilot()]));
  });

  it("covers every example", async () => {
    const models = await exampleModels();
    const all = JSON.parse(renderCatalog(models).get("catalog.json")!) as Catalog;
    expect(all.matters.map((m) => m.code).sort()).toEqual(models.map((m) => m.code).sort());
    expect(all.totals.materialsSaved).toBe(models.reduce((s, m) => s + m.metrics.headline.materials.before - m.metrics.headline.materials.handedIn, 0));
    expect(Object.keys(all.totals).sort()).toEqual(["items", "materialsSaved", "matters"]);
  });
});
