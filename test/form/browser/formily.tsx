// Formily with its antd v5 components (@formily/antd-v5), as docs/forms.md sets it up: the
// components form.formily.json names, and the matterFormat rule for check characters. Task mode:
// the application read-only (readPretty), then the decision form.
import { createForm, registerValidateRules, type Form } from "@formily/core";
import { FormProvider, createSchemaField } from "@formily/react";
import { Checkbox, DatePicker, FormItem, Input, NumberPicker, Radio, Select, Submit, Upload } from "@formily/antd-v5";
import { Alert, Card } from "antd";
import { createElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { CN_FORMATS, formatMessageZh } from "../../../targets/form/ajv-plugin.js";
import { host } from "./host.js";

// --- as in docs/forms.md -------------------------------------------------------------------
registerValidateRules({
  matterFormat: (value, rule) =>
    !value || CN_FORMATS[(rule as { matterFormat: keyof typeof CN_FORMATS }).matterFormat](String(value)) ? "" : formatMessageZh(String((rule as { matterFormat: string }).matterFormat), value),
});
// Uploads go to the platform's upload service, which answers with the file's address ({ url }).
const PlatformUpload = (props: object) => createElement(Upload, { ...props, action: "/upload" });
const SchemaField = createSchemaField({ components: { FormItem, Input, NumberPicker, DatePicker, Select, Radio, Checkbox, Upload: PlatformUpload, Card, Alert } });
// ---------------------------------------------------------------------------------------------

const root = createRoot(document.getElementById("app")!);
const submit = (form: Form, id: string) =>
  createElement(
    "div",
    { key: `submit-${id}` },
    createElement(Submit, {
      id: "host-submit",
      form,
      onSubmit: (values: unknown) => void (window.submitted = JSON.parse(JSON.stringify(values))),
      onSubmitFailed: (errors: unknown[]) => void (window.errorCount += errors.length),
    } as never, "提交"),
  );
// The application's form is kept while only the task changes.
let application: { form: Form; element: ReturnType<typeof createElement> } | undefined;
let shown = 0;
host((s, previous) => {
  if (s.mode === "apply") {
    const form = createForm({ initialValues: s.data });
    flushSync(() => root.render(createElement(FormProvider, { key: `a${++shown}`, form }, createElement(SchemaField, { schema: s.formily }), submit(form, "a"))));
    return;
  }
  if (!application || !previous || previous.mode !== "task" || previous.formily !== s.formily || previous.data !== s.data) {
    const form = createForm({ initialValues: s.data, readPretty: true });
    application = { form, element: createElement(FormProvider, { key: `a${++shown}`, form }, createElement(SchemaField, { schema: s.formily })) };
  }
  const decision = createForm();
  flushSync(() =>
    root.render([
      application!.element,
      createElement("div", { key: `t-${s.task!.id}`, id: "task", "data-task": s.task!.id }, createElement(FormProvider, { form: decision }, createElement(SchemaField, { schema: s.task!.formily }), submit(decision, "t"))),
    ]),
  );
});
