// The guide's element table per sub-item (子事项要素): what is declared, in the order public guide
// pages use, nothing invented; the pages still pass html-validate, markdownlint and Prettier; text
// from the matter stays inert.
import { HtmlValidate } from "html-validate";
import { lint } from "markdownlint/promise";
import prettierStyle from "markdownlint/style/prettier" with { type: "json" };
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { guideView } from "../../targets/guide/view.js";
import { render } from "../guide/render.js";
import { compileTexts } from "../helpers/memory-host.js";
import { ELEMENTS_SOURCE } from "./source.js";

const model = compileTexts({ "main.matter": ELEMENTS_SOURCE }).models[0];

describe("the guide's element table", () => {
  const view = guideView(model);
  const table = view.elements.find((e) => e.name === "食品经营许可")!;
  const row = (label: string) => table.rows.find((r) => r.label === label);

  it("has the standard rows in order, with the declared values", () => {
    expect(table.rows.map((r) => r.label)).toEqual([
      "事项名称", "实施编码", "基本编码", "业务办理项编码", "事项类型", "办件类型", "行使层级", "权力来源", "实施主体", "设定依据", "实施依据", "受理条件",
      "申请期限", "数量限制", "法定办结时限", "承诺办结时限", "收费", "中介服务", "办理结果", "结果样本", "送达方式", "到现场次数", "网办深度", "办理形式",
      "预约办理", "受理窗口", "办理地点",
    ]);
    expect(row("实施主体")!.lines).toEqual(["甲市市场监督管理局（统一社会信用代码：11440300007542728Y）"]);
    expect(row("实施依据")!.lines).toEqual(["《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）第十条、第十一条"]);
    expect(row("收费")!.lines).toEqual(["工本费；标准：0元；依据：示例价格文件；减免：全额免收；支持网上支付"]);
    expect(row("送达方式")!.lines).toEqual(["食品经营许可证：窗口领取、邮寄（邮费政府承担）、电子证照"]);
    expect(row("到现场次数")!.lines).toEqual(["1次（领取纸质许可证）"]);
    expect(row("网办深度")!.lines).toEqual(["Ⅲ级"]);
    expect(row("结果样本")!.links).toEqual([{ text: "食品经营许可证样本", sampleUrl: "https://example.org/sample.pdf" }]);
  });

  it("shows only what a sub-item declares", () => {
    const other = view.elements.find((e) => e.name === "设立登记")!;
    // A sub-item that declares no element at all gets no table (the time table describes it).
    const bare = compileTexts({ "main.matter": ELEMENTS_SOURCE.replace("    办件类型: 即办件\n", "") }).models[0];
    expect(guideView(bare).elements.map((e) => e.name)).toEqual(["食品经营许可"]);
    expect(other.rows.map((r) => r.label)).toEqual(["事项名称", "办件类型", "实施主体", "承诺办结时限", "收费"]);
    expect(other.rows.find((r) => r.label === "收费")!.lines).toEqual(["不收费"]);
  });

  it("is absent from a matter that declares no element", () => {
    const plain = compileTexts({ "main.matter": '使用 "std/部门"\n一件事 测试 {\n  编码: "T-1"\n  牵头部门: 市场监管局\n  承诺时限: 1 工作日\n  子事项 甲 { 部门: 市场监管局  承诺时限: 1 工作日 }\n}\n' }).models[0];
    expect(guideView(plain).elements).toEqual([]);
    expect(render(plain).files.get("guide.html")).not.toContain('id="elements"');
  });

  it("renders into pages that pass html-validate, markdownlint and Prettier", async () => {
    const files = render(model).files;
    const html = files.get("guide.html")!;
    const md = files.get("guide.md")!;
    expect(html).toContain('<table class="elements"');
    expect(html).toContain('<a href="https://example.org/sample.pdf" rel="noopener noreferrer">食品经营许可证样本</a>');
    expect(md).toContain("## 子事项要素");
    expect(md).toContain("[食品经营许可证样本](https://example.org/sample.pdf)");
    const validator = new HtmlValidate({ extends: ["html-validate:standard", "html-validate:document", "html-validate:a11y"] });
    const report = await validator.validateString(html, "guide.html");
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
    const lintResult = await lint({ strings: { "guide.md": md }, config: { default: true, ...prettierStyle } });
    expect(lintResult["guide.md"].map((e) => `${e.lineNumber} ${e.ruleNames.join("/")}`)).toEqual([]);
    expect(await prettier.format(md, { parser: "markdown" })).toBe(md);
  });

  it("keeps hostile text inert", () => {
    const hostile = ELEMENTS_SOURCE.replace('受理窗口: "市民中心B区食品许可窗口"', '受理窗口: "<script>alert(1)</script> | **x** [a](javascript:1)"');
    const m = compileTexts({ "main.matter": hostile }).models[0];
    const files = render(m).files;
    expect(files.get("guide.html")).not.toContain("<script>alert");
    expect(files.get("guide.html")).toContain("&lt;script&gt;");
    const md = files.get("guide.md")!;
    expect(md).not.toContain("[a](javascript:1)");
    expect(md).toContain("\\| \\*\\*x\\*\\*");
  });
});
