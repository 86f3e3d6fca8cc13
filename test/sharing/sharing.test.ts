// Field sources (智能预填) and the data-sharing list: every source kind is read into the model, the
// lists validate against their published schema with ajv and pass markdownlint, and 新生儿出生's
// prefilled fields appear under the department that shares them.
import { Ajv } from "ajv";
import * as prettier from "prettier";
import { join } from "node:path";
import { lint } from "markdownlint/sync";
import prettierStyle from "markdownlint/style/prettier" with { type: "json" };
import { describe, expect, it } from "vitest";
import { compileFiles } from "../../index.js";
import { renderAll } from "../../targets/index.js";
import { sharingList } from "../../targets/sharing/index.js";
import { sharingSchema } from "../../targets/sharing/schema.js";
import { compileTexts, ROOT } from "../helpers/memory-host.js";

const validate = new Ajv({ strict: true, allErrors: true }).compile(sharingSchema);

const SOURCES = `使用 "std/部门"
一件事 测试 {
  编码: "T-1"
  牵头部门: 市场监管局
  承诺时限: 2 工作日
  子事项 执照 { 部门: 市场监管局  承诺时限: 1 工作日  字段: 申请人.姓名, 申请人.身份证号, 户籍.地址  产出: "营业执照" }
  子事项 许可 { 部门: 市场监管局  承诺时限: 1 工作日  前置: 执照  字段: 执照.住所, 婚姻.登记日期 }
  字段 申请人.姓名: 文本 必填 来源 (身份认证)
  字段 申請人.身份證號: 身份证号 必填 來源 (身份認證)
  字段 户籍.地址: 地址 必填 来源 (数据共享 公安局 "人口基本信息.户籍地址")
  字段 执照.住所: 地址 必填 来源 (前序产出 执照 "住所")
  字段 婚姻.登记日期: 日期 来源 (电子证照 "結婚證" "登记日期")
}
`.replace("申請人.身份證號", "申请人.身份证号");

describe("field sources", () => {
  it("reads every kind of source into the model, in any spelling", () => {
    const r = compileTexts({ "main.matter": SOURCES });
    expect(r.diagnostics).toEqual([]);
    const by = Object.fromEntries(r.models[0].fields.map((f) => [f.path, f.source]));
    expect(by).toEqual({
      "申请人.姓名": { kind: "identity" },
      "申请人.身份证号": { kind: "identity" },
      "户籍.地址": { kind: "data-sharing", department: "公安局", dataItem: "人口基本信息.户籍地址" },
      "执照.住所": { kind: "prior-output", item: "执照", dataItem: "住所" },
      "婚姻.登记日期": { kind: "e-licence", licence: "结婚证", dataItem: "登记日期" },
    });
  });

  it("checks the names a source refers to, and its shape", () => {
    const bad = SOURCES.replace('(数据共享 公安局 "人口基本信息.户籍地址")', '(数据共享 公按局 "人口基本信息.户籍地址")').replace('来源 (身份认证)', "来源 身份认证");
    const codes = compileTexts({ "main.matter": bad }).diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(["E0103", "E0604"]));
  });

  it("lists what each provider shares and who uses it, valid against the published schema", () => {
    const r = compileTexts({ "main.matter": SOURCES });
    const list = sharingList(r.models);
    expect(validate(list), JSON.stringify(validate.errors)).toBe(true);
    expect(list.providers.map((p) => `${p.kind}:${p.provider}:${p.items.map((i) => `${i.dataItem}/${i.way}`).join(",")}`)).toEqual([
      "department:公安局:人口基本信息.户籍地址/interface",
      "department:市场监管局:执照：住所/prior-result",
      "e-licence:结婚证:登记日期/e-licence",
      "identity:统一身份认证:姓名/identity,身份证号/identity",
    ]);
  });

  it("新生儿出生: the parents' and the birth data come from the health commission's birth record", async () => {
    const { models, diagnostics } = compileFiles([join(ROOT, "examples")]);
    expect(diagnostics).toEqual([]);
    const newborn = models.find((m) => m.code === "GR-2024-01")!;
    const prefilled = newborn.fields.filter((f) => f.source).map((f) => f.path);
    expect(prefilled).toEqual(expect.arrayContaining(["母亲.姓名", "母亲.身份证号", "新生儿.出生时间"]));
    const files = renderAll(models);
    for (const f of files.filter((x) => x.path.endsWith("data-sharing.json"))) expect(validate(JSON.parse(f.text)), f.path).toBe(true);
    const md = files.find((f) => f.path === "GR-2024-01/data-sharing.md")!.text;
    expect(md).toContain("出生医学信息.母亲姓名");
    const all = files.filter((x) => x.path.endsWith("data-sharing.md"));
    const results = lint({ strings: Object.fromEntries(all.map((f) => [f.path, f.text])), config: { default: true, ...prettierStyle } });
    expect(results.toString()).toBe("");
    for (const f of all) expect(await prettier.format(f.text, { parser: "markdown" }), f.path).toBe(f.text);
  });
});
