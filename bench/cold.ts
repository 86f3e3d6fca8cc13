// Cold start: `matterc check` of one example against Node's own start (`node -e 0`), each run as a
// fresh process, interleaved, medians of the runs. The target (issue 19) is a ratio of at most 3.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bundleScript } from "../cli/bundle-script.js";
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

/** How the CLI starts: from the bundle (scripts/bundle-cli.ts), and whether this Node takes its
 * code cache (V8 refuses a cache made by another version or with other flags). */
function startMode(root: string): string {
  const bundle = join(root, "dist", "cli", "matterc.cjs");
  if (!existsSync(bundle)) return "modules as compiled, no bundle";
  const cache = `${bundle}.cache`;
  if (!existsSync(cache)) return "bundled, no code cache";
  const script = bundleScript(bundle, readFileSync(bundle, "utf8"));
  return script.cachedDataRejected ? "bundled, code cache refused by this Node" : "bundled, code cache used";
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
  console.log(`cold start (median of ${runs}): node -e 0 ${n.toFixed(0)} ms, matterc check 开办餐饮店.matter ${c.toFixed(0)} ms — ${(c / n).toFixed(2)}× (target ≤ 3×; ${startMode(root)})`);
}
