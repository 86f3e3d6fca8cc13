// The page of the browser test: react-jsonschema-form rendering form.schema.json, validated by
// RJSF's ajv with the matterc formats and Chinese messages, as a host application would set it up.
import Form from "@rjsf/core";
import type { RJSFSchema } from "@rjsf/utils";
import { customizeValidator } from "@rjsf/validator-ajv8";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import addMatterFormats from "../../../targets/form/ajv-plugin.js";

declare global {
  interface Window {
    SCHEMA: RJSFSchema;
    FORM_DATA: Record<string, unknown>;
    submitted?: Record<string, unknown>;
    errorCount: number;
  }
}

// The plugin extends RJSF's own ajv: cn-* formats with check characters, Chinese messages.
const validator = customizeValidator({ extenderFn: addMatterFormats });
window.errorCount = 0;
createRoot(document.getElementById("app")!).render(
  createElement(Form, {
    schema: window.SCHEMA,
    validator,
    formData: window.FORM_DATA,
    // Else the browser's own validation blocks the submit before RJSF sees it.
    noHtml5Validate: true,
    onSubmit: ({ formData }) => {
      window.submitted = formData as Record<string, unknown>;
    },
    onError: (errors) => {
      window.errorCount += errors.length;
    },
  }),
);
