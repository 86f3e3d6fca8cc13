// Installing matterc runs no one else's install scripts and leaves no process behind (issue 20):
// `.npmrc` turns install scripts off; the one step matterc needs (esbuild's) runs explicitly in
// `npm run setup`. A fresh `npm ci --offline` (from the cache the project's own install filled)
// into a temporary copy must leave no process whose command line or folder is that copy.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/memory-host.js";
import { tmp } from "../cli/helpers.js";

/** Packages whose install scripts were reviewed: what each does, and whether it runs. */
const REVIEWED: Record<string, Record<string, string>> = {
  ".": {
    "node_modules/esbuild": "checks or places its platform binary; run by `npm run setup`",
    "node_modules/@carbon/grid": "starts IBM telemetry in the background; never run",
    "node_modules/@carbon/layout": "starts IBM telemetry in the background; never run",
  },
  "editors/vscode": {
    "node_modules/@vscode/vsce-sign": "copies or downloads a signing binary, which packaging does not use; never run",
    "node_modules/keytar": "builds a native credential store vsce does not need to package; never run",
  },
};

/** Processes (pid → command line) whose command line or working folder mentions `dir`. */
function processesIn(dir: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, "utf8").replace(/\0/g, " ");
      let cwd = "";
      try {
        cwd = readlinkSync(`/proc/${name}/cwd`);
      } catch {
        // another user's process: its command line is enough
      }
      if (cmd.includes(dir) || cwd.startsWith(dir)) found.set(Number(name), cmd);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

describe("installing", () => {
  for (const [folder, reviewed] of Object.entries(REVIEWED)) {
    it(`${folder}: install scripts are off, and every dependency with one has been reviewed`, () => {
      expect(readFileSync(join(ROOT, folder, ".npmrc"), "utf8")).toMatch(/^ignore-scripts=true$/m);
      const lock = JSON.parse(readFileSync(join(ROOT, folder, "package-lock.json"), "utf8")) as { packages: Record<string, { hasInstallScript?: boolean }> };
      const withScripts = Object.entries(lock.packages)
        .filter(([, p]) => p.hasInstallScript)
        .map(([k]) => k)
        .sort();
      expect(withScripts).toEqual(Object.keys(reviewed).sort());
    });
  }

  it("a fresh install leaves no process running, and esbuild's explicit step still works", () => {
    if (process.platform !== "linux") throw new Error("this test reads /proc");
    const dir = tmp();
    for (const f of ["package.json", "package-lock.json", ".npmrc"]) copyFileSync(join(ROOT, f), join(dir, f));
    const r = spawnSync("npm", ["ci", "--offline", "--no-audit", "--no-fund"], { cwd: dir, encoding: "utf8", timeout: 600_000, env: { ...process.env, CI: "true" } });
    expect(r.status, r.stderr).toBe(0);
    // The packages whose scripts would phone home are installed, with those scripts in place.
    expect(readFileSync(join(dir, "node_modules", "@carbon", "grid", "package.json"), "utf8")).toContain("ibmtelemetry");
    expect(existsSync(join(dir, "node_modules", "esbuild"))).toBe(true);
    const left = processesIn(dir);
    expect([...left.values()]).toEqual([]);
    // What `npm run setup` does before building: esbuild's install step, then esbuild works.
    execFileSync(process.execPath, [join(dir, "node_modules", "esbuild", "install.js")], { cwd: dir, stdio: "pipe" });
    const out = execFileSync(process.execPath, ["-e", "process.stdout.write(require('esbuild').transformSync('let x: number = 1', { loader: 'ts' }).code)"], { cwd: dir, encoding: "utf8" });
    expect(out.trim()).toBe("let x = 1;");
    expect([...processesIn(dir).values()]).toEqual([]);
  }, 900_000);
});
