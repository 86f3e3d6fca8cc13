// `check` compiles without models (CompileOptions.models false): lowering then works out of the
// figures only what their diagnostics read (metrics.ts, diagnosticFigures) instead of every
// case's figures (caseFigures). The diagnostics must be the same, byte for byte: checked here on
// every example, every diagnostic fixture and many seeded random matters written to reach those
// diagnostics (W0205, W0206, E0202, E0203, E0302, E0609) with ties between cases.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, type CompileResult } from "../../compiler/compile.js";
import { memoryHost, parseTxtar, renderAll, ROOT } from "../helpers/memory-host.js";

function both(files: Record<string, string>, entries = Object.keys(files)): { full: CompileResult; lean: CompileResult } {
  const inputs = [{ root: ".", files: entries }];
  return { full: compile(memoryHost(files), inputs), lean: compile(memoryHost(files), inputs, { models: false }) };
}

/** The diagnostics as data and as rendered text, and what else a check reports. */
function reported(r: CompileResult): string {
  return JSON.stringify({ diagnostics: r.diagnostics, hasErrors: r.hasErrors, matters: r.matters }) + "\n" + renderAll(r) + renderAll(r, "en");
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ITEMS = ["受理", "核验", "审批", "登记", "备案", "发证", "复核", "归档"];
const MATERIALS = ["申请书", "身份证", "营业执照", "检测报告", "合同", "平面图"];

/** A matter with many situations, sub-items switched by conditions, 前置 chains, counted special
 * steps a commitment may replace, originals, 容缺, 前序产出 and a 头条情形 that may name no case.
 * Days are small so that chains tie often. */
function randomMatter(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const atom = () =>
    pick(["新办", "非 新办", "加急", "非 加急", "类型 == 公司", "类型 == 分公司", "类型 == 个体", "项目 包含 热食", "项目 包含 饮品", "面积 > 100", "面积 <= 300"]);
  const cond = (): string => {
    const n = 1 + Math.floor(r() * 3);
    const parts = Array.from({ length: n }, atom);
    return n === 1 ? parts[0] : parts.join(r() < 0.5 ? " 且 " : " 或 ");
  };
  const nItems = 2 + Math.floor(r() * 6);
  const items = ITEMS.slice(0, nItems);
  const nMaterials = 2 + Math.floor(r() * 4);
  const materials = MATERIALS.slice(0, nMaterials);
  const lines: string[] = [`使用 "std/部门"`, `一件事 测试 {`, `  编码: "T-1"`, `  牵头部门: 市场监管局`];
  if (r() < 0.7) lines.push(`  承诺时限: ${2 + Math.floor(r() * 9)} 工作日`);
  lines.push(`  办理渠道: ${pick(["一网通办", "线下窗口", "一网通办, 线下窗口", "掌上办"])}`);
  if (r() < 0.6) lines.push(`  跑动次数: ${r() < 0.8 ? 0 : 1}`);
  if (r() < 0.35) lines.push(`  头条情形: ${r() < 0.4 ? "新办 且 非 新办" : cond()}`);
  lines.push(`  情形 新办: 是否 "是否新办？"`, `  情形 加急: 是否 "是否加急？"`, `  情形 类型: 单选 "主体类型？" [公司, 分公司, 个体]`);
  lines.push(`  情形 项目: 多选 "经营项目？" [热食, 冷食, 饮品]`, `  情形 面积: 数字 "面积？"`);
  const steps: string[] = [];
  const outputs = new Map<string, string>(); // result material → producer
  items.forEach((name, k) => {
    const body: string[] = [`部门: 市场监管局`];
    if (r() < 0.9) body.push(`承诺时限: ${Math.floor(r() * 4)} 工作日`);
    const before = items.slice(0, k).filter(() => r() < 0.35);
    if (before.length) body.push(`前置: ${before.join(", ")}`);
    if (r() < 0.6) body.push(`适用: ${cond()}`);
    const asked = materials.filter(() => r() < 0.3);
    // An earlier result of a sub-item this one waits for, whose producer may not apply.
    const producer = before.length && r() < 0.5 ? pick(before) : undefined;
    if (producer) asked.push(`${producer}结果`), outputs.set(`${producer}结果`, producer);
    if (asked.length) body.push(`材料: ${asked.join(", ")}`);
    if (r() < 0.35) {
      body.push(`特殊环节 检测 { 时限: ${1 + Math.floor(r() * 3)} 工作日  计入时限: 是  ${r() < 0.5 ? `适用: ${cond()}  ` : ""}依据: "《示例条例》第一条" }`);
      steps.push(`${name}.检测`);
    }
    lines.push(`  子事项 ${name} {`, ...body.map((b) => `    ${b}`), `  }`);
  });
  for (const m of materials) {
    const body = [`形式: ${pick(["原件", "复印件", "电子", "原件及复印件", "原件或复印件"])}`];
    if (r() < 0.3) body.push(`适用: ${cond()}`);
    if (r() < 0.2) body.push(`容缺: ${1 + Math.floor(r() * 12)} 工作日`);
    if (r() < 0.1) body.push(`提交情形: "申请人另有要求的"`);
    lines.push(`  材料 ${m} { ${body.join("  ")} }`);
  }
  for (const [m, producer] of outputs) lines.push(`  材料 ${m} { 形式: 电子  来源: 前序产出 ${producer} }`);
  const nCommitments = Math.floor(r() * 3);
  for (let c = 0; c < nCommitments; c++) {
    const replaces = materials.filter(() => r() < 0.3);
    const replacesSteps = steps.filter(() => r() < 0.6);
    if (!replaces.length && !replacesSteps.length) replaces.push(materials[0]);
    const body = [...(replaces.length ? [`替代材料: ${replaces.join(", ")}`] : []), ...(replacesSteps.length ? [`替代环节: ${replacesSteps.join(", ")}`] : [])];
    if (r() < 0.5) body.push(`适用: ${cond()}`);
    body.push(`核查: 书面核查 10 工作日`);
    lines.push(`  告知承诺 承诺${c + 1} { ${body.join("  ")} }`);
  }
  if (r() < 0.15) {
    lines.push(`  通办范围: 跨省`, `  跨域办 {`, `    区域: 京津冀`, `    方式: 异地代收代办`, `    收件窗口 "示例市政务服务中心跨省通办窗口" { 地址: "示例市示例路1号" }`);
    lines.push(`    寄递 { 时限: ${1 + Math.floor(r() * 2)} 工作日  计入时限: 是 }`, `  }`);
  }
  lines.push(`}`);
  return lines.join("\n") + "\n";
}

describe("check's figures (models: false) report what the full figures report", () => {
  it("on every example", () => {
    const dir = join(ROOT, "examples");
    const files = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith(".matter"))
        .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
    );
    const { full, lean } = both(files);
    expect(full.models.length).toBeGreaterThan(10);
    expect(lean.models).toEqual([]);
    expect(reported(lean)).toBe(reported(full));
  });

  it("on every diagnostic fixture", () => {
    const dir = join(ROOT, "test", "diagnostics", "fixtures");
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".txtar"))) {
      const { comment, files } = parseTxtar(readFileSync(join(dir, name), "utf8"));
      const { expect: _expected, ...inputs } = files;
      const { full, lean } = both(inputs, /# entries: (.+)/.exec(comment)?.[1].split(" "));
      expect(reported(lean), name).toBe(reported(full));
    }
  });

  it("on seeded random matters that reach every diagnostic of the figures, ties included", () => {
    const r = random(20261130);
    const seen = new Map<string, number>();
    let figured = 0;
    const ROUNDS = 400;
    for (let round = 0; round < ROUNDS; round++) {
      const source = randomMatter(r);
      const { full, lean } = both({ "main.matter": source });
      expect(reported(lean), source).toBe(reported(full));
      const codes = new Set(full.diagnostics.map((d) => d.code));
      for (const c of codes) seen.set(c, (seen.get(c) ?? 0) + 1);
      if (full.models.length || ["E0202", "E0203", "E0609"].some((c) => codes.has(c))) figured++;
    }
    // The matters must mostly reach the figures, and each of their diagnostics many times.
    expect(figured).toBeGreaterThan(ROUNDS / 2);
    for (const code of ["W0205", "W0206", "E0202", "E0203", "E0302", "E0609"]) expect(seen.get(code) ?? 0, code).toBeGreaterThanOrEqual(10);
  });
});
