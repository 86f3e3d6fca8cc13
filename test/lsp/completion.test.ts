// Completion in the states text is in while someone types it: blocks not yet closed, full-width
// punctuation from a Chinese input method, traditional spellings, conditions half written.
import { describe, expect, it } from "vitest";
import { TextDocuments, type CompletionItem } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { complete } from "../../cli/lsp/completion.js";
import { cursorAt } from "../../cli/lsp/cursor.js";
import { Workspace } from "../../cli/lsp/workspace.js";
import { readRegions } from "../../compiler/compile.js";
import { memoryHost } from "../helpers/memory-host.js";

const FILE = "/项目/甲.matter";
const workspace = new Workspace(new TextDocuments(TextDocument));

/** Completion at the `|` in `marked`. */
function completeAt(marked: string, lang: "zh" | "en" = "zh"): CompletionItem[] {
  const offset = marked.indexOf("|");
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const doc = TextDocument.create("file:///x", "matter", 1, text);
  const cursor = cursorAt(FILE, text, offset);
  return complete({
    doc,
    file: FILE,
    cursor,
    lang,
    snippets: true,
    retrigger: undefined,
    licences: ["营业执照", "身份证"],
    regions: readRegions(memoryHost({})),
    scope: { file: FILE, ast: cursor.ast, matter: cursor.matter, declarations: [], std: workspace.stdDeclarations() },
    stdFiles: ["字段.matter", "材料.matter", "证照.txt", "部门.matter"],
    projectFiles: [FILE, "/项目/共用.matter"],
  });
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

const MATTER = `使用 "std/部门"
一件事 开店 {
  编码: "A-1"
  情形 经营项目: 多选 "经营哪些项目？" [热食类, 冷食类, "预包装 食品"]
  情形 设招牌: 是否 "是否设置户外招牌？"
  子事项 登记 { 部门: 市场监管局 }
  子事项 许可 {
    部门: 市场监管局
    |
  }
  材料 场所证明 { 来源: 前序产出 登记 }
}
`;

describe("completion", () => {
  it("offers the standard library's regions after 区域 and the provincial names not yet listed after 省份 (跨域办)", () => {
    const regions = completeAt(`一件事 甲 {\n  跨域办 {\n    区域: |`);
    expect(labels(regions)).toEqual(["京津冀", "长三角", "川渝", "西南五省", "泛珠三角"]);
    expect(regions.find((i) => i.label === "长三角")?.detail).toBe("上海市、江苏省、浙江省、安徽省");
    const provinces = labels(completeAt(`一件事 甲 {\n  跨域办 {\n    省份: 上海市, |`));
    expect(provinces).toContain("江苏省");
    expect(provinces).toContain("广西壮族自治区");
    expect(provinces).not.toContain("上海市");
    expect(provinces).toHaveLength(33);
  });

  it("offers the departments inside a block that is not closed yet, after a full-width colon", () => {
    const items = completeAt(`使用 "std/部门"\n一件事 甲 ｛\n  子事项 乙 ｛\n    部门：|`);
    expect(labels(items)).toContain("市场监管局");
    expect(items.find((i) => i.label === "市场监管局")?.additionalTextEdits).toBeUndefined();
  });

  it("offers standard names the file does not use yet, adding the 使用 line", () => {
    const items = completeAt(`一件事 甲 {\n  牵头部门: |\n}\n`);
    const item = items.find((i) => i.label === "税务局")!;
    expect(item.additionalTextEdits).toEqual([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `使用 "std/部门"\n` }]);
  });

  it("offers the keys a sub-item still lacks, with snippets", () => {
    const items = completeAt(MATTER);
    expect(labels(items)).toEqual(expect.arrayContaining(["前置", "材料", "适用", "承诺时限", "after"]));
    expect(labels(items)).not.toContain("部门");
    expect(items.find((i) => i.label === "前置")?.textEdit).toMatchObject({ newText: "前置: $0" });
  });

  it("puts the file's own spelling first", () => {
    const items = completeAt(`一件事 甲 {\n  牽頭部門: 市場監管局\n  子事項 乙 {\n    |\n  }\n}\n`);
    const rank = (l: string) => items.find((i) => i.label === l)!.sortText!;
    expect(rank("部門") < rank("部门")).toBe(true);
    expect(rank("前置") < rank("after")).toBe(true);
  });

  it("offers sub-items after 前置:, not the sub-item itself", () => {
    const items = completeAt(MATTER.replace("    |\n", "    前置: |\n"));
    expect(labels(items)).toEqual(["登记"]);
  });

  it("offers situations in 适用:, then the options of the one being tested", () => {
    expect(labels(completeAt(MATTER.replace("    |\n", "    适用: |\n")))).toEqual(["经营项目", "设招牌"]);
    const options = completeAt(MATTER.replace("    |\n", "    适用: 经营项目 包含 |\n"));
    expect(labels(options)).toEqual(["热食类", "冷食类", "预包装 食品"]);
    expect(options[2].textEdit).toMatchObject({ newText: `"预包装 食品"` });
    expect(labels(completeAt(MATTER.replace("    |\n", "    适用: 设招牌 |\n")))).toEqual(["且", "或"]);
  });

  it("offers the words of a material's source, then what follows them", () => {
    const source = (value: string) => completeAt(MATTER.replace("    |\n", "").replace("来源: 前序产出 登记", `来源: ${value}`));
    expect(labels(source("|"))).toEqual(expect.arrayContaining(["申请人自备", "前序产出", "priorOutput", "數據共享"]));
    expect(labels(source("前序产出 |"))).toEqual(["登记", "许可"]);
    const licences = source("电子证照 |");
    expect(licences.map((i) => i.textEdit?.newText)).toEqual([`"营业执照"`, `"身份证"`]);
  });

  it("replaces the word being typed", () => {
    const items = completeAt(`使用 "std/部门"\n一件事 甲 {\n  牵头部门: 市场|\n}\n`);
    expect(items.find((i) => i.label === "市场监管局")?.textEdit).toMatchObject({ range: { start: { line: 2, character: 8 }, end: { line: 2, character: 10 } } });
  });

  it("offers the standard library and the project's files inside 使用 \"\"", () => {
    expect(labels(completeAt(`使用 "|"\n`))).toEqual(["std/字段", "std/材料", "std/部门", "./共用.matter"]);
  });

  it("offers departments as the keys of 职责, and listed enumeration words only once", () => {
    const duties = completeAt(`使用 "std/部门"\n一件事 甲 {\n  职责 {\n    市场监管局: "受理"\n    |\n  }\n}\n`);
    expect(labels(duties)).toContain("税务局");
    expect(labels(duties)).not.toContain("市场监管局");
    expect(duties.find((i) => i.label === "税务局")?.textEdit).toMatchObject({ newText: "税务局: " });
    expect(labels(completeAt(`一件事 甲 {\n  服务对象: 企业法人, |\n}\n`))).not.toContain("企业法人");
  });

  it("offers nothing after a name being declared", () => {
    expect(completeAt(`一件事 |`)).toEqual([]);
  });
});
