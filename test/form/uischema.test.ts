// form.uischema.json against @jsonforms/core: every Control resolves into form.schema.json, and
// isVisible (with the group's rule) shows exactly the questions that apply, in every combination.
import { Resolve, createAjv, isVisible, toDataPath, type JsonSchema, type UISchemaElement } from "@jsonforms/core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import addMatterFormats from "../../targets/form/ajv-plugin.js";
import { asData, combinations } from "./helpers/combinations.js";
import { expectedFor } from "./helpers/expected.js";
import { formFile } from "./helpers/files.js";
import { allModels, budget } from "./helpers/models.js";

type El = UISchemaElement & { elements?: El[]; scope?: string; label?: string };

function controls(el: El, ancestors: El[] = []): { control: El; ancestors: El[] }[] {
  if (el.type === "Control") return [{ control: el, ancestors }];
  return (el.elements ?? []).flatMap((child) => controls(child, [...ancestors, el]));
}

let models: Model[] = [];
beforeAll(async () => {
  models = await allModels();
});

describe("form.uischema.json", () => {
  it("scopes every Control to a property of form.schema.json, in groups from 表单/分组", () => {
    for (const model of models) {
      const schema = formFile<JsonSchema>(model, "form.schema.json");
      const ui = formFile<El>(model, "form.uischema.json");
      expect(ui.type).toBe("VerticalLayout");
      const labels = ui.elements!.map((g) => g.label);
      expect(labels.filter((l) => model.form.groups.some((g) => g.name === l))).toEqual(
        model.form.groups.filter((g) => labels.includes(g.name)).map((g) => g.name),
      );
      for (const { control } of controls(ui)) {
        const resolved = Resolve.schema(schema, control.scope!, schema);
        expect(resolved, `${model.name} ${control.scope}`).toBeDefined();
        expect(typeof resolved.title).toBe("string");
      }
    }
  });

  it("shows exactly the questions that apply (isVisible), for every combination", () => {
    const ajv = addMatterFormats(createAjv());
    let checked = 0;
    for (const model of models) {
      const ui = formFile<El>(model, "form.uischema.json");
      const all = controls(ui);
      for (const answers of combinations(model, budget(model, 1000, 48))) {
        const data = asData(answers);
        const shown = all
          .filter(({ control, ancestors }) => [...ancestors, control].every((el) => isVisible(el, data, "", ajv, undefined)))
          .map(({ control }) => toDataPath(control.scope!))
          .sort();
        expect(shown, `${model.name} ${JSON.stringify(answers)}`).toEqual(expectedFor(model, answers).shown);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
