// The documented representation: renderer notations of date-times and files, defaults of shown
// questions, hidden answers, as normalizeApplication reads them before validation.
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { normalizeApplication, normalizeDateTime, normalizeFile, type SchemaTest } from "../../targets/form/application-normalize.js";
import { isFileValue } from "../../targets/form/formats.js";
import { newborn } from "./fixtures/newborn.js";
import { FILE, completeApplication } from "./helpers/application.js";
import { formFile } from "./helpers/files.js";

const ajv = new Ajv({ strict: false, validateFormats: false });
const test: SchemaTest = (s, v) => ajv.validate(s, v) === true;

describe("date-times", () => {
  it("reads a zone-less local time in 中国标准时间 and leaves zoned ones alone", () => {
    expect(normalizeDateTime("2024-05-06 10:30:00")).toBe("2024-05-06T10:30:00+08:00"); // Formily/antd
    expect(normalizeDateTime("2024-05-06T10:30")).toBe("2024-05-06T10:30:00+08:00"); // form-js
    expect(normalizeDateTime("2024-05-06T10:30:15.250")).toBe("2024-05-06T10:30:15.250+08:00");
    expect(normalizeDateTime("2024-05-06T02:30:00.000Z")).toBe("2024-05-06T02:30:00.000Z"); // RJSF
    expect(normalizeDateTime("2024-05-06T10:30:00+08:00")).toBe("2024-05-06T10:30:00+08:00");
    expect(normalizeDateTime("10:30")).toBe("10:30");
  });
});

describe("files", () => {
  it("takes a Formily/antd upload list of one finished file as its url", () => {
    expect(normalizeFile([{ uid: "rc-1", name: "a.pdf", status: "done", response: { url: "https://files.example.cn/a.pdf" } }])).toBe("https://files.example.cn/a.pdf");
    expect(normalizeFile([{ uid: "rc-1", name: "a.pdf", status: "done", url: "https://files.example.cn/b.pdf" }])).toBe("https://files.example.cn/b.pdf");
    const uploading = [{ uid: "rc-1", name: "a.pdf", status: "uploading" }];
    expect(normalizeFile(uploading)).toEqual(uploading);
  });

  it("takes a Camunda document reference as camunda-document:<id>", () => {
    const ref = [{ "camunda.document.type": "camunda", storeId: "in-memory", documentId: "7d0c-11", metadata: { fileName: "a.pdf" } }];
    expect(normalizeFile(ref)).toBe("camunda-document:7d0c-11");
  });

  it("accepts data URLs and references, and nothing else, as a file", () => {
    for (const v of [FILE, "files::3f2a", "https://files.example.cn/a.pdf", "camunda-document:7d0c-11", "urn:uuid:1"]) expect(isFileValue(v), v).toBe(true);
    for (const v of ["a.pdf", "", "data:nonsense", "C:/x y.pdf"]) expect(isFileValue(v), v).toBe(false);
  });
});

describe("normalizeApplication", () => {
  const schema = formFile(newborn, "form.schema.json");

  it("fills in a default that decides what is shown, and drops the answers it hides", () => {
    const data = completeApplication(newborn, { 落户方式: "随父", 申领社保卡: false, 非婚生育: false });
    expect((data.材料 as Record<string, unknown>).户口簿).toBe(FILE);
    delete data.落户方式; // a renderer that ignores defaults (JSON Forms without useDefaults)
    const out = normalizeApplication(schema, data, test) as Record<string, Record<string, unknown>>;
    expect(out.落户方式).toBe("随母");
    expect(out.材料?.户口簿).toBeUndefined();
    expect(data.落户方式).toBeUndefined(); // the input is not changed
  });

  it("changes nothing in an application already in the representation but the unanswered yes/no", () => {
    const data = completeApplication(newborn, { 落户方式: "随父", 申领社保卡: true, 非婚生育: true });
    expect(data.亲子关系承诺).toBeUndefined();
    expect(normalizeApplication(schema, data, test)).toEqual({ ...data, 亲子关系承诺: false });
  });

  it("rewrites values by the schema's formats only", () => {
    const s = { type: "object", properties: { t: { type: "string", format: "date-time" }, n: { type: "string" }, f: { type: "string", format: "data-url" } } };
    const out = normalizeApplication(s, { t: "2024-05-06 10:30:00", n: "2024-05-06 10:30:00", f: [{ status: "done", url: "https://x.cn/f" }] }, test);
    expect(out).toEqual({ t: "2024-05-06T10:30:00+08:00", n: "2024-05-06 10:30:00", f: "https://x.cn/f" });
    // form-js submits "" for an empty text field: no answer.
    expect(normalizeApplication(s, { n: "", f: "" }, test)).toEqual({});
    // ...and null for an empty number, choice or date (a prefilled field Camunda 7 Tasklist could not fill).
    expect(normalizeApplication(s, { n: null, f: null, t: null }, test)).toEqual({});
    // A key the schema does not know is left for validation to report.
    expect(normalizeApplication(s, { x: null }, test)).toEqual({ x: null });
  });
});
