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

type El = UISchemaElement & { elements?: El[]; scope?: string; label?: string; options?: { detail?: El } };

function controls(el: El, ancestors: El[] = []): { control: El; ancestors: El[] }[] {
  if (el.type === "Control") return [{ control: el, ancestors }];
  return (el.elements ?? []).flatMap((child) => controls(child, [...ancestors, el]));
}

/** The data paths a visible Control shows: its own, or for a repeating group's list the paths of
 * its detail's Controls inside each entry ("*" for the index). */
function shownPaths(control: El): string[] {
  const detail = control.options?.detail;
  if (!detail) return [toDataPath(control.scope!)];
  return controls(detail).map(({ control: c }) => `${toDataPath(control.scope!)}.*.${toDataPath(c.scope!)}`);
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
        // A repeating group's detail is scoped into the list's entries (items), as JSON Forms resolves it.
        const detail = (control as El).options?.detail;
        for (const { control: c } of detail ? controls(detail) : []) {
          expect(Resolve.schema(resolved.items as JsonSchema, c.scope!, schema), `${model.name} ${c.scope}`).toBeDefined();
        }
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
          .flatMap(({ control }) => shownPaths(control))
          .sort();
        expect(shown, `${model.name} ${JSON.stringify(answers)}`).toEqual(expectedFor(model, answers).shown);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
