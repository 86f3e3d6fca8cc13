// The table of examples/README.md, generated from the compiled models so that the published
// before/after figures are the compiler's own. `npm test` checks that the committed table is
// current; `npm run examples:table` rewrites it.
import type { Model } from "../compiler/model.js";

export const START = "<!-- matterc:examples-table -->";
export const END = "<!-- /matterc:examples-table -->";

function pair(f: { before: number; after: number }): string {
  return `${f.before} → ${f.after}`;
}

export function examplesTable(models: Model[]): string {
  const rows = [
    "| 一件事 | 编码 | 牵头部门 | 子事项 | 材料 前→后 | 表单字段 前→后 | 申请人填写 前→后 | 时限（工作日）前→后 | 跑动 前→后 | 环节 前→后 |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const m of [...models].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const h = m.metrics.headline;
    const time = `${pair(h.time)}${h.time.approximate ? "（约）" : ""}`;
    rows.push(`| [${m.name}](${m.name}.matter) | ${m.code} | ${m.lead} | ${m.items.length}：${m.items.map((i) => i.name).join("、")} | ${pair(h.materials)} | ${pair(h.fields)} | ${pair(h.typed)} | ${time} | ${pair(h.trips)} | ${pair(h.steps)} |`);
  }
  return rows.join("\n");
}

export function replaceTable(readme: string, table: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`examples/README.md lacks the markers ${START} … ${END}`);
  return `${readme.slice(0, a + START.length)}\n${table}\n${readme.slice(b)}`;
}

if (process.argv[1]?.endsWith("examples-table.js")) {
  const { readFileSync, writeFileSync } = await import("node:fs");
  const { compilePaths } = await import("../cli/compile-paths.js");
  const result = compilePaths(["examples"]);
  if (result.hasErrors) throw new Error("examples do not compile");
  const file = "examples/README.md";
  writeFileSync(file, replaceTable(readFileSync(file, "utf8"), examplesTable(result.models)));
}
