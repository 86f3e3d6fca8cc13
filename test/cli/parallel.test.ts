// A build of many matters renders them on worker threads (cli/render-pool.ts, #19): the published
// tree must be byte-identical to a one-thread build, and a rebuild must still reuse unchanged
// files. (The kill test, test/cli/kill.test.ts, builds 60 matters: on worker threads by default.)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticMatter } from "../../bench/corpus.js";
import { ROOT } from "../helpers/memory-host.js";
import { run, sameTree, SLOW, tmp, visibleTree } from "./helpers.js";

const env = (workers: number) => ({ env: { ...process.env, MATTERC_WORKERS: String(workers) } });

describe("a build on worker threads", { timeout: SLOW }, () => {
  it("publishes the same bytes as one thread, for the examples and a synthetic corpus", () => {
    const dir = tmp();
    const src = join(dir, "src");
    mkdirSync(src);
    for (let i = 0; i < 12; i++) writeFileSync(join(src, `m${i}.matter`), syntheticMatter(i));
    for (const input of [join(ROOT, "examples"), src]) {
      const one = join(dir, `one-${input === src ? "s" : "e"}`);
      const many = join(dir, `many-${input === src ? "s" : "e"}`);
      const a = run(["build", input, "--out", one, "--process", "flowable"], ROOT, env(0));
      const b = run(["build", input, "--out", many, "--process", "flowable"], ROOT, env(3));
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const [ta, tb] = [visibleTree(one), visibleTree(many)];
      expect(tb.size).toBe(ta.size);
      expect(sameTree(ta, tb)).toBe(true);
    }
  });

  it("reuses unchanged files on a rebuild", () => {
    const dir = tmp();
    const src = join(dir, "src");
    mkdirSync(src);
    for (let i = 0; i < 6; i++) writeFileSync(join(src, `m${i}.matter`), syntheticMatter(i));
    const out = join(dir, "out");
    expect(run(["build", src, "--out", out], ROOT, env(2)).code).toBe(0);
    writeFileSync(join(src, "m3.matter"), syntheticMatter(3).replace('咨询电话: "12345"', '咨询电话: "12345-9"'));
    const r = run(["build", src, "--out", out], ROOT, env(2));
    expect(r.code, r.stderr).toBe(0);
    // Only the changed matter's files (the guide, notice, letters, model…) and the catalog.
    const written = Number(/写入 (\d+) 个/.exec(r.stderr)?.[1]);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(40);
  });
});
