// Camunda form-js, the version chosen by the setup: 1.19.0, the viewer Camunda 8 Tasklist bundles
// (camunda/camunda tasklist/client/package.json, 8.10); 2.x, for hosts that embed form-js
// themselves; or the 1.8.7 that Camunda 7 Tasklist bundles. The host submits with form.submit(),
// as Tasklist does. With 2.x the Chinese interface strings of matterc/form-js are registered
// (1.19 and 1.8 have no translate service, and Tasklist loads no host module). Each setup shown
// is imported into the same viewer, as Tasklist does when another task is opened.
import { Form as Form2 } from "@bpmn-io/form-js-viewer";
import { Form as Form119 } from "form-js-viewer-1-19";
import { Form as Form18 } from "form-js-viewer-1-8";
import { formJsChinese } from "../../../targets/form/form-js-zh.js";
import { host, submitButton } from "./host.js";

interface Viewer {
  importSchema(schema: unknown, data?: unknown): Promise<{ warnings: unknown[] }>;
  submit(): { data: Record<string, unknown>; errors: Record<string, unknown>; files?: Map<string, File[]> };
}

const container = document.getElementById("app")!;
let form: Viewer | undefined;
host(async (s) => {
  // form-js 1.8 waits 300 ms after a keystroke before it takes a typed value; a field left sooner
  // is validated with the value before the keystroke and keeps a false "required" error
  // (docs/forms.md). Hosts of 1.8 turn the delay off, as docs/forms.md advises.
  form ??=
    s.formJsVersion === "1.8"
      ? (new Form18({ container, debounce: false } as ConstructorParameters<typeof Form18>[0]) as unknown as Viewer)
      : s.formJsVersion === "1.19"
        ? (new Form119({ container }) as unknown as Viewer)
        : (new Form2({ container, additionalModules: [formJsChinese] }) as unknown as Viewer);
  document.body.dataset.ready = "false";
  try {
    const { warnings } = await form.importSchema(s.formJs, s.data);
    (window as { importWarnings?: unknown[] }).importWarnings = warnings;
    // importSchema resolves before Preact has drawn the new form: until then the page still shows
    // the previous one, and two staff forms in a row (督办 of two sub-items) have the same fields,
    // so text typed at once went into the old field and was lost. Shown after two frames.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  } catch (e) {
    (window as { importError?: string }).importError = (e as Error).message;
    throw e;
  } finally {
    document.body.dataset.ready = "true";
  }
});
submitButton("提交", () => {
  const { data, errors } = form!.submit();
  const n = Object.keys(errors).length;
  if (n > 0) window.errorCount += n;
  else window.submitted = JSON.parse(JSON.stringify(data));
});
