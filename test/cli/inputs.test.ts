// Input folders with symbolic links in them: the walk never follows a link (dangling links and
// cycles cannot crash it, links to elsewhere are not walked), an import through a link cannot
// leave the project and never echoes the target's text; codes that cannot name an output
// folder get a diagnostic, never a raw errno.
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TOP_LEVEL_OUTPUTS } from "../../compiler/lower/code.js";
import { renderAll } from "../../targets/index.js";
import { compileTexts, ROOT } from "../helpers/memory-host.js";
import { run, SLOW, tmp } from "./helpers.js";

const MATTER = (code: string, extra = "") => `使用 "std/部门"\n${extra}一件事 测试 {\n  编码: "${code}"\n  牵头部门: 市场监管局\n  承诺时限: 1 工作日\n  子事项 甲 { 部门: 市场监管局  承诺时限: 1 工作日 }\n}\n`;

describe("symbolic links under an input folder", { timeout: SLOW }, () => {
  it("skips dangling links and link cycles instead of crashing", () => {
    const dir = tmp();
    mkdirSync(join(dir, "p", "sub"), { recursive: true });
    writeFileSync(join(dir, "p", "a.matter"), MATTER("T-1"));
    symlinkSync(join(dir, "p", "nowhere.matter"), join(dir, "p", "dangling.matter"));
    symlinkSync("..", join(dir, "p", "sub", "up"));
    symlinkSync("loop2", join(dir, "p", "loop1"));
    symlinkSync("loop1", join(dir, "p", "loop2"));
    const r = run(["check", "p"], dir);
    expect(r.stderr).not.toContain("E0999");
    expect(r.code).toBe(0);
    expect(run(["build", "p", "--out", "out"], dir).code).toBe(0);
  });

  it("does not walk a link to a folder elsewhere", () => {
    const dir = tmp();
    mkdirSync(join(dir, "p"));
    mkdirSync(join(dir, "elsewhere"));
    writeFileSync(join(dir, "p", "a.matter"), MATTER("T-1"));
    writeFileSync(join(dir, "elsewhere", "b.matter"), "this is not a matter file at all {{{");
    symlinkSync(join(dir, "elsewhere"), join(dir, "p", "linked"));
    symlinkSync(join(dir, "elsewhere", "b.matter"), join(dir, "p", "b.matter"));
    const r = run(["check", "p"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("an import through a link cannot leave the project, and the target's text is never shown", () => {
    const dir = tmp();
    mkdirSync(join(dir, "p"));
    mkdirSync(join(dir, "secret"));
    writeFileSync(join(dir, "secret", "keys.matter"), "root:SECRET-PASSWORD-LINE:0:0\n");
    symlinkSync(join(dir, "secret"), join(dir, "p", "lib"));
    symlinkSync(join(dir, "secret", "keys.matter"), join(dir, "p", "keys.matter.txt"));
    writeFileSync(join(dir, "p", "a.matter"), MATTER("T-1", `使用 "./lib/keys.matter"\n使用 "./keys.matter.txt"\n`));
    for (const args of [["check", "p"], ["check", "p/a.matter"], ["--format", "json", "check", "p"]]) {
      const r = run(args, dir);
      expect(r.code).toBe(1);
      expect(r.stderr + r.stdout).toContain("E0109");
      expect(r.stderr + r.stdout).not.toContain("SECRET-PASSWORD");
      expect(r.stderr + r.stdout).not.toContain("E0108");
    }
    // A link that stays inside the project is fine.
    mkdirSync(join(dir, "q", "real"), { recursive: true });
    writeFileSync(join(dir, "q", "real", "d.matter"), `部门 本地局 { 全称: "示例市本地局" }\n`);
    symlinkSync("real", join(dir, "q", "alias"));
    writeFileSync(join(dir, "q", "a.matter"), MATTER("T-1", `使用 "./alias/d.matter"\n`));
    const ok = run(["check", "q"], dir);
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
  });
});

describe("codes that cannot name an output folder", { timeout: SLOW }, () => {
  for (const [code, diag] of [
    ["index.html", "E0121"],
    ["catalog.json", "E0121"],
    ["CON", "E0121"],
    ["A".repeat(300), "E0122"],
    ["x.", "E0112"],
  ] as const) {
    it(`${code.slice(0, 12)} gets ${diag}, exit 1, and nothing is written`, () => {
      const dir = tmp();
      writeFileSync(join(dir, "m.matter"), MATTER(code));
      const r = run(["build", "m.matter", "--out", "out"], dir);
      expect(r.stderr).toContain(diag);
      expect(r.stderr).not.toMatch(/EISDIR|ENAMETOOLONG|ENOTDIR/);
      expect(r.code).toBe(1);
      expect(run(["--lang", "en", "check", "m.matter"], dir).stderr).toMatch(/reserved name|too long|cannot be a directory name/);
    });
  }

  it("every file a target writes at the top of the output folder is a reserved code", () => {
    const dir = join(ROOT, "examples");
    expect(dir).toBeTruthy();
    const result = compileTexts({ "main.matter": MATTER("T-1") });
    expect(result.hasErrors).toBe(false);
    const top = renderAll(result.models)
      .map((f) => f.path)
      .filter((p) => !p.startsWith("T-1/"));
    expect(top.length).toBeGreaterThan(0);
    for (const p of top) expect(TOP_LEVEL_OUTPUTS).toContain(p.split("/")[0]);
  });

  it("the examples still build after copying them under a folder with a link", () => {
    const dir = tmp();
    cpSync(join(ROOT, "examples"), join(dir, "src"), { recursive: true });
    symlinkSync("/etc", join(dir, "src", "etc"));
    const r = run(["build", "src", "--out", "out"], dir);
    expect(r.code).toBe(0);
    const count = readdirSync(join(ROOT, "examples")).filter((n) => n.endsWith(".matter")).length;
    expect(r.stderr).toContain(`${count} 件事`);
  });
});
