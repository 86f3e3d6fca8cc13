// `npm run bench -- scale [N…]` (1,000 and 10,000 matters by default): `matterc check` of a folder
// of N synthetic matters, each run a fresh process on the default heap, three times per N: on the
// main thread alone (MATTERC_WORKERS=0), on one worker thread (MATTERC_WORKERS=1: what the CLI
// does from 8 MB of input on 2 cores or when few cores are idle) and on a worker per core
// (MATTERC_WORKERS=cores, whatever the load; the CLI's own default counts only idle cores). Each
// line gives CPU time (every thread counted), lines per CPU second, peak RSS, and wall time with
// lines per wall second. Issue 19's targets: `check` at least 100k lines per second, 10× the
// matters at most 11× the time (the ratio column compares each N's CPU with the one before, on the
// main thread), and peak memory under 2 GB at 10,000 matters. Then the
// same for a corpus of real-sized matters: copies of the examples (real matters from public guides;
// 200 copies by default, 772,600 lines), whose lines are those of real guides (comments, prose,
// longer lists) rather than the synthetic matters' dense ones.
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./child.js";
import { writeCorpus, writeExampleCorpus } from "./corpus.js";

export function benchScale(ns: number[], copies = 200): void {
  const dir = mkdtempSync(join(tmpdir(), "matterc-scale-"));
  const cores = Math.min(availableParallelism(), 8);
  const checkBoth = (src: string, label: string, lines: number, n: number, previous?: { n: number; cpu: number }) => {
    let cpu: number | undefined;
    for (const workers of cores >= 2 ? [0, 1, cores] : [0, 1]) {
      const r = runCli(["check", src], { MATTERC_WORKERS: String(workers) });
      const u = r.usage;
      const ratio = u && previous && !workers ? `  ${(u.cpu / previous.cpu).toFixed(1)}× the CPU for ${(n / previous.n).toFixed(0)}× the matters` : "";
      const threads = workers ? `${workers} worker${workers > 1 ? "s" : " "}` : "main only";
      console.log(
        `scale ${label.padEnd(13)} lines=${String(lines).padEnd(8)} check on ${threads}  cpu ${u ? `${u.cpu.toFixed(1)} s (${((u.cpu * 1000) / n).toFixed(2)} ms/matter, ${Math.round(lines / u.cpu)} lines/s)` : "?"}  peak rss ${u ? `${u.rss.toFixed(0)} MiB` : "?"}  wall ${r.wall.toFixed(1)} s (${Math.round(lines / r.wall)} lines/s)  ${r.outcome}${ratio}`,
      );
      if (u && !workers) cpu = u.cpu;
    }
    return cpu;
  };
  try {
    let previous: { n: number; cpu: number } | undefined;
    for (const n of ns) {
      const src = join(dir, `n${n}`);
      const lines = writeCorpus(src, n);
      const cpu = checkBoth(src, `N=${n}`, lines, n, previous);
      if (cpu !== undefined) previous = { n, cpu };
      rmSync(src, { recursive: true, force: true });
    }
    if (copies > 0) {
      const src = join(dir, "examples");
      const { lines, matters } = writeExampleCorpus(src, copies);
      checkBoth(src, `examples×${copies}`, lines, matters);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
