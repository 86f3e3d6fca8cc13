// Rebuilds (issue 19): a build into a folder that holds the previous tree writes only the files
// whose bytes changed (the others are hard-linked into the new tree, which is then published
// by one atomic switch). Measures a cold build, a rebuild with nothing changed and a rebuild
// with one matter changed, and checks that the last wrote only that matter's files and the
// catalog.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { compilePaths } from "../cli/compile-paths.js";
import { publishOutputs, type PublishStats } from "../cli/write.js";
import { renderEach } from "../targets/index.js";
import { syntheticMatter } from "./corpus.js";

function build(src: string, out: string): { ms: number; stats: PublishStats } {
  const t0 = performance.now();
  const result = compilePaths([src]);
  if (result.hasErrors) throw new Error(`bench corpus does not compile: ${result.diagnostics[0]?.code}`);
  const stats = publishOutputs(out, renderEach(result.models));
  return { ms: performance.now() - t0, stats };
}

export function benchRebuild(n: number): void {
  const dir = mkdtempSync(join(tmpdir(), "matterc-bench-"));
  const src = join(dir, "src");
  const out = join(dir, "out");
  mkdirSync(src);
  for (let i = 0; i < n; i++) writeFileSync(join(src, `m${String(i).padStart(5, "0")}.matter`), syntheticMatter(i));
  const cold = build(src, out);
  const same = build(src, out);
  writeFileSync(join(src, "m00000.matter"), syntheticMatter(0).replace('咨询电话: "12345"', '咨询电话: "12345-0"'));
  const one = build(src, out);
  const only = one.stats.writtenPaths.every((p) => p.startsWith("BENCH-0/") || p === "catalog.json" || p === "index.html");
  const f = (b: { ms: number; stats: PublishStats }) => `${b.ms.toFixed(0)} ms, ${b.stats.written} written, ${b.stats.reused} reused`;
  console.log(
    `rebuild N=${String(n).padEnd(5)} cold ${f(cold)} (${cold.stats.folders} mkdir for ${cold.stats.files} files)  nothing changed ${f(same)}  one matter changed ${f(one)}` +
      ` — only that matter's files and the catalog: ${only ? "yes" : `NO (${one.stats.writtenPaths.slice(0, 5).join(", ")} …)`}`,
  );
  rmSync(dir, { recursive: true, force: true });
}
