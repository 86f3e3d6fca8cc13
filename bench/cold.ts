// Cold start: `matterc check` of one example against Node's own start (`node -e 0`), each run as a
// fresh process, interleaved, medians of the runs. The target (issue 19) is a ratio of at most 3.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { packageRoot } from "../cli/host.js";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(args: string[]): number {
  const t0 = performance.now();
  spawnSync(process.execPath, args, { stdio: "ignore" });
  return performance.now() - t0;
}

export function benchCold(runs = 9): void {
  const root = packageRoot();
  const cli = join(root, "dist", "cli", "main.js");
  const file = join(root, "examples", "开办餐饮店.matter");
  const node: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(time(["-e", "0"]));
    check.push(time([cli, "check", file]));
  }
  const n = median(node);
  const c = median(check);
  console.log(`cold start (median of ${runs}): node -e 0 ${n.toFixed(0)} ms, matterc check 开办餐饮店.matter ${c.toFixed(0)} ms — ${(c / n).toFixed(1)}× (target ≤ 3×)`);
}
