// 免申办 in the forms (#16, docs/forms.md "免申办"): 快申快享 pushes a prefilled application whose
// prefilled fields are read-only in every flavour, only the missing ones typed, ended by 本人确认;
// 免申即享 with consent is a confirmation form (data read-only, 同意/不同意); with notify there is no
// applicant form; a sub-item granted without application asks nothing. What each flavour submits
// for them, matterc validate's code path accepts, and refuses without the confirmation.
import { Ajv } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import type { Answer, Model } from "../../compiler/model.js";
import addMatterFormats from "../../targets/form/ajv-plugin.js";
import { applicationProblems } from "../../targets/form/application-errors.js";
import { normalizeApplication } from "../../targets/form/application-normalize.js";
import { formTarget } from "../../targets/form/index.js";
import { DEFAULT_TARGET_OPTIONS } from "../../targets/target.js";
import { completeApplication } from "./helpers/application.js";
import { exampleModels } from "./helpers/models.js";
import { asData, combinations } from "./helpers/combinations.js";
import { expectedFor } from "./helpers/expected.js";
import { leaves } from "./helpers/schema-walk.js";
import { createSchemaUtils, type RJSFSchema } from "@rjsf/utils";
import { customizeValidator } from "@rjsf/validator-ajv8";
import { CN_FORMATS } from "../../targets/form/ajv-plugin.js";
import { granted, grantedItem, quick } from "./helpers/proactive.js";
import { flowableForms } from "../../targets/flowable/index.js";

type Json = Record<string, unknown>;
let newborn: Model;
beforeAll(async () => {
  newborn = (await exampleModels()).find((m) => m.code === "GR-2024-01")!;
  expect(newborn, "the 新生儿出生 example").toBeDefined();
});

function files(model: Model, process: "camunda8" | "camunda7" = "camunda8"): Record<string, Json> {
  return Object.fromEntries(formTarget.perMatter!(model, { ...DEFAULT_TARGET_OPTIONS, process }).map((f) => [f.path, JSON.parse(f.text) as Json]));
}

function validate(schema: object, data: unknown): string[] {
  const ajv = addMatterFormats(new Ajv({ allErrors: true, verbose: true, strict: false }));
  const v = ajv.compile(schema);
  return applicationProblems(v, schema, normalizeApplication(schema, data, (s, x) => ajv.validate(s, x) === true)).map((p) => `${p.path}: ${p.message}`);
}

/** Each flavour's question for a data path, by the flavour's own addressing. */
function schemaAt(schema: Json, path: string): Json | undefined {
  let node: Json | undefined = schema;
  for (const k of path.split(".")) node = (node?.properties as Record<string, Json> | undefined)?.[k];
  return node;
}
function formJsComponents(form: Json): Json[] {
  return ((form.components as Json[]) ?? []).flatMap((c) => [c, ...formJsComponents(c)]);
}
function formilyNodes(node: Json): [string, Json][] {
  return Object.entries((node.properties as Record<string, Json>) ?? {}).flatMap(([k, v]) => [[k, v] as [string, Json], ...formilyNodes(v)]);
}
function uiControls(node: Json): Json[] {
  return [node, ...((node.elements as Json[]) ?? []).flatMap(uiControls)].filter((e) => e.type === "Control");
}

