// form.schema.json against the real consumers: a strict ajv (schema and meta-schema, both
// drafts) and @rjsf/utils' retrieveSchema for every combination of answers.
import { createSchemaUtils, type RJSFSchema } from "@rjsf/utils";
import { customizeValidator } from "@rjsf/validator-ajv8";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { DEFAULT_TARGET_OPTIONS } from "../../targets/target.js";
import addMatterFormats, { CN_FORMATS } from "../../targets/form/ajv-plugin.js";
import { formTarget } from "../../targets/form/index.js";
import { asData, combinations } from "./helpers/combinations.js";
import { expectedFor } from "./helpers/expected.js";
import { FIXTURES, allModels, budget } from "./helpers/models.js";
import { leaves } from "./helpers/schema-walk.js";

function schemaOf(model: Model, draft: "07" | "2020-12"): RJSFSchema {
  const file = formTarget.perMatter!(model, { ...DEFAULT_TARGET_OPTIONS, schemaDraft: draft }).find((f) => f.path === "form.schema.json")!;
  return JSON.parse(file.text) as RJSFSchema;
}

let models: Model[] = [];
beforeAll(async () => {
  models = await allModels();
});

describe("form.schema.json", () => {
  it("runs over the fixtures and the compiled examples", () => {
    expect(models.length).toBeGreaterThanOrEqual(FIXTURES.length + 6);
  });

  it("compiles in a strict ajv with the plugin and passes meta-validation, in both drafts", () => {
    for (const model of models) {
      for (const [draft, ajv] of [
        ["07", new Ajv({ strict: true, allErrors: true })],
        ["2020-12", new Ajv2020({ strict: true, allErrors: true })],
      ] as const) {
        const schema = schemaOf(model, draft);
        addMatterFormats(ajv);
        expect(ajv.validateSchema(schema), `${model.name} ${draft}: ${ajv.errorsText()}`).toBe(true);
        expect(() => ajv.compile(schema), `${model.name} ${draft}`).not.toThrow();
      }
    }
  });

  it("is byte-identical across runs and differs between drafts only in $schema", () => {
    for (const model of models) {
      const a = formTarget.perMatter!(model, DEFAULT_TARGET_OPTIONS);
      expect(formTarget.perMatter!(structuredClone(model), DEFAULT_TARGET_OPTIONS)).toEqual(a);
      const { $schema: s07, ...rest07 } = schemaOf(model, "07");
      const { $schema: s2020, ...rest2020 } = schemaOf(model, "2020-12");
      expect([s07, s2020]).toEqual(["http://json-schema.org/draft-07/schema#", "https://json-schema.org/draft/2020-12/schema"]);
      expect(rest2020).toEqual(rest07);
    }
  });

  it("shows (retrieveSchema) and requires exactly the questions that apply, for every combination", () => {
    // How an RJSF host adds the plugin's formats: customFormats.
    const v07 = customizeValidator({ customFormats: CN_FORMATS });
    // RJSF types AjvClass as draft-07's Ajv; Ajv2020 has the same constructor.
    const v2020 = customizeValidator({ AjvClass: Ajv2020 as never, customFormats: CN_FORMATS });
    let checked = 0;
    const distinct = new Set<string>();
    for (const model of models) {
      for (const [draft, rjsfValidator] of [["07", v07], ["2020-12", v2020]] as const) {
        const schema = schemaOf(model, draft);
        const utils = createSchemaUtils(rjsfValidator, schema);
        for (const answers of combinations(model, draft === "07" ? budget(model, 1000, 48) : 24)) {
          const resolved = utils.retrieveSchema(schema, asData(answers));
          expect(leaves(resolved as never), `${model.name} ${JSON.stringify(answers)}`).toEqual(expectedFor(model, answers));
          checked++;
          distinct.add(JSON.stringify(expectedFor(model, answers)));
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    // The combinations really switch questions on and off.
    expect(distinct.size).toBeGreaterThan(10);
  });

  it("orders properties by 表单/分组, then declaration order", () => {
    const model = models[0];
    const keys = Object.keys(schemaOf(model, "07").properties!);
    const firstGroupTop = model.form.groups[0].fields.map((p) => model.fields.find((f) => f.path === p)!.key.split(".")[0]);
    expect(keys.slice(0, model.situations.length)).toEqual(model.situations.map((s) => s.name));
    expect(keys.indexOf(firstGroupTop[0])).toBe(model.situations.length);
  });
});
