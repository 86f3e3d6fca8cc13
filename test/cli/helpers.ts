// Shared by the CLI tests: run the built CLI, read an output folder as its users see it.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/memory-host.js";

/** MATTERC_TEST_CLI runs these tests against another build (e.g. an older one, to see them fail). */
export const CLI = process.env.MATTERC_TEST_CLI ?? join(ROOT, "dist", "cli", "main.js");

export function run(args: string[], cwd = ROOT, extra: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", ...extra });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** Tests that run several builds: generous, since a loaded machine slows every one of them. */
export const SLOW = 600_000;

export function tmp(): string {
  return mkdtempSync(join(tmpdir(), "matterc-"));
}

/** Every file reachable under `dir` the way a reader opens paths (links followed, a link that
 * points at nothing is absent), skipping matterc's hidden state; path → bytes. */
export function visibleTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      if (name.startsWith(".")) continue;
      const r = rel ? `${rel}/${name}` : name;
      const st = statSync(join(dir, r), { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(r);
      else out.set(r, readFileSync(join(dir, r)));
    }
  };
  walk("");
  return out;
}

/** True when two trees hold the same paths with the same bytes. */
export function sameTree(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  if (a.size !== b.size) return false;
  for (const [p, bytes] of a) if (!b.get(p)?.equals(bytes)) return false;
  return true;
}
