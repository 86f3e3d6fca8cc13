// The CLI as CI pipelines use it: exit codes, formats, languages, byte-stable and atomic output.
// Runs the built CLI (npm test builds first).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/memory-host.js";

const CLI = join(ROOT, "dist", "cli", "main.js");

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "matterc-"));
}

function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      if (n === ".matterc") continue; // the published tree is reached through the links
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, "latin1");
    }
  };
  walk(dir);
  return out;
}

const BAD = `使用 "std/部门"\n一件事 坏 {\n  编码: "BAD-1"\n  牵头部门: 市场监管\n  子事项 甲 { 部门: 市场监管局 }\n}\n`;

describe("matterc check", () => {
  it("passes the examples with exit 0 and no warnings, and says what it checked", () => {
    const r = run(["check", "examples"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const files = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".matter")).length;
    expect(r.stdout).toBe(`已检查 ${files} 个文件、${files} 件事：没有错误或警告\n`);
    expect(run(["--lang", "en", "check", "examples/开办餐饮店.matter"]).stdout).toBe("checked 1 matter(s) in 1 file(s): no errors or warnings\n");
    // Machine formats stay machine-readable.
    expect(JSON.parse(run(["check", "examples", "--format", "json"]).stdout)).toEqual([]);
  });

  it("exits 1 on errors, with the code, the source line, a caret and a suggestion", () => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.matter"), BAD);
    const r = run(["check", "bad.matter"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad.matter:4:9: E0103 找不到部门「市场监管」");
    expect(r.stderr).toContain("4 |   牵头部门: 市场监管");
    expect(r.stderr).toContain("^^^^^^^^");
    expect(r.stderr).toContain("是否想写「市场监管局」");
    expect(r.stderr).toMatch(/\n1 个错误，0 个警告（已检查 1 个文件、1 件事）\n$/);
  });

  it("speaks English with --lang en", () => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.matter"), BAD);
    const r = run(["--lang", "en", "check", "bad.matter"], dir);
    expect(r.stderr).toContain("E0103 cannot find department '市场监管'");
    expect(r.stderr).toContain("did you mean '市场监管局'?");
  });

  it("gives machine-readable diagnostics with --format json and github", () => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.matter"), BAD);
    const j = run(["--format", "json", "check", "bad.matter"], dir);
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout)).toEqual([
      expect.objectContaining({ code: "E0103", severity: "error", file: "bad.matter", line: 4, column: 9, endLine: 4, endColumn: 13, path: "一件事 坏 › 牵头部门" }),
    ]);
    const g = run(["--format", "github", "check", "bad.matter"], dir);
    expect(g.stdout).toMatch(/^::error file=bad\.matter,line=4,col=9,endLine=4,endColumn=13,title=E0103::找不到部门「市场监管」/);
  });

  it("exits 2 for a path that does not exist and for a usage error", () => {
    expect(run(["check", "no/such/dir"]).code).toBe(2);
    expect(run(["check", "--no-such-option", "examples"]).code).toBe(2);
    expect(run(["frobnicate"]).code).toBe(2);
  });

  it("never shows a stack trace, even for binary garbage", () => {
    const dir = tmp();
    writeFileSync(join(dir, "junk.matter"), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(dir, "junk2.matter"), "一件事 {{{{ 「 ]]] ：：：\n".repeat(50));
    const r = run(["check", "."], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+\)/);
  });
});

describe("matterc build", () => {
  it("writes model.json and metrics.json per matter, byte-identical on every run", () => {
    const a = tmp();
    const b = tmp();
    expect(run(["build", "examples", "--out", a]).code).toBe(0);
    expect(run(["build", "examples", "--out", b]).code).toBe(0);
    const sa = snapshotDir(a);
    expect(Object.keys(sa)).toEqual(expect.arrayContaining(["GR-2024-01/model.json", "GR-2024-01/metrics.json"]));
    expect(snapshotDir(b)).toEqual(sa);
    for (const text of Object.values(sa)) expect(text).not.toContain(ROOT);
  }, 600_000);

  it("writes nothing and leaves an existing output untouched when there is an error", () => {
    const dir = tmp();
    const out = join(dir, "out");
    mkdirSync(join(out, "BAD-1"), { recursive: true });
    writeFileSync(join(out, "BAD-1", "model.json"), "previous good output\n");
    writeFileSync(join(dir, "bad.matter"), BAD);
    const before = snapshotDir(out);
    expect(run(["build", "bad.matter", "--out", out], dir).code).toBe(1);
    expect(snapshotDir(out)).toEqual(before);
  });

  it("rejects a code that would leave the output directory", () => {
    const dir = tmp();
    writeFileSync(join(dir, "evil.matter"), BAD.replace('"BAD-1"', '"../x"').replace("市场监管\n", "市场监管局\n"));
    const r = run(["build", "evil.matter", "--out", "out"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("E0112");
    expect(existsSync(join(dir, "x"))).toBe(false);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});

describe("matterc explain and --version", () => {
  it("explains a code, in both languages", () => {
    const zh = run(["explain", "E0203"]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("容缺");
    expect(run(["--lang", "en", "explain", "e0203"]).stdout).toContain("deferred");
    expect(run(["explain", "E9876"]).code).toBe(2);
  });

  it("prints the version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(run(["--version"]).stdout.trim()).toBe(pkg.version);
  });
});

describe("writing outputs", () => {
  it("changes nothing on disk when rendering fails part-way", async () => {
    const { writeOutputs } = await import("../../cli/write.js");
    const dir = tmp();
    mkdirSync(join(dir, "A"), { recursive: true });
    writeFileSync(join(dir, "A", "model.json"), "old\n");
    function* files() {
      yield { path: "A/model.json", text: "new\n" };
      yield { path: "B/model.json", text: "new\n" };
      throw new Error("a target failed");
    }
    expect(() => writeOutputs(dir, files())).toThrow("a target failed");
    expect(snapshotDir(dir)).toEqual({ "A/model.json": "old\n" });
  });

  it("refuses a path that would leave the output directory", async () => {
    const { writeOutputs } = await import("../../cli/write.js");
    const dir = tmp();
    expect(() => writeOutputs(join(dir, "out"), [{ path: "../escape.txt", text: "x" }])).toThrow(/outside/);
    expect(existsSync(join(dir, "escape.txt"))).toBe(false);
  });
});
