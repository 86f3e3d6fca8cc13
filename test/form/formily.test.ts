// @vitest-environment jsdom
// form.formily.json in Formily itself (@formily/core + @formily/react SchemaField, rendered with
// React in jsdom): it creates a field per question, nested at the data path, shows exactly the
// questions that apply in each combination, and validates a complete application.
import { createForm, isField, registerValidateRules, type Form } from "@formily/core";
import { FormProvider } from "@formily/react";
import { formilySchemaField } from "./helpers/formily-host.js";
import { createElement } from "react";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { CN_FORMATS, formatMessageZh } from "../../targets/form/ajv-plugin.js";
import { WRONG_CHECK_ID, answersComplete, completeApplication } from "./helpers/application.js";
import { asData, combinations } from "./helpers/combinations.js";
import { expectedFor } from "./helpers/expected.js";
import { formFile } from "./helpers/files.js";
import { allModels, budget } from "./helpers/models.js";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SchemaField = formilySchemaField();

// How a host adds the full checks (check characters) that a pattern cannot express.
registerValidateRules({
  matterFormat: (value, rule) => {
    const format = String((rule as { matterFormat?: unknown }).matterFormat);
    const check = CN_FORMATS[format as keyof typeof CN_FORMATS];
    return typeof value !== "string" || value === "" || !check || check(value) ? "" : formatMessageZh(format, value);
  },
});

async function render(schema: object): Promise<Form> {
  const form = createForm();
  const root = createRoot(document.createElement("div"));
  await act(async () => root.render(createElement(FormProvider, { form }, createElement(SchemaField, { schema }))));
  return form;
}

/** Data paths of the visible data fields (not void sections). */
function visibleFields(form: Form, lists: string[] = []): string[] {
  const out: string[] = [];
  form.query("*").forEach((f) => {
    // The entries of a repeating group: "*" stands for the index; the list itself is no question.
    if (isField(f) && f.display === "visible" && !lists.includes(f.path.toString()) && !/\.\d+$/.test(f.path.toString())) out.push(f.path.toString().replace(/\.\d+\./g, ".*."));
  });
  return [...new Set(out)].sort();
}

async function answer(form: Form, model: Model, data: Record<string, unknown>) {
  await act(async () => {
    for (const name of [...model.situations.map((s) => s.name), ...model.commitments.map((c) => c.name)]) {
      form.setValuesIn(name, data[name]);
    }
    // One entry in each repeating group's list, so that its questions exist.
    for (const g of model.form.groups) if (g.repeat && !(form.getValuesIn(g.repeat.key)?.length > 0)) form.setValuesIn(g.repeat.key, [{}]);
  });
}

let models: Model[] = [];
beforeAll(async () => {
  models = await allModels();
});

describe("form.formily.json", () => {
  it("creates the fields and shows exactly the questions that apply, for every combination", async () => {
    let checked = 0;
    for (const model of models) {
      const form = await render(formFile(model, "form.formily.json"));
      for (const answers of combinations(model, budget(model, 24, 6))) {
        await answer(form, model, asData(answers));
        expect(visibleFields(form, model.form.groups.flatMap((g) => (g.repeat ? [g.repeat.key] : []))), `${model.name} ${JSON.stringify(answers)}`).toEqual(expectedFor(model, answers).shown);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it("validates a complete application, and catches a wrong ID check character with the host's rule", async () => {
    for (const model of models) {
      // A prefilled field is read pretty, which Formily does not validate: the platform fills it.
      const idField = model.fields.find((f) => f.type === "idCard" && f.neededWhen.op === "true" && !f.source && !f.perEntry);
      const answers = combinations(model, 50).find((a) => answersComplete(model, a))!;
      const data = completeApplication(model, answers);
      const form = await render(formFile(model, "form.formily.json"));
      await act(async () => form.setValues(uploadsAsFileLists(data)));
      await expect(form.validate(), model.name).resolves.toBeUndefined();
      if (!idField) continue;
      await act(async () => form.setValuesIn(idField.key, WRONG_CHECK_ID));
      await expect(form.validate()).rejects.toBeDefined();
      expect(form.errors.map((e) => e.path)).toEqual([idField.key]);
    }
  });
});

/** Formily's Upload holds a file list, not a data URL; also inside a repeating group's entries. */
function uploadsAsFileLists(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    out[k] = Array.isArray(v) && v.every((e) => e !== null && typeof e === "object") ? v.map((e) => uploadsAsFileLists(e as Record<string, unknown>)) : v;
  }
  const uploads = data["材料"] as Record<string, string> | undefined;
  if (!uploads) return out;
  return { ...out, 材料: Object.fromEntries(Object.entries(uploads).map(([k, url]) => [k, [{ name: `${k}.pdf`, url }]])) };
}
