// @vitest-environment jsdom
// <编码>.form in Camunda form-js (the viewer's CJS build, in jsdom): importSchema loads it without
// warnings or FEEL errors, and the data it submits holds exactly the questions the conditions
// leave visible (form-js drops hidden fields), in every combination of answers.
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { formId } from "../../targets/form/form-js.js";
import { MALFORMED_ID, answersComplete, completeApplication, setPath } from "./helpers/application.js";
import { combinations } from "./helpers/combinations.js";
import { expectedFor } from "./helpers/expected.js";
import { formFile } from "./helpers/files.js";
import { allModels, budget } from "./helpers/models.js";

interface FormJs {
  importSchema(schema: unknown, data?: unknown): Promise<{ warnings: unknown[] }>;
  submit(): { data: Record<string, unknown>; errors: Record<string, string[]> };
  on(event: string, cb: (e: unknown) => void): void;
  destroy(): void;
}

// jsdom has no DataTransfer, which form-js's filepicker uses; an empty FileList is all it needs.
(globalThis as { DataTransfer?: unknown }).DataTransfer = class {
  items = { add() {} };
  get files() {
    const input = document.createElement("input");
    input.type = "file";
    return input.files;
  }
};
const { Form } = createRequire(import.meta.url)("@bpmn-io/form-js-viewer") as { Form: new (o: { container: Element }) => FormJs };

const isEntries = (v: unknown): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0 && v.every((e) => e !== null && typeof e === "object" && !Array.isArray(e));

/** Dotted paths of the values in submitted data (lists and nulls are values); the entries of a
 * repeating group's list are walked, "*" standing for the index. */
function leafPaths(data: Record<string, unknown>, prefix = ""): string[] {
  const paths = Object.entries(data).flatMap(([k, v]) =>
    isEntries(v)
      ? v.flatMap((e) => leafPaths(e, `${prefix}${k}.*.`))
      : v !== null && typeof v === "object" && !Array.isArray(v)
        ? leafPaths(v as Record<string, unknown>, `${prefix}${k}.`)
        : [`${prefix}${k}`],
  );
  return [...new Set(paths)].sort();
}

async function load(model: Model, data: unknown): Promise<{ form: FormJs; errors: unknown[]; warnings: unknown[] }> {
  const form = new Form({ container: document.createElement("div") });
  const errors: unknown[] = [];
  form.on("error", (e) => errors.push(e));
  const { warnings } = await form.importSchema(formFile(model, ".form"), data);
  return { form, errors, warnings };
}

let models: Model[] = [];
beforeAll(async () => {
  models = await allModels();
});

describe("<编码>.form (form-js)", () => {
  it("carries the id the process links to, and the schema version of form-js 2.0", () => {
    for (const model of models) {
      const form = formFile<{ id: string; schemaVersion: number }>(model, ".form");
      expect(form.id).toBe(formId(model));
      expect(form.schemaVersion).toBe(createRequire(import.meta.url)("@bpmn-io/form-js-viewer").schemaVersion);
    }
  });

  it("hides exactly what the conditions hide, for every combination", async () => {
    let checked = 0;
    for (const model of models) {
      // A fresh viewer per case: re-importing into one viewer is slower than a new one.
      for (const answers of combinations(model, budget(model, 8, 3))) {
        const { form, errors, warnings } = await load(model, completeApplication(model, answers, true));
        expect(warnings).toEqual([]);
        expect(errors, model.name).toEqual([]);
        const { data } = form.submit();
        expect(leafPaths(data), `${model.name} ${JSON.stringify(answers)}`).toEqual(expectedFor(model, answers).shown);
        form.destroy();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  }, 300_000); // many viewers in jsdom on shared cores: a long, not a timed, test

  it("accepts a complete application and rejects a malformed ID", async () => {
    for (const model of models) {
      const answers = combinations(model, 50).find((a) => answersComplete(model, a))!;
      const data = completeApplication(model, answers);
      const { form } = await load(model, data);
      expect(form.submit().errors, model.name).toEqual({});
      form.destroy();
      const idField = model.fields.find((f) => f.type === "idCard" && f.neededWhen.op === "true" && !f.perEntry);
      if (!idField) continue;
      setPath(data, idField.key.split("."), MALFORMED_ID);
      const bad = await load(model, data);
      expect(Object.keys(bad.form.submit().errors)).toEqual([`field-${idField.id}`]);
      bad.form.destroy();
    }
  });
});
