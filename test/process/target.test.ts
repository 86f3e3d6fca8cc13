// The target as the CLI sees it: one process.bpmn per matter, byte-for-byte the same on every run,
// linked to the form the forms target writes.
import { describe, expect, it } from "vitest";
import { renderAll } from "../../targets/index.js";
import { processTarget } from "../../targets/process/index.js";
import { DEFAULT_TARGET_OPTIONS } from "../../targets/target.js";
import { exampleModels } from "./models.js";

describe("processTarget", () => {
  const models = exampleModels();

  it("writes process.bpmn, by default for Camunda 8, and the flavour asked for", () => {
    const model = models[0].model;
    const [file] = processTarget.perMatter!(model, DEFAULT_TARGET_OPTIONS);
    expect(file.path).toBe("process.bpmn");
    expect(file.text).toContain('modeler:executionPlatform="Camunda Cloud"');
    const c7 = processTarget.perMatter!(model, { ...DEFAULT_TARGET_OPTIONS, process: "camunda7" })[0].text;
    expect(c7).toContain('modeler:executionPlatform="Camunda Platform"');
    expect(c7).toContain("${");
  });

  it("is deterministic: the same model, or a copy of it, gives the same bytes", () => {
    for (const { model } of models) {
      const a = processTarget.perMatter!(model, DEFAULT_TARGET_OPTIONS)[0].text;
      const b = processTarget.perMatter!(structuredClone(model), DEFAULT_TARGET_OPTIONS)[0].text;
      expect(b).toBe(a);
      expect(a).not.toMatch(/\/work\/|\d{4}-\d\d-\d\dT\d\d:/);
    }
  });

  it("links every user task to its own staff form, which the forms target writes", () => {
    for (const { model } of models) {
      const files = renderAll([model]);
      const bpmn = files.find((f) => f.path === `${model.code}/process.bpmn`)!.text;
      const formIds = new Set(files.filter((f) => f.path.endsWith(".form")).map((f) => JSON.parse(f.text).id as string));
      const linked = new Set([...bpmn.matchAll(/formId="([^"]+)"/g)].map((m) => m[1]));
      expect(linked.size).toBe([...bpmn.matchAll(/<bpmn:userTask /g)].length);
      for (const id of linked) expect(formIds.has(id), `${model.code}: ${id}`).toBe(true);
    }
  });
});
