// The implementation-list elements of a sub-item, lowered into the model: every element as
// declared, three spellings giving the same model, the model validating against its schema, and
// undeclared elements absent (never invented).
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { modelSchema } from "../../compiler/model-schema.js";
import { compileTexts } from "../helpers/memory-host.js";
import { ELEMENTS_SOURCE } from "./source.js";

const compileOne = (text: string) => compileTexts({ "main.matter": text });

describe("sub-item elements", () => {
  const result = compileOne(ELEMENTS_SOURCE);
  const model = result.models[0];
  const item = model?.items.find((i) => i.name === "食品经营许可")!;

  it("compile with no diagnostics", () => {
    expect(result.diagnostics.map((d) => d.code)).toEqual([]);
  });

  it("are in the model as declared", () => {
    expect(item.code).toBe("11440300007542728Y4000101000100");
    expect(item.baseCode).toBe("000101000100");
    expect(item.businessItem).toBe("0001");
    expect(item.handlingType).toBe("承诺件");
    expect(item.levels).toEqual(["市级", "县级"]);
    expect(item.powerSource).toBe("法定本级行使");
    expect(item.basis).toEqual([{ name: "中华人民共和国食品安全法", articles: ["第三十五条"] }]);
    expect(item.implementationBasis).toEqual([{ name: "食品经营许可和备案管理办法", number: "国家市场监督管理总局令第78号", articles: ["第十条", "第十一条"] }]);
    expect(item.acceptance).toHaveLength(2);
    expect(item.fees).toEqual([{ name: "工本费", standard: "0元", basis: "示例价格文件", reduction: "全额免收", onlinePayment: true }]);
    expect(item.fee).toBe("收费");
    expect(item.results).toEqual([
      { name: "食品经营许可证", type: "证照", sample: "https://example.org/sample.pdf", eLicence: "食品经营许可证", delivery: ["窗口领取", "邮寄", "电子证照"], postage: "政府承担" },
    ]);
    expect(item.produces).toBe("食品经营许可证");
    expect(item.intermediaries).toEqual([{ name: "场所平面图绘制", compulsory: false, time: { value: 3, unit: "工作日", workdays: 3, approximate: false }, fee: "按市场价" }]);
    expect(item.quantityLimit).toBe("无数量限制");
    expect(item.applicationDeadline).toBe("开业前");
    expect(item.visits).toBe(1);
    expect(item.visitReasons).toEqual(["领取纸质许可证"]);
    expect(item.onlineDepth).toEqual({ name: "三级", code: "Ⅲ" });
    expect(item.handlingForms).toEqual(["窗口", "网上"]);
    expect(item.appointment).toBe(true);
    expect(item.window).toBe("市民中心B区食品许可窗口");
    expect(item.places).toEqual([
      { district: "福田区", address: "福田区政务服务中心二楼" },
      { district: "南山区", address: "南山区政务服务中心一楼" },
    ]);
    const dept = model.departments.find((d) => d.name === "甲市市场监管局")!;
    expect(dept.creditCode).toBe("11440300007542728Y");
    expect(dept.division).toBe("440300");
  });

  it("are absent where not declared, and 不收费 stays the default", () => {
    const other = model.items.find((i) => i.name === "设立登记")!;
    expect(other.fee).toBe("不收费");
    for (const k of ["baseCode", "levels", "basis", "fees", "results", "visits", "onlineDepth", "handlingForms", "appointment", "places"]) expect(other, k).not.toHaveProperty(k);
    expect(other.handlingType).toBe("即办件");
  });

  it("validate against the model schema", () => {
    const validate = new Ajv({ strict: true, allErrors: true }).compile(modelSchema);
    validate(JSON.parse(JSON.stringify(model)));
    expect(validate.errors ?? []).toEqual([]);
  });

  it("read the same in Traditional Chinese and English spellings", () => {
    const hant = ELEMENTS_SOURCE.replace("办件类型: 承诺件", "辦件類型: 承諾件")
      .replace("行使层级: 市级, 县级", "行使層級: 市級, 縣級")
      .replace("收费项目 工本费", "收費項目 工本費".replace("工本費", "工本费"))
      .replace("网上支付: 是", "網上支付: 是")
      .replace("送达: 窗口领取, 邮寄, 电子证照", "送達: 窗口領取, 郵寄, 電子證照")
      .replace("网办深度: 三级", "onlineDepth: III")
      .replace("办理形式: 窗口, 网上", "handlingForms: counter, online")
      .replace("实施编码:", "實施編碼:")
      .replace("到现场次数: 1", "visits: 1");
    expect(hant).not.toBe(ELEMENTS_SOURCE);
    const again = compileOne(hant);
    expect(again.diagnostics.map((d) => d.code)).toEqual([]);
    expect(again.models[0].items).toEqual(model.items);
  });

  it("accept Ⅳ written as the Roman numeral, and the older word 编码 for 实施编码", () => {
    const text = ELEMENTS_SOURCE.replace("网办深度: 三级", '网办深度: "Ⅲ"').replace("实施编码:", "编码:");
    const again = compileOne(text);
    expect(again.diagnostics.map((d) => d.code)).toEqual([]);
    expect(again.models[0].items).toEqual(model.items);
  });

  it("check the implementation code against the department's division", () => {
    const text = ELEMENTS_SOURCE.replace('行政区划: "440300"', '行政区划: "440304"');
    const codes = compileOne(text).diagnostics.map((d) => d.code);
    expect(codes).toEqual(["W1005"]);
  });

  it("check the e-licence a result becomes against std/证照", () => {
    const text = ELEMENTS_SOURCE.replace('电子证照: "食品经营许可证"', '电子证照: "食品经营许可"');
    expect(compileOne(text).diagnostics.map((d) => d.code)).toEqual(["W0305"]);
  });

  it("say 即办件 agrees with 即办 and a promised time with 承诺件, else W1004", () => {
    const text = ELEMENTS_SOURCE.replace("办件类型: 即办件", "办件类型: 承诺件");
    expect(compileOne(text).diagnostics.map((d) => d.code)).toEqual(["W1004"]);
  });
});
