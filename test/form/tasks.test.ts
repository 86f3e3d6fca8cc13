// Staff task forms: every user task of process.bpmn, in every engine flavour, names a form the
// form target writes (form-js by id for Camunda, tasks.json by formId for Flowable), and each
// decision form asks what its step decides, requiring what the step must record.
import { Ajv } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { processTarget } from "../../targets/process/index.js";
import { DEFAULT_TARGET_OPTIONS, type TargetOptions } from "../../targets/target.js";
import { formTarget } from "../../targets/form/index.js";
import { exampleModels } from "./helpers/models.js";

interface TaskEntry { id: string; kind: string; formId: string; formJs: string; schema: object }

let models: Model[] = [];
beforeAll(async () => {
  models = await exampleModels();
});

function outputs(model: Model, process: TargetOptions["process"]) {
  const options = { ...DEFAULT_TARGET_OPTIONS, process };
  const forms = Object.fromEntries(formTarget.perMatter!(model, options).map((f) => [f.path, f.text]));
  const bpmn = processTarget.perMatter!(model, options)[0].text;
  return { forms, bpmn, tasks: (JSON.parse(forms["tasks.json"]) as { tasks: TaskEntry[] }).tasks };
}

describe("staff task forms", () => {
  it("are linked from every user task, in every flavour", () => {
    expect(models.length).toBeGreaterThan(10);
    const attr = { camunda8: /formId="([^"]+)"/, camunda7: /camunda:formRef="([^"]+)"/, flowable: /flowable:formKey="([^"]+)"/ } as const;
    for (const model of models) {
      for (const flavour of ["camunda8", "camunda7", "flowable"] as const) {
        const { forms, bpmn, tasks } = outputs(model, flavour);
        const userTasks = [...bpmn.matchAll(/<bpmn:userTask id="([^"]+)"[^>]*>[\s\S]*?<\/bpmn:userTask>|<bpmn:userTask id="([^"]+)"[^>]*\/>/g)];
        expect(userTasks.length).toBe(tasks.length);
        for (const m of userTasks) {
          const id = m[1] ?? m[2];
          const ref = attr[flavour].exec(m[0])?.[1];
          const entry = tasks.find((t) => t.id === id);
          expect(entry, `${model.code} ${flavour} ${id}`).toBeDefined();
          expect(ref).toBe(entry!.formId);
          // Camunda resolves the form-js file by its id; Flowable's UI looks the key up in tasks.json.
          if (flavour !== "flowable") expect(JSON.parse(forms[entry!.formJs]).id).toBe(ref);
        }
        const version = (JSON.parse(forms[tasks[0].formJs]) as { schemaVersion: number }).schemaVersion;
        expect(version).toBe(flavour === "camunda7" ? 16 : 19);
      }
    }
  });

  it("ask what each step decides, and require what it must record", () => {
    const ajv = new Ajv({ strict: false });
    const kinds = new Set<string>();
    for (const model of models) {
      for (const t of outputs(model, "camunda8").tasks) {
        kinds.add(t.kind);
        const ok = (d: object) => ajv.validate(t.schema, d);
        if (t.kind === "accept") {
          expect(ok({ 结果: "受理" })).toBe(true);
          expect(ok({ 结果: "补正" })).toBe(false); // what to supply must be said
          expect(ok({ 结果: "补正", 补正内容: "补交场所平面布置图" })).toBe(true);
          expect(ok({ 结果: "不予受理" })).toBe(false);
          expect(ok({})).toBe(false);
        } else if (t.kind === "review") {
          expect(ok({ 结果: "准予" })).toBe(false); // 审查意见 is required
          expect(ok({ 结果: "准予", 意见: "材料齐全，符合条件" })).toBe(true);
        } else if (t.kind === "check") {
          expect(ok({ 结果: "属实" })).toBe(true);
          expect(ok({ 结果: "不属实" })).toBe(false);
        } else if (t.kind === "special") {
          expect(ok({ 结果: "已完成" })).toBe(true);
          expect(ok({ 结果: "未通过" })).toBe(false); // why it failed must be said
          expect(ok({ 结果: "未通过", 意见: "公示期内有债权人提出异议" })).toBe(true);
        } else if (t.kind === "correct") {
          expect(ok({ 补正材料: "补交的场所平面布置图" })).toBe(true);
          expect(ok({})).toBe(false);
        } else if (t.kind === "urge") {
          expect(ok({ 意见: "请于两个工作日内办结" })).toBe(true);
          expect(ok({})).toBe(false);
        } else if (t.kind === "window") {
          // 跨域办's receiving window (异地代收代办).
          expect(ok({ 结果: "通过" })).toBe(true);
          expect(ok({ 结果: "不通过" })).toBe(false); // why must be said
          expect(ok({ 结果: "不通过", 意见: "身份证件与申请人不符" })).toBe(true);
        } else if (t.kind === "post") {
          expect(ok({ 寄递单号: "SF1234567890" })).toBe(true);
          expect(ok({})).toBe(false);
        } else {
          expect(ok({ 结果: t.kind === "issue" ? "邮寄送达" : "已补交" })).toBe(true);
        }
      }
    }
    expect([...kinds].sort()).toEqual(["accept", "check", "correct", "issue", "post", "review", "special", "supply", "urge", "window"]);
  });
});

describe("免申办 tasks (申请人确认, 填写缺项)", () => {
  it("申请人确认 records 确认/不同意 under 结果, as the process's gateway reads it; 填写缺项's form is the prefilled application", async () => {
    const { quick } = await import("./helpers/proactive.js");
    const model = quick(models.find((m) => m.code === "GR-2024-01")!);
    const { forms, bpmn, tasks } = outputs(model, "camunda8");
    const confirm = tasks.find((t) => t.kind === "confirm")!;
    const fill = tasks.find((t) => t.kind === "fill")!;
    expect(confirm.id).toBe(`${model.id}_confirm`);
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(confirm.schema, { 结果: "确认" })).toBe(true);
    expect(ajv.validate(confirm.schema, { 结果: "不同意" })).toBe(true);
    expect(ajv.validate(confirm.schema, {})).toBe(false);
    expect(bpmn).toContain(`${confirm.id}.结果`);
    // The fill task's form-js form is the applicant's form under the task's id, with 本人确认.
    const form = JSON.parse(forms[fill.formJs]) as { id: string; components: unknown[] };
    expect(form.id).toBe(fill.formId);
    expect(JSON.stringify(form)).toContain('"key":"本人确认"');
    expect(JSON.stringify(form.components)).toBe(JSON.stringify((JSON.parse(forms[`${model.code}.form`]) as { components: unknown[] }).components));
    // Staff forms leave out the person's confirmation.
    expect(forms[confirm.formJs]).not.toContain("本人确认");
  });
});
