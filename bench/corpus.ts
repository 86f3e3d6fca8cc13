import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../cli/host.js";

// A synthetic corpus for the benchmark: N matters shaped like real ones (situations, sub-items
// of several departments with 前置 chains, materials of every source, fields, a commitment).
const DEPTS = ["市场监管局", "公安局", "卫生健康委", "人社局", "医保局", "税务局", "消防救援", "住建局"];

export function syntheticMatter(n: number): string {
  const items = 6 + (n % 5);
  const lines: string[] = [`// 合成的第 ${n} 件事，用于基准测试`, `使用 "std/部门"`, `使用 "std/字段"`, `使用 "std/材料"`, ``, `一件事 合成事项${n} {`];
  lines.push(`  编码: "BENCH-${n}"`, `  版本: "1.0"`, `  状态: 试点`, `  服务对象: 企业法人`, `  牵头部门: 市场监管局`);
  lines.push(`  配合部门: ${[...new Set(Array.from({ length: items }, (_, i) => DEPTS[(i + n) % DEPTS.length]))].filter((d) => d !== "市场监管局").join(", ")}`);
  lines.push(`  承诺时限: ${10 * items} 工作日`, `  办理渠道: 一网通办, 线下窗口`);
  lines.push(`  情形 新办: 是否 "是否新设立？" 默认 是`);
  lines.push(`  情形 类型: 单选 "主体类型？" [公司, 分公司, 个体工商户, 合伙企业]`);
  lines.push(`  情形 项目: 多选 "经营项目？" [热食, 冷食, 饮品, 糕点]`);
  lines.push(`  情形 面积: 数字 "面积（平方米）？"`);
  const conds = ["", "新办", "类型 == 分公司", "项目 包含 热食", "面积 > 150", "非 新办 或 类型 属于 [公司, 合伙企业]"];
  // An earlier result is used only where its producer always applies and comes first.
  const usesResult = (i: number) => i > 0 && i % 3 !== 2 && (i - 1 === 0 || conds[(i - 1) % conds.length] === "");
  for (let i = 0; i < items; i++) {
    const dept = DEPTS[(i + n) % DEPTS.length];
    const after = i > 0 ? `  前置: 子事项${i - 1}` : "";
    const cond = i > 0 && conds[i % conds.length] ? `  适用: ${conds[i % conds.length]}` : "";
    lines.push(`  子事项 子事项${i} {`);
    lines.push(`    部门: ${dept}  类型: 行政许可  法定时限: 20 工作日  承诺时限: ${2 + (i % 5)} 工作日${i % 3 === 2 ? "" : after}${cond}`);
    lines.push(`    材料: 营业执照, 申请书${i}, 共用材料${i % 3}${usesResult(i) ? `, 结果${i - 1}` : ""}`);
    lines.push(`    字段: 企业.名称, 企业.统一社会信用代码, 法定代表人.姓名, 字段${i}.值`);
    lines.push(`    产出: "结果${i}"`, `  }`);
    lines.push(`  材料 申请书${i} { 形式: 原件  份数: 1  规格: A4 }`);
    if (usesResult(i + 1) && i + 1 < items) lines.push(`  材料 结果${i} { 来源: 前序产出 子事项${i} }`);
    lines.push(`  字段 字段${i}.值: 文本 必填 最长 100 标签 "第${i}项"`);
  }
  for (let k = 0; k < 3; k++) lines.push(`  材料 共用材料${k} { 形式: 复印件  容缺: 5 工作日 }`);
  lines.push(`  告知承诺 承诺${n} { 替代材料: 共用材料1  条件: "无严重失信记录"  核查: 书面核查 10 工作日  违诺: 撤销许可  条款: "所填信息真实有效" }`);
  lines.push(`  指南 { 办理地点: "示例市政务服务中心"  咨询电话: "12345" }`, `}`, ``);
  return lines.join("\n");
}

/** Writes matters 0 … n-1 of the corpus into `dir` (created), one file each; returns their lines. */
export function writeCorpus(dir: string, n: number): number {
  mkdirSync(dir, { recursive: true });
  let lines = 0;
  for (let i = 0; i < n; i++) {
    const text = syntheticMatter(i);
    lines += text.split("\n").length;
    writeFileSync(join(dir, `m${String(i).padStart(5, "0")}.matter`), text);
  }
  return lines;
}

/** Writes `copies` copies of the examples (real matters from public guides, examples/) into
 * `dir`/c0000 …, each copy's matter codes made its own (a code is unique across the input); returns
 * the lines and matters written. */
export function writeExampleCorpus(dir: string, copies: number): { lines: number; matters: number } {
  const examples = join(packageRoot(), "examples");
  const files = readdirSync(examples).filter((f) => f.endsWith(".matter"));
  const texts = files.map((f) => readFileSync(join(examples, f), "utf8"));
  let lines = 0;
  let matters = 0;
  for (let k = 0; k < copies; k++) {
    const copy = join(dir, `c${String(k).padStart(4, "0")}`);
    mkdirSync(copy, { recursive: true });
    files.forEach((f, i) => {
      const text = texts[i].replace(/^(\s*编码\s*[:：]\s*["“「『]?)([^"”」』\s]+)/gmu, (_, head: string, code: string) => `${head}${code}-C${k}`);
      lines += text.split("\n").length;
      matters += (text.match(/^一件事\s/gmu) ?? []).length;
      writeFileSync(join(copy, f), text);
    });
  }
  return { lines, matters };
}
