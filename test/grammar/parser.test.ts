// Every syntax form of the language: entries, blocks on one line, strings, comments, numbers and
// durations, lists, conditions, full-width punctuation, encodings and line endings.
import { describe, expect, it } from "vitest";
import { parse, type Entry, type Expr } from "../../grammar/index.js";
import { validateGrammar } from "../../grammar/parser.js";

function strip(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(strip);
  if (x && typeof x === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) if (!["span", "opSpan", "unitSpan", "raw", "quote"].includes(k)) out[k] = strip(v);
    return out;
  }
  return x;
}

function entries(text: string): Entry[] {
  const r = parse("t.matter", text);
  expect(r.problems).toEqual([]);
  return r.ast.entries;
}

function cond(text: string): Expr {
  return entries(`适用: ${text}\n`)[0].value!.items[0];
}

describe("entries and blocks", () => {
  it("reads keys, kinds with names, blocks and bare entries", () => {
    const es = entries(`使用 "std/部门"\n部门 市场监管局 {\n  全称: "某市市场监督管理局"\n}\n字段 企业.名称: 文本 必填\n`);
    expect(es.map((e) => [e.key.text, e.name && ("text" in e.name ? e.name.text : e.name.value), !!e.value, !!e.block])).toEqual([
      ["使用", "std/部门", false, false],
      ["部门", "市场监管局", false, true],
      ["字段", "企业.名称", true, false],
    ]);
  });

  it("ends entries at the next head on the same line, at ; and at }", () => {
    const [m] = entries(`材料 户口簿 { 形式: 原件  份数: 1; 规格: A4 }\n`);
    expect(m.block!.entries.map((e) => e.key.text)).toEqual(["形式", "份数", "规格"]);
    const [i] = entries(`子事项 甲 { 部门: 公安局  承诺时限: 2 工作日  前置: 乙 }`);
    expect(strip(i.block!.entries.map((e) => e.value))).toEqual([
      { type: "Value", items: [{ type: "Phrase", atoms: [{ type: "Word", text: "公安局" }] }] },
      { type: "Value", items: [{ type: "Phrase", atoms: [{ type: "Duration", value: 2, unit: "工作日" }] }] },
      { type: "Value", items: [{ type: "Phrase", atoms: [{ type: "Word", text: "乙" }] }] },
    ]);
  });

  it("accepts a named kind after a value on the same line", () => {
    const [m] = entries(`一件事 甲 { 编码: "A"  材料 户口簿 { 形式: 原件 } }`);
    expect(m.block!.entries.map((e) => e.key.text)).toEqual(["编码", "材料"]);
  });

  it("continues a value after a comma, an operator, or inside brackets", () => {
    const [e] = entries(`材料: 甲,\n  乙,\n  丙\n`);
    expect(e.value!.items).toHaveLength(3);
    const [c] = entries(`适用: 甲 或\n  乙\n`);
    expect(c.value!.items[0].type).toBe("Or");
    const [l] = entries(`情形 项目: 多选 "？" [\n  热食类,\n  冷食类,\n]\n`);
    const list = (l.value!.items[0] as { atoms: { type: string; items?: unknown[] }[] }).atoms[2];
    expect(list.items).toHaveLength(2);
  });

  it("opens a block on the line after its head", () => {
    const [e] = entries(`子事项 甲\n{\n  部门: 公安局\n}\n`);
    expect(e.block!.entries).toHaveLength(1);
  });
});

describe("atoms", () => {
  it("reads strings in four quote styles, with escapes, across lines", () => {
    const es = entries(`a: "x\\"y\\\\z"\nb: “中文”\nc: 「直角」\nd: 『双直角』\ne: "两\n行"\n`);
    expect(es.map((e) => (e.value!.items[0] as { atoms: { value: string }[] }).atoms[0].value)).toEqual(['x"y\\z', "中文", "直角", "双直角", "两\n行"]);
  });

  it("reads numbers, percentages and durations in every unit spelling", () => {
    const [e] = entries(`a: 20 工作日, 0.5, 10%, 30 自然日, 5 workdays, 7 天, ２０工作日\n`);
    expect(strip(e.value!.items.map((i) => (i as { atoms: unknown[] }).atoms[0]))).toEqual([
      { type: "Duration", value: 20, unit: "工作日" },
      { type: "Number", value: 0.5, percent: false },
      { type: "Number", value: 10, percent: true },
      { type: "Duration", value: 30, unit: "自然日" },
      { type: "Duration", value: 5, unit: "workdays" },
      { type: "Duration", value: 7, unit: "天" },
      { type: "Duration", value: 20, unit: "工作日" },
    ]);
  });

  it("keeps comments out of the tree but in the file", () => {
    const r = parse("t.matter", `// 行注释\n部门 甲 { /* 块\n注释 */ 全称: "甲" } // 尾注释\n`);
    expect(r.problems).toEqual([]);
    expect(r.ast.entries).toHaveLength(1);
    expect(r.ast.comments.map((c) => c.block)).toEqual([false, true, false]);
  });
});

