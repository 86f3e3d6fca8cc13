// The Flowable form definitions (`--process flowable`, targets/flowable) as files: written only for
// that flavour, one per formKey process.bpmn names (the start event and every user task), in the
// shape Flowable's JSON reader takes (option fields marked OptionFormField), with the task's result
// as outcomes and `required` only where a question is asked in every case. Flowable's form engine
// itself reads, shows and submits them in test/engines/flowable-forms.test.ts.
import { describe, expect, it } from "vitest";
import { BpmnModdle } from "bpmn-moddle";
import { renderAll } from "../../targets/index.js";
import { flowableForms, type FlowableForm } from "../../targets/flowable/index.js";
import { exampleModels } from "../process/models.js";

const byCode = (code: string) => exampleModels().find((m) => m.model.code === code)!.model;

describe("flowable/*.form", () => {
  it("are written only for --process flowable, in their own folder", () => {
    const model = byCode("QY-2024-03");
    expect(renderAll([model], { process: "camunda8" }).filter((f) => f.path.includes("/flowable/"))).toEqual([]);
    const files = renderAll([model], { process: "flowable" }).filter((f) => f.path.includes("/flowable/"));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(f.path).toMatch(/^QY-2024-03\/flowable\/form-[A-Za-z0-9_]+\.form$/);
  });

  it("give a form for every formKey of process.bpmn, the start event's and each user task's", async () => {
    // A 免申办 matter starts from a message or timer: no start form, only its tasks' forms.
    for (const { model } of exampleModels()) {
      const out = renderAll([model], { process: "flowable" });
      const bpmn = out.find((f) => f.path === `${model.code}/process.bpmn`)!.text;
      const { rootElement } = await new BpmnModdle({ flowable: { name: "Flowable", uri: "http://flowable.org/bpmn", prefix: "flowable", xml: { tagAlias: "lowerCase" }, types: [] } }).fromXML(bpmn);
      const process = (rootElement as unknown as { rootElements: { $type: string; flowElements: { $type: string; $attrs: Record<string, string> }[] }[] }).rootElements.find((e) => e.$type === "bpmn:Process")!;
      const keys = process.flowElements.filter((e) => e.$type === "bpmn:UserTask" || (e.$type === "bpmn:StartEvent" && !model.proactive)).map((e) => e.$attrs["flowable:formKey"]);
      expect(keys.every(Boolean), model.name).toBe(true);
      const forms = out.filter((f) => f.path.startsWith(`${model.code}/flowable/`)).map((f) => JSON.parse(f.text) as FlowableForm);
      expect(forms.map((f) => f.key).sort(), model.name).toEqual([...keys].sort());
    }
  });

  it("ask the start form's questions in Flowable's field types, and record a task's result as its outcomes", () => {
    const model = byCode("QY-2024-03");
    const [start, ...tasks] = flowableForms(model);
    const field = (form: FlowableForm, id: string) => form.fields.find((f) => f.id === id)!;
    expect(start.key).toBe(`form-${model.id}`);
    expect(field(start, "已有营业执照")).toMatchObject({ type: "boolean", name: "是否已经取得营业执照？" });
    expect(field(start, "经营项目")).toMatchObject({ fieldType: "OptionFormField", type: "dropdown", params: { multiple: true } });
    expect(field(start, "营业面积").type).toBe("decimal");
    const accept = tasks.find((t) => t.key === `form-${model.id}_accept`)!;
    expect(accept.name).toBe("统一受理：受理决定");
    expect(accept.outcomes!.map((o) => o.name)).toEqual(["受理", "补正", "不予受理"]);
    expect(accept.outcomeVariableName).toBe(`${model.id}_accept_结果`);
    // Asked only when the result is 补正: never `required` (Flowable would demand it every time).
    expect(field(accept, `${model.id}_accept_补正内容`)).toMatchObject({ type: "multi-line-text", params: { description: expect.stringContaining("补正时必填") } });
    expect(field(accept, `${model.id}_accept_补正内容`).required).toBeUndefined();
    // The application, read-only: every question of the start form, none required.
    const asked = start.fields.filter((f) => !f.type.startsWith("headline")).map((f) => f.id);
    const shown = accept.fields.filter((f) => f.readOnly).map((f) => f.id);
    expect(shown).toEqual(expect.arrayContaining(asked));
    expect(accept.fields.filter((f) => f.readOnly && f.required)).toEqual([]);
    // A sub-item's review: 准予 / 不予 as outcomes, 审查意见 required.
    const review = tasks.find((t) => t.key === `form-${model.items[0].id}`)!;
    expect(review.outcomes!.map((o) => o.name)).toEqual(["准予", "不予"]);
    expect(field(review, `${model.items[0].id}_意见`)).toMatchObject({ name: "审查意见", required: true });
  });

  it("carry the notice of a build on a date when the matter is not in force", () => {
    const model = byCode("QY-2024-03-YI");
    for (const f of flowableForms(model, "2025-10-01")) expect(f.fields[0]).toEqual({ id: "notice", name: "截至2025年10月1日，本事项尚未施行。", type: "headline" });
    for (const f of flowableForms(model, "2026-10-01")) expect(f.fields[0].id).not.toBe("notice");
  });
});