describe("快申快享: a prefilled application, only the missing fields typed, then 本人确认", () => {
  it("shows confirmedFields read-only and missingFields editable in all four flavours", () => {
    const model = quick(newborn);
    const { missingFields, confirmedFields } = model.proactive!;
    expect(missingFields.length).toBeGreaterThan(3);
    expect(confirmedFields.length).toBeGreaterThan(3);
    const f = files(model);
    const key = (path: string) => model.fields.find((x) => x.path === path)!.key;
    const schema = f["form.schema.json"];
    const allOf = ((schema.allOf as Json[]) ?? []).map((b) => b.then as Json);
    const schemaOf = (path: string) => schemaAt(schema, key(path)) ?? allOf.map((t) => schemaAt(t, key(path))).find(Boolean);
    const controls = uiControls(f["form.uischema.json"]);
    const control = (path: string) => controls.find((c) => c.scope === `#/properties/${key(path).split(".").join("/properties/")}` || String(c.scope).endsWith(`/properties/${key(path).split(".").join("/properties/")}`));
    const formily = Object.fromEntries(formilyNodes(f["form.formily.json"]));
    const formJs = formJsComponents(f[`${model.code}.form`]);
    for (const path of confirmedFields) {
      expect(schemaOf(path)?.readOnly, `${path} schema`).toBe(true);
      expect((control(path)?.options as Json | undefined)?.readonly, `${path} uischema`).toBe(true);
      expect(formily[key(path)]?.["x-read-pretty"], `${path} formily`).toBe(true);
      expect(formJs.find((c) => c.key === key(path))?.readonly, `${path} form-js`).toBe(true);
    }
    for (const path of missingFields) {
      expect(schemaOf(path), path).toBeDefined();
      expect(schemaOf(path)?.readOnly, `${path} schema`).toBeUndefined();
      expect((control(path)?.options as Json | undefined)?.readonly, `${path} uischema`).toBeUndefined();
      expect(formily[key(path)]?.["x-read-pretty"], `${path} formily`).toBeUndefined();
      expect(formJs.find((c) => c.key === key(path))?.readonly, `${path} form-js`).toBeUndefined();
    }
  });

  it("ends with 本人确认以上信息真实无误, a box every flavour requires ticked", () => {
    const model = quick(newborn);
    for (const process of ["camunda8", "camunda7"] as const) {
      const f = files(model, process);
      const box = formJsComponents(f[`${model.code}.form`]).find((c) => c.key === "本人确认")!;
      expect(box).toMatchObject({ type: "checkbox", label: "本人确认以上信息真实无误", validate: { required: true } });
      expect(box.conditional).toBeUndefined();
    }
    const f = files(model);
    expect(f["form.schema.json"].required).toContain("本人确认");
    expect(schemaAt(f["form.schema.json"], "本人确认")).toMatchObject({ type: "boolean", title: "本人确认以上信息真实无误", not: { const: false } });
    // Not `const: true`, which RJSF would fill in by itself.
    expect(schemaAt(f["form.schema.json"], "本人确认")!.const).toBeUndefined();
    expect(uiControls(f["form.uischema.json"]).some((c) => c.scope === "#/properties/本人确认")).toBe(true);
    const node = Object.fromEntries(formilyNodes(f["form.formily.json"]))["本人确认"];
    expect(node).toMatchObject({ type: "boolean", "x-component": "Checkbox", required: true, "x-validator": [{ const: true, message: "须勾选确认" }] });
    // The description says what is granted and by when to confirm.
    expect(String(schemaAt(f["form.schema.json"], "本人确认")!.description)).toBe("给予：出生医学证明、户口登记、医保参保和社会保障卡；请在 10 个工作日内确认");
  });

  it("matterc validate accepts the application with 本人确认 ticked and refuses it unticked or missing", () => {
    const model = quick(newborn);
    const schema = files(model)["form.schema.json"];
    const headline = model.metrics.headline.situation as Record<string, Answer>;
    const data = completeApplication(model, headline);
    expect(data.本人确认).toBe(true);
    delete data.本人确认;
    expect(validate(schema, { ...data, 本人确认: true })).toEqual([]);
    expect(validate(schema, { ...data, 本人确认: false })).toEqual(["本人确认: 须勾选确认"]);
    expect(validate(schema, data)).toEqual(["本人确认: 须勾选确认"]);
  });
});

