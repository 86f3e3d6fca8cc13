// Inputs for the tests that hold the fast path (grammar/scan.ts, grammar/fast-parse.ts) to the
// Chevrotain lexer and parser: every example, the standard library, every diagnostic fixture's
// files, synthetic matters, hand-written edge cases, and the fuzzer's mutations of the examples.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { syntheticMatter } from "../../bench/corpus.js";
import { decodeSource } from "../../grammar/lex.js";
import { examples, mutate } from "../fuzz/engine.js";
import { parseTxtar, ROOT } from "../helpers/memory-host.js";
import { rng } from "../helpers/rng.js";

export interface Input {
  name: string;
  text: string;
  /** Written to be valid: the fast path must take it. */
  valid: boolean;
}

const EDGES = [
  "a\r\nb\rc\n",
  '字段 甲: 文本 标签 "第一行\n第二行"  最长 5\n',
  '说明: “多\r\n行”「角\n」『白\r角』 "a\\"b\\n"\n',
  "/* 块\r\n 注释 */ 部门 甲 { 全称: \"x\" } // 行注释\n",
  "适用: 甲 或 乙 且 非 丙 || 丁 && !戊 ！己\n",
  "适用: 甲 == 1 且 乙 ＝＝ 2 且 丙 = 3 且 丁 ＝ 4 且 戊 != 5 且 己 ！= 6 且 庚 ！＝ 7 且 辛 ≠ 8\n",
  "适用: 甲 >= 1 或 乙 ＞＝ 2 或 丙 ≥ 3 或 丁 <= 4 或 戊 ＜＝ 5 或 己 ≤ 6 或 庚 > 7 或 辛 ＜ 8 或 壬 ＞ 9 或 癸 < 10\n",
  "适用: 甲 等于 是 或 乙 不等于 否 或 丙 包含 丁 或 戊 属于 [a, b,] 或 己 屬於 (庚)\n",
  "适用: x equals 1 or y in [a] and not z contains w\n",
  "时限: 5 工作日  次数: 3  比例: 50%  比例2: ５０％  小数: 1.5  全角: １．５ 天\n",
  "时限: 5 constructor\n",
  "名称: 或者 且慢 非常 包含物 属于我 info order android\n",
  "字段 申请人．姓名: 文本\n字段 a.b.c: 文本\n",
  "材料 户口簿 { 形式: 原件  份数: 1; 规格: A4 }\n",
  "子事项 甲\n{\n  部门: 乙\n}\n",
  "配合部门: 甲,\n  乙、\n  丙，丁\n",
  "适用: 甲\n  或 乙\n",
  "列表: [\n 甲,\n 乙\n]\n",
  "名称: 𠀀字 ü_x1 ＿\n",
  "\u3000\u00a0\t 甲: 乙\ufeff\n",
  "",
  "\n\n",
  "// 只有注释",
  "甲 乙 丙 { }\n",
  "甲 \"乙\" { 丙: 1 }\n",
  "甲 乙.丙: 1\n",
  "甲: (乙 或 (丙 且 丁))\n",
  "甲: [[1, 2], [3]]\n",
  "甲: 1 工作日 前置: 乙\n",
  "甲: 乙 丙: 丁\n",
  "甲: 乙 丙 丁 { }\n",
  "甲: 乙 丙 { }\n",
  "甲: 乙 \"丙\" { }\n",
  "甲: 乙 丙.丁: 1\n",
  // Numbers about the fast path's "15 characters are always safe" rule, paths with both dots,
  // strings with and without escapes, words longer than the word cache takes.
  "甲: 999999999999999  乙: 1234567890123456  丙: 9007199254740991  丁: 12345678901234.5%\n",
  "甲: 99999999999999999\n",
  "字段 甲．乙.丙: 文本  字段 甲.乙．丙: 文本  字段 ａ．ｂ: 文本\n",
  '甲: "a\\\\b" "无转义" "\\t\\n\\q" “引号\\n”\n',
  "甲: 一个很长很长很长很长的名字甲 一个很长很长很长很长的名字乙 一个很长很长很长很长的名字甲 abcdefghijklm abcdefghijkl\n",
];

export function corpus(mutations = 400): Input[] {
  const out: Input[] = [];
  examples().forEach((text, k) => out.push({ name: `example ${k}`, text, valid: true }));
  const std = join(ROOT, "stdlib");
  for (const f of readdirSync(std).filter((f) => f.endsWith(".matter"))) out.push({ name: `stdlib ${f}`, text: readFileSync(join(std, f), "utf8"), valid: true });
  const fixtures = join(ROOT, "test", "diagnostics", "fixtures");
  for (const f of readdirSync(fixtures).filter((f) => f.endsWith(".txtar")).sort()) {
    const { files } = parseTxtar(readFileSync(join(fixtures, f), "utf8"));
    for (const [name, text] of Object.entries(files)) if (name.endsWith(".matter")) out.push({ name: `${f} ${name}`, text, valid: false });
  }
  for (let n = 0; n < 12; n++) out.push({ name: `synthetic ${n}`, text: syntheticMatter(n), valid: true });
  EDGES.forEach((text, k) => out.push({ name: `edge ${k}`, text, valid: false }));
  const r = rng(19);
  const bases = examples();
  for (let k = 0; k < mutations; k++) {
    const m = mutate(r, bases);
    const text = typeof m.input === "string" ? m.input : decodeSource(m.input);
    if (text !== undefined) out.push({ name: `mutation ${k} (${m.name})`, text, valid: false });
  }
  return out;
}
