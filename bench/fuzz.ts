// `npm run bench -- fuzz [iterations] [seed]` (or FUZZ_ITERATIONS / FUZZ_SEED): the fuzzer's long
// run. Same checks as the short run in CI (test/fuzz/engine.ts); failing inputs are written to
// fuzz-failures/ to reproduce.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runFuzz } from "../test/fuzz/engine.js";

export function benchFuzz(args: string[]): number {
  const iterations = Number(args[0] ?? process.env.FUZZ_ITERATIONS ?? 2000);
  const seed = Number(args[1] ?? process.env.FUZZ_SEED ?? Date.now() % 100000);
  console.log(`fuzz: ${iterations} inputs, seed ${seed}`);
  const t0 = performance.now();
  const report = runFuzz({
    seed,
    iterations,
    progress: (done, failures) => {
      if (done % 100 === 0) console.log(`  ${done} inputs, ${failures} failures, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    },
  });
  const s = (performance.now() - t0) / 1000;
  console.log(
    `fuzz: ${report.inputs} inputs in ${s.toFixed(0)} s (${(report.inputs / s).toFixed(1)}/s): ${report.compiled} compiled, ${report.models} models, ${report.outputs} outputs, ${report.formatted} formatted; slowest input ${report.slowestMs.toFixed(0)} ms; ${report.failures.length} failures`,
  );
  if (report.failures.length) {
    const dir = join(process.cwd(), "fuzz-failures");
    mkdirSync(dir, { recursive: true });
    report.failures.forEach((f, i) => {
      const name = `seed${seed}-${f.iteration}-${i}.matter`;
      writeFileSync(join(dir, name), f.input);
      console.log(`  ${name}: ${f.mutation} — ${f.check}: ${f.detail.split("\n")[0]}`);
    });
  }
  return report.failures.length ? 1 : 0;
}
