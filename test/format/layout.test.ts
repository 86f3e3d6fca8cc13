// The layout rules: what stays on one line, what breaks and how, blank lines, indentation,
// punctuation in one style, and everything printed as written (spellings, strings, numbers).
import { describe, expect, it } from "vitest";
import { formatMatter, type FormatOptions } from "../../grammar/format/print.js";
import { parse } from "../../grammar/index.js";

function fmt(text: string, opts: FormatOptions = {}): string {
  const r = formatMatter(text, opts);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  expect(formatMatter(r.text, opts)).toEqual({ ok: true, text: r.text });
  return r.text;
}

const lines = (...ls: string[]) => ls.join("\n") + "\n";

describe("blocks and entries", () => {
  it("normalises indentation and spacing, keeps short one-line blocks on one line", () => {
    expect(fmt('部门   甲{全称:"x"   电话  :"1"}\n材料 乙 {\n\t形式:原件\n        份数:1\n}\n')).toBe(
      lines('部门 甲 { 全称: "x"  电话: "1" }', "材料 乙 {", "  形式: 原件", "  份数: 1", "}"),
    );
  });

  it("never joins lines: a short block written on several lines stays on several", () => {
    expect(fmt("材料 乙 {\n  形式: 原件\n}\n")).toBe("材料 乙 {\n  形式: 原件\n}\n");
  });

  it("breaks a one-line block that is too wide, counting CJK characters as two columns", () => {
    // 38 characters, but 74 columns: fits. One more word of four characters does not.
    const fits = '材料 甲 { 说明: "一二三四五六七八九十一二三四五六七八九十一二三四五六" }';
    expect(fmt(fits + "\n")).toBe(fits + "\n");
    expect(fmt('材料 甲 { 说明: "一二三四五六七八九十一二三四五六七八九十一二三四五六"  形式: 原件 }\n')).toBe(
      lines("材料 甲 {", '  说明: "一二三四五六七八九十一二三四五六七八九十一二三四五六"', "  形式: 原件", "}"),
    );
  });

  it("keeps entries that shared a line on one line in a larger block, while they fit", () => {
    expect(fmt("子事项 甲 {\n  部门: 公安局  类型: 行政许可\n  单独跑动: 1\n}\n")).toBe(lines("子事项 甲 {", "  部门: 公安局  类型: 行政许可", "  单独跑动: 1", "}"));
  });

  it("keeps a `;` between entries on one line (it can be what ends an entry) and drops it when they break", () => {
    const src = '一件事 甲 { 编码: "A"; 情形 乙: 是否 "？" }\n';
    expect(fmt(src)).toBe(src);
    expect(fmt(src, { printWidth: 30 })).toBe(lines("一件事 甲 {", '  编码: "A"', '  情形 乙: 是否 "？"', "}"));
  });

  it("keeps one blank line where there were several, none at the start or inside braces' edges", () => {
    expect(fmt('\n\n使用 "std/部门"\n\n\n\n部门 甲 {\n\n  全称: "x"\n\n\n  电话: "1"\n\n}\n\n\n')).toBe(lines('使用 "std/部门"', "", "部门 甲 {", '  全称: "x"', "", '  电话: "1"', "}"));
  });

  it("opens a block on the head's line", () => {
    expect(fmt("部门 甲\n{\n全称: \"x\"\n}\n")).toBe('部门 甲 {\n  全称: "x"\n}\n');
  });
});

describe("values", () => {
  it("puts the items of a long value one per line below the key", () => {
    const items = "企业.名称, 企业.统一社会信用代码, 企业.住所, 企业.注册资本, 企业.经营范围";
    expect(fmt(`字段: ${items}\n`)).toBe(`字段: ${items}\n`);
    expect(fmt(`分组 甲 { 字段: ${items} }\n`)).toBe(lines("分组 甲 {", "  字段:", "    企业.名称,", "    企业.统一社会信用代码,", "    企业.住所,", "    企业.注册资本,", "    企业.经营范围", "}"));
  });

  it("breaks a long list one item per line with a trailing comma, and joins a short one", () => {
    expect(fmt('情形 甲: 单选 "？" [\n  子,\n  丑,\n]\n')).toBe('情形 甲: 单选 "？" [子, 丑]\n');
    const long = "[热食类, 冷食类, 生食类, 半成品, 自制饮品, 预包装食品, 散装食品, 特殊食品]";
    expect(fmt(`情形 经营项目: 多选 "经营哪些食品？" ${long}\n`)).toBe(
      lines('情形 经营项目: 多选 "经营哪些食品？" [', "  热食类,", "  冷食类,", "  生食类,", "  半成品,", "  自制饮品,", "  预包装食品,", "  散装食品,", "  特殊食品,", "]"),
    );
  });

  it("leaves a short list in place when only the words after it make the line long", () => {
    const src = '字段 待遇.领取方式: 单选 [社会保障卡金融账户, 其他银行账户] 必填 默认 社会保障卡金融账户 标签 "养老金领取方式"\n';
    expect(fmt(src)).toBe(src);
  });

  it("breaks a long condition after its operators", () => {
    const src = "适用: 残疾等级 属于 [一级, 二级] 或 (残疾等级 == 三级 且 残疾类别 属于 [智力残疾, 精神残疾, 多重残疾])\n";
    expect(fmt(src)).toBe(lines("适用: 残疾等级 属于 [一级, 二级] 或", "  (残疾等级 == 三级 且 残疾类别 属于 [智力残疾, 精神残疾, 多重残疾])"));
  });

  it("joins a value the author continued over lines when it fits", () => {
    expect(fmt("材料: 甲,\n      乙,\n  丙\n适用: 甲\n  且 乙\n")).toBe("材料: 甲, 乙, 丙\n适用: 甲 且 乙\n");
  });
});

