// react-jsonschema-form as a host sets it up: RJSF's ajv extended by the matterc plugin (cn-*
// formats with check characters, Chinese messages), noHtml5Validate. Task mode: the application
// read-only (RJSF's `readonly`), then the task's decision form from tasks.json.
import Form from "@rjsf/core";
import type { RJSFSchema } from "@rjsf/utils";
import { customizeValidator } from "@rjsf/validator-ajv8";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import addMatterFormats from "../../../targets/form/ajv-plugin.js";
import { setup } from "./host.js";

const s = setup();
const validator = customizeValidator({ extenderFn: addMatterFormats });
const onError = (errors: unknown[]) => {
  window.errorCount += errors.length;
};
const app = document.getElementById("app")!;
if (s.mode === "apply") {
  createRoot(app).render(
    createElement(Form, {
      schema: s.schema as RJSFSchema,
      validator,
      formData: s.data,
      noHtml5Validate: true,
      onSubmit: ({ formData }) => void (window.submitted = formData),
      onError,
    }),
  );
} else {
  createRoot(app).render([
    createElement(Form, { key: "a", schema: s.schema as RJSFSchema, validator, formData: s.data, readonly: true, uiSchema: { "ui:submitButtonOptions": { norender: true } } }),
    createElement(Form, {
      key: "t",
      idPrefix: "task",
      schema: s.task!.schema as RJSFSchema,
      validator,
      noHtml5Validate: true,
      onSubmit: ({ formData }) => void (window.submitted = formData),
      onError,
    }),
  ]);
}
