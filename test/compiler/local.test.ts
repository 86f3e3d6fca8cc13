// Lists over time: local versions of a province template (模板), effective dates, lists and
// batches; the catalog groups by list and batch and marks what is not in force on a date.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { catalog } from "../../targets/catalog/index.js";
import { renderAll } from "../../targets/index.js";
import { compileTexts, ROOT } from "../helpers/memory-host.js";

const read = (f: string) => readFileSync(join(ROOT, "examples", f), "utf8");
const TEMPLATE = "开办餐饮店.matter";
const FILES = { [TEMPLATE]: read(TEMPLATE), "甲市开办餐饮店.matter": read("甲市开办餐饮店.matter"), "乙市开办餐饮店.matter": read("乙市开办餐饮店.matter") };

function compiled(files: Record<string, string> = FILES): Record<string, Model> {
  const r = compileTexts(files);
  expect(r.diagnostics).toEqual([]);
  return Object.fromEntries(r.models.map((m) => [m.code, m]));
}

const strip = (m: Model) => {
  const { name: _n, id: _i, code: _c, version: _v, status: _s, effective: _e, template: _t, promisedTime: _p, departments: _d, guide: _g, metrics: _m, items, ...rest } = m;
  return { ...rest, items: items.map(({ promisedTime: _ip, workdays: _w, ...i }) => i) };
};

describe("local versions of a province template", () => {
  const ms = compiled();
  const tpl = ms["QY-2024-03"];
  const jia = ms["QY-2024-03-JIA"];
  const yi = ms["QY-2024-03-YI"];

  it("take every uniform element from the template: sub-items, materials, fields, conditions, legal times, list and batch", () => {
    expect(strip(jia)).toEqual(strip(tpl));
    expect(strip(yi)).toEqual(strip(tpl));
    expect(jia.items.map((i) => i.legalTime)).toEqual(tpl.items.map((i) => i.legalTime));
    expect(jia.list).toBe("国发〔2024〕3号 重点事项清单");
    expect(jia.batch).toBe("2024年第一批");
    expect(jia.template).toEqual({ name: "开办餐饮店", code: "QY-2024-03" });
  });

  it("fill in local places, hours, phones, departments' names, dates and shorter promised times", () => {
    expect(jia.guide.place[0]).toContain("甲市政务服务中心");
    expect(jia.guide.basis).toEqual(tpl.guide.basis);
    expect(jia.guide.acceptance).toEqual(tpl.guide.acceptance);
    expect(jia.departments.find((d) => d.name === "市场监管局")!.fullName).toBe("甲市市场监督管理局");
    expect(yi.departments.find((d) => d.name === "消防救援")!.fullName).toBe(tpl.departments.find((d) => d.name === "消防救援")!.fullName);
    expect(jia.promisedTime!.value).toBe(10);
    expect(jia.items.find((i) => i.name === "食品经营许可")!.promisedTime!.value).toBe(3);
    expect(yi.promisedTime).toEqual(tpl.promisedTime);
    expect(jia.effective).toEqual({ from: "2025-07-01" });
    expect(jia.metrics.headline.time.after).toBeLessThanOrEqual(tpl.metrics.headline.time.after);
  });

  it("name the rule when a local version changes a uniform element, at any depth", () => {
    const bad = FILES["甲市开办餐饮店.matter"].replace("  子事项 食品经营许可 { 承诺时限: 3 工作日 }", '  子事项 食品经营许可 { 承诺时限: 3 工作日  材料: 营业执照 }\n  子事项 新增事项 { 部门: 市场监管局 }\n  跑动次数: 2\n  指南 { 受理条件: "无" }');
    const r = compileTexts({ ...FILES, "甲市开办餐饮店.matter": bad });
    const e0703 = r.diagnostics.filter((d) => d.code === "E0703").map((d) => d.args.key);
    expect(e0703).toEqual(expect.arrayContaining(["材料", "子事项 新增事项", "跑动次数"]));
  });

  it("marks every page of a matter not in force on the build date, and the catalog counts what is", () => {
    const models = Object.values(ms);
    const files = renderAll(models, { on: "2025-10-01" });
    const page = (f: { path: string }) => /\/(guide|notice|commitment-[^/]*)\.(html|md)$/.test(f.path);
    const yiPages = files.filter((f) => f.path.startsWith("QY-2024-03-YI/") && page(f));
    expect(yiPages.length).toBeGreaterThan(2);
    for (const f of yiPages) expect(f.text, f.path).toContain("截至2025年10月1日尚未施行");
    for (const f of files.filter((f) => f.path.startsWith("QY-2024-03-JIA/") && page(f))) expect(f.text, f.path).not.toContain("尚未施行");
    const c = catalog(models, "2025-10-01");
    expect(c.matters.map((m) => [m.code, m.inForce])).toEqual([["QY-2024-03", true], ["QY-2024-03-JIA", true], ["QY-2024-03-YI", false]]);
    expect(catalog(models, "2026-01-01").matters.every((m) => m.inForce)).toBe(true);
    expect(c.lists).toEqual([{ list: "国发〔2024〕3号 重点事项清单", batches: [{ batch: "2024年第一批", matters: ["QY-2024-03", "QY-2024-03-JIA", "QY-2024-03-YI"] }] }]);
    // Without a date, nothing is said about being in force beyond the declared dates.
    expect(renderAll(models).some((f) => f.text.includes("尚未施行"))).toBe(false);
  });

  it("ends a matter on its 失效日期 (exclusive) and reads Chinese dates", () => {
    const ended = FILES["乙市开办餐饮店.matter"].replace('生效日期: "2026-01-01"', '生效日期: "2026年1月1日"\n  失效日期: "2027-01-01"');
    const m = compiled({ ...FILES, "乙市开办餐饮店.matter": ended })["QY-2024-03-YI"];
    expect(m.effective).toEqual({ from: "2026-01-01", until: "2027-01-01" });
    const c = (on: string) => catalog([m], on).matters[0].inForce;
    expect([c("2026-12-31"), c("2027-01-01")]).toEqual([true, false]);
  });
});