describe("免申即享", () => {
  it("with consent: a confirmation form, every field read-only, 确认/不同意 required; validate accepts either answer", () => {
    const model = granted(newborn, "consent");
    const f = files(model);
    const schema = f["form.schema.json"];
    expect(schema.title).toBe(`${newborn.name}：确认`);
    // No situations, commitments or materials to answer: the data and the consent.
    const formJs = formJsComponents(f[`${model.code}.form`]);
    const inputs = formJs.filter((c) => c.key !== undefined);
    expect(inputs.filter((c) => !c.readonly).map((c) => c.key)).toEqual(["确认意见"]);
    expect(inputs.find((c) => c.key === "确认意见")).toMatchObject({ type: "radio", values: [{ label: "确认", value: "确认" }, { label: "不同意", value: "不同意" }], validate: { required: true } });
    expect(Object.keys(schema.properties as Json)).not.toContain("材料");
    expect(Object.keys(schema.properties as Json)).not.toContain("落户方式");
    const formily = formilyNodes(f["form.formily.json"]).filter(([, n]) => n["x-decorator"] === "FormItem");
    expect(formily.filter(([, n]) => !n["x-read-pretty"]).map(([k]) => k)).toEqual(["确认意见"]);
    const data = completeApplication(model, {});
    expect(Object.keys(data)).not.toContain("材料");
    expect(data.确认意见).toBe("确认");
    delete data.确认意见;
    expect(validate(schema, { ...data, 确认意见: "确认" })).toEqual([]);
    expect(validate(schema, { ...data, 确认意见: "不同意" })).toEqual([]);
    expect(validate(schema, data)).toEqual(["确认意见: 必须填写"]);
  });

  it("with notify: no applicant form (the person is only told), the staff forms remain", () => {
    const model = granted(newborn, "notify");
    const paths = formTarget.perMatter!(model, DEFAULT_TARGET_OPTIONS).map((x) => x.path);
    expect(paths.filter((p) => p.startsWith("form.") || p === `${model.code}.form`)).toEqual([]);
    expect(paths).toContain("tasks.json");
    expect(paths.some((p) => p.startsWith("tasks/"))).toBe(true);
    // The control: the same matter with consent has all four.
    expect(formTarget.perMatter!(granted(newborn, "consent"), DEFAULT_TARGET_OPTIONS).filter((x) => x.path.startsWith("form.")).length).toBe(3);
  });
});

