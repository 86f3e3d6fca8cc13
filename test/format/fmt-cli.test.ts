// `matterc fmt` through a commander program of its own (the real main wires the same function):
// exit codes, --check writing nothing, files with errors left untouched, atomic rewrites.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerFmt } from "../../cli/fmt.js";

const PRETTY = '部门 甲 { 全称: "x" }\n';
const UGLY = '部门   甲{全称:"x"}\n';
const BROKEN = "部门 甲局 { 全称: }\n";

/** Runs a program on `argv` and collects what it printed and its exit code. */
async function run(program: Command, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((s) => (err.push(String(s)), true));
  try {
    await program.parseAsync(argv, { from: "user" });
    return { code: process.exitCode ?? 0, stdout: out.join(""), stderr: err.join("") };
  } finally {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  }
}

/** A program with only the fmt verb, and the global options main.ts declares. */
function program(): Command {
  const p = new Command("matterc").exitOverride().option("--format <format>").option("--lang <lang>");
  registerFmt(p);
  return p;
}

const fmt = (...args: string[]) => run(program(), ["fmt", ...args]);

function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "matterc-fmt-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");

afterEach(() => vi.restoreAllMocks());

describe("matterc fmt", () => {
  it("--check: exit 0 when every file is formatted", async () => {
    const dir = project({ "a.matter": PRETTY, "sub/b.matter": PRETTY });
    expect(await fmt("--check", dir)).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("--check: exit 1, lists the files that would change, writes nothing", async () => {
    const dir = project({ "a.matter": PRETTY, "sub/b.matter": UGLY });
    const before = statSync(join(dir, "sub/b.matter")).mtimeMs;
    const r = await fmt("--check", dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${dir}/sub/b.matter\n`);
    expect(r.stderr).toContain("1 个文件需要格式化");
    expect(read(dir, "sub/b.matter")).toBe(UGLY);
    expect(statSync(join(dir, "sub/b.matter")).mtimeMs).toBe(before);
  });

  it("--check with the global --format: annotations for GitHub, stdout left to JSON", async () => {
    const dir = project({ "a.matter": UGLY });
    const gh = await run(program(), ["--format", "github", "fmt", "--check", dir]);
    expect(gh.code).toBe(1);
    expect(gh.stdout).toBe(`::error file=${dir}/a.matter,title=matterc fmt::文件需要格式化（matterc fmt）\n`);
    const json = await run(program(), ["--format", "json", "--lang", "en", "fmt", "--check", dir]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(json.stderr).toBe(`${dir}/a.matter\n1 file(s) would be reformatted (matterc fmt)\n`);
  });

  it("rewrites the files that change, recursively, leaving no temporary files; then --check passes", async () => {
    const dir = project({ "a.matter": UGLY, "sub/b.matter": UGLY, "notes.txt": UGLY });
    const r = await fmt(dir);
    expect(r).toEqual({ code: 0, stdout: `${dir}/a.matter\n${dir}/sub/b.matter\n`, stderr: "" });
    expect(read(dir, "a.matter")).toBe(PRETTY);
    expect(read(dir, "sub/b.matter")).toBe(PRETTY);
    expect(read(dir, "notes.txt")).toBe(UGLY);
    expect(readdirSync(dir).sort()).toEqual(["a.matter", "notes.txt", "sub"]);
    expect((await fmt("--check", dir)).code).toBe(0);
  });

  it("--punctuation fullwidth writes full-width punctuation", async () => {
    const dir = project({ "a.matter": UGLY });
    expect((await fmt("--punctuation", "fullwidth", join(dir, "a.matter"))).code).toBe(0);
    expect(read(dir, "a.matter")).toBe('部门 甲 ｛ 全称："x" ｝\n');
  });

  it("leaves a file with syntax errors untouched and reports them like the compiler, exit 1; other files are formatted", async () => {
    const dir = project({ "bad.matter": BROKEN, "good.matter": UGLY });
    const r = await fmt(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${dir}/bad.matter:1:13: E0004 语法错误：此处不应出现「}」`);
    expect(r.stderr).toContain("1 | 部门 甲局 { 全称: }");
    expect(read(dir, "bad.matter")).toBe(BROKEN);
    expect(read(dir, "good.matter")).toBe(PRETTY);
    expect((await fmt("--check", join(dir, "bad.matter"))).code).toBe(1);
  });

  it("reports a file that is not UTF-8 (E0006) and a path that does not exist (exit 2)", async () => {
    const gbk = Buffer.from([0xb2, 0xbf, 0xc3, 0xc5, 0x0a]);
    const dir = project({ "gbk.matter": gbk });
    const r = await fmt(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("E0006");
    expect(readFileSync(join(dir, "gbk.matter")).equals(gbk)).toBe(true);
    expect((await fmt(join(dir, "missing.matter"))).code).toBe(2);
  });
});
