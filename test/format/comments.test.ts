// Comments stay where the author put them: own-line comments on their own lines between the same
// entries, end-of-line comments at the end of the same line (after the same token), comments
// within a line within the line.
import { describe, expect, it } from "vitest";
import { formatMatter } from "../../grammar/format/print.js";

function fmt(text: string): string {
  const r = formatMatter(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  expect(formatMatter(r.text)).toEqual({ ok: true, text: r.text });
  return r.text;
}

describe("comments between entries", () => {
  it("keeps own-line comments between the same entries, re-indented, and blank lines around them", () => {
    const src = ["// 头", "部门 甲 {", "      // 全称之前", "  全称: \"x\"", "", "", "", "    /* 块 */", "  电话: \"1\"", "        // 末尾", "}", "// 文件末尾", ""].join("\n");
    expect(fmt(src)).toBe(["// 头", "部门 甲 {", "  // 全称之前", '  全称: "x"', "", "  /* 块 */", '  电话: "1"', "  // 末尾", "}", "// 文件末尾", ""].join("\n"));
  });

  it("keeps end-of-line comments on the line they ended", () => {
    const src = '使用 "std/部门"    // 部门\n部门 甲 {   // 开\n  全称: "x"  电话: "1"   // 同一行\n}   // 闭\n';
    expect(fmt(src)).toBe('使用 "std/部门" // 部门\n部门 甲 { // 开\n  全称: "x"  电话: "1" // 同一行\n} // 闭\n');
  });

  it("keeps comments inside a line inside the line, and a comment that opens a line before its entry", () => {
    expect(fmt('材料 甲 { 形式: /* a */ 原件 /* b */ 份数: 1 }\n')).toBe("材料 甲 { 形式: /* a */ 原件 /* b */  份数: 1 }\n");
    expect(fmt("部门 甲 {\n  /* 旧 */ 全称: \"x\"\n}\n")).toBe('部门 甲 {\n  /* 旧 */ 全称: "x"\n}\n');
  });

  it("keeps a comment between a head and a block opened on the next line", () => {
    expect(fmt("子事项 甲 // 说明\n{\n  部门: 公安局\n}\n")).toBe("子事项 甲 { // 说明\n  部门: 公安局\n}\n");
  });

  it("keeps a block comment across lines as written", () => {
    const src = "/* 第一行\n   第二行 */\n部门 甲 { 全称: \"x\" }\n";
    expect(fmt(src)).toBe(src);
  });
});

describe("comments inside values", () => {
  it("keeps a comment after a comma next to that comma, breaking the list", () => {
    expect(fmt("材料: 甲, // 第一\n  乙, 丙\n")).toBe("材料:\n  甲, // 第一\n  乙,\n  丙\n");
    expect(fmt('情形 项目: 多选 "？" [\n热食类, // 热\n冷食类,\n// 最后\n]\n')).toBe('情形 项目: 多选 "？" [\n  热食类, // 热\n  冷食类,\n  // 最后\n]\n');
  });

  it("keeps a comment after an operator next to the operator", () => {
    expect(fmt("适用: 甲 且 // 都要\n  乙\n")).toBe("适用: 甲 且 // 都要\n  乙\n");
  });

  it("keeps comments inside parentheses inside them", () => {
    expect(fmt("适用: (\n// 其一\n甲 或 乙\n)\n")).toBe("适用: (\n  // 其一\n  甲 或 乙\n)\n");
  });

  it("keeps a comment at the end of a value at the end of the entry's line", () => {
    expect(fmt("部门 甲 { 全称: \"x\" } // 尾\n材料: 甲, 乙 // 尾\n")).toBe('部门 甲 { 全称: "x" } // 尾\n材料: 甲, 乙 // 尾\n');
  });

  it("drops trailing blanks of line comments and nothing else", () => {
    expect(fmt("// 注释  \t\n部门 甲 {}\n")).toBe("// 注释\n部门 甲 {}\n");
  });

  it("never reorders comments: one that has to move to the end of its line takes the others on that line along", () => {
    // Cases the mutation test found: a line comment before the `{` of a block on the next line,
    // before a colon on the next line, and before an operator on the next line.
    expect(fmt('部门 甲 // 一\n { 全称/* 二 */: "x" }\n')).toBe('部门 甲 { // 一\n  全称 /* 二 */ : "x"\n}\n');
    expect(fmt('材料 甲 {\n  说明 // 一\n:/* 二 */ "x"\n}\n')).toBe('材料 甲 {\n  说明: "x" // 一\n  /* 二 */\n}\n');
    expect(fmt("适用: 甲 且 乙 // 一\n > 4.5\n")).toBe("适用: 甲 且 乙 > 4.5 // 一\n");
  });
});
