// matterc diff on real edits of the examples: a material removed, a time shortened, a condition
// changed, a place renamed. Golden outputs for the text, Markdown, JSON and HTML forms; the HTML
// checked by html-validate, the Markdown by micromark; the CLI on files, folders and git revisions.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { micromark } from "micromark";
import { gfmTable, gfmTableHtml } from "micromark-extension-gfm-table";
import { describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { diffModels } from "../../targets/diff/compare.js";
import { diffHtml, diffMarkdown, diffText } from "../../targets/diff/render.js";
import { compileTexts, ROOT } from "../helpers/memory-host.js";

const FILE = "开办餐饮店.matter";
const ORIGINAL = readFileSync(join(ROOT, "examples", FILE), "utf8");

/** Applies one edit; fails loudly when the example no longer contains the text. Patterns allow
 * for the formatter's layout (a list on one line or one item a line). */
function edit(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === "string" ? text.includes(from) : from.test(text);
  expect(found, `the example no longer contains ${String(from)}`).toBe(true);
  return text.replace(from, to);
}

const EDITS: Record<string, (t: string) => string> = {
  "material-removed": (t) => edit(edit(t, /,\s*专间设置说明(?=\s)/, ""), /\n\s*材料 专间设置说明 \{[^}]*\}/, ""),
  "time-shortened": (t) => edit(t, /(子事项 烟草专卖零售许可 \{[^}]*?承诺时限: )10 工作日/, "$17 工作日"),
  "condition-changed": (t) => edit(t, /(子事项 消防安全检查 \{[^}]*?适用: 营业面积 > )300/, "$1200"),
  "place-renamed": (t) => edit(t, '"示例市政务服务中心开办餐饮店一件事综合窗口"', '"示例市民服务中心二楼开办餐饮店一件事综合窗口"'),
};

function models(text: string): Model[] {
  const r = compileTexts({ [FILE]: text });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.models;
}

const before = models(ORIGINAL);

