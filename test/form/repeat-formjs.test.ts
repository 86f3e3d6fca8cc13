// @vitest-environment jsdom
// Repeating groups in Camunda form-js (the viewer's CJS build, in jsdom): the applicant form's
// dynamic list takes the entries, submits each one, leaves out an entry field whose condition does
// not hold, and refuses an entry with a wrong ID check character. form-js 1.8.7 (Camunda 7) renders
// nothing in jsdom; its dynamic lists are driven in Chromium (renderers-roundtrip.test.ts).
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { compiled, entry, files } from "./helpers/repeat-matter.js";

describe("repeating groups in form-js", () => {
  for (const [version, pkg, process] of [
    ["2.x", "@bpmn-io/form-js-viewer", "camunda8"],
  ] as const) {
    it(`form-js ${version}: a dynamic list submits every entry, drops the hidden field, and checks each entry's ID`, async () => {
      const { Form } = createRequire(import.meta.url)(pkg) as {
        Form: new (o: { container: Element }) => {
          importSchema(s: unknown, d?: unknown): Promise<{ warnings: unknown[] }>;
          submit(): { data: Record<string, unknown>; errors: Record<string, unknown> };
          destroy(): void;
        };
      };
      const model = compiled();
      const schema = files(model, process)[`${model.code}.form`];
      const entries = [entry("张三", { 国籍: "中国" }), entry("李四", { 国籍: "中国" })].map((e) => ({ ...e, 材料: { 股东身份证明: undefined } }));
      const form = new Form({ container: document.createElement("div") });
      const { warnings } = await form.importSchema(schema, { 有外籍股东: false, 企业: { 名称: "甲公司" }, 股东: entries, 材料: { 变更决议: undefined } });
      expect(warnings).toEqual([]);
      const { data } = form.submit();
      const list = data.股东 as Record<string, unknown>[];
      expect(list.map((e) => e.名称)).toEqual(["张三", "李四"]);
      expect(list.every((e) => !("国籍" in e))).toBe(true);
      form.destroy();
      const bad = new Form({ container: document.createElement("div") });
      await bad.importSchema(schema, { 有外籍股东: true, 企业: { 名称: "甲公司" }, 股东: [entries[0], { ...entries[1], 身份证号: "110105194912310021" }] });
      const { errors } = bad.submit();
      expect(Object.keys(errors).length).toBeGreaterThan(0);
      bad.destroy();
    });
  }
});
