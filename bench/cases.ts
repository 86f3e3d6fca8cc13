// Situation cases at scale (issue 20: no input costs quadratic time). One matter with Q yes/no
// situations, I sub-items and M materials per sub-item (each with its own condition), compiled
// and rendered as N doubles along one axis at a time. Reports each time and its ratio to the
// previous size: a ratio near 2 is linear, near 4 quadratic. Times are CPU time of the process.
// Run: `npm run bench -- cases`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compilePaths } from "../cli/compile-paths.js";
import { DEFAULT_TARGET_OPTIONS, TARGETS } from "../targets/index.js";

export interface Shape {
  situations: number;
  items: number;
  materials: number;
}

/** A matter of the given shape; conditions spread over the situations so every one is used. */
export function casesMatter({ situations, items, materials }: Shape): string {
  const lines = [`使用 "std/部门"`, ``, `一件事 情形规模 {`, `  编码: "BENCH-CASES"`, `  版本: "1.0"`, `  状态: 试点`, `  服务对象: 企业法人`, `  牵头部门: 市场监管局`];
  lines.push(`  承诺时限: ${20 * items} 工作日`, `  办理渠道: 一网通办`);
  for (let q = 0; q < situations; q++) lines.push(`  情形 问${q}: 是否 "第${q}问？"`);
  for (let i = 0; i < items; i++) {
    const mats = Array.from({ length: materials }, (_, k) => `材料${i}_${k}`);
    lines.push(`  子事项 子事项${i} {`);
    lines.push(`    部门: 市场监管局  类型: 行政许可  法定时限: 20 工作日  承诺时限: 2 工作日${i > 0 ? `  前置: 子事项${i - 1}` : ""}  适用: 问${i % situations}`);
    lines.push(`    材料: ${mats.join(", ")}`, `  }`);
    mats.forEach((m, k) => lines.push(`  材料 ${m} { 形式: 复印件  适用: 问${(i + k + 1) % situations} }`));
  }
  lines.push(`  指南 { 办理地点: "示例市政务服务中心"  咨询电话: "12345" }`, `}`, ``);
  return lines.join("\n");
}

// CPU time of this process (user + system), not wall time: the figures stay comparable on a
// shared machine.
function cpuMs(since?: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

/** Render time of the two targets whose size grew as sub-items² before (issue 20). */
type Timed = { check: number; render: number; form: number; process: number; cases: number; bytes: number };

function timeShape(shape: Shape): Timed {
  const dir = mkdtempSync(join(tmpdir(), "matterc-cases-"));
  try {
    const src = join(dir, "src");
    mkdirSync(src);
    writeFileSync(join(src, "m.matter"), casesMatter(shape));
    const c0 = process.cpuUsage();
    const r = compilePaths([src]);
    const check = cpuMs(c0);
    if (r.hasErrors || r.models.length !== 1) throw new Error(`cases bench matter does not compile: ${r.diagnostics.find((d) => d.severity === "error")?.code}`);
    const c1 = process.cpuUsage();
    let bytes = 0;
    const per: Record<string, number> = {};
    for (const t of TARGETS) {
      const ct = process.cpuUsage();
      for (const model of r.models) for (const f of t.perMatter?.(model, DEFAULT_TARGET_OPTIONS) ?? []) bytes += f.text.length;
      for (const f of t.acrossMatters?.(r.models, DEFAULT_TARGET_OPTIONS) ?? []) bytes += f.text.length;
      per[t.name] = cpuMs(ct);
    }
    return { check, render: cpuMs(c1), form: per.form ?? 0, process: per.process ?? 0, cases: r.models[0].metrics.situations.length, bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchCases(): void {
  timeShape({ situations: 4, items: 20, materials: 2 }); // warm-up
  const axes: [keyof Shape, Shape, number[]][] = [
    ["items", { situations: 8, items: 0, materials: 2 }, [100, 200, 400, 800]],
    ["materials", { situations: 8, items: 50, materials: 0 }, [4, 8, 16, 32]],
    ["situations", { situations: 0, items: 100, materials: 2 }, [3, 6, 9, 12]],
  ];
  for (const [axis, base, sizes] of axes) {
    let prev: Timed | undefined;
    for (const n of sizes) {
      const shape = { ...base, [axis]: n };
      const t = timeShape(shape);
      const x = (k: "check" | "render" | "form" | "process"): string => `×${(t[k] / prev![k]).toFixed(2)} ${k}`;
      const ratio = prev ? `  ${x("check")}, ${x("render")} (${x("form")}, ${x("process")})` : "";
      console.log(
        `cases: situations=${shape.situations} items=${shape.items} materials=${shape.materials} (${t.cases} cases) ` +
          `check ${t.check.toFixed(0)} ms, render ${t.render.toFixed(0)} ms (form ${t.form.toFixed(0)}, process ${t.process.toFixed(0)}; ` +
          `${(t.bytes / 2 ** 20).toFixed(1)} MiB out) CPU${ratio}`,
      );
      prev = t;
    }
  }
  console.log(
    "cases: doubling items or materials should about double check (×2); 3 more situations multiply the cases by 8. " +
      "Rendered bytes grow linearly: a sub-item's staff task forms carry only its part of the application.",
  );
}
