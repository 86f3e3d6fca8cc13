// The model as a contract: every example compiles clean, validates against the published JSON
// Schema (ajv, strict), and the three spellings of the language give the same model.
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { compileFiles } from "../../index.js";
import { metricsSchema, modelSchema } from "../../compiler/model-schema.js";
import { compile } from "../../compiler/compile.js";
import { compileTexts, memoryHost } from "../helpers/memory-host.js";

describe("examples and the model schema", () => {
  const result = compileFiles(["examples"]);

  it("compile with no errors and no warnings", () => {
    expect(result.diagnostics.map((d) => `${d.code} ${d.span?.file}:${d.span?.start.line}`)).toEqual([]);
    expect(result.models.length).toBeGreaterThanOrEqual(3);
  });

  it("validate against the model's JSON Schema", () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    const validate = ajv.compile(modelSchema);
    for (const m of result.models) {
      const ok = validate(JSON.parse(JSON.stringify(m)));
      expect(validate.errors ?? [], m.name).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it("give metrics.json that validates against the published metrics schema", () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    const validate = ajv.compile(metricsSchema);
    for (const m of result.models) {
      validate(JSON.parse(JSON.stringify(m.metrics)));
      expect(validate.errors ?? [], m.name).toEqual([]);
    }
    // The schema is strict: a figure without its basis does not pass.
    const { basis, ...withoutBasis } = result.models[0].metrics;
    expect(basis).toBeDefined();
    expect(validate(JSON.parse(JSON.stringify(withoutBasis)))).toBe(false);
  });

  it("refers only to names that exist in the same model", () => {
    for (const m of result.models) {
      const items = new Set(m.items.map((i) => i.name));
      const materials = new Set(m.materials.map((x) => x.name));
      const fields = new Set(m.fields.map((f) => f.path));
      const departments = new Set(m.departments.map((d) => d.name));
      expect(departments.has(m.lead)).toBe(true);
      for (const i of m.items) {
        expect(departments.has(i.department)).toBe(true);
        i.after.forEach((a) => expect(items.has(a)).toBe(true));
        i.materials.forEach((x) => expect(materials.has(x)).toBe(true));
        i.fields.forEach((f) => expect(fields.has(f)).toBe(true));
      }
      for (const c of m.commitments) expect(departments.has(c.department)).toBe(true);
      for (const g of m.form.groups) g.fields.forEach((f) => expect(fields.has(f)).toBe(true));
    }
  });

  it("has ids that are unique ASCII NCNames", () => {
    for (const m of result.models) {
      const ids = [m.id, ...m.departments, ...m.items, ...m.materials, ...m.fields, ...m.situations, ...m.commitments, ...m.form.groups].map((x) => (typeof x === "string" ? x : x.id));
      for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe("spellings", () => {
  const hans = `使用 "std/部门"
一件事 开店 {
  编码: "S-1"
  状态: 已发布
  牵头部门: 市场监管局
  承诺时限: 5 工作日
  情形 招牌: 是否 "是否设置招牌？"
  子事项 登记 { 部门: 市场监管局  承诺时限: 1 工作日  材料: 申请书 }
  子事项 招牌设置 { 部门: 市场监管局  承诺时限: 3 工作日  前置: 登记  适用: 招牌 }
  材料 申请书 { 形式: 复印件  份数: 2  说明: "签字" }
}
`;
  const hant = `使用 "标准库/部门"
一件事 开店 {
  編碼: "S-1"
  狀態: 已發布
  牽頭部門: 市场监管局
  承諾時限: 5 工作日
  情形 招牌: 是否 "是否设置招牌？"
  子事項 登记 { 部門: 市场监管局  承諾時限: 1 工作日  材料: 申请书 }
  子事項 招牌设置 { 部門: 市场监管局  承諾時限: 3 工作日  前置: 登记  適用: 招牌 }
  材料 申请书 { 形式: 複印件  份數: 2  說明: "签字" }
}
`;
  const en = `use "std/部门"
matter 开店 {
  code: "S-1"
  status: published
  lead: 市场监管局
  promisedTime: 5 workdays
  situation 招牌: yesno "是否设置招牌？"
  item 登记 { department: 市场监管局  promisedTime: 1 workday  materials: 申请书 }
  item 招牌设置 { department: 市场监管局  promisedTime: 3 workdays  after: 登记  when: 招牌 }
  material 申请书 { form: copy  copies: 2  note: "签字" }
}
`;
  it("give the same model in simplified, traditional and English spelling", () => {
    const [a, b, c] = [hans, hant, en].map((t) => compileTexts({ "m.matter": t }));
    for (const r of [a, b, c]) expect(r.diagnostics).toEqual([]);
    expect(b.models[0]).toEqual(a.models[0]);
    expect(c.models[0]).toEqual(a.models[0]);
  });
});

describe("diagnostics that text fixtures cannot hold", () => {
  it("E0006: a file that is not UTF-8", () => {
    const gbk = new Uint8Array([0xb2, 0xbf, 0xc3, 0xc5, 0x20, 0xbc, 0xd7]); // 「部门 甲」 in GBK
    const r = compileTexts({ "gbk.matter": gbk });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E0006"]);
  });

  it("E0999: an unexpected failure becomes an internal-error diagnostic, not an exception", () => {
    const host = memoryHost({ "a.matter": `使用 "std/部门"\n` });
    host.readStdlib = () => {
      throw new Error("disk on fire");
    };
    const r = compile(host, [{ root: ".", files: ["a.matter"] }]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E0999"]);
    expect(r.hasErrors).toBe(true);
  });
});
