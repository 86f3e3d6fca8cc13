// `--on DATE` on the command line: build marks the pages of a matter not in force that day and the
// catalog counts what is; notice says it too; a date that does not exist is a usage error.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Ajv from "ajv";
import { BpmnModdle } from "bpmn-moddle";
import { modelSchema } from "../../compiler/model-schema.js";
import { ROOT } from "../helpers/memory-host.js";

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
