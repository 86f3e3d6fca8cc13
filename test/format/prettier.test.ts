// The Prettier plugin as users meet it: through Prettier's Node API, and through the Prettier CLI
// with the plugin named in a .prettierrc (Prettier finds no plugin by itself). The CLI loads the
// plugin as a JavaScript file, so the test bundles the TypeScript source into one first.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import plugin from "../../grammar/format/prettier-plugin.js";
import { formatMatter } from "../../grammar/format/print.js";
import { ROOT } from "../helpers/memory-host.js";

const UGLY = '// 部门\n部门   甲{全称:"x"   电话：“1”}   // 尾\n\n\n材料 乙 {\n形式:原件\n}\n';
// The default keeps each mark as written (`电话：` stays full-width).
const PRETTY = '// 部门\n部门 甲 { 全称: "x"  电话：“1” } // 尾\n\n材料 乙 {\n  形式: 原件\n}\n';

describe("Prettier's Node API", () => {
  it("formats a .matter text with the plugin, by parser name or by file name", async () => {
    expect(await prettier.format(UGLY, { parser: "matter", plugins: [plugin] })).toBe(PRETTY);
    expect(await prettier.format(UGLY, { filepath: "x.matter", plugins: [plugin] })).toBe(PRETTY);
  });

  it("takes the punctuation option and Prettier's print width", async () => {
    const full = await prettier.format(UGLY, { parser: "matter", plugins: [plugin], matterPunctuation: "fullwidth" } as prettier.Options);
    expect(full).toBe(formatMatter(UGLY, { punctuation: "fullwidth" }).ok && (formatMatter(UGLY, { punctuation: "fullwidth" }) as { text: string }).text);
    expect(full).toContain("部门 甲 ｛ 全称：\"x\"  电话：“1” ｝");
    const narrow = await prettier.format('部门 甲 { 全称: "示例市市场监督管理局" }\n', { parser: "matter", plugins: [plugin], printWidth: 30 });
    expect(narrow).toBe('部门 甲 {\n  全称: "示例市市场监督管理局"\n}\n');
  });

  it("reports a syntax error with its code, line and column", async () => {
    await expect(prettier.format("部门 甲局 { 全称: }\n", { parser: "matter", plugins: [plugin] })).rejects.toThrow(/E0004 .*\(1:13\)/);
  });
});

describe("Prettier's CLI with the plugin in .prettierrc", () => {
  it("rewrites a .matter file, and leaves a file with a syntax error untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "matterc-prettier-"));
    await build({ entryPoints: [join(ROOT, "grammar/format/prettier-plugin.ts")], bundle: true, platform: "node", format: "esm", outfile: join(dir, "plugin.mjs"), logLevel: "silent" });
    writeFileSync(join(dir, ".prettierrc"), JSON.stringify({ plugins: ["./plugin.mjs"] }));
    writeFileSync(join(dir, "x.matter"), UGLY);
    const bad = "部门 甲局 { 全称: }\n";
    writeFileSync(join(dir, "bad.matter"), bad);
    const prettierBin = join(ROOT, "node_modules/prettier/bin/prettier.cjs");

    const ok = spawnSync(process.execPath, [prettierBin, "--write", "x.matter"], { cwd: dir, encoding: "utf8" });
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(readFileSync(join(dir, "x.matter"), "utf8")).toBe(PRETTY);

    const failed = spawnSync(process.execPath, [prettierBin, "--write", "bad.matter"], { cwd: dir, encoding: "utf8" });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain("E0004");
    expect(failed.stderr).toContain("(1:13)");
    expect(readFileSync(join(dir, "bad.matter"), "utf8")).toBe(bad);
  });
});

describe("the package export", () => {
  it("points matterc/prettier at the built plugin", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, { types: string; default: string }> };
    expect(pkg.exports["./prettier"]).toEqual({ types: "./dist/grammar/format/prettier-plugin.d.ts", default: "./dist/grammar/format/prettier-plugin.js" });
  });
});
