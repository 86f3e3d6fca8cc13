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
import { crossMatter, proactiveItem, proactiveMatter } from "../guide/fixtures/modes.js";

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

// Issue 13's elements (不予受理情形, 补正, 不予许可, 审查要点, 实地核查, 业务系统, implementation-list
// elements) and issue 16's (免申办, 跨域办 and its receiving windows), edited in the example: each
// change is a line with its Chinese label and the value as the guide says it, never JSON.
const ADMISSION_EDITS = (t: string) => {
  let x = edit(t, '去向: "向所在地县级以上市场监督管理部门办理仅销售预包装食品备案"', '去向: "向所在地市场监督管理所办理仅销售预包装食品备案"');
  x = edit(x, /(补正 \{[^}]*?告知时限: )5 工作日/, "$13 工作日");
  x = edit(x, /(子事项 营业执照办理 \{[^}]*?不予许可: )终止办理/, "$1跳过后续");
  x = edit(x, /,\s*"具有合理的设备布局和工艺流程，防止待加工食品与直接入口食品、原料与成品交叉污染"/, "");
  x = edit(x, '实地核查: "需要对申请材料的实质内容进行核实的，进行现场核查"', '实地核查: "受理后10个工作日内对经营场所进行现场核查"');
  x = edit(x, '设定依据 "中华人民共和国食品安全法" { 条款: "第三十五条" }', '设定依据 "中华人民共和国食品安全法" { 条款: "第三十五条", "第三十六条" }');
  x = edit(x, "一件事 开办餐饮店 {", '部门 市场监管局 { 全称: "示例市市场监督管理局"  电话: "12315"  业务系统: "示例省市场监管一体化平台" }\n\n一件事 开办餐饮店 {');
  return x;
};

