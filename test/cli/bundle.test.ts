// The built command line runs from one bundled file with a V8 code cache (cli/launch.ts,
// scripts/bundle-cli.ts): every verb must behave exactly as the modules tsc wrote, which these tests
// run directly (cli/program.ts) and compare byte for byte.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/memory-host.js";
import { sameTree, SLOW, tmp, visibleTree } from "./helpers.js";

const DIST = join(ROOT, "dist", "cli");

/** A script running the compiled modules without the bundle. */
function unbundledScript(): string {
  const file = join(tmp(), "unbundled.mjs");
  writeFileSync(file, `import { run } from ${JSON.stringify(pathToFileURL(join(DIST, "program.js")).href)};\nawait run(process.argv);\n`);
  return file;
}

function runWith(script: string, args: string[], cwd: string, workers = 0) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd, encoding: "utf8", env: { ...process.env, MATTERC_WORKERS: String(workers) } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BAD = `使用 "std/部门"\n一件事 坏 {\n  编码: "BAD-1"\n  牵头部门: 市场监管\n  子事项 甲 { 部门: 市场监管局 }\n}\n`;

describe("the bundled command line", { timeout: SLOW }, () => {
  it("is what the build put in place: the launcher, the bundle and its code cache", () => {
    expect(readFileSync(join(DIST, "main.js"), "utf8")).toBe(readFileSync(join(DIST, "launch.js"), "utf8"));
    expect(readFileSync(join(DIST, "main.js"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(existsSync(join(DIST, "matterc.cjs"))).toBe(true);
    expect(existsSync(join(DIST, "matterc.cjs.cache"))).toBe(true);
  });

  it("prints and exits exactly as the compiled modules do, for every verb's help and the common runs", () => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.matter"), BAD);
    // A pattern safe-regex2 (bundled) finds unsafe: E0601.
    const withPattern = readFileSync(join(ROOT, "examples", "企业注销登记.matter"), "utf8");
    expect(withPattern).toContain('正则 "^[0-9A-Z]{10}$"');
    writeFileSync(join(dir, "rx.matter"), withPattern.replace('正则 "^[0-9A-Z]{10}$"', '正则 "(a+)+$"'));
    const example = join(ROOT, "examples", "开办餐饮店.matter");
    const cases: string[][] = [
      ["--help"],
      ["--version"],
      ...["check", "build", "explain", "diff", "fmt", "validate", "notice", "preview", "lsp"].map((v) => [v, "--help"]),
      ["nosuchverb"],
      ["check", join(ROOT, "examples")],
      ["check", "bad.matter"],
      ["--lang", "en", "check", "bad.matter", "--format", "json"],
      ["check", "bad.matter", "--format", "github"],
      ["check", "missing.matter"],
      ["check", "rx.matter"],
      ["explain", "E0203"],
      ["--lang", "en", "explain"],
      ["fmt", "--check", join(ROOT, "examples")],
      ["notice", example, "--date", "2026-09-28", "-s", "设置招牌=是"],
      ["diff", example, example],
    ];
    const unbundled = unbundledScript();
    for (const args of cases) {
      const a = runWith(join(DIST, "main.js"), args, dir);
      const b = runWith(unbundled, args, dir);
      expect(a, args.join(" ")).toEqual(b);
    }
  });

  it("checks on worker threads from the bundle and from the modules alike", () => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.matter"), BAD);
    for (const input of [join(ROOT, "examples"), dir]) {
      const one = runWith(join(DIST, "main.js"), ["check", input], dir, 0);
      expect(runWith(join(DIST, "main.js"), ["check", input], dir, 2)).toEqual(one);
      expect(runWith(unbundledScript(), ["check", input], dir, 2)).toEqual(one);
    }
  });

  it("builds the same tree", () => {
    const dir = tmp();
    const unbundled = unbundledScript();
    const a = runWith(join(DIST, "main.js"), ["build", join(ROOT, "examples"), "--out", "A"], dir);
    const b = runWith(unbundled, ["build", join(ROOT, "examples"), "--out", "B"], dir);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stderr.replace("A/", "B/")).toBe(b.stderr);
    expect(sameTree(visibleTree(join(dir, "A")), visibleTree(join(dir, "B")))).toBe(true);
  });
});
