// `--on DATE` on the command line: build marks the pages of a matter not in force that day and the
// catalog counts what is; notice says it too; a date that does not exist is a usage error.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Ajv } from "ajv";
import { BpmnModdle } from "bpmn-moddle";
import { modelSchema } from "../../compiler/model-schema.js";
import { compileTexts, ROOT } from "../helpers/memory-host.js";
import { renderProcess } from "../../targets/process/index.js";
import { renderEligibility } from "../../targets/dmn/index.js";
import { DmnModdle } from "dmn-moddle";

const CLI = join(ROOT, "dist", "cli", "main.js");
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });

describe("--on DATE", () => {
  it("build marks what is not in force, and the catalog says how many are", () => {
    const out = mkdtempSync(join(tmpdir(), "matterc-on-"));
    const r = run(["build", "examples/开办餐饮店.matter", "examples/乙市开办餐饮店.matter", "--on", "2025-10-01", "-o", out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, "QY-2024-03-YI", "guide.html"), "utf8")).toContain("截至2025年10月1日尚未施行");
    expect(readFileSync(join(out, "QY-2024-03", "guide.html"), "utf8")).not.toContain("尚未施行");
    const catalog = JSON.parse(readFileSync(join(out, "catalog.json"), "utf8"));
    expect(catalog.on).toBe("2025-10-01");
    expect(catalog.matters.map((m: { code: string; inForce: boolean }) => [m.code, m.inForce])).toEqual([["QY-2024-03", true], ["QY-2024-03-YI", false]]);
  });

  it("build marks it in model.json, in every form flavour and in the process too", async () => {
    const out = mkdtempSync(join(tmpdir(), "matterc-on-"));
    const r = run(["build", "examples/开办餐饮店.matter", "examples/乙市开办餐饮店.matter", "--on", "2025-10-01", "-o", out]);
    expect(r.status, r.stderr).toBe(0);
    const read = (code: string, file: string) => readFileSync(join(out, code, file), "utf8");
    const text = "截至2025年10月1日，本事项尚未施行。";
    const validModel = new Ajv({ strict: false }).compile(modelSchema);
    const local = JSON.parse(read("QY-2024-03-YI", "model.json"));
    expect(validModel(local), JSON.stringify(validModel.errors)).toBe(true);
    expect(local.asOf).toEqual({ date: "2025-10-01", state: "not-yet", items: [] });
    const template = JSON.parse(read("QY-2024-03", "model.json"));
    expect(validModel(template), JSON.stringify(validModel.errors)).toBe(true);
    expect(template.asOf).toEqual({ date: "2025-10-01", state: "in-force", items: [] });

    const schema = JSON.parse(read("QY-2024-03-YI", "form.schema.json"));
    expect(schema.description).toBe(text);
    new Ajv({ strict: false }).compile(schema);
    expect(JSON.parse(read("QY-2024-03-YI", "form.uischema.json")).elements[0]).toEqual({ type: "Label", text });
    expect(JSON.parse(read("QY-2024-03-YI", "form.formily.json")).properties.notice.title).toBe(text);
    expect(JSON.parse(read("QY-2024-03-YI", "QY-2024-03-YI.form")).components[0]).toEqual({ id: "notice", type: "text", text: `="${text}"` }); // a FEEL string: inert text
    const { rootElement } = await new BpmnModdle().fromXML(read("QY-2024-03-YI", "process.bpmn"));
    const proc = (rootElement as unknown as { rootElements: { $type: string; documentation?: { text: string }[] }[] }).rootElements.find((e) => e.$type === "bpmn:Process")!;
    expect(proc.documentation?.[0].text).toContain(text);
    // In force that day: nothing is marked.
    expect(JSON.parse(read("QY-2024-03", "form.schema.json")).description).toBeUndefined();
    expect(read("QY-2024-03", "process.bpmn")).not.toContain("尚未施行");
  });

  it("every process flavour says it in the process's documentation and after the name engines show", async () => {
    const read = (f: string) => readFileSync(join(ROOT, "examples", f), "utf8");
    // 开办餐饮店 with the tobacco licence joining on 1 March 2026, and 乙市's version (from 2026-01-01).
    const template = read("开办餐饮店.matter").replace("  子事项 烟草专卖零售许可 {", '  子事项 烟草专卖零售许可 {\n    生效日期: "2026-03-01"');
    const r = compileTexts({ "开办餐饮店.matter": template, "乙市开办餐饮店.matter": read("乙市开办餐饮店.matter") });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const [province, local] = ["QY-2024-03", "QY-2024-03-YI"].map((c) => r.models.find((m) => m.code === c)!);
    const cases = [
      { model: local, on: "2025-10-01", mark: "（截至2025年10月1日尚未施行）", notice: "截至2025年10月1日，本事项尚未施行；子事项“烟草专卖零售许可”尚未施行。" },
      { model: province, on: "2026-02-01", mark: "（截至2026年2月1日有1个子事项不在施行期内）", notice: "截至2026年2月1日，子事项“烟草专卖零售许可”尚未施行。" },
      { model: { ...province, effective: { until: "2026-01-01" } }, on: "2026-01-01", mark: "（截至2026年1月1日已停止施行）", notice: "截至2026年1月1日，本事项已停止施行；子事项“烟草专卖零售许可”尚未施行。" },
    ];
    type El = { $type: string; name?: string; documentation?: { text: string }[]; participants?: El[] };
    for (const flavour of ["camunda8", "camunda7", "flowable", "plain"] as const) {
      for (const c of cases) {
        const xml = renderProcess(c.model, flavour, undefined, c.on);
        const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
        expect(warnings, flavour).toEqual([]);
        const roots = (rootElement as unknown as { rootElements: El[] }).rootElements;
        const proc = roots.find((e) => e.$type === "bpmn:Process")!;
        const pool = roots.find((e) => e.$type === "bpmn:Collaboration")!.participants![0];
        expect([proc.name, pool.name], flavour).toEqual([`${c.model.name}${c.mark}`, `${c.model.name}${c.mark}`]);
        expect(proc.documentation?.[0].text, flavour).toContain(c.notice);
      }
      // In force that day, or a build on no date: exactly as before.
      expect(renderProcess(province, flavour, undefined, "2026-03-01")).toBe(renderProcess(province, flavour));
    }
  });

  it("eligibility.dmn says it in the definitions' description and after every name engines show, in both dialects", async () => {
    const r = compileTexts({ "失业保险稳岗返还.matter": readFileSync(join(ROOT, "examples", "失业保险稳岗返还.matter"), "utf8") });
    const base = r.models[0];
    expect(base.proactive).toBeDefined();
    const model = { ...base, effective: { from: "2030-01-01" } };
    type Named = { name: string; description?: string; drgElement: Named[] };
    const moddle = new (DmnModdle as unknown as new () => { fromXML(xml: string): Promise<{ rootElement: Named; warnings: unknown[] }> })();
    for (const dialect of ["feel", "juel"] as const) {
      const { rootElement, warnings } = await moddle.fromXML(renderEligibility(model, dialect, "2026-01-01")!);
      expect(warnings, dialect).toEqual([]);
      expect(rootElement.name, dialect).toBe(`${base.name} 资格（截至2026年1月1日尚未施行）`);
      expect(rootElement.description, dialect).toBe("截至2026年1月1日，本事项尚未施行。");
      for (const d of rootElement.drgElement) expect(d.name, dialect).toMatch(/（截至2026年1月1日尚未施行）$/);
      // In force that day, or a build on no date: exactly as before.
      expect(renderEligibility(model, dialect, "2030-01-01")).toBe(renderEligibility(model, dialect));
    }
  });

  it("notice says it too", () => {
    const r = run(["notice", "examples/乙市开办餐饮店.matter", "--on", "2027-01-01"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toContain("尚未施行");
    expect(run(["notice", "examples/乙市开办餐饮店.matter", "--on", "2025-12-31"]).stdout).toContain("截至2025年12月31日尚未施行");
  });

  it("refuses a date that does not exist, with exit 2", () => {
    for (const verb of [["build", "examples/开办餐饮店.matter", "-o", mkdtempSync(join(tmpdir(), "matterc-on-"))], ["notice", "examples/开办餐饮店.matter"]]) {
      const r = run([...verb, "--on", "2025-02-30"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("2025-02-30");
    }
  });
});
