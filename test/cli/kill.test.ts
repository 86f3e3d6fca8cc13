// Kill test: builds of a realistic corpus are killed with SIGKILL at random (seeded) instants;
// after every kill the output folder, read as users read it, must be exactly the old complete
// tree or the new complete tree, byte for byte; the next build must leave nothing behind.
import { spawn } from "node:child_process";
import { lstatSync, mkdirSync, readdirSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { syntheticMatter } from "../../bench/corpus.js";
import { CLI, run, sameTree, tmp, visibleTree } from "./helpers.js";
import { rng as random } from "../helpers/rng.js";

const MATTERS = 60;
const KILLS = 20;

/** Two versions of a corpus: the second changes some matters, withdraws some, adds some. */
function corpus(dir: string, version: 1 | 2): string {
  const src = join(dir, `src${version}`);
  mkdirSync(src);
  const last = version === 1 ? MATTERS : MATTERS + 6;
  for (let i = 0; i < last; i++) {
    if (version === 2 && i % 11 === 5) continue;
    let text = syntheticMatter(i);
    if (version === 2 && i % 7 === 0) text = text.replace('咨询电话: "12345"', '咨询电话: "12345-2"').replace("形式: 原件", "形式: 原件或复印件");
    writeFileSync(join(src, `m${String(i).padStart(4, "0")}.matter`), text);
  }
  return src;
}

function killedBuild(src: string, out: string, afterMs: number): Promise<{ killed: boolean; code: number | null; stderr: string; ms: number }> {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, [CLI, "build", src, "--out", out], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let killed = false;
    const timer = setTimeout(() => {
      killed = child.kill("SIGKILL");
    }, afterMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      done({ killed: killed && code === null, code, stderr, ms: performance.now() - start });
    });
  });
}

describe("a build killed at any instant", () => {
  it(`publishes all or nothing (${KILLS} SIGKILLs), and the next build cleans up`, async () => {
    const dir = tmp();
    const src = { 1: corpus(dir, 1), 2: corpus(dir, 2) };
    const out = join(dir, "out");
    expect(run(["build", src[1], "--out", out]).code).toBe(0);
    const trees = { 1: visibleTree(out), 2: new Map<string, Buffer>() };
    const t0 = performance.now();
    expect(run(["build", src[2], "--out", join(dir, "ref2")]).code).toBe(0);
    // How long a build takes, kept current: a build that finishes before its kill shortens it, so
    // the kills keep landing inside builds however the machine's speed changes.
    let full = performance.now() - t0;
    trees[2] = visibleTree(join(dir, "ref2"));
    expect(trees[1].size).toBeGreaterThan(MATTERS * 10);
    expect(sameTree(trees[1], trees[2])).toBe(false);

    const rand = random(20261129);
    let shown: 1 | 2 = 1;
    let killedCount = 0;
    const outcomes: string[] = [];
    // Builds that finish before their kill still check the tree; go on until KILLS builds were
    // really killed (at most three times as many attempts).
    for (let k = 0; killedCount < KILLS && k < KILLS * 3; k++) {
      const next: 1 | 2 = shown === 1 ? 2 : 1;
      // Half the kills anywhere in a build, half in its last quarter, where it publishes.
      const r = rand();
      const at = k % 2 ? r * full : full * (0.75 + 0.3 * r);
      const result = await killedBuild(src[next], out, at);
      if (result.killed) killedCount++;
      else {
        expect(result.code, result.stderr).toBe(0);
        full = Math.min(full, result.ms);
      }
      const seen = visibleTree(out);
      const isOld = sameTree(seen, trees[shown]);
      const isNew = sameTree(seen, trees[next]);
      expect(isOld || isNew, `kill ${k} at ${at.toFixed(0)} ms: the tree is neither the old nor the new one`).toBe(true);
      outcomes.push(`${at.toFixed(0)}ms:${result.killed ? "killed" : "done"}:${isNew ? "new" : "old"}`);
      if (isNew) shown = next;
    }
    expect(killedCount, outcomes.join(" ")).toBe(KILLS);

    // The next build finishes, publishes its tree and leaves nothing of the killed ones.
    const last: 1 | 2 = shown === 1 ? 2 : 1;
    expect(run(["build", src[last], "--out", out]).code).toBe(0);
    expect(sameTree(visibleTree(out), trees[last])).toBe(true);
    const state = join(out, ".matterc");
    const slot = readlinkSync(join(state, "current"));
    expect(readdirSync(state).sort()).toEqual([slot, "current"].sort());
    const top = readdirSync(out).filter((n) => n !== ".matterc");
    expect(top.sort()).toEqual(readdirSync(join(state, slot)).sort());
    for (const n of top) expect(lstatSync(join(out, n)).isSymbolicLink()).toBe(true);
  }, 1_500_000);
});
