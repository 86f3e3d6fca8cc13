// @vitest-environment jsdom
// Prefilled fields (智能预填, 来源) in every form flavour, each checked by its own library: the JSON
// Schema's readOnly and `x-matterc-source` (a strict ajv with the matterc/ajv plugin), JSON Forms'
// readonly option (@jsonforms/core), Formily's read-pretty field with the source in its data
// (@formily/core + @formily/react), form-js's readonly field with the source in its custom
// properties (@bpmn-io/form-js-viewer); and matterc validate's code path accepting an application
// whose prefilled values the platform filled, and saying where a missing one should come from.
import { createRequire } from "node:module";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { createForm, isField } from "@formily/core";
import { FormProvider, createSchemaField } from "@formily/react";
import { isInherentlyEnabled, type JsonSchema, type UISchemaElement } from "@jsonforms/core";
import { act, createElement, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { describe, expect, it } from "vitest";
import addMatterFormats from "../../targets/form/ajv-plugin.js";
import { applicationProblems, problemLine } from "../../targets/form/application-errors.js";
import { normalizeApplication } from "../../targets/form/application-normalize.js";
import { PREFILLED, application, model, platform, result } from "./fixtures/prefill.js";
import { VALID_ID } from "./helpers/application.js";
import { formFile } from "./helpers/files.js";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;


type Node = { [k: string]: unknown; properties?: Record<string, Node>; allOf?: { then: Node }[] };
/** The schema of a dotted path, looking into the if/then branches too. */
function at(schema: Node, path: string): Node | undefined {
  const walk = (n: Node | undefined, keys: string[]): Node | undefined => {
    if (!n || keys.length === 0) return n;
    const direct = walk(n.properties?.[keys[0]], keys.slice(1));
    return direct ?? n.allOf?.map((m) => walk(m.then, keys)).find(Boolean);
  };
  return walk(schema, path.split("."));
}

function validate(schema: object, data: unknown): string[] {
  const ajv = addMatterFormats(new Ajv({ allErrors: true, verbose: true, strict: false }));
  const v = ajv.compile(schema);
  const normalized = normalizeApplication(schema, data, (s, x) => ajv.validate(s, x) === true);
  return applicationProblems(v, schema, normalized).map(problemLine);
}

describe("prefilled fields in the forms", () => {
  it("compile without diagnostics", () => {
    expect(result.diagnostics).toEqual([]);
    expect(model.fields.filter((f) => f.source).map((f) => f.path)).toEqual(PREFILLED);
  });

  it("are readOnly with x-matterc-source in form.schema.json, which a strict ajv compiles with the plugin", () => {
    const schema = formFile<Node>(model, "form.schema.json");
    expect(at(schema, "母亲.身份证号")).toMatchObject({ readOnly: true, "x-matterc-source": { kind: "data-sharing", department: "卫生健康委", dataItem: "{{出生医学信息.母亲身份证件号码}}" } });
    expect(at(schema, "母亲.姓名")).toMatchObject({ readOnly: true, "x-matterc-source": { kind: "identity" } });
    expect(at(schema, "户口.户号")).toMatchObject({ readOnly: true, "x-matterc-source": { kind: "prior-output", item: "出生登记", dataItem: "=户号" } });
    expect(at(schema, "婴儿.姓名")).not.toHaveProperty("readOnly");
    expect(at(schema, "婴儿.姓名")).not.toHaveProperty("x-matterc-source");
    // Strict ajv refuses an unknown keyword; the plugin declares this one (and checks its shape).
    expect(() => new Ajv({ strict: true }).compile(schema)).toThrow(/x-matterc-source/);
    for (const A of [Ajv, Ajv2020]) expect(() => addMatterFormats(new A({ strict: true })).compile({ ...schema, $schema: undefined })).not.toThrow();
    expect(() => addMatterFormats(new Ajv({ strict: true })).compile({ type: "string", "x-matterc-source": { kind: "guess" } })).toThrow();
  });

  it("are accepted by matterc validate when the platform filled them, and a missing one says where it comes from", () => {
    const schema = formFile<object>(model, "form.schema.json");
    expect(validate(schema, application)).toEqual([]);
    // A renderer's local notation for the prefilled date-time is read as any other.
    expect(validate(schema, { ...application, 婴儿: { ...application.婴儿, 出生时间: "2024-05-06 10:30:00" } })).toEqual([]);
    const missing = validate(schema, { ...application, 母亲: { 姓名: "王芳" } });
    expect(missing).toEqual(["身份证号（母亲.身份证号）：必须填写；此项应由平台根据来源预填（卫生健康委共享数据“{{出生医学信息.母亲身份证件号码}}”），请检查预填是否成功"]);
  });

  it("are read-only controls in JSON Forms", () => {
    const schema = formFile<JsonSchema>(model, "form.schema.json");
    const ui = formFile<UISchemaElement & { elements: (UISchemaElement & { elements: (UISchemaElement & { scope: string })[] })[] }>(model, "form.uischema.json");
    const state = { jsonforms: { core: { data: application, schema, uischema: ui, errors: [] } } } as never;
    const enabled = Object.fromEntries(
      ui.elements.flatMap((g) => g.elements).map((c) => [c.scope.replace(/#\/properties\//, "").replace(/\/properties\//g, "."), isInherentlyEnabled(state, {}, c, undefined, application, {})]),
    );
    expect(Object.entries(enabled).filter(([, e]) => !e).map(([k]) => k).sort()).toEqual([...PREFILLED].sort());
  });

  it("are read-pretty Formily fields carrying their source, kept in the values, and the form validates", async () => {
    const Plain = (props: { children?: ReactNode }) => createElement("div", null, props.children);
    const SchemaField = createSchemaField({
      components: { FormItem: Plain, Card: Plain, Input: Object.assign(Plain, { TextArea: Plain }), NumberPicker: Plain, DatePicker: Plain, Select: Plain, Upload: Plain, Radio: Object.assign(Plain, { Group: Plain }), Checkbox: Object.assign(Plain, { Group: Plain }) },
    });
    const form = createForm({ initialValues: structuredClone(application) });
    const root = createRoot(document.createElement("div"));
    await act(async () => root.render(createElement(FormProvider, { form }, createElement(SchemaField, { schema: formFile(model, "form.formily.json") }))));
    const fields = new Map<string, { pattern: string; data: unknown }>();
    form.query("*").forEach((f) => {
      if (isField(f)) fields.set(f.path.toString(), { pattern: f.pattern, data: f.data });
    });
    for (const p of PREFILLED) expect(fields.get(p)?.pattern, p).toBe("readPretty");
    expect(fields.get("婴儿.姓名")?.pattern).toBe("editable");
    // The data item that looks like an expression stays as written.
    expect(fields.get("母亲.身份证号")?.data).toEqual({ "x-matterc-source": { kind: "data-sharing", department: "卫生健康委", dataItem: "{{出生医学信息.母亲身份证件号码}}" } });
    expect(fields.get("户口.户号")?.data).toEqual({ "x-matterc-source": { kind: "prior-output", item: "出生登记", dataItem: "=户号" } });
    await expect(form.validate()).resolves.toBeUndefined();
    expect(form.values.母亲).toEqual(platform.母亲);
    expect(form.values.户口).toEqual(platform.户口);
    act(() => root.unmount());
  });

  it("are readonly form-js fields with the source in their properties, submitted with the application", async () => {
    const { Form } = createRequire(import.meta.url)("@bpmn-io/form-js-viewer") as {
      Form: new (o: { container: Element }) => { importSchema(s: unknown, d?: unknown): Promise<{ warnings: unknown[] }>; submit(): { data: Record<string, unknown>; errors: object }; destroy(): void };
    };
    const schema = formFile<{ components: { components: { key?: string; readonly?: boolean; properties?: Record<string, string> }[] }[] }>(model, ".form");
    const components = schema.components.flatMap((g) => g.components).filter((c) => c.key);
    expect(components.filter((c) => c.readonly).map((c) => c.key)).toEqual(PREFILLED);
    expect(components.find((c) => c.key === "户口.户号")!.properties).toEqual({ "matterc:source.kind": "prior-output", "matterc:source.item": "出生登记", "matterc:source.dataItem": "=户号" });
    const container = document.createElement("div");
    const form = new Form({ container });
    const data = { ...application, 婴儿: { ...application.婴儿, 出生时间: "2024-05-06T10:30" } };
    const { warnings } = await form.importSchema(schema, data);
    expect(warnings).toEqual([]);
    const { data: submitted, errors } = form.submit();
    expect(errors).toEqual({});
    expect(submitted.母亲).toEqual(platform.母亲);
    expect(submitted.户口).toEqual(platform.户口);
    const idInput = [...container.querySelectorAll("input")].find((i) => i.value === VALID_ID)!;
    expect(idInput.readOnly).toBe(true);
    form.destroy();
  });
});
