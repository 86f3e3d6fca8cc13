// `check` on worker threads (cli/check-pool.ts, #19) prints exactly what one thread prints: the
// same diagnostics in the same order, a file's problems once however many parts load it, a matter
// code used twice across parts reported as one compile reports it (E0113, E0123), the same summary
// and exit code, in every format and language.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticMatter } from "../../bench/corpus.js";
import { checkWorkerCount, splitInputs, youngGenerationMb } from "../../cli/check-pool.js";
import { ROOT } from "../helpers/memory-host.js";
import { CLI, run, sameTree, SLOW, tmp, visibleTree } from "./helpers.js";

const env = (workers: number) => ({ env: { ...process.env, MATTERC_WORKERS: String(workers) } });

/** 40 synthetic matters with problems spread over the parts a two-worker check makes. */
export function checkCorpus(dir = tmp()): string {
  const src = join(dir, "src");
  mkdirSync(join(src, "市"), { recursive: true });
  // A project file several parts use, with a problem of its own (E0102) that must be told once.
  writeFileSync(join(src, "共享.matter"), `使用 "std/部门"\n部门 共享局 { 全称: "某市共享局" }\n部门 共享局 { 全称: "又一个" }\n`);
  for (let i = 0; i < 40; i++) {
    const sub = i < 10;
    let text = syntheticMatter(i);
    if (i === 3 || i === 21 || i === 37) text = `使用 "${sub ? "../" : ""}共享.matter"\n${text}`.replace("牵头部门: 市场监管局", "牵头部门: 共享局");
    if (i === 30) text = text.replace(`编码: "BENCH-30"`, `编码: "BENCH-2"`); // E0113, the first in another part
    if (i === 33) text = text.replace(`编码: "BENCH-33"`, `编码: "bench-5"`); // E0123
    if (i === 11) text = text.replace(`编码: "BENCH-11"`, `编码: "BENCH-38"`); // E0113 on m38, three parts later
    // A matter with errors (E0402) is not lowered, so its code clashes with nothing.
    if (i === 37) text = text.replace(`编码: "BENCH-37"`, `编码: "BENCH-2"`);
    if (i === 21) text = text.replace(`编码: "BENCH-21"`, `编码: "BENCH-22"`);
    if (i === 12) text = text.replace("牵头部门: 市场监管局", "牵头部门: 市场监管"); // E0103
    if (i === 25) text = text.replace("  版本:", "  @ 版本:"); // E0001
    if (i === 8) text = text.replace(`使用 "std/材料"`, `使用 "std/材科"`); // E0108
    writeFileSync(join(src, ...(sub ? ["市"] : []), `m${String(i).padStart(2, "0")}.matter`), text);
  }
  return src;
}