describe("as written", () => {
  it("keeps the spelling of keys, kinds, keywords and units (简体, 繁體, English)", () => {
    const src = lines(
      '部門 甲 { 全稱: "x"  電話: "1" }',
      'department 乙 { fullName: "y" }',
      "适用: not 甲 and 乙 or 非 丙 且 丁 || !戊 && 己",
      "条件: 甲 等于 1, 乙 等於 2, 丙 不等于 3, 丁 屬於 [a], 戊 in [b]",
      "条件: 己 contains c, 庚 包含 d",
      "时限: 20 workdays, 20个工作日, 5 個工作日, 7 天, 3 days",
    );
    expect(fmt(src)).toBe(src);
  });

  it("copies strings exactly, in all four quote styles, escapes and line breaks included", () => {
    const src = '说明: "a\\"b\\\\c\\n", “弯”, 「直角」, 『双直角』, "两\n  行"\n';
    expect(fmt(src)).toBe(src);
  });

  it("copies numbers as written, full-width digits included", () => {
    const src = "a: ２０, 0.5, 10%, ２０工作日\n";
    expect(fmt(src)).toBe(src);
  });

  it("drops a byte order mark and writes LF line ends, except inside strings (they are values)", () => {
    expect(fmt('\ufeff部门 甲 {\r\n  全称: "x"\r\n}\r\n')).toBe('部门 甲 {\n  全称: "x"\n}\n');
    expect(fmt('说明: "两\r\n行"\r\n// 注\r\n/* 块\r\n注 */\r\n')).toBe('说明: "两\r\n行"\n// 注\n/* 块\n注 */\n');
  });

  it("formats an empty file, and a file of comments only", () => {
    expect(fmt("")).toBe("");
    expect(fmt("\n\n// 只有注释\n\n")).toBe("// 只有注释\n");
  });
});

describe("punctuation", () => {
  const ascii = lines("一件事 甲 {", '  编码: "A"; 材料: 乙, 丙', "  适用: (戊 >= 1) 且 己 != 庚 且 !辛", '  情形 辛: 单选 “？” [子, 丑]', "}");
  const full = lines("一件事 甲 ｛", "  编码：\"A\"；材料：乙，丙", "  适用：（戊 ≥ 1） 且 己 ≠ 庚 且 ！辛", "  情形 辛：单选 “？” ［子，丑］", "｝");

  it("writes full-width punctuation, keeping operators readable, and back", () => {
    expect(fmt(ascii, { punctuation: "fullwidth" })).toBe(full);
    expect(fmt(full, { punctuation: "ascii" })).toBe(ascii);
    // The default keeps each file's punctuation.
    expect(fmt(full)).toBe(full);
    expect(fmt(ascii)).toBe(ascii);
  });

  it("writes one style from mixed input, and both styles parse to the same tree", () => {
    const mixed = "材料 甲 ｛ 形式: 原件；份数：1 }\n适用: 甲 ＝＝ 1 且 乙 = 2 且 丙 【子、丑】\n";
    expect(fmt(mixed, { punctuation: "ascii" })).toBe("材料 甲 { 形式: 原件; 份数: 1 }\n适用: 甲 == 1 且 乙 == 2 且 丙 [子, 丑]\n");
    const strip = (t: string) => JSON.stringify(parse("t", t).ast.entries, (k, v: unknown) => (k.endsWith("pan") ? undefined : v));
    expect(strip(fmt(mixed, { punctuation: "fullwidth" }))).toBe(strip(mixed));
  });
});

describe("syntax errors", () => {
  it("formats nothing and returns the problems with their places", () => {
    const r = formatMatter("部门 甲局 { 全称: }\n", { file: "x.matter" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => [p.code, p.span.file, p.span.start.line, p.span.start.column])).toEqual([["E0004", "x.matter", 1, 13]]);
  });
});
