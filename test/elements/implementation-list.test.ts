// implementation-list.json: every example's output and a matter declaring every element validate
// against the published schema (ajv, strict); the national fields carry the declared values and
// nothing undeclared; docs/implementation-list.md documents every field the schema has.
import { Ajv } from "ajv";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileFiles } from "../../index.js";
import { implementationList } from "../../targets/implementation-list/index.js";
import { implementationListSchema } from "../../targets/implementation-list/schema.js";
import { renderAll } from "../../targets/index.js";
import { compileTexts, ROOT } from "../helpers/memory-host.js";
import { ELEMENTS_SOURCE, MATERIAL_ELEMENTS_SOURCE } from "./source.js";

const validate = new Ajv({ strict: true, allErrors: true }).compile(implementationListSchema);
const model = compileTexts({ "main.matter": ELEMENTS_SOURCE }).models[0];

describe("implementation-list.json", () => {
  it("is written for every example and validates against its schema", () => {
    const result = compileFiles([join(ROOT, "examples")]);
    expect(result.models.length).toBeGreaterThan(3);
    const files = renderAll(result.models).filter((f) => f.path.endsWith("/implementation-list.json"));
    expect(files.length).toBe(result.models.length);
    for (const f of files) {
      validate(JSON.parse(f.text));
      expect(validate.errors ?? [], f.path).toEqual([]);
    }
  });

  it("maps the declared elements to the national fields", () => {
    const list = JSON.parse(JSON.stringify(implementationList(model)));
    expect(validate(list), JSON.stringify(validate.errors)).toBe(true);
    const rec = list.items[0];
    expect(rec).toMatchObject({
      TASK_NAME: "食品经营许可",
      CATALOG_CODE: "000101000100",
      TASK_CODE: "11440300007542728Y4000101000100",
      TASK_HANDLE_ITEM: "0001",
      TASK_TYPE: "01",
      DEPT_NAME: "甲市市场监督管理局",
      DEPT_CODE: "11440300007542728Y",
      POWER_SOURCE: "法定本级行使",
      USE_LEVEL: "市级,县级",
      PROJECT_TYPE: "承诺件",
      BY_LAW: "《中华人民共和国食品安全法》第三十五条",
      ANTICIPATE_DAY: 20,
      ANTICIPATE_TYPE: "工作日",
      PROMISE_DAY: 5,
      IS_FEE: true,
      FEE_PROJECTS: [{ ORDER_NUM: 1, FEE_NAME: "工本费", FEE_STAND: "0元", BY_LAW: "示例价格文件", IS_DESC: true, DESC_EXPLAIN: "全额免收" }],
      IS_PAY_ONLINE: true,
      SERVICE_TYPE: "场所平面图绘制",
      LIMIT_EXPLAIN: "无数量限制",
      LIMIT_SCENE_NUM: 1,
      LIMIT_SCENE_EXPLAIN: "领取纸质许可证",
      ONLINE_HANDLE_DEPTH: "Ⅲ",
      HANDLE_TYPE: "窗口办理,网上办理",
      IS_ONLINE: true,
      IS_EXPRESS: true,
      IS_SCHEDULE: true,
      RESULT_NAME: "食品经营许可证",
      RESULT_TYPE: "证照",
      RESULT_GUID: "https://example.org/sample.pdf",
      TRANSACT_ADDR: "福田区：福田区政务服务中心二楼；南山区：南山区政务服务中心一楼",
    });
    expect(rec.ACCEPT_CONDITION).toBe("1. 已取得营业执照等合法主体资格\n2. 有与经营的食品品种、数量相适应的经营场所");
    expect(rec.matterc.implementationBasis[0].number).toBe("国家市场监督管理总局令第78号");
    expect(rec.matterc.window).toBe("市民中心B区食品许可窗口");
  });

  it("leaves out what is not declared", () => {
    const rec = JSON.parse(JSON.stringify(implementationList(model))).items[1];
    expect(Object.keys(rec).sort()).toEqual(["DEPT_CODE", "DEPT_NAME", "IS_FEE", "PROJECT_TYPE", "PROMISE_DAY", "PROMISE_TYPE", "TASK_NAME", "matterc"].sort());
    expect(rec.IS_FEE).toBe(false);
    expect(rec.PROMISE_DAY).toBe(0);
  });

  it("has a schema that rejects what it should", () => {
    const list = JSON.parse(JSON.stringify(implementationList(model)));
    list.items[0].UNKNOWN_FIELD = 1;
    expect(validate(list)).toBe(false);
    const bad = JSON.parse(JSON.stringify(implementationList(model)));
    bad.items[0].ONLINE_HANDLE_DEPTH = "Ⅴ";
    expect(validate(bad)).toBe(false);
  });

  it("is published next to the library and documented field by field", () => {
    const published = JSON.parse(readFileSync(join(ROOT, "dist", "implementation-list.schema.json"), "utf8"));
    expect(published).toEqual(JSON.parse(JSON.stringify(implementationListSchema)));
    const doc = readFileSync(join(ROOT, "docs", "implementation-list.md"), "utf8");
    const fields = (s: { properties?: Record<string, { items?: unknown; properties?: unknown }> }): string[] =>
      Object.entries(s.properties ?? {}).flatMap(([k, v]) => [k, ...fields((v as { items?: object }).items ?? (v as object))]);
    const item = (implementationListSchema.properties.items as { items: never }).items;
    for (const f of fields(item)) expect(doc, f).toContain(`\`${f}\``);
  });

  it("writes the per-material elements and the special steps, and validates", () => {
    // The materials' elements, and a special step on the sub-item.
    const source = MATERIAL_ELEMENTS_SOURCE.replace("材料: 身份证, 申请表 }", "材料: 身份证, 申请表\n    特殊环节 公示 { 时限: 20 自然日  依据: \"《示例条例》第三十三条\"  计入时限: 否 }\n  }");
    expect(source).toContain("特殊环节");
    const r = compileTexts({ "main.matter": source });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const list = JSON.parse(JSON.stringify(implementationList(r.models[0])));
    expect(validate(list), JSON.stringify(validate.errors)).toBe(true);
    const [id, form] = list.items[0].MATERIALS;
    expect(id).toMatchObject({
      MATERIAL_FORMAT: "原件及复印件",
      SOURCE_TYPE: "电子证照",
      SOURCE_EXPLAIN: "居民身份证",
      matterc: { fallback: { SOURCE_TYPE: "申请人自备" }, acceptanceCriteria: ["在有效期内", "复印件与原件一致"], basis: ["《示例办法》第五条"] },
    });
    expect(form.matterc).toEqual({ blankForm: "https://example.cn/kongbai.docx" });
    expect(form.EXAMPLE_GUID).toBe("https://example.cn/yangbiao.pdf");
    expect(list.items[0].matterc.specialSteps).toEqual([
      { name: "公示", time: { value: 20, unit: "自然日", workdays: 15, approximate: true }, basis: ["《示例条例》第三十三条"], counted: false, position: "after" },
    ]);
  });
});

