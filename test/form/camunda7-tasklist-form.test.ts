// What the camunda7 dialect of form-js changes for Camunda 7 Tasklist (docs/forms.md), checked on
// every example's forms, and that nothing of it reaches the other dialect. The real Tasklist runs
// these forms in test/tasklist; this test says which component does what, so a change that drops
// one fails here first, in seconds.
import { beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { STAFF_SUBMIT_LABEL, SUBMIT_LABEL } from "../../targets/form/form-js.js";
import { applicantForm } from "../../targets/form/proactive.js";
import { staffTasks } from "../../targets/form/tasks.js";
import { files } from "./helpers/browser.js";
import { exampleModels } from "./helpers/models.js";

type Component = { id?: string; type?: string; key?: string; label?: string; action?: string; readonly?: boolean; validate?: { required?: boolean }; components?: Component[] };
const all = (cs: Component[] = []): Component[] => cs.flatMap((c) => [c, ...all(c.components)]);
const buttons = (form: { components: Component[] }) => all(form.components).filter((c) => c.type === "button");

let models: Model[] = [];
beforeAll(async () => {
  models = await exampleModels();
});

describe("form-js for Camunda 7 Tasklist", () => {
  it("a form with a repeating group ends with form-js's own submit button; no other form has one", () => {
    let withLists = 0;
    for (const model of models.filter((m) => applicantForm(m) !== "none")) {
      const c7 = files(model, "formjs-1.8");
      const c8 = files(model, "formjs-1.19");
      const repeats = model.form.groups.some((g) => g.repeat);
      const application = c7[`${model.code}.form`] as { components: Component[] };
      if (repeats) withLists++;
      const last = application.components[application.components.length - 1];
      if (repeats) expect(last, model.name).toMatchObject({ type: "button", action: "submit", label: SUBMIT_LABEL });
      expect(buttons(application).length, model.name).toBe(repeats ? 1 : 0);
      expect(buttons(c8[`${model.code}.form`] as { components: Component[] }), model.name).toEqual([]);
      for (const t of staffTasks(model)) {
        const staff = c7[`tasks/${t.id}.form`] as { components: Component[] } | undefined;
        if (!staff) continue;
        const shown = buttons(staff);
        expect(shown.length <= 1 && shown.every((b) => b.action === "submit"), `${model.name} ${t.name}`).toBe(true);
        if (shown.length) expect(shown[0].label, `${model.name} ${t.name}`).toBe(t.kind === "fill" ? SUBMIT_LABEL : STAFF_SUBMIT_LABEL);
        expect(buttons(c8[`tasks/${t.id}.form`] as { components: Component[] }), `${model.name} ${t.name}`).toEqual([]);
      }
    }
    expect(withLists, "examples with a repeating group").toBeGreaterThanOrEqual(2);
  });

  it("a prefilled field is read-only and not required in Camunda 7's start form, and stays required for Camunda 8", () => {
    let prefilled = 0;
    for (const model of models.filter((m) => applicantForm(m) !== "none")) {
      const c7 = all((files(model, "formjs-1.8")[`${model.code}.form`] as { components: Component[] }).components);
      const c8 = all((files(model, "formjs-1.19")[`${model.code}.form`] as { components: Component[] }).components);
      for (const f of model.fields.filter((x) => x.source && x.required)) {
        const a = c7.find((c) => c.key === f.key);
        const b = c8.find((c) => c.key === f.key);
        if (!a || !b) continue;
        prefilled++;
        expect(a.readonly, `${model.name} ${f.key}`).toBe(true);
        expect(a.validate?.required, `${model.name} ${f.key}`).toBeUndefined();
        expect(b.validate?.required, `${model.name} ${f.key}`).toBe(true);
      }
    }
    expect(prefilled, "required prefilled fields in the examples").toBeGreaterThan(3);
  });
});