describe("matterc diff: what changed for applicants", () => {
  it("says nothing for equal models", () => {
    const d = diffModels(before, models(ORIGINAL));
    expect(d.matters).toEqual([]);
    expect(diffText(d, "zh")).toBe("");
    expect(diffMarkdown(d, "zh")).toBe("");
  });

  for (const [name, apply] of Object.entries(EDITS)) {
    it(`reports ${name}`, async () => {
      const d = diffModels(before, models(apply(ORIGINAL)));
      expect(d.matters).toHaveLength(1);
      await expect(diffText(d, "zh")).toMatchFileSnapshot(`golden/${name}.txt`);
    });
  }

  it("names each edit where it happened", () => {
    const sections = (name: string) => diffModels(before, models(EDITS[name](ORIGINAL))).matters[0].changes.map((c) => `${c.kind} ${c.section} ${c.name} ${c.properties.map((p) => p.property).join(",")}`);
    expect(sections("material-removed")).toEqual(["changed items 食品经营许可 materials", "removed materials 专间设置说明 "]);
    expect(sections("time-shortened")).toEqual(["changed items 烟草专卖零售许可 promisedTime"]);
    expect(sections("condition-changed")).toEqual(expect.arrayContaining(["changed items 消防安全检查 when"]));
    expect(sections("place-renamed")).toEqual(["changed guide  place"]);
  });

  it("writes all four forms of the combined edit, and the figures that moved", async () => {
    const all = Object.values(EDITS).reduce((t, f) => f(t), ORIGINAL);
    const d = diffModels(before, models(all));
    expect(d.matters[0].figures.map((f) => f.figure)).toEqual(expect.arrayContaining(["materials"]));
    await expect(diffText(d, "en")).toMatchFileSnapshot("golden/combined.en.txt");
    await expect(diffMarkdown(d, "zh")).toMatchFileSnapshot("golden/combined.md");
    await expect(JSON.stringify(d, null, 2) + "\n").toMatchFileSnapshot("golden/combined.json");
    const page = diffHtml(d, "zh");
    await expect(page).toMatchFileSnapshot("golden/combined.html");
    const report = await new HtmlValidate({ extends: ["html-validate:standard", "html-validate:document", "html-validate:a11y"] }).validateString(page);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it("reports the dates, list and batch of a matter and a sub-item's dates (lists over time)", () => {
    const later = edit(edit(ORIGINAL, /(\n  编码: "QY-2024-03"\n)/, '$1  生效日期: "2026-01-01"\n'), "  子事项 烟草专卖零售许可 {", '  子事项 烟草专卖零售许可 {\n    失效日期: "2027-01-01"');
    const moved = edit(later, '批次: "2024年第一批"', '批次: "2025年第二批"');
    const d = diffModels(before, models(moved));
    const text = diffText(d, "zh");
    expect(text).toContain("~ 事项 施行日期: — → 自2026年1月1日起施行");
    expect(text).toContain("~ 事项 批次: 2024年第一批 → 2025年第二批");
    expect(text).toContain("~ 子事项「烟草专卖零售许可」 施行日期: — → 2027年1月1日起停止施行");
    expect(d.matters[0].changes.map((c) => `${c.section} ${c.name} ${c.properties.map((p) => p.property).join(",")}`)).toEqual(["matter  effective,batch", "items 烟草专卖零售许可 effective"]);
  });

  it("reports matters added and removed", () => {
    const other = models(edit(ORIGINAL, '编码: "QY-2024-03"', '编码: "QY-2024-99"'));
    const d = diffModels(before, other);
    expect(d.matters.map((m) => `${m.status} ${m.code}`)).toEqual(["removed QY-2024-03", "added QY-2024-99"]);
  });

  it("keeps hostile names inert in Markdown, HTML and the terminal", () => {
    const evil = "x](javascript:alert(1))<img src=x onerror=alert(1)>\u001b[2J";
    const d = diffModels(before, models(edit(ORIGINAL, '"示例市政务服务中心开办餐饮店一件事综合窗口"', JSON.stringify(evil))));
    const md = micromark(diffMarkdown(d, "zh"), { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
    expect(md).not.toMatch(/<a |<img/);
    expect(md).not.toContain("<img");
    expect(md).not.toContain('href="javascript');
    expect(diffHtml(d, "zh")).not.toContain("<img");
    expect(diffText(d, "zh")).not.toContain("\u001b");
  });
});

describe("matterc diff (CLI)", () => {
  const CLI = join(ROOT, "dist", "cli", "main.js");
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });

  it("prints nothing and exits 0 for equal folders", () => {
    const r = run(["diff", "examples", "examples"], ROOT);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, "", ""]);
  });

  it("compares a git revision with the working tree, and writes the HTML page", () => {
    const dir = mkdtempSync(join(tmpdir(), "matterc-diff-"));
    mkdirSync(join(dir, "事项"));
    writeFileSync(join(dir, "事项", FILE), ORIGINAL);
    const git = (...a: string[]) => execFileSync("git", ["-c", "user.email=t@example.cn", "-c", "user.name=t", ...a], { cwd: dir });
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "v1");
    writeFileSync(join(dir, "事项", FILE), EDITS["time-shortened"](ORIGINAL));
    const r = run(["diff", "HEAD:事项", "事项", "--html", "变更说明.html", "--exit-code"], dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("烟草专卖零售许可");
    expect(r.stdout).toContain("10个工作日 → 7个工作日");
    expect(existsSync(join(dir, "变更说明.html"))).toBe(true);
    const json = JSON.parse(run(["--format", "json", "diff", "HEAD:事项/开办餐饮店.matter", "事项/开办餐饮店.matter"], dir).stdout);
    expect(json.matters[0].changes[0].properties[0].property).toBe("promisedTime");
    const gh = run(["--format", "github", "diff", "HEAD:事项", "事项"], dir);
    expect(gh.stdout).toMatch(/^## 变更说明/);
  });

  it("gives a usage error for a revision or path that does not exist", () => {
    const r = run(["diff", "no-such-rev:examples", "examples"], ROOT);
    expect(r.status).toBe(2);
  });
});
