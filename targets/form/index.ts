// The form target: the merged application form (多表合一) for the renderers people use.
// form.schema.json (JSON Schema, RJSF), form.uischema.json (JSON Forms), form.formily.json
// (Formily) and <编码>.form (Camunda form-js), all rendered from one plan (plan.ts).
import type { Target } from "../target.js";
import { stableJson } from "../json.js";
import { planForm } from "./plan.js";
import { formFormily } from "./formily.js";
import { formJs } from "./form-js.js";
import { formJsonSchema } from "./schema.js";
import { formUiSchema } from "./uischema.js";

export const formTarget: Target = {
  name: "form",
  perMatter(model, options) {
    const plan = planForm(model);
    return [
      { path: "form.schema.json", text: stableJson(formJsonSchema(plan, options.schemaDraft)) },
      { path: "form.uischema.json", text: stableJson(formUiSchema(plan)) },
      { path: "form.formily.json", text: stableJson(formFormily(plan)) },
      { path: `${model.code}.form`, text: stableJson(formJs(plan, model)) },
    ];
  },
};
