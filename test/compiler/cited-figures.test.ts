// Published figures an example cites must be the figures it compiles to. The convention (see
// examples/README.md): a comment line
//
//   // 公布数字：申请材料 35→17；办理时限 48→13；跑动次数 4→1；办理环节 17→2（四川省公布）
//
// names each figure (申请材料, 表单字段, 跑动次数, 办理时限, 办理环节) with its published before→after;
// 申请材料 is compared with the count the matter publishes (材料口径). A figure stated in prose
// ("跑动9次减为1次") anywhere else in an example's comments is refused: cite it this way or not at all.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CaseMetrics } from "../../compiler/model.js";
import { compileFiles } from "../../index.js";
import { compileTexts, ROOT } from "../helpers/memory-host.js";

type FigureName = "申请材料" | "表单字段" | "跑动次数" | "办理时限" | "办理环节";
interface Cited {
  figure: FigureName;
  before: number;
  after: number;
}

const PICK: Record<FigureName, (h: CaseMetrics) => { before: number; after: number }> = {
  申请材料: (h) => h.materials,
  表单字段: (h) => h.fields,
  跑动次数: (h) => h.trips,
  办理时限: (h) => h.time,
  办理环节: (h) => h.steps,
};

const CITE_LINE = /^\s*\/\/\s*公布数字[:：]\s*(.+)$/u;
const ONE = /^(申请材料|表单字段|跑动次数|办理时限|办理环节)\s*(\d+)\s*(?:→|->)\s*(\d+)$/u;
/** A figure stated in prose: "跑动9次减为1次", "材料由23份减少到8份", "时间24天压缩到11天". */
const PROSE_FIGURE = /\d+\s*(?:次|份|天|个工作日|项|个环节)\s*(?:减|压缩|降|缩短)/u;

/** The cited figures of a .matter text, and the comment lines that state figures otherwise. */
export function citedFigures(text: string): { cited: Cited[]; problems: string[] } {
  const cited: Cited[] = [];
  const problems: string[] = [];
  for (const line of text.split("\n")) {
    const m = CITE_LINE.exec(line);
    if (m) {
      const body = m[1].replace(/[（(][^）)]*[）)]\s*$/u, "").trim();
      for (const part of body.split(/[；;，,]/u).map((p) => p.trim()).filter(Boolean)) {
        const f = ONE.exec(part);
        if (f) cited.push({ figure: f[1] as FigureName, before: Number(f[2]), after: Number(f[3]) });
        else problems.push(`cannot read '${part}' in: ${line.trim()}`);
      }
    } else if (/^\s*\/\//u.test(line) && PROSE_FIGURE.test(line)) {
      problems.push(`figures stated in prose (cite them as 公布数字：… or not at all): ${line.trim()}`);
    }
  }
  return { cited, problems };
}

/** Each cited figure against the compiled headline; empty when all agree. */
export function mismatches(text: string, h: CaseMetrics): string[] {
  const { cited, problems } = citedFigures(text);
  const out = [...problems];
  for (const c of cited) {
    const got = PICK[c.figure](h);
    if (got.before !== c.before || got.after !== c.after) out.push(`${c.figure}: cited ${c.before}→${c.after}, compiles to ${got.before}→${got.after}`);
  }
  return out;
}

describe("published figures cited by the examples", () => {
  const dir = join(ROOT, "examples");
  const files = readdirSync(dir).filter((f) => f.endsWith(".matter"));
  // Compiled together: a local version uses its province template from another file.
  const { models } = compileFiles([dir]);

  for (const file of files) {
    it(`${file}: cites only figures it reproduces`, () => {
      const text = readFileSync(join(dir, file), "utf8");
      const names = [...text.matchAll(/^一件事\s+(\S+)/gmu)].map((m) => m[1]);
      expect(names.length, file).toBeGreaterThan(0);
      for (const name of names) {
        const model = models.find((m) => m.name === name);
        expect(model, name).toBeDefined();
        expect(mismatches(text, model!.metrics.headline)).toEqual([]);
      }
    });
  }
});

describe("the citation check itself", () => {
  // Shandong's published 残疾人服务 figures against a description that does not reproduce them.
  const matter = (cite: string) => `${cite}
使用 "std/部门"
一件事 残疾人服务 {
  编码: "C-1"
  牵头部门: 残联
  承诺时限: 11 工作日
  跑动次数: 1
  子事项 残疾人证核发 { 部门: 残联  承诺时限: 3 工作日  单独时限: 9 工作日  单独跑动: 2  材料: 申请表 }
  子事项 两项补贴 { 部门: 民政局  承诺时限: 8 工作日  单独时限: 15 工作日  前置: 残疾人证核发  单独跑动: 2  材料: 申请表, 银行卡 }
  材料 申请表 { 形式: 原件 }
  材料 银行卡 { 形式: 复印件 }
}
`;
  const headline = (text: string) => compileTexts({ "c.matter": text }).models[0].metrics.headline;

  it("accepts figures the description reproduces", () => {
    const text = matter("// 公布数字：跑动次数 4→1；办理时限 24→11；申请材料 3→2（示例）");
    expect(citedFigures(text).cited).toHaveLength(3);
    expect(mismatches(text, headline(text))).toEqual([]);
  });

  it("reports a cited figure the description does not reproduce", () => {
    const text = matter("// 公布数字：跑动次数 9→1；申请材料 23→8；办理时限 24→11（山东省公布）");
    expect(mismatches(text, headline(text))).toEqual(["跑动次数: cited 9→1, compiles to 4→1", "申请材料: cited 23→8, compiles to 3→2"]);
  });

  it("refuses figures stated in prose, as 残疾人服务 once did", () => {
    const text = matter("// 参照：山东省残疾人服务“一件事”公布的做法（跑动9次减为1次、材料23份减为8份、时间24天减为11天）");
    expect(mismatches(text, headline(text))).toHaveLength(1);
    expect(citedFigures("// 公布数字：跑动 9→1").problems).toEqual(["cannot read '跑动 9→1' in: // 公布数字：跑动 9→1"]);
  });
});
