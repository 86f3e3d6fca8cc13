// Rename, hover and diagnostics on the compiler's results, in process: names written as strings,
// names that may not take punctuation, the English texts, secondary places of a diagnostic.
import { describe, expect, it } from "vitest";
import type { ResponseError, TextEdit } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { diagnosticsByUri } from "../../cli/lsp/diagnostics.js";
import { hover } from "../../cli/lsp/hover.js";
import { rename } from "../../cli/lsp/rename.js";
import { parse } from "../../grammar/parser.js";
import { compileTexts } from "../helpers/memory-host.js";
import type { MarkupContent } from "vscode-languageserver";

const TEXT = `使用 "std/部门"
材料 "身份证（正反面）" { 形式: 原件 }
材料 「户口簿」 { 形式: 原件 }
一件事 甲 {
  编码: "A-1"
  牵头部门: 市场监管局
  情形 设招牌: 是否 "是否设置户外招牌？"
  子事项 登记 { 部门: 市场监管局  材料: "身份证（正反面）", 「户口簿」  适用: 设招牌 }
}
`;
const FILE = "a.matter";
const result = compileTexts({ [FILE]: TEXT });
const textOf = (f: string) => result.sources.get(f);

function renamed(needle: string, nth: number, newName: string): string {
  let at = -1;
  for (let i = 0; i < nth; i++) at = TEXT.indexOf(needle, at + 1);
  const edit = rename(result, FILE, at + 1, newName, "zh", textOf, new Map([[FILE, "file:///a.matter"]]));
  return TextDocument.applyEdits(TextDocument.create("file:///a.matter", "matter", 1, TEXT), edit.changes!["file:///a.matter"] as TextEdit[]);
}

describe("rename", () => {
  it("keeps the quotes of a name written as a string and edits inside them", () => {
    expect(result.diagnostics).toEqual([]);
    const after = renamed("身份证", 2, "居民身份证");
    expect(after).toContain(`材料 "居民身份证" { 形式: 原件 }`);
    expect(after).toContain(`材料: "居民身份证", 「户口簿」`);
    expect(compileTexts({ [FILE]: after }).diagnostics).toEqual([]);
  });

  it("escapes what an ASCII string needs, and refuses a closing corner quote", () => {
    expect(renamed("身份证", 1, `身份证"副本"`)).toContain(`材料 "身份证\\"副本\\"" {`);
    expect(() => renamed("户口簿", 2, "户口簿」附页")).toThrow(/」/);
  });

  it("refuses a situation name that is not one word, and names of the standard library", () => {
    expect(() => renamed("设招牌", 2, "设 招牌")).toThrow(/一个词/);
    let error: ResponseError<void> | undefined;
    try {
      renamed("市场监管局", 1, "市场局");
    } catch (e) {
      error = e as ResponseError<void>;
    }
    expect(error?.message).toMatch(/标准库/);
  });
});

describe("rename of a department that is also a 职责 key", () => {
  const text = `部门 甲局 { 全称: "甲局" }\n一件事 事 {\n  编码: "B-1"\n  牵头部门: 甲局\n  职责 {\n    甲局: "受理"\n  }\n  子事项 办 { 部门: 甲局 }\n}\n`;
  const r = compileTexts({ [FILE]: text });
  const run = (newName: string) => rename(r, FILE, text.indexOf("甲局") + 1, newName, "zh", (f) => r.sources.get(f), new Map([[FILE, "file:///a.matter"]]));

  it("renames the key with the rest, and refuses a name a key cannot take", () => {
    expect(r.diagnostics).toEqual([]);
    const after = TextDocument.applyEdits(TextDocument.create("file:///a.matter", "matter", 1, text), run("乙局").changes!["file:///a.matter"]);
    expect(after.match(/乙局/g)).toHaveLength(4);
    expect(after).toContain(`乙局: "受理"`);
    // The full name is text, not a reference.
    expect(after).toContain(`全称: "甲局"`);
    expect(() => run("乙 局")).toThrow(/一个词/);
  });
});

describe("hover", () => {
  const at = (needle: string, lang: "zh" | "en" = "zh") => {
    const offset = TEXT.indexOf(needle) + 1;
    const h = hover({ result, root: undefined, file: FILE, offset, ast: parse(FILE, TEXT).ast, lang, textOf });
    return (h?.contents as MarkupContent | undefined)?.value ?? "";
  };

  it("explains a key in the reader's language, with its three spellings", () => {
    expect(at("情形", "en")).toContain("situation: a question to the applicant");
    expect(at("情形", "en")).toContain("`situation`");
    expect(at("牵头部门")).toContain("必填");
  });

  it("says where a name is declared and how its line reads", () => {
    const h = at("市场监管局");
    expect(h).toContain("**部门** 市场监管局");
    expect(h).toContain("std/部门.matter");
    expect(h).toContain(`部门 市场监管局 { 全称: "示例市市场监督管理局"`);
  });

  it("tells when an applicant-supplied material is handed in", () => {
    const h = at(`"身份证（正反面）", 「户口簿」`);
    expect(h).toContain("申请人提交");
    expect(h).toContain("如选择设置户外招牌时提交");
  });
});

describe("diagnostics", () => {
  it("carries the code, the help and the first declaration as related information", () => {
    const dup = compileTexts({ [FILE]: `材料 甲 { 形式: 原件 }\n材料 甲 { 形式: 原件 }\n` });
    const [d] = diagnosticsByUri(dup.diagnostics, "en", new Map([[FILE, "file:///a.matter"]])).get("file:///a.matter")!;
    expect(d).toMatchObject({ code: "E0102", severity: 1, range: { start: { line: 1, character: 3 } } });
    expect(d.relatedInformation).toEqual([{ location: { uri: "file:///a.matter", range: { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } } }, message: "first declared here" }]);
  });
});
