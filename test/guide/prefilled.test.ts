// The guide and the notice say which fields are prefilled and from where (来源), and the figures
// table adds 表单字段·申请人填写 with its basis. Text from the matter (labels, data items) stays text
// in HTML and Markdown.
import { describe, expect, it } from "vitest";
import { noticeFiles } from "../../targets/guide/notice.js";
import { templateSet } from "../../targets/guide/templates.js";
import { compileTexts } from "../helpers/memory-host.js";
import { render } from "./render.js";

const MATTER = `使用 "std/部门"
一件事 新生儿登记 {
  编码: "PF-G"
  牵头部门: 公安局
  配合部门: 医保局
  承诺时限: 5 工作日
  情形 参保: 是否 "是否参加城乡居民医保？"
  字段 婴儿.姓名: 文本 必填
  字段 婴儿.性别: 单选 [男, 女] 必填 标签 "婴儿性别" 来源 (数据共享 卫生健康委 "出生医学信息.<b>性别</b>")
  字段 母亲.姓名: 文本 必填 标签 "母亲*姓名*" 来源 (身份认证)
  字段 营业执照.住所: 地址 来源 (电子证照 "营业执照" "住所")
  字段 户口.户号: 文本 必填 标签 "户号" 来源 (前序产出 出生登记 "户号")
  子事项 出生登记 { 部门: 公安局  承诺时限: 2 工作日  字段: 婴儿.姓名, 婴儿.性别, 母亲.姓名 }
  子事项 参保登记 { 部门: 医保局  承诺时限: 3 工作日  前置: 出生登记  适用: 参保
    字段: 婴儿.姓名, 户口.户号, 营业执照.住所 }
}
`;

const result = compileTexts({ "a.matter": MATTER });
const model = result.models[0];
const { files } = render(model);
const md = files.get("guide.md")!;
const html = files.get("guide.html")!;

const section = (text: string, heading: string) => text.slice(text.indexOf(heading), text.indexOf("\n## ", text.indexOf(heading) + 1));

describe("prefilled fields in the guide and the notice", () => {
  it("compiles without diagnostics", () => {
    expect(result.diagnostics).toEqual([]);
  });

  it("lists every prefilled field with its source and when it is asked, in both formats", () => {
    const lines = section(md, "## 预填字段").split("\n").filter((l) => l.startsWith("- ") || l.startsWith("以下"));
    expect(lines).toEqual([
      "以下4项由平台根据来源预填，申请人核对即可，无需填写：",
      "- 婴儿性别：卫生健康委共享数据“出生医学信息.\\<b\\>性别\\</b\\>”",
      "- 母亲\\*姓名\\*：申请人统一身份认证信息",
      "- 户号：子事项“出生登记”的办理结果“户号”（如选择参加城乡居民医保时填写）",
      "- 住所：电子证照“营业执照”的“住所”（如选择参加城乡居民医保时填写）",
    ]);
    expect(html).toContain('<section id="prefilled">');
    expect(html).toContain("<li>婴儿性别：卫生健康委共享数据“出生医学信息.&lt;b&gt;性别&lt;/b&gt;”</li>");
    expect(html).not.toContain("<b>性别</b>");
  });

  it("adds the fields the applicant types to the figures, with their basis", () => {
    const h = model.metrics.headline;
    // 3 + 3 asked; 5 distinct, of which only 婴儿.姓名 has no source.
    expect([h.fields, h.typed]).toEqual([{ before: 6, after: 5 }, { before: 6, after: 1, prefilled: 4 }]);
    expect(md).toMatch(/\| 表单字段·申请人填写（项） +\| +6 \| +1 \| +83% \|/);
    expect(md).toContain("表单字段·申请人填写：改革前按各子事项单独办理时由申请人填写其全部字段计");
  });

  it("puts in the notice only the prefilled fields of the applicant's case", () => {
    const set = templateSet();
    const notice = (answers: Record<string, boolean>) => noticeFiles(model, set, answers).find((f) => f.path === "notice.md")!.text;
    const yes = section(notice({ 参保: true }), "## 预填的表单字段");
    const no = section(notice({ 参保: false }), "## 预填的表单字段");
    expect(yes).toContain("户号：子事项“出生登记”的办理结果“户号”");
    expect(no).not.toContain("户号");
    expect(no).toContain("母亲\\*姓名\\*：申请人统一身份认证信息");
  });
});