const JSONISH = /[{}[\]"]|\\u/;

describe("matterc diff: the elements of issues 13 and 16 as readable lines", () => {
  it("says an edited 不予受理情形, 补正, 不予许可 effect, 审查要点, 实地核查, 设定依据 and 业务系统 in words", async () => {
    const d = diffModels(before, models(ADMISSION_EDITS(ORIGINAL)));
    const text = diffText(d, "zh");
    await expect(text).toMatchFileSnapshot("golden/admission-edited.txt");
    expect(text).toContain("~ 不予受理情形「仅销售预包装食品，不需要取得食品经营许可」 去向: 向所在地县级以上市场监督管理部门办理仅销售预包装食品备案 → 向所在地市场监督管理所办理仅销售预包装食品备案");
    expect(text).toContain("~ 补正 告知时限: 5个工作日 → 3个工作日");
    expect(text).toContain("~ 子事项「营业执照办理」 不予许可后: 终止办理 → 跳过后续");
    expect(text).toContain("~ 子事项「食品经营许可」 审查要点: 删除：具有合理的设备布局和工艺流程，防止待加工食品与直接入口食品、原料与成品交叉污染");
    expect(text).toContain("~ 子事项「食品经营许可」 实地核查: 需要对申请材料的实质内容进行核实的，进行现场核查 → 受理后10个工作日内对经营场所进行现场核查");
    expect(text).toContain("~ 子事项「食品经营许可」 设定依据: 《中华人民共和国食品安全法》第三十五条 → 《中华人民共和国食品安全法》第三十五条、第三十六条");
    expect(text).toContain("~ 部门「市场监管局」 业务系统: — → 示例省市场监管一体化平台");
    expect(text.split("\n").filter((l) => JSONISH.test(l))).toEqual([]);
    expect(d.matters[0].changes.map((c) => `${c.section} ${c.name} ${c.properties.map((x) => x.property).join(",")}`)).toEqual([
      "departments 市场监管局 system",
      "items 营业执照办理 onRefusal",
      "items 食品经营许可 reviewPoints,onSiteCheck,basis",
      "inadmissible 仅销售预包装食品，不需要取得食品经营许可 redirect",
      "correction  noticeWithin",
    ]);
  });

  it("says 免申办 and 跨域办 added, and a 免申办 rule and a receiving window changed, in words", async () => {
    const r = compileTexts({ "新生儿出生.matter": readFileSync(join(ROOT, "examples", "新生儿出生.matter"), "utf8") });
    const base = r.models[0];
    const made = crossMatter(proactiveItem(proactiveMatter(base, "快申快享")));
    const d = diffModels([base], [made]);
    const text = diffText(d, "zh");
    expect(text).toContain("+ 免申办");
    expect(text).toContain("+ 免申办「城乡居民医保参保登记」");
    expect(text).toContain("+ 跨域办");
    expect(text).toContain("+ 收件窗口「北京市东城区政务服务中心跨省通办窗口」");
    const changed = structuredClone(made);
    changed.proactive!.rules[1].basis = ["《示例市育儿补贴实施办法》第六条"];
    changed.proactive!.confirmWithin = { value: 15, unit: "工作日", workdays: 15, approximate: false };
    changed.crossRegion!.windows[1].phone = "022-87654321";
    changed.crossRegion!.post!.counted = true;
    changed.fields.find((f) => f.path === "新生儿.民族")!.source = { kind: "data-sharing", department: "公安局", dataItem: "民族" };
    const later = diffText(diffModels([made], [changed]), "zh");
    await expect(later).toMatchFileSnapshot("golden/modes-edited.txt");
    expect(later).toContain("~ 免申办 本人确认: 需本人确认同意后给予，确认时限为收到告知后10个工作日 → 需本人确认同意后给予，确认时限为收到告知后15个工作日");
    expect(later).toContain("~ 收件窗口「天津市和平区政务服务中心跨省通办窗口」 电话: — → 022-87654321");
    expect(later).toContain("~ 表单字段「新生儿.民族」 来源: 申请人填写 → 公安局共享数据“民族”");
    expect(later).toContain("~ 跨域办 寄递: 3个工作日，不计入办理时限，费用政府承担");
    expect(later).toMatch(/~ 免申办 资格条件: 新增：新生儿出生体重不低于1000克（[^）]*；依据：《示例市育儿补贴实施办法》第六条）；删除：/);
    expect(later.split("\n").filter((l) => JSONISH.test(l.replace(/[《》“”]/g, "")))).toEqual([]);
  });
});

// The figures the guide publishes besides materials, fields, trips and time: 办理环节, the fields the
// applicant still types (a field gains a 来源) and, for a 免申办 matter, the prefilled fields the
// person confirms. Each is a real edit of an example, reported in all four forms.
const FIGURE_EDITS: Record<string, { file: string; apply: (t: string) => string; figures: string[] }> = {
  // The integrated steps declared: 决定 and 送达 at once (电子证照 issued with the decision).
  "steps-declared": { file: FILE, apply: (t) => edit(t, /(\n  跑动次数: 1\n)/, "$1  环节: 受理, 审查, 决定\n"), figures: ["steps"] },
  // 现就读学校 read from the school register instead of typed by the guardian.
  "field-prefilled": {
    file: "教育入学.matter",
    apply: (t) => edit(t, '字段 学生.现就读学校: 文本 最长 100 标签 "现就读小学" 说明 "报名初中一年级时填写"', '字段 学生.现就读学校: 文本 最长 100 标签 "现就读小学" 说明 "报名初中一年级时填写" 来源 (\n    数据共享 教育局 "学籍信息.就读学校"\n  )'),
    figures: ["typed"],
  },
  // 免申即享 → 快申快享: the company enters its account itself and confirms the rest.
  "proactive-confirmed": {
    file: "失业保险稳岗返还.matter",
    apply: (t) => {
      let x = edit(t, "方式: 免申即享", "方式: 快申快享");
      x = edit(x, "确认: 仅告知", "确认: 需确认");
      return edit(x, /( 标签 "返还资金账户" 说明 "[^"]*") 来源 \(\s*数据共享 税务局 "社会保险费缴费信息.缴费账户"\s*\)/, "$1");
    },
    figures: ["typed", "confirmed"],
  },
};

describe("matterc diff: the figures 环节, fields typed and fields confirmed", () => {
  for (const [name, { file, apply, figures }] of Object.entries(FIGURE_EDITS)) {
    it(`reports ${name} in text, Markdown, JSON and HTML`, async () => {
      const text = readFileSync(join(ROOT, "examples", file), "utf8");
      const compile = (t: string) => {
        const r = compileTexts({ [file]: t });
        expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        return r.models;
      };
      const d = diffModels(compile(text), compile(apply(text)));
      expect(d.matters).toHaveLength(1);
      expect(d.matters[0].figures.map((f) => f.figure)).toEqual(figures);
      if (name === "steps-declared") expect(diffText(d, "zh")).toContain("~ 事项 办理环节: 删除：送达");
      await expect(diffText(d, "zh")).toMatchFileSnapshot(`golden/${name}.txt`);
      await expect(diffText(d, "en")).toMatchFileSnapshot(`golden/${name}.en.txt`);
      await expect(diffMarkdown(d, "zh")).toMatchFileSnapshot(`golden/${name}.md`);
      await expect(JSON.stringify(d.matters[0].figures, null, 2) + "\n").toMatchFileSnapshot(`golden/${name}.figures.json`);
      const page = diffHtml(d, "zh");
      await expect(page).toMatchFileSnapshot(`golden/${name}.html`);
      const report = await new HtmlValidate({ extends: ["html-validate:standard", "html-validate:document", "html-validate:a11y"] }).validateString(page);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
      const md = micromark(diffMarkdown(d, "zh"), { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
      for (const f of d.matters[0].figures) {
        const line = `${f.label.zh}: 原为 ${f.before.before} → ${f.before.after}, 现为 ${f.after.before} → ${f.after.after}`;
        expect(diffText(d, "zh")).toContain(line);
        expect(md).toContain(`<li>${line}</li>`);
        expect(page).toContain(`<li>${line}</li>`);
      }
    });
  }
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
