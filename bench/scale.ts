// `npm run bench -- scale [N…]` (1,000 and 10,000 matters by default): `matterc check` of a folder
// of N synthetic matters, each N in a fresh process on the default heap, with CPU time, lines per
// second and peak RSS, and the wall time (which worker threads shorten; CPU time counts every
// thread). Issue 19's targets: 10× the matters costs at most 11× the time, and peak
// memory stays under 2 GB at 10,000 matters; the ratio column compares each N with the one before.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./child.js";
import { writeCorpus } from "./corpus.js";

export function benchScale(ns: number[]): void {
  const dir = mkdtempSync(join(tmpdir(), "matterc-scale-"));
  try {
    let previous: { n: number; cpu: number } | undefined;
    for (const n of ns) {
      const src = join(dir, `n${n}`);
      const lines = writeCorpus(src, n);
      const r = runCli(["check", src]);
      const u = r.usage;
      const ratio = u && previous ? `  ${(u.cpu / previous.cpu).toFixed(1)}× the CPU for ${(n / previous.n).toFixed(0)}× the matters` : "";
      console.log(
        `scale N=${String(n).padEnd(6)} lines=${String(lines).padEnd(8)} check cpu ${u ? `${u.cpu.toFixed(1)} s (${((u.cpu * 1000) / n).toFixed(2)} ms/matter, ${Math.round(lines / u.cpu)} lines/s)` : "?"}  peak rss ${u ? `${u.rss.toFixed(0)} MiB` : "?"}  wall ${r.wall.toFixed(1)} s (${Math.round(lines / r.wall)} lines/s)  ${r.outcome}${ratio}`,
      );
      if (u) previous = { n, cpu: u.cpu };
      rmSync(src, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
