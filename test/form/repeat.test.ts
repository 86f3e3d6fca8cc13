// Repeating groups (股东) end to end on one matter: the model, matterc validate's messages naming
// the entry (第2位股东…), hidden answers inside entries, the figures counting a per-entry material
// once and the guide saying 每位股东一份, and JSON Forms' list variants for an entry field with its
// own condition. form-js's dynamic lists: repeat-formjs.test.ts.
import { Resolve, createAjv, isVisible, type JsonSchema, type UISchemaElement } from "@jsonforms/core";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import addMatterFormats from "../../targets/form/ajv-plugin.js";
import { applicationProblems, problemLine } from "../../targets/form/application-errors.js";
import { normalizeApplication } from "../../targets/form/application-normalize.js";
import { guideTarget } from "../../targets/guide/index.js";
import { DEFAULT_TARGET_OPTIONS } from "../../targets/target.js";
import { FILE, compiled, entry, files } from "./helpers/repeat-matter.js";

function validate(schema: object, data: unknown): { lines: string[]; normalized: unknown } {
  const ajv = addMatterFormats(new Ajv({ allErrors: true, verbose: true, strict: false }));
  const v = ajv.compile(schema);
  const normalized = normalizeApplication(schema, data, (s, x) => ajv.validate(s, x) === true);
  return { lines: applicationProblems(v, schema, normalized).map(problemLine), normalized };
}

describe("repeating groups", () => {
  it("are in the model: the list's key and bounds, each field's key inside an entry, the per-entry material", () => {
    const model = compiled();
    expect(model.form.groups[0].repeat).toEqual({ key: "股东", min: 1, max: 3, entry: "股东", measureWord: "位", materials: ["股东身份证明"] });
    expect(model.fields.filter((f) => f.perEntry).map((f) => [f.path, f.perEntry!.key])).toEqual([
      ["股东.名称", "名称"],
      ["股东.身份证号", "身份证号"],
      ["股东.国籍", "国籍"],
    ]);
    expect(model.materials.find((m) => m.name === "股东身份证明")!.perEntry).toBe("股东");
  });

  it("validate checks each entry and names it; the bounds in entries; hidden answers inside entries are dropped", () => {
    const schema = files(compiled())["form.schema.json"] as object;
    const good = { 有外籍股东: false, 企业: { 名称: "甲公司" }, 股东: [entry("张三"), entry("李四")], 材料: { 变更决议: FILE } };
    expect(validate(schema, good).lines).toEqual([]);
    const bad = structuredClone(good) as Record<string, unknown>;
    bad.有外籍股东 = true;
    (bad.股东 as Record<string, unknown>[])[1] = { 身份证号: "110105194912310021", 材料: {}, 国籍: "中国" };
    expect(validate(schema, bad).lines).toEqual([
      "第2位股东的股东姓名或名称（股东.1.名称）：必须填写",
      "第2位股东的公民身份号码（股东.1.身份证号）：不是有效的居民身份证号码：校验码应为“X”",
      "第2位股东的股东身份证明（股东.1.材料.股东身份证明）：必须填写",
      "第1位股东的国籍（股东.0.国籍）：必须填写",
    ]);
    expect(validate(schema, { ...good, 股东: [] }).lines).toEqual(["股东（股东）：至少填写 1 位股东"]);
    expect(validate(schema, { ...good, 股东: [entry("甲"), entry("乙"), entry("丙"), entry("丁")] }).lines).toEqual(["股东（股东）：至多填写 3 位股东"]);
    // 国籍 is asked only of foreign shareholders' matters: without the situation it is dropped.
    const { normalized, lines } = validate(schema, { ...good, 股东: [entry("张三", { 国籍: "中国" })] });
    expect(lines).toEqual([]);
    expect((normalized as { 股东: Record<string, unknown>[] }).股东[0]).toEqual(entry("张三"));
  });

  it("counts a per-entry material once in the figures, and the guide and the notice say 每位股东一份", () => {
    const model = compiled();
    // 变更决议 and 股东身份证明, however many shareholders; 股东身份证明 asked by both sub-items before.
    expect(model.metrics.headline.materials).toMatchObject({ before: 3, handedIn: 2 });
    const out = guideTarget.perMatter!(model, DEFAULT_TARGET_OPTIONS);
    const guide = out.find((f) => f.path === "guide.md")!.text;
    expect(guide).toMatch(/股东身份证明[^\n]*每位股东一份/);
    const notice = out.find((f) => /notice.*\.md$/.test(f.path));
    if (notice) expect(notice.text).toMatch(/股东身份证明[^\n]*每位股东一份/);
  });

  it("JSON Forms: one list variant per answer to the entry field's own condition, each resolving all its detail", () => {
    const f = files(compiled());
    const schema = f["form.schema.json"] as JsonSchema;
    type El = UISchemaElement & { elements?: El[]; scope?: string; options?: { detail?: El } };
    const group = (f["form.uischema.json"] as El).elements!.find((g) => (g as { label?: string }).label === "股东")!;
    const variants = group.elements!;
    expect(variants).toHaveLength(2);
    const ajv = addMatterFormats(createAjv());
    for (const answer of [false, true]) {
      const shown = variants.filter((v) => isVisible(v, { 有外籍股东: answer }, "", ajv, undefined));
      expect(shown).toHaveLength(1);
      const list = Resolve.schema(schema, shown[0].scope!, schema);
      expect(list.type).toBe("array");
      const detail = shown[0].options!.detail!.elements!.map((c) => c.scope);
      expect(detail.includes("#/properties/国籍")).toBe(answer);
      for (const scope of detail) expect(Resolve.schema(list.items as JsonSchema, scope!, schema), scope).toBeDefined();
    }
  });

});
