// `npm run bench -- big [MB…]`: one large file (synthetic matters one after another, 1 and 10 MB
// by default) through `matterc check` and `matterc fmt --check`, each as a fresh process, with
// CPU time and peak RSS as the child reads them from `process.resourceUsage()` when it exits.
// Issue 20 found `fmt --check` of a valid 50 MB file running out of heap; linear time and flat
// memory per MB are the targets: compare the per-MB figures across sizes.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./child.js";
import { syntheticMatter } from "./corpus.js";

const USES = /^使用 /;

/** A file of about `mb` MiB: the standard library used once, then synthetic matters. */
export function bigFile(mb: number): string {
  const parts = ['使用 "std/部门"', '使用 "std/字段"', '使用 "std/材料"', ""];
  let size = 0;
  for (let i = 0; size < mb * 2 ** 20; i++) {
    const text = syntheticMatter(i).split("\n").filter((l) => !USES.test(l)).join("\n");
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts.join("\n");
}

export function benchBig(sizes: number[]): void {
  const dir = mkdtempSync(join(tmpdir(), "matterc-big-"));
  try {
    for (const mb of sizes) {
      const file = join(dir, `big-${mb}.matter`);
      writeFileSync(file, bigFile(mb));
      for (const verb of [["check"], ["fmt", "--check"]]) {
        const r = runCli([...verb, file]);
        const { wall, usage: u, outcome } = r;
        console.log(
          `big file ${String(mb).padStart(4)} MiB  ${verb.join(" ").padEnd(11)} wall ${wall.toFixed(1).padStart(6)} s  cpu ${u ? `${u.cpu.toFixed(1).padStart(6)} s (${(u.cpu / mb).toFixed(2)} s/MiB)` : "?"}  peak rss ${u ? `${u.rss.toFixed(0)} MiB (${(u.rss / mb).toFixed(0)} MiB/MiB)` : "?"}  ${outcome}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
