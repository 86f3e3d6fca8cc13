// Formatting through the editor: one whole-document edit in the punctuation the file already
// uses, and nothing at all for text with syntax errors or text already formatted.
import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { formatDocument, punctuationOf } from "../../cli/lsp/formatting.js";

const doc = (text: string) => TextDocument.create("file:///a.matter", "matter", 1, text);
const format = (text: string, punctuation?: "ascii" | "fullwidth") => {
  const edits = formatDocument(doc(text), punctuation, "a.matter");
  return edits.length ? TextDocument.applyEdits(doc(text), edits) : undefined;
};

describe("formatting", () => {
  it("keeps the file's punctuation: full-width from a Chinese input method stays full-width", () => {
    const typed = "一件事 乙｛\n编码：「A-1」\n  牵头部门：丙\n配合部门：丁，戊\n｝\n";
    expect(punctuationOf(typed)).toBe("fullwidth");
    const out = format(typed)!;
    expect(out).toContain("编码：「A-1」");
    expect(out).not.toMatch(/[:{}]/);
    expect(format(out)).toBeUndefined();
  });

  it("follows the configured punctuation over the file's", () => {
    expect(format("材料 甲｛形式：原件｝\n", "ascii")).toBe("材料 甲 { 形式: 原件 }\n");
  });

  it("leaves text with syntax errors alone", () => {
    expect(formatDocument(doc("材料 甲 {\n  形式: \n"), undefined, "a.matter")).toEqual([]);
  });
});
