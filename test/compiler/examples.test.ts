// The 13 national key matters of the 2024 first batch (国发〔2024〕3号), each realistic enough
// to judge the tool by: this pins the shape every example must keep.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileFiles } from "../../index.js";
import { ROOT } from "../helpers/memory-host.js";

const FIRST_BATCH = ["新生儿出生", "教育入学", "社会保障卡居民服务", "残疾人服务", "退休", "企业信息变更", "开办运输企业", "开办餐饮店", "水电气网联合报装", "信用修复", "企业上市合法合规信息核查", "企业破产信息核查", "企业注销登记"];

describe("the examples", () => {
  const { models: all, diagnostics } = compileFiles([join(ROOT, "examples")]);
  // Local versions of a province template (甲市、乙市开办餐饮店) are tested in local.test.ts; the
  // 跨域办 example and the 免申办 examples (#16, not first-batch matters) below.
  const models = all.filter((m) => !m.template && !m.crossRegion && !m.proactive);
  const cross = all.filter((m) => m.crossRegion);

  it("are the 13 matters of the first batch, compiling with no warnings", () => {
    expect(diagnostics).toEqual([]);
    expect(models.map((m) => m.name).sort()).toEqual([...FIRST_BATCH].sort());
  });

  it("include a province template with two local versions", () => {
    expect(all.filter((m) => m.template).map((m) => `${m.name}←${m.template!.name}`).sort()).toEqual(["乙市开办餐饮店←开办餐饮店", "甲市开办餐饮店←开办餐饮店"]);
  });

  it("include a 跨省通办 example with 异地代收代办, citing its sources", () => {
    expect(cross.map((m) => m.name)).toEqual(["川渝通办个体工商户设立登记"]);
    const m = cross[0];
    expect(m.scope).toBe("跨省");
    expect(m.crossRegion!.provinces.length).toBeGreaterThanOrEqual(2);
    expect(m.crossRegion!.modes).toContain("异地代收代办");
    expect(m.crossRegion!.windows.length).toBeGreaterThanOrEqual(1);
    expect(m.crossRegion!.basis.join()).toMatch(/国办发〔2020〕35号/);
    const head = readFileSync(join(ROOT, "examples", `${m.name}.matter`), "utf8").split("\n").slice(0, 14).join("\n");
    expect(head).toMatch(/国办发〔2020〕35号/);
    expect(head).not.toMatch(/https?:\/\//);
  });

  for (const m of models) {
    it(`${m.name}: several sub-items of several departments, with types and time limits`, () => {
      expect(m.items.length).toBeGreaterThanOrEqual(3);
      expect(new Set(m.items.map((i) => i.department)).size).toBeGreaterThanOrEqual(2);
      for (const i of m.items) {
        expect(i.type, i.name).toBeDefined();
        expect(i.legalTime ?? i.promisedTime, i.name).toBeDefined();
      }
    });

    it(`${m.name}: materials a department fetches itself, situations or commitments, guide facts, a cited source`, () => {
      const kinds = new Set(m.materials.map((x) => x.source.kind));
      expect([...kinds].filter((k) => k !== "applicant" && k !== "intermediary").length).toBeGreaterThanOrEqual(2);
      expect(m.situations.length + m.commitments.length).toBeGreaterThanOrEqual(1);
      expect(m.guide.place.length + m.guide.basis.length).toBeGreaterThan(0);
      expect(m.guide.consultPhone).toBeDefined();
      const head = readFileSync(join(ROOT, "examples", `${m.name}.matter`), "utf8").split("\n").slice(0, 12).join("\n");
      expect(head).toMatch(/国发〔2024〕3号|国务院|指南|实施方案/);
      expect(head).not.toMatch(/https?:\/\//);
    });
  }

  // #16: a policy granted without an application (免申即享), written after the notices it cites.
  const proactive = all.filter((m) => m.proactive);
  it("include a matter granted without an application", () => {
    expect(proactive.map((m) => m.name)).toEqual(["失业保险稳岗返还"]);
  });
  for (const m of proactive) {
    it(`${m.name}: asks for nothing, decides from shared data, says what is granted and cites its notices`, () => {
      const p = m.proactive!;
      expect(m.situations).toEqual([]);
      expect(m.materials.filter((x) => x.fromApplicant)).toEqual([]);
      expect(p.rules.length).toBeGreaterThanOrEqual(1);
      expect(p.grants.length).toBeGreaterThanOrEqual(1);
      if (p.mode === "免申即享") expect(p.missingFields).toEqual([]);
      // Every field a rule tests comes from a source.
      const tested = JSON.stringify(p.rules.map((r) => r.when));
      for (const f of m.fields.filter((x) => tested.includes(`"${x.key}"`))) expect(f.source, f.path).toBeDefined();
      expect(m.metrics.headline.materials.after).toBe(0);
      expect(m.metrics.headline.trips.after).toBe(0);
      expect(m.metrics.headline.typed.after).toBe(p.missingFields.length);
      const head = readFileSync(join(ROOT, "examples", `${m.name}.matter`), "utf8").split("\n").slice(0, 16).join("\n");
      expect(head).toMatch(/国发〔2024〕3号/);
      expect(head).toMatch(/人社部发〔20\d\d〕\d+号/);
      expect(head).not.toMatch(/https?:\/\//);
    });
  }
});
