// JSON Forms (vanilla renderers) as docs/forms.md sets it up: ajv from createAjv({ useDefaults:
// true }) with the matterc plugin, and a date-time cell that keeps the zone (the vanilla cell
// appends "Z" to the local time). JSON Forms has no submit of its own: the host submits the
// data when JSON Forms reports no errors. Task mode: the application `readonly`, then the decision.
import { createAjv, isDateTimeControl, rankWith, type CellProps, type JsonSchema, type UISchemaElement } from "@jsonforms/core";
import { JsonForms, withJsonFormsCellProps } from "@jsonforms/react";
import { vanillaCells, vanillaRenderers } from "@jsonforms/vanilla-renderers";
import { createElement, useState } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import addMatterFormats from "../../../targets/form/ajv-plugin.js";
import { host, submitButton } from "./host.js";

// --- as in docs/forms.md -------------------------------------------------------------------
const ajv = addMatterFormats(createAjv({ useDefaults: true }));
/** A date-time typed in the form is a time in 中国标准时间: stored with its +08:00 offset. */
function ZonedDateTimeCell({ data, path, handleChange, id, enabled }: CellProps) {
  return createElement("input", {
    type: "datetime-local",
    id,
    disabled: !enabled,
    value: typeof data === "string" ? data.slice(0, 16) : "",
    onChange: (e: { target: { value: string } }) => handleChange(path, e.target.value ? `${e.target.value}:00+08:00` : undefined),
  });
}
const cells = [...vanillaCells, { tester: rankWith(3, isDateTimeControl), cell: withJsonFormsCellProps(ZonedDateTimeCell) }];
// ---------------------------------------------------------------------------------------------

let current: { data: unknown; errors: unknown[] } = { data: {}, errors: [] };

// The data is given once and read back from onChange (feeding it back as a prop makes JSON Forms
// apply an array's "add" twice: it changes the array in place).
function Host({ schema, uischema, data, readonly, track }: { schema: unknown; uischema: unknown; data: unknown; readonly?: boolean; track: boolean }) {
  const [initial] = useState(data);
  return createElement(JsonForms, {
    schema: schema as JsonSchema,
    uischema: uischema as UISchemaElement,
    data: initial,
    renderers: vanillaRenderers,
    cells,
    ajv,
    readonly,
    validationMode: "ValidateAndShow",
    onChange: ({ data, errors }) => {
      if (track) current = { data, errors: errors ?? [] };
    },
  });
}

const root = createRoot(document.getElementById("app")!);
// A new application (or its data) mounts a new host: JSON Forms takes its data once. Its element
// is kept while only the task changes, so React leaves it as it is.
let shown = 0;
let application: ReturnType<typeof createElement> | undefined;
host((s, previous) => {
  const same = previous && previous.schema === s.schema && previous.data === s.data && previous.mode === s.mode;
  if (!same) shown++;
  current = { data: s.mode === "apply" ? s.data : {}, errors: [] };
  if (s.mode === "task" && (!same || !application)) application = createElement(Host, { key: `a${shown}`, schema: s.schema, uischema: s.uischema, data: s.data, readonly: true, track: false });
  flushSync(() =>
    root.render(
      s.mode === "apply"
        ? createElement(Host, { key: `a${shown}`, schema: s.schema, uischema: s.uischema, data: s.data, track: true })
        : [
            application!,
            createElement("div", { key: `t-${s.task!.id}`, id: "task", "data-task": s.task!.id }, createElement(Host, { schema: s.task!.schema, uischema: s.task!.uischema, data: {}, track: true })),
          ],
    ),
  );
});
// JSON Forms reports its data and errors 10 ms after the last change (a debounced onChange): the
// host reads them once that report is in, as a platform's submit handler must. A timer set at the
// click with a longer delay runs after the report timer set at the last keystroke.
submitButton("提交", () =>
  setTimeout(() => {
    if (current.errors.length > 0) window.errorCount += current.errors.length;
    else window.submitted = JSON.parse(JSON.stringify(current.data));
  }, 25),
);
