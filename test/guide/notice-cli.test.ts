import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { registerNotice } from "../../cli/notice.js";
import { runVerb } from "../helpers/run-verb.js";
import { tableWithHeader } from "./tables.js";

const example = join(import.meta.dirname, "../../examples/开办餐饮店.matter");

const run = (...args: string[]) => runVerb(registerNotice, "notice", args);

afterEach(() => {
  process.exitCode = undefined;
});

describe("matterc notice", () => {
  it("prints the notice for the answers given, in Markdown", async () => {
    const small = await run(example, "--situation", "经营项目=热食类", "营业面积=30");
    const large = await run(example, "--situation", "经营项目=热食类,自制饮品", "营业面积=500", "设置招牌=是", "消防承诺=否");
    expect(small.code).toBe(0);
    expect(small.out).toMatch(/^# 开办餐饮店 一次告知单\n/);
    const rows = (text: string) => tableWithHeader(text, "序号", "材料名称").length - 1;
    expect(rows(large.out)).toBeGreaterThan(rows(small.out));
    expect(large.out).toContain("设置招牌：是");
    expect(large.out).toContain("您未选择告知承诺");
    expect(large.out).toMatch(/\| 消防设施检测报告 +\|/);
  });

  it("prints HTML with --html", async () => {
    const r = await run(example, "-s", "经营项目=冷食类", "--html");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
  });

  it("refuses an unknown situation or option, naming the valid ones", async () => {
    const r = await run(example, "-s", "经营项目=烧烤");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("没有选项“烧烤”；可选：热食类、冷食类");
  });

  it("asks for --name when a directory holds several matters", async () => {
    const dir = join(import.meta.dirname, "../../examples");
    const several = await run(dir);
    expect(several.code).toBe(2);
    expect(several.err).toContain("--name");
    const named = await run(dir, "--name", "QY-2024-03", "-s", "经营项目=热食类");
    expect(named.code).toBe(0);
    expect(named.out).toMatch(/^# 开办餐饮店 一次告知单/);
  });

  it("uses a house template from --templates", async () => {
    const dir = join(import.meta.dirname, "../../test-artifacts/guide/house-templates");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "notice.md.hbs"), "# {{title}}（本中心格式）\n\n{{#each bring}}\n- {{name}}\n{{/each}}\n");
    const r = await run(example, "-s", "经营项目=热食类", "--templates", dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# 开办餐饮店（本中心格式）\n\n- /);
  });
});
