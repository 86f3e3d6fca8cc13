// `build --on DATE` marks, in the lists and the staff forms too, a matter or a sub-item that is not
// in force that day: metrics.json, implementation-list.json, data-sharing.json (each under `asOf`,
// checked against its published schema with ajv), data-sharing.md, tasks.json and the staff
// form-js forms (the notice the application form carries), the guide, notice, commitment letter and
// the catalog. A build on a day when everything is in force writes them exactly as a build on no date.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { lint } from "markdownlint/sync";
import prettierStyle from "markdownlint/style/prettier" with { type: "json" };
import { describe, expect, it } from "vitest";
import { metricsSchema } from "../../compiler/model-schema.js";
import type { Model } from "../../compiler/model.js";
import { renderAll, type OutputFile } from "../../targets/index.js";
import { implementationListSchema } from "../../targets/implementation-list/schema.js";
import { sharingSchema } from "../../targets/sharing/schema.js";
import { compileTexts, ROOT } from "../helpers/memory-host.js";

const read = (f: string) => readFileSync(join(ROOT, "examples", f), "utf8");
// 开办餐饮店 with one sub-item that takes effect later than the matter (a realistic phase-in: the
// tobacco retail licence joins the package on 1 March 2026), and 乙市's local version (from 2026-01-01).
const TEMPLATE = read("开办餐饮店.matter").replace("  子事项 烟草专卖零售许可 {", '  子事项 烟草专卖零售许可 {\n    生效日期: "2026-03-01"');
const FILES = { "开办餐饮店.matter": TEMPLATE, "乙市开办餐饮店.matter": read("乙市开办餐饮店.matter") };

function models(): Model[] {
  const r = compileTexts(FILES);
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.models;
}

const strict = () => new Ajv({ strict: true, allErrors: true });
const byPath = (files: OutputFile[]) => Object.fromEntries(files.map((f) => [f.path, f.text]));

describe("--on DATE in the lists and the staff forms", () => {
  const ms = models();
  const out = byPath(renderAll(ms, { on: "2025-12-15" }));
  const json = (p: string) => JSON.parse(out[p]);
  const item = { name: "烟草专卖零售许可", state: "not-yet" };
  const sentence = "截至2025年12月15日，子事项“烟草专卖零售许可”尚未施行。";

  it("the source really declares the sub-item's date", () => {
    expect(TEMPLATE).not.toBe(read("开办餐饮店.matter"));
    expect(ms.find((m) => m.code === "QY-2024-03")!.items.find((i) => i.name === "烟草专卖零售许可")!.effective).toEqual({ from: "2026-03-01" });
  });

  it("metrics.json says it under asOf, valid against the published metrics schema", () => {
    const validate = strict().compile(metricsSchema);
    const m = json("QY-2024-03/metrics.json");
    expect(m.asOf).toEqual({ date: "2025-12-15", state: "in-force", items: [item] });
    expect(validate(m), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...m, asOf: { date: "2025-12-15", state: "soon", items: [] } })).toBe(false);
  });

  it("implementation-list.json says it under asOf, valid against its published schema", () => {
    const validate = strict().compile(implementationListSchema);
    const l = json("QY-2024-03/implementation-list.json");
    expect(l.asOf).toEqual({ date: "2025-12-15", state: "in-force", items: [item] });
    expect(validate(l), JSON.stringify(validate.errors)).toBe(true);
    const yi = json("QY-2024-03-YI/implementation-list.json");
    expect(yi.asOf).toEqual({ date: "2025-12-15", state: "not-yet", items: [item] });
    expect(validate(yi), JSON.stringify(validate.errors)).toBe(true);
  });

  it("data-sharing.json says it per matter and across matters, and data-sharing.md shows it on top", () => {
    const validate = strict().compile(sharingSchema);
    const per = json("QY-2024-03/data-sharing.json");
    expect(per.asOf).toEqual({ date: "2025-12-15", matters: [{ matter: "开办餐饮店", code: "QY-2024-03", state: "in-force", items: [item] }] });
    const all = json("data-sharing.json");
    expect(all.asOf.matters.map((m: { code: string; state: string }) => [m.code, m.state])).toEqual([["QY-2024-03", "in-force"], ["QY-2024-03-YI", "not-yet"]]);
    for (const l of [per, all]) expect(validate(l), JSON.stringify(validate.errors)).toBe(true);
    const md = out["data-sharing.md"];
    expect(md).toContain("**截至2025年12月15日，开办餐饮店（QY-2024-03）的子事项“烟草专卖零售许可”尚未施行。**");
    expect(md).toContain("**截至2025年12月15日，乙市开办餐饮店（QY-2024-03-YI）尚未施行；乙市开办餐饮店（QY-2024-03-YI）的子事项“烟草专卖零售许可”尚未施行。**");
    const results = lint({ strings: { all: md, per: out["QY-2024-03/data-sharing.md"] }, config: { default: true, ...prettierStyle } });
    expect(results.toString()).toBe("");
  });

  it("tasks.json says it under asOf and every decision form carries the notice; so does every staff form-js form", () => {
    const t = json("QY-2024-03/tasks.json");
    expect(t.asOf).toEqual({ date: "2025-12-15", state: "in-force", items: [item] });
    expect(t.tasks.length).toBeGreaterThan(3);
    for (const task of t.tasks) {
      expect(task.schema.description).toBe(sentence);
      expect(task.uischema.elements[0]).toEqual({ type: "Label", text: sentence });
      expect(task.formily.properties.notice.title).toBe(sentence);
      const form = JSON.parse(out[`QY-2024-03/${task.formJs}`]);
      expect(form.components[0]).toEqual({ id: "notice", type: "text", text: `="${sentence}"` });
    }
  });

  it("the guide, notice and commitment letter name the sub-item, its date and that it is not yet in force", () => {
    const pages = Object.keys(out).filter((p) => p.startsWith("QY-2024-03/") && /(guide|notice|commitment[^/]*)\.(html|md)$/.test(p));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const p of pages) {
      expect(out[p], p).toContain("子事项“烟草专卖零售许可”自2026年3月1日起施行");
      expect(out[p], p).toContain("截至2025年12月15日，子事项“烟草专卖零售许可”尚未施行");
    }
    expect(out["QY-2024-03-YI/guide.html"]).toContain("截至2025年12月15日尚未施行；子事项“烟草专卖零售许可”尚未施行");
  });

  it("the catalog lists the sub-items not in force", () => {
    const c = json("catalog.json");
    expect(c.matters.map((m: { code: string; inForce: boolean; itemsNotInForce?: unknown }) => [m.code, m.inForce, m.itemsNotInForce])).toEqual([
      ["QY-2024-03", true, [item]],
      ["QY-2024-03-YI", false, [item]],
    ]);
    expect(out["index.html"]).toContain("子事项“烟草专卖零售许可”尚未施行");
  });

  it("writes every list and staff form exactly as a build on no date when all is in force that day", () => {
    const plain = byPath(renderAll(ms));
    const later = byPath(renderAll(ms, { on: "2026-06-01" }));
    // model.json always says the date; the catalog counts what is in force on it.
    const dated = (p: string) => p.endsWith("model.json") || p === "catalog.json" || p === "index.html";
    for (const p of Object.keys(plain).filter((p) => !dated(p))) expect(later[p], p).toBe(plain[p]);
    expect(JSON.parse(later["QY-2024-03/model.json"]).asOf).toEqual({ date: "2026-06-01", state: "in-force", items: [] });
  });
});
