// Applications against form.schema.json with ajv: complete ones validate in every combination; a
// wrong ID check character is caught only with the matterc/ajv plugin; a malformed ID by any ajv.
import { Ajv } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { DEFAULT_TARGET_OPTIONS } from "../../targets/target.js";
import addMatterFormats from "../../targets/form/ajv-plugin.js";
import { formTarget } from "../../targets/form/index.js";
import { MALFORMED_ID, WRONG_CHECK_ID, answersComplete, completeApplication, setPath } from "./helpers/application.js";
import { combinations } from "./helpers/combinations.js";
import { expectedFor } from "./helpers/expected.js";
import { allModels, budget } from "./helpers/models.js";

function compile(model: Model, withPlugin: boolean) {
  const schema = JSON.parse(formTarget.perMatter!(model, DEFAULT_TARGET_OPTIONS).find((f) => f.path === "form.schema.json")!.text);
  // Without the plugin, ajv must be told to ignore the formats it does not know (as RJSF does).
  const ajv = withPlugin ? addMatterFormats(new Ajv({ allErrors: true, strict: true })) : new Ajv({ allErrors: true, strict: false, logger: false });
  return ajv.compile(schema);
}

let models: Model[] = [];
beforeAll(async () => {
  models = await allModels();
});

describe("applications", () => {
  it("a complete application validates in every combination of answers", () => {
    for (const model of models) {
      const validate = compile(model, true);
      const complete = combinations(model, budget(model, 200, 24)).filter((a) => answersComplete(model, a));
      expect(complete.length, model.name).toBeGreaterThan(0);
      for (const answers of complete) {
        const data = completeApplication(model, answers);
        expect(validate(data), `${model.name} ${JSON.stringify(answers)}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  });

  it("leaving out a required question that applies is an error; one that does not apply is not asked", () => {
    for (const model of models) {
      const validate = compile(model, true);
      for (const answers of combinations(model, 8).filter((a) => answersComplete(model, a))) {
        const { required } = expectedFor(model, answers);
        for (const path of required.filter((p) => p.includes("."))) {
          const data = completeApplication(model, answers);
          const segments = path.split(".");
          let parent = data as Record<string, unknown>;
          for (const s of segments.slice(0, -1)) parent = parent[s === "*" ? "1" : s] as Record<string, unknown>; // "*": the second entry
          delete parent[segments[segments.length - 1]];
          expect(validate(data), `${model.name} ${path}`).toBe(false);
        }
      }
    }
  });

  it("a wrong ID check character fails only with the plugin; a malformed ID fails without it", () => {
    let tried = 0;
    for (const model of models) {
      const idField = model.fields.find((f) => f.type === "idCard" && f.neededWhen.op === "true" && !f.perEntry);
      if (!idField) continue;
      const [withPlugin, without] = [compile(model, true), compile(model, false)];
      const answers = combinations(model, 50).find((a) => answersComplete(model, a))!;
      const good = completeApplication(model, answers);
      expect(without(good)).toBe(true);
      const wrongCheck = structuredClone(good);
      setPath(wrongCheck, idField.key.split("."), WRONG_CHECK_ID);
      expect(without(wrongCheck), model.name).toBe(true);
      expect(withPlugin(wrongCheck), model.name).toBe(false);
      expect(withPlugin.errors!.map((e) => [e.keyword, e.instancePath])).toEqual([["format", "/" + idField.key.split(".").join("/")]]);
      const malformed = structuredClone(good);
      setPath(malformed, idField.key.split("."), MALFORMED_ID);
      expect(without(malformed), model.name).toBe(false);
      expect(without.errors!.map((e) => e.keyword)).toEqual(["pattern"]);
      tried++;
    }
    expect(tried).toBeGreaterThanOrEqual(2);
  });
});