describe("a sub-item granted without application (Item.proactive) asks nothing on the applicant form", () => {
  it("its own fields (银行账户.*) are in no flavour; a field another sub-item asks for stays", () => {
    const model = grantedItem(newborn, "生育医疗费用报销");
    const before = JSON.stringify(files(newborn));
    expect(before).toContain("银行账户");
    const f = files(model);
    for (const [name, file] of Object.entries(f).filter(([n]) => !n.startsWith("tasks"))) expect(JSON.stringify(file), name).not.toContain("银行账户");
    expect(schemaAt(f["form.schema.json"], "母亲.姓名")).toBeDefined();
    // Its materials are not uploaded either, unless another sub-item asks for them.
    const own = model.materials.filter((m) => m.askedBy.length === 1 && m.askedBy[0] === "生育医疗费用报销" && m.uploadWhen.op !== "false");
    expect(own.length).toBeGreaterThan(0);
    const materials = (schemaAt(f["form.schema.json"], "材料") ?? {}) as Json;
    const all = JSON.stringify([materials, f["form.schema.json"].allOf]);
    for (const m of own) expect(all, m.name).not.toContain(`"${m.name}"`);
    // The data without them is accepted; the 报销生育费用 answer no longer asks for a bank account.
    const headline = model.metrics.headline.situation as Record<string, Answer>;
    const data = completeApplication(model, headline) as Json;
    delete data.银行账户;
    const uploads = data.材料 as Json | undefined;
    for (const m of own) delete uploads?.[m.name];
    expect(validate(f["form.schema.json"], data)).toEqual([]);
  });

  it("RJSF shows and requires exactly what the model asks of the applicant, in every combination", () => {
    const utils = (m: Model) => createSchemaUtils<Record<string, unknown>>(customizeValidator<Record<string, unknown>>({ customFormats: CN_FORMATS }), files(m)["form.schema.json"] as RJSFSchema);
    const models = [grantedItem(newborn, "生育医疗费用报销"), grantedItem(grantedItem(newborn, "生育医疗费用报销"), "社会保障卡申领"), quick(newborn), granted(newborn, "consent")];
    let checked = 0;
    for (const model of models) {
      const u = utils(model);
      const schema = files(model)["form.schema.json"] as RJSFSchema;
      for (const answers of combinations(model, 64)) {
        const data = model.proactive?.mode === "免申即享" ? {} : asData(answers);
        expect(leaves(u.retrieveSchema(schema, data) as never), JSON.stringify(answers)).toEqual(expectedFor(model, model.proactive?.mode === "免申即享" ? {} : answers));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe("a sub-item granted without application: its review form shows its fields to staff", () => {
  const OWN = ["银行账户.开户银行", "银行账户.户名", "银行账户.账号"];
  it("in form-js (both dialects), tasks.json's application and the Flowable task form; other sub-items' forms and the applicant's do not", () => {
    const model = grantedItem(newborn, "生育医疗费用报销");
    const item = model.items.find((i) => i.name === "生育医疗费用报销")!;
    const keys = OWN.map((path) => model.fields.find((f) => f.path === path)!.key);
    for (const process of ["camunda8", "camunda7"] as const) {
      const f = files(model, process);
      const review = formJsComponents(f[`tasks/${item.id}.form`]);
      for (const key of keys) expect(review.find((c) => c.key === key), `${process} ${key}`).toMatchObject({ disabled: true });
      // 最小必要: another sub-item's review form does not show them.
      const other = model.items.find((i) => i.name === "出生医学证明签发")!;
      for (const key of keys) expect(formJsComponents(f[`tasks/${other.id}.form`]).some((c) => c.key === key), key).toBe(false);
      // The applicant is still not asked for them.
      for (const key of keys) expect(formJsComponents(f[`${model.code}.form`]).some((c) => c.key === key), key).toBe(false);
    }
    // RJSF, JSON Forms and Formily hosts show tasks.json's application: with the fields, read-only
    // data the decision is taken on; and what the applicant submits still validates against it.
    const tasks = files(model)["tasks.json"] as { application?: { schema: Json; uischema: Json; formily: Json } };
    expect(tasks.application).toBeDefined();
    const { schema, uischema, formily } = tasks.application!;
    const allOf = ((schema.allOf as Json[]) ?? []).map((b) => b.then as Json);
    for (const key of keys) {
      expect(schemaAt(schema, key) ?? allOf.map((t) => schemaAt(t, key)).find(Boolean), key).toBeDefined();
      expect(uiControls(uischema).some((c) => String(c.scope).endsWith(`/properties/${key.split(".").join("/properties/")}`)), key).toBe(true);
      expect(Object.fromEntries(formilyNodes(formily))[key], key).toBeDefined();
    }
    expect(schemaAt(schema, "本人确认")).toBeUndefined();
    // The Flowable task form of the sub-item (its formKey): the fields, read-only.
    const flowable = flowableForms(model).find((x) => x.key === `form-${item.id}`)!;
    for (const key of keys) expect(flowable.fields.find((x) => x.id === key), key).toMatchObject({ readOnly: true });
    // Without a sub-item granted from data, the hosts show the applicant's form: no application.
    expect((files(newborn)["tasks.json"] as Json).application).toBeUndefined();
  });

  it("a matter that only tells the person (notify) has tasks.json's application for staff, as it has no applicant form", () => {
    const model = granted(newborn, "notify");
    const tasks = files(model)["tasks.json"] as { application?: { schema: Json } };
    expect(schemaAt(tasks.application!.schema, "母亲.姓名")).toBeDefined();
  });
});
