// react-jsonschema-form as a host sets it up: RJSF's ajv extended by the matterc plugin (cn-*
// formats with check characters, Chinese messages), noHtml5Validate. Task mode: the application
// read-only (RJSF's `readonly`), then the task's decision form from tasks.json.
import Form from "@rjsf/core";
import type { RJSFSchema } from "@rjsf/utils";
import { customizeValidator } from "@rjsf/validator-ajv8";
import { createElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import addMatterFormats from "../../../targets/form/ajv-plugin.js";
import { host } from "./host.js";

const validator = customizeValidator({ extenderFn: addMatterFormats });
const onError = (errors: unknown[]) => {
  window.errorCount += errors.length;
};
const root = createRoot(document.getElementById("app")!);
const onSubmit = ({ formData }: { formData?: unknown }) => void (window.submitted = formData);
// The application's element is kept while only the task changes, so React leaves it as it is.
let application: { schema: unknown; data: unknown; element: ReturnType<typeof createElement> } | undefined;
host((s) =>
  flushSync(() =>
    root.render(
      s.mode === "apply"
        ? createElement(Form, { schema: s.schema as RJSFSchema, validator, formData: s.data, noHtml5Validate: true, onSubmit, onError })
        : [
            (application && application.schema === s.schema && application.data === s.data
              ? application
              : (application = { schema: s.schema, data: s.data, element: createElement(Form, { key: "a", schema: s.schema as RJSFSchema, validator, formData: s.data, readonly: true, uiSchema: { "ui:submitButtonOptions": { norender: true } } }) })
            ).element,
            createElement(
              "div",
              { key: `t-${s.task!.id}`, "data-task": s.task!.id },
              createElement(Form, { idPrefix: "task", schema: s.task!.schema as RJSFSchema, validator, noHtml5Validate: true, onSubmit, onError }),
            ),
          ],
    ),
  ),
);