describe("check on worker threads", { timeout: SLOW }, () => {
  it("weighs the input: no worker below 8 MB, then one per 16 MB and idle core, one even when no core is idle, as many as told", () => {
    const saved = process.env.MATTERC_WORKERS;
    delete process.env.MATTERC_WORKERS;
    try {
      const inputs = (n: number) => [{ root: "p", files: Array.from({ length: n }, (_, i) => `p/${i}.matter`) }];
      const kb = (k: number) => () => k * 1024;
      expect(checkWorkerCount(inputs(499), 2, kb(100_000))).toBe(0); // too few files to weigh
      expect(checkWorkerCount(inputs(1000), 2, kb(5))).toBe(0); // 5 MB
      expect(checkWorkerCount(inputs(3000), 2, kb(5))).toBe(1); // 15 MB
      expect(checkWorkerCount(inputs(3400), 2, kb(10))).toBe(1); // 33 MB, but a worker keeps 1.5 cores busy
      expect(checkWorkerCount(inputs(3400), 3, kb(10))).toBe(2);
      expect(checkWorkerCount(inputs(3400), 1, kb(10))).toBe(1);
      expect(checkWorkerCount(inputs(6000), 4, kb(10))).toBe(2); // 59 MB: 3 by size, 2 by cores
      expect(checkWorkerCount(inputs(100_000), 16, kb(10))).toBe(8);
      process.env.MATTERC_WORKERS = "0";
      expect(checkWorkerCount(inputs(5000), 2, kb(10))).toBe(0);
      process.env.MATTERC_WORKERS = "1";
      expect(checkWorkerCount(inputs(20), 2, kb(1))).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.MATTERC_WORKERS;
      else process.env.MATTERC_WORKERS = saved;
    }
    // Each worker's young generation: 192 MB for up to four, within 768 MB for more.
    expect(youngGenerationMb(1)).toBe(192);
    expect(youngGenerationMb(4)).toBe(192);
    expect(youngGenerationMb(8)).toBe(96);
  });

  it("cuts the input into runs of files, each file once, in order", () => {
    const parts = splitInputs([{ root: "p", files: Array.from({ length: 20 }, (_, i) => `p/${i}.matter`) }, { root: "p", files: ["p/3.matter", "p/20.matter"] }], 2);
    expect(parts.length).toBeGreaterThan(1);
    const files = parts.flatMap((p) => p.flatMap((i) => i.files));
    expect(files).toEqual([...Array.from({ length: 20 }, (_, i) => `p/${i}.matter`), "p/20.matter"]);
  });

  it("prints exactly what one thread prints, for the examples and a corpus with errors and codes used twice", () => {
    const src = checkCorpus();
    const one = run(["check", src], ROOT, env(0));
    // The corpus has what this test is about.
    for (const code of ["E0102", "E0113", "E0123", "E0103", "E0001", "E0108"]) expect(one.stderr).toContain(code);
    expect(one.stderr.match(/E0102/g)?.length).toBe(1);
    expect(one.stderr.match(/E0113/g)?.length).toBe(2);
    expect(one.code).toBe(1);
    for (const input of [join(ROOT, "examples"), src]) {
      for (const extra of [[], ["--format", "json"], ["--format", "github"], ["--lang", "en"]]) {
        const args = [...extra, "check", input];
        const a = run(args, ROOT, env(0));
        expect(run(args, ROOT, env(2)), args.join(" ")).toEqual(a);
        expect(run(args, ROOT, env(1)), args.join(" ")).toEqual(a);
      }
    }
    // A file given twice is checked once, on threads as on one.
    const twice = ["check", src, join(src, "m31.matter")];
    expect(run(twice, ROOT, env(3))).toEqual(run(twice, ROOT, env(0)));
    expect(readFileSync(join(src, "共享.matter"), "utf8")).toContain("共享局");
  });

  it("starts its workers, and a build's, when Node runs code given with --input-type (as the bench does)", () => {
    const dir = tmp();
    const viaEval = (args: string[]) => {
      const code = `process.argv = [process.argv[0], ${JSON.stringify(CLI)}, ...${JSON.stringify(args)}]; await import(${JSON.stringify(CLI)});`;
      const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8", env: { ...process.env, MATTERC_WORKERS: "2" } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const examples = join(ROOT, "examples");
    expect(viaEval(["check", examples])).toEqual(run(["check", examples], ROOT, env(0)));
    const b = viaEval(["build", examples, "--out", join(dir, "out")]);
    expect(b.code, b.stderr).toBe(0);
    expect(visibleTree(join(dir, "out")).size).toBeGreaterThan(100);
  });

  it("starts its workers, and a build's, under V8 options such as a larger heap (node --max-old-space-size=… matterc)", () => {
    const dir = tmp();
    // V8 options hold for every thread already; Node refuses them in a worker's own options.
    const withFlags = (args: string[]) => {
      const r = spawnSync(process.execPath, ["--max-old-space-size=3000", "--max-semi-space-size=16", "--enable-source-maps", CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, MATTERC_WORKERS: "2" } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const src = checkCorpus(dir);
    const one = run(["check", src], ROOT, env(0));
    expect(one.stderr).toContain("E0113");
    expect(withFlags(["check", src])).toEqual(one);
    const b = withFlags(["build", join(ROOT, "examples"), "--out", join(dir, "out")]);
    expect(b.code, b.stderr).toBe(0);
    const single = run(["build", join(ROOT, "examples"), "--out", join(dir, "one")], ROOT, env(0));
    expect(single.code, single.stderr).toBe(0);
    expect(sameTree(visibleTree(join(dir, "out")), visibleTree(join(dir, "one")))).toBe(true);
  });
});
