// npm run bench: compiles a synthetic corpus of N matters (100 and 1000 by default, or the Ns
// given as arguments) from disk, timing check (parse, resolve, check, figures) and build (check +
// every target + writing), per matter and in lines per second. Figures vary with the machine and
// its load: compare ratios, and name the machine when quoting them.
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { checkParallel, checkWorkerCount } from "../cli/check-pool.js";
import { compilePaths } from "../cli/compile-paths.js";
import { expandInputs } from "../cli/inputs.js";
import { writeOutputs } from "../cli/write.js";
import { renderEach } from "../targets/index.js";
import { writeCorpus } from "./corpus.js";
import { benchBaseline } from "./baseline.js";
import { benchRebuild } from "./rebuild.js";

async function bench(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "matterc-bench-"));
  const src = join(dir, "src");
  const lines = writeCorpus(src, n);
  compilePaths([src]); // warm-up: JIT and the standard library's first parse
  // Wall and CPU time: on a shared machine other processes stretch the wall time, not the CPU time.
  // CPU time is the whole process's, worker threads included.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const t0 = performance.now();
  const c0 = cpu();
  const checked = compilePaths([src]);
  const t1 = performance.now();
  const c1 = cpu();
  if (checked.hasErrors || checked.models.length !== n) throw new Error(`bench corpus does not compile: ${checked.diagnostics[0]?.code}`);
  // `matterc check` on the workers the CLI starts when the cores are idle (cli/check-pool.ts: one per
  // 1.5 cores; here whatever the load): each worker starts cold, as in a fresh process.
  const inputs = expandInputs([src]);
  const workers = Math.min(availableParallelism(), 8) >= 2 ? checkWorkerCount(inputs, Math.min(availableParallelism(), 8)) : 0;
  const ta = performance.now();
  const ca = cpu();
  const threaded = workers ? await checkParallel(inputs, workers) : compilePaths([src], { symbols: false, models: false });
  const tb = performance.now();
  const cb = cpu();
  if (threaded.hasErrors || threaded.matters !== n) throw new Error(`bench corpus does not check: ${threaded.diagnostics[0]?.code}`);
  const built = compilePaths([src]);
  const files = writeOutputs(join(dir, "out"), renderEach(built.models));
  const t2 = performance.now();
  const c2 = cpu();
  const check = t1 - t0;
  const build = t2 - t1;
  const rss = process.resourceUsage().maxRSS / 2 ** 10; // peak, in MiB
  const wall = tb - ta;
  console.log(
    `N=${String(n).padEnd(5)} lines=${String(lines).padEnd(7)} check ${check.toFixed(0).padStart(6)} ms (${(check / n).toFixed(2)} ms/matter, ${Math.round(lines / (check / 1000))} lines/s; cpu ${(c1 - c0).toFixed(0)} ms, ${Math.round(lines / ((c1 - c0) / 1000))} lines/s)  ` +
      `check on ${workers ? `${workers} worker threads` : "one thread"} ${wall.toFixed(0)} ms wall (${Math.round(lines / (wall / 1000))} lines/s; cpu ${(cb - ca).toFixed(0)} ms, ${Math.round(lines / ((cb - ca) / 1000))} lines/s)  ` +
      `build ${build.toFixed(0).padStart(6)} ms (${(build / n).toFixed(2)} ms/matter, ${files} files; cpu ${(c2 - c1).toFixed(0)} ms)  peak rss ${rss.toFixed(0)} MiB`,
  );
  // The same matters as YAML through js-yaml + ajv (bench/baseline.ts), up to 1,000 matters.
  if (n <= 1000) {
    const b = benchBaseline(src, dir);
    console.log(
      `        baseline: check ${b.matterMs.toFixed(0)} ms on ${(b.matterBytes / 2 ** 20).toFixed(1)} MiB of .matter; ` +
        `js-yaml + ajv ${b.yamlMs.toFixed(0)} ms on ${(b.yamlBytes / 2 ** 20).toFixed(1)} MiB of YAML (the models without figures); check costs ${(b.matterMs / b.yamlMs).toFixed(1)}× the baseline`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(`npm run bench -- [N…] [--no-cold] [--no-servers]   cold start, check and build of N synthetic matters (100 and 1000), rebuilds, language server and preview latency
npm run bench -- scale [N…] [--examples K]   matterc check of N synthetic matters (1000 and 10000) and of K copies of the examples (200), on the main thread, one worker and a worker per core, in fresh processes: CPU, lines/s, peak RSS, CPU ratio
npm run bench -- big [MB…]      check and fmt --check of one large file (1 and 10 MB)
npm run bench -- cases          situation cases as situations, sub-items and materials double
npm run bench -- fuzz [iterations] [seed]   the fuzzer's long run
node dist/bench/servers.js [--cli path/to/main.js] [--lsp 1,1000] [--preview 100] [--edits 4]   the servers alone`);
  process.exit(0);
}
console.log(`matterc bench on ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, Node ${process.version}`);
// `npm run bench -- fuzz [iterations] [seed]`: the fuzzer's long run (bench/fuzz.ts), nothing else.
if (args[0] === "fuzz") process.exit((await import("./fuzz.js")).benchFuzz(args.slice(1)));
// `npm run bench -- cases`: situation cases as situations, sub-items and materials double (bench/cases.ts).
if (args[0] === "cases") process.exit(((await import("./cases.js")).benchCases(), 0));
// `npm run bench -- big [MB…]`: one large file through check and fmt --check (bench/big.ts).
if (args[0] === "big") process.exit(((await import("./big.js")).benchBig(args.slice(1).map(Number).filter((x) => x > 0).length ? args.slice(1).map(Number).filter((x) => x > 0) : [1, 10]), 0));
// `npm run bench -- scale [N…]`: check of 1,000 and 10,000 matters in fresh processes (bench/scale.ts).
if (args[0] === "scale") {
  const at = args.indexOf("--examples");
  const copies = at > 0 ? Number(args[at + 1]) : 200;
  const ns = args.slice(1).filter((_, i) => at < 0 || (i + 1 !== at && i + 1 !== at + 1)).map(Number).filter((x) => x > 0);
  process.exit(((await import("./scale.js")).benchScale(ns.length ? ns : [1000, 10000], copies), 0));
}
// Cold start against `node -e 0` (bench/cold.ts); skip with --no-cold.
if (!args.includes("--no-cold")) (await import("./cold.js")).benchCold();
const ns = args.map(Number).filter((x) => x > 0);
for (const n of ns.length ? ns : [100, 1000]) await bench(n);
for (const n of ns.length ? ns : [100, 1000]) benchRebuild(n);

// The language server and the preview at 1 / 1,000 / 5,000 files (bench/servers.ts); skip with --no-servers.
if (!process.argv.includes("--no-servers")) await (await import("./servers.js")).benchServers();