describe("conditions", () => {
  it("binds 非 tighter than 且, and 且 tighter than 或", () => {
    expect(strip(cond("甲 或 乙 且 非 丙"))).toEqual({
      type: "Or",
      operands: [
        { type: "Phrase", atoms: [{ type: "Word", text: "甲" }] },
        { type: "And", operands: [{ type: "Phrase", atoms: [{ type: "Word", text: "乙" }] }, { type: "Not", operand: { type: "Phrase", atoms: [{ type: "Word", text: "丙" }] } }] },
      ],
    });
  });

  it("honours parentheses", () => {
    const c = cond("(甲 或 乙) 且 丙") as { type: string; operands: { type: string; atoms: { type: string }[] }[] };
    expect(c.type).toBe("And");
    expect(c.operands[0].atoms[0].type).toBe("Paren");
  });

  it("reads every comparison operator in every spelling", () => {
    const ops = ["==", "=", "等于", "!=", "≠", "不等于", ">", ">=", "≥", "<", "<=", "≤", "包含", "contains", "属于", "屬於", "in"];
    const got = ops.map((op) => (cond(`甲 ${op} 乙`) as { op: string }).op);
    expect(got).toEqual(["==", "==", "==", "!=", "!=", "!=", ">", ">=", ">=", "<", "<=", "<=", "contains", "contains", "in", "in", "in"]);
  });

  it("reads English and symbolic connectives like the Chinese ones", () => {
    expect(strip(cond("not 甲 and 乙 or 丙"))).toEqual(strip(cond("非 甲 且 乙 或 丙")));
    expect(strip(cond("!甲 && 乙 || 丙"))).toEqual(strip(cond("非 甲 且 乙 或 丙")));
  });

  it("does not split a word that starts with a keyword", () => {
    expect(strip(cond("非婚生育"))).toEqual({ type: "Phrase", atoms: [{ type: "Word", text: "非婚生育" }] });
  });
});

describe("full-width punctuation, encodings, line endings", () => {
  const ascii = `一件事 甲 { 编码: "A"; 材料: 乙, 丙, 丁  适用: (戊 >= 1) 且 己 != 庚  情形 辛: 单选 "？" [子, 丑] }\n`;
  const full = `一件事 甲 ｛ 编码：「A」； 材料：乙，丙、丁  适用：（戊 ≥ 1） 且 己 ≠ 庚  情形 辛：单选 “？” ［子，丑］ ｝\n`;

  it("gives the same tree for full-width and ASCII punctuation", () => {
    expect(strip(entries(full))).toEqual(strip(entries(ascii)));
  });

  it("accepts a BOM and CRLF line endings", () => {
    const crlf = "\ufeff" + ascii.replace(/\n/g, "\r\n") + `部门 乙 {\r\n  全称: "x"\r\n}\r\n`;
    const r = parse("t.matter", crlf);
    expect(r.problems).toEqual([]);
    expect(r.ast.entries[1].span.start.line).toBe(2);
    expect(strip(r.ast.entries[0])).toEqual(strip(entries(ascii)[0]));
  });

  it("keeps 1-based lines and columns on every node", () => {
    const [e] = entries(`\n  部门 甲 { 全称: "x" }`);
    expect(e.key.span.start).toMatchObject({ line: 2, column: 3 });
    expect(e.block!.entries[0].value!.span.start).toMatchObject({ line: 2, column: 14 });
  });
});

describe("robustness", () => {
  it("reports deep nesting instead of overflowing the stack", () => {
    const r = parse("t.matter", `适用: ${"(".repeat(100000)}甲${")".repeat(100000)}\n`);
    expect(r.problems.map((p) => p.code)).toEqual(["E0005"]);
  });

  it("recovers and reports several syntax errors in one run", () => {
    const r = parse("t.matter", `部门 甲 { 全称: }\n部门 乙 { 全称: "乙" }\n材料 丙 { 份数: , }\n`);
    expect(r.problems.filter((p) => p.code === "E0004").length).toBeGreaterThanOrEqual(2);
    expect(r.ast.entries.some((e) => e.name && "text" in e.name && e.name.text === "乙")).toBe(true);
  });

  it("keeps the tree well-formed when recovery drops an operand", () => {
    for (const t of ["一件事 甲 { 适用: x, 且 y }", "适用: 非 或 b", "适用: (", "适用: a == ", "适用: [a, 或 b]", "适用: a 且 且 b"]) {
      const r = parse("t.matter", t);
      expect(r.problems.length, t).toBeGreaterThan(0);
      expect(JSON.stringify(r.ast), t).not.toContain("null");
    }
  });

  it("never throws on arbitrary input", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['部门', '"', "{", "}", "[", "]", "(", ")", ":", "，", "\n", "或", "非", "1", "工作日", "/*", "//", "「", " ", "甲", ".", "@"];
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 40 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join("");
      expect(() => parse("t.matter", text)).not.toThrow();
    }
  });
});

describe("no input makes the compiler fail", () => {
  it("gives diagnostics, never an internal error, for random token soup inside a matter", async () => {
    const { compileTexts } = await import("../helpers/memory-host.js");
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = ["适用:", "且", "或", "非", "==", "!=", ">", "包含", "属于", "[", "]", "(", ")", ",", "、", "甲", "乙", "1", "2 工作日", '"x"', "\n", ";", "{", "}", "材料:", "前置:", "情形 丙: 是否 \"？\"", "子事项 丁 {", "部门:", "市场监管局", "：", "，"];
    for (let n = 0; n < 400; n++) {
      const body = Array.from({ length: 12 }, () => pieces[Math.floor(rand() * pieces.length)]).join(" ");
      const text = `使用 "std/部门"\n一件事 测 {\n  编码: "F-1"\n  牵头部门: 市场监管局\n  子事项 甲 { 部门: 市场监管局 ${body} }\n}\n`;
      const r = compileTexts({ "f.matter": text });
      expect(r.diagnostics.filter((d) => d.code === "E0999").map(() => text)).toEqual([]);
    }
  });
});

describe("the grammar", () => {
  // Commands build the parser without Chevrotain's grammar validations (a cold-start cost that
  // finds only mistakes in the grammar itself); here they run, so a grammar change that makes an
  // alternative ambiguous or a rule left-recursive fails this test.
  it("passes Chevrotain's validations", () => {
    expect(() => validateGrammar()).not.toThrow();
  });
});
