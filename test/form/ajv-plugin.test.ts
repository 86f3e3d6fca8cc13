import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import addMatterFormats, { CN_FORMATS, localize } from "../../targets/form/ajv-plugin.js";
import type { RJSFSchema } from "@rjsf/utils";
import { customizeValidator } from "@rjsf/validator-ajv8";

const schema = {
  type: "object",
  properties: {
    id: { type: "string", format: "cn-id-card" },
    code: { type: "string", format: "cn-credit-code" },
    mobile: { type: "string", format: "cn-mobile" },
    phone: { type: "string", format: "cn-phone" },
    division: { type: "string", format: "cn-division" },
    postcode: { type: "string", format: "cn-postcode" },
    email: { type: "string", format: "email" },
    date: { type: "string", format: "date" },
    at: { type: "string", format: "date-time" },
    file: { type: "string", format: "data-url" },
    name: { type: "string", maxLength: 4 },
  },
  required: ["id"],
};

const good = {
  id: "11010519491231002X",
  code: "914403001922038216",
  mobile: "13800138000",
  phone: "010-12345678",
  division: "440305",
  postcode: "518000",
  email: "zhang@example.cn",
  date: "2024-02-29",
  at: "2024-03-01T09:30:00+08:00",
  file: "data:application/pdf;name=a.pdf;base64,JVBERi0=",
  name: "张三",
};

describe("addMatterFormats", () => {
  for (const [draft, make] of [
    ["07", () => new Ajv({ strict: true, allErrors: true })],
    ["2020-12", () => new Ajv2020({ strict: true, allErrors: true })],
  ] as const) {
    it(`lets a strict ajv (${draft}) compile every format and checks them fully`, () => {
      expect(() => make().compile(schema)).toThrow(/unknown format/);
      const validate = addMatterFormats(make()).compile(schema);
      expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
      const bad = { ...good, id: "110105194912310021", code: "914403001922038217", date: "2023-02-29", division: "990101" };
      expect(validate(bad)).toBe(false);
      expect(validate.errors!.map((e) => e.instancePath).sort()).toEqual(["/code", "/date", "/division", "/id"]);
    });
  }

  it("keeps formats the host already has (ajv-formats, RJSF)", () => {
    const ajv = new Ajv({ strict: true });
    const own = /^x$/;
    ajv.addFormat("email", own);
    addMatterFormats(ajv);
    expect(ajv.formats.email).toBe(own);
    expect(ajv.validate({ type: "string", format: "email" }, "x")).toBe(true);
  });

  it("makes the instance's errors Chinese, with the precise check-digit reason", () => {
    const ajv = addMatterFormats(new Ajv({ allErrors: true, verbose: true }));
    addMatterFormats(ajv); // idempotent
    const validate = ajv.compile(schema);
    validate({ ...good, id: "110105194912310021", name: "张三李四王五", mobile: undefined });
    const byPath = Object.fromEntries(validate.errors!.map((e) => [e.instancePath, e.message]));
    expect(byPath["/id"]).toBe("不是有效的居民身份证号码：校验码应为“X”");
    expect(byPath["/name"]).toBe("不能超过 4 个字符");
    expect(ajv.validate(schema, {})).toBe(false);
    expect(ajv.errorsText()).toBe("data 必须填写");
    ajv.addSchema(schema, "form");
    ajv.getSchema("form")!({ ...good, postcode: "1" });
    expect(ajv.getSchema("form")!.errors![0].message).toBe("不是有效的邮政编码");
  });

  it("leaves messages alone when asked, and localize() does it for any ajv", () => {
    const validate = addMatterFormats(new Ajv(), { messages: false }).compile(schema);
    validate({});
    expect(validate.errors![0].message).toBe("must have required property 'id'");
    localize(validate.errors);
    expect(validate.errors![0].message).toBe("必须填写");
  });

  it("as docs/forms.md sets up RJSF without the extender: customizeValidator({ customFormats: CN_FORMATS }, localize) checks check characters in Chinese", () => {
    const validator = customizeValidator({ customFormats: CN_FORMATS }, localize);
    const { errors } = validator.validateFormData({ ...good, id: "110105194912310021" }, schema as RJSFSchema);
    expect(errors.map((e) => `${e.property} ${e.message}`)).toEqual([".id 不是有效的居民身份证号码：校验码应为“X”"]);
    expect(validator.validateFormData({}, schema as RJSFSchema).errors.map((e) => e.message)).toEqual(["必须填写"]);
    expect(validator.validateFormData(good, schema as RJSFSchema).errors).toEqual([]);
  });
});
