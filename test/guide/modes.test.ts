// 免申办 and 跨域办 (issue 16) in the pages people read: the guide of a 免申办 matter is a policy page
// (who is eligible and on which rules, what is granted, what starts it, how the person is told and
// whether they confirm), the 主动告知书 is written for it, the figures show 0 materials, 0 trips and
// the fields confirmed; a 跨域办 matter lists its receiving windows, handling places and 寄递, and the
// work guide gives the receiving window's staff their checklist. What is undeclared is said so.
import { beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { catalog } from "../../targets/catalog/index.js";
import { markdownText } from "../../targets/escape/markdown.js";
import { crossMatter, proactiveItem, proactiveMatter } from "./fixtures/modes.js";
import { exampleModels, modeModels, render, renderCatalog } from "./render.js";

let baby: Model;
let card: Model;
beforeAll(async () => {
  const examples = await exampleModels();
  baby = examples.find((m) => m.name === "新生儿出生")!;
  card = examples.find((m) => m.name === "社会保障卡居民服务")!;
});

function section(md: string, title: string, level = "##"): string {
  const start = md.indexOf(`\n${level} ${title}\n`);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const rest = md.slice(start + title.length + level.length + 2);
  const end = rest.search(new RegExp(`\\n#{2,${level.length}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

describe("a 免申即享 matter", () => {
  it("has a policy page: rules with 依据, grants, trigger, how the person is told, and no invented way to object", () => {
    const files = render(proactiveMatter(baby)).files;
    const md = files.get("guide.md")!;
    expect(md.startsWith("# 新生儿出生 政策说明\n")).toBe(true);
    expect(md).toContain("- 服务方式：免申即享");
    const s = section(md, "政策内容（免申即享）");
    expect(s).toContain("- 启动方式：");
    expect(s).toContain("报送“出生登记办结”数据后自动启动");
    expect(s).toContain("- 给予内容：育儿补贴每孩每年3600元");
    expect(s).toContain("- 告知方式：短信、政务服务平台消息");
    expect(s).toContain("- 本人确认：无需本人确认：符合条件即给予，给予后告知本人");
    expect(s).toContain("1. 新生儿已在本市办理出生登记。依据：《示例市育儿补贴实施办法》第五条\n");
    expect(s).toContain("2. 新生儿出生体重不低于1000克（判断条件：出生体重不小于1000克）");
    expect(s).toMatch(/2\. 新生儿出生体重不低于1000克（判断条件：[^）]*）。依据：未声明\n/);
    expect(s).toContain("认为自己符合条件但未获告知，或对比对结果有异议的：本事项未声明办理途径。");
    expect(s).not.toContain("需本人填写的信息");
    expect(s).toContain("[主动告知书](proactive-notice.md)");
    const html = files.get("guide.html")!;
    expect(html).toContain("<title>新生儿出生 政策说明</title>");
    expect(html).toContain('<section id="proactive">');
    expect(html).toContain('<a href="proactive-notice.html">主动告知书</a>');
  });

  it("shows 0 materials, 0 trips and the fields confirmed in the figures, with the basis", () => {
    const m = proactiveMatter(baby);
    const md = render(m).files.get("guide.md")!;
    const n = m.metrics.headline.typed.confirmed!;
    expect(n).toBeGreaterThan(0);
    expect(md).toContain(`> 免申即享：无需提交申请，申请材料0份，跑动0次，${n}项信息确认，符合条件即给予并告知本人。`);
    const figures = section(md, "改革成效");
    expect(figures).toMatch(/\| 申请材料·申请人提交（份）＊ +\| +16 \| +0 \| +100% \|/);
    expect(figures).toMatch(/\| 跑动次数（次） +\| +\d+ \| +0 \|/);
    expect(figures).toMatch(new RegExp(`\\| 信息确认·本人核对（项） +\\| +0 \\| +${n} \\| +— \\|`));
    expect(figures).toContain(`- 免申办：本事项为免申即享，符合条件即给予、给予后告知本人；改革后按无需申请计，申请材料0份、跑动0次`);
    expect(render(m).files.get("guide.html")!).toMatch(new RegExp(`<tr data-figure="confirmed"><th scope="row">信息确认·本人核对（项）</th><td class="num">0</td><td class="num">${n}</td>`));
  });

  it("writes the 主动告知书 with blanks for the name and the date", () => {
    const files = render(proactiveMatter(baby)).files;
    const md = files.get("proactive-notice.md")!;
    expect(md.startsWith("# 新生儿出生主动告知书\n")).toBe(true);
    expect(md).toContain("＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿（姓名）：");
    expect(md).toContain("- ☑ 新生儿已在本市办理出生登记（依据：《示例市育儿补贴实施办法》第五条）");
    expect(md).toContain("- 给予内容：育儿补贴每孩每年3600元");
    expect(md).toContain("告知日期：＿＿＿＿年＿＿月＿＿日");
    expect(md).not.toContain("☐ 同意");
    expect(files.get("proactive-notice.html")).toContain("<title>新生儿出生主动告知书</title>");
    expect(md).toContain("| 本人（签名） ");
    // A grant to companies leaves the blank for the company's name.
    const firm = proactiveMatter(baby);
    firm.audience = ["企业法人", "非法人企业"];
    const firmMd = render(firm).files.get("proactive-notice.md")!;
    expect(firmMd).toContain("＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿（单位名称）：");
    expect(firmMd).toContain("根据共享数据比对，你（单位）符合以下政策的享受条件");
    expect(firmMd).toContain("| 本人或单位（签名、盖章） ");
        // Not written for a matter that declares no 免申办.
    expect(render(baby).files.has("proactive-notice.md")).toBe(false);
  });
});

describe("a 快申快享 matter", () => {
  it("says which fields the person still fills in, by when they confirm, and that no channel was declared", () => {
    const files = render(proactiveMatter(baby, "快申快享")).files;
    const s = section(files.get("guide.md")!, "政策内容（快申快享）");
    expect(s).toContain("需本人填写的信息（无法从共享数据获取）：开户银行、银行账号。");
    expect(s).toContain("- 本人确认：需本人确认同意后给予，确认时限为收到告知后10个工作日");
    expect(s).toContain("- 告知方式：未声明告知方式");
    expect(s).toMatch(/需本人核对的预填信息：新生儿性别、/);
    const notice = files.get("proactive-notice.md")!;
    expect(notice).toContain("- 开户银行：＿＿＿＿");
    expect(notice).toContain("请自收到本告知书之日起10个工作日内（＿＿＿＿年＿＿月＿＿日前）确认：☐ 同意　☐ 不同意");
    expect(files.get("guide.md")!).toContain("> 快申快享：无需提交申请，申请材料0份，跑动0次，只需填写2项信息、核对");
  });
});

describe("a sub-item granted without application", () => {
  it("has its section under the sub-item, and the notice", () => {
    const files = render(proactiveItem(baby)).files;
    const md = files.get("guide.md")!;
    expect(md.startsWith("# 新生儿出生 办事指南\n")).toBe(true);
    const s = section(md, "城乡居民医保参保登记（免申即享）", "###");
    expect(s).toContain("- 启动方式：子事项“出生登记”办结后自动启动");
    expect(s).toContain("- 给予内容：城乡居民基本医疗保险参保资格（出生当年免缴个人缴费）");
    expect(s).toContain("1. 新生儿户籍登记在本市。依据：《示例省城乡居民基本医疗保险办法》第十条");
    expect(md).toContain("- 服务方式：免申即享（部分子事项）");
    expect(files.get("proactive-notice.md")).toContain("## 1. 城乡居民医保参保登记（免申即享）");
  });
});

describe("a 跨域办 matter", () => {
  it("lists the modes, region, receiving windows, handling places, checks and the 寄递", () => {
    const files = render(crossMatter(card)).files;
    const md = files.get("guide.md")!;
    const s = section(md, "跨域通办");
    expect(s).toContain("- 通办方式：全程网办、异地代收代办");
    expect(s).toContain("- 通办区域：京津冀");
    expect(s).toContain("- 通办范围：北京市、天津市、河北省");
    expect(s).toContain("- 办理地：示例市政务服务中心人社窗口");
    expect(s).toContain("- 收件窗口核验：身份核验、形式审查\n");
    expect(s).toContain("- 寄递时间：3个工作日（不计入办理时限；依据：《国务院办公厅关于加快推进政务服务“跨省通办”的指导意见》（国办发〔2020〕35号））");
    expect(s).toContain("- 寄递费用：政府承担");
    expect(s).toMatch(/\| 北京市东城区政务服务中心跨省通办窗口 +\| 北京市东城区示例路1号 +\| 010-12345678 +\| 工作日9:00—17:00 +\|/);
    expect(s).toMatch(/\| 天津市和平区政务服务中心跨省通办窗口 +\| 天津市和平区示例道2号 +\| 未声明 +\| 未声明 +\|/);
    expect(md).toContain("- 服务方式：京津冀通办、全程网办、异地代收代办");
    // The figures' basis says the 寄递 time and that it does not count.
    expect(section(md, "改革成效")).toContain("- 寄递：异地代收代办时材料由收件窗口寄递至办理地，需3个工作日，不计入办理时限，改革前后的办理时限均不含");
    expect(md).toContain("；异地代收的另有寄递3个工作日，不计入办理时限。");
    expect(files.get("guide.html")).toContain('<tr id="window-bj-dongcheng"><th scope="row">北京市东城区政务服务中心跨省通办窗口</th>');
  });

  it("says what is undeclared: the checks (国办发〔2020〕35号's), the handling place, the 寄递", () => {
    const m = crossMatter(card);
    m.crossRegion!.checksDeclared = false;
    m.crossRegion!.handlingPlaces = [];
    delete m.crossRegion!.post;
    delete m.metrics.basis.post;
    const s = section(render(m).files.get("guide.md")!, "跨域通办");
    expect(s).toContain("- 收件窗口核验：身份核验、形式审查（本事项未声明，按国办发〔2020〕35号的要求）");
    expect(s).toMatch(/- 办理地：[^\n]+（牵头部门）/);
    expect(s).toContain("本事项未声明收件窗口与办理地之间的寄递安排。");
    expect(s).not.toContain("寄递时间");
  });

  it("gives the receiving window's staff a checklist in the work guide: checks in order, what is sent, how, within what time", () => {
    const files = render(crossMatter(card)).files;
    const wg = files.get("work-guide.md")!;
    const s = section(wg, "异地代收代办：收件窗口工作清单", "####");
    expect(s).toContain("收件窗口：北京市东城区政务服务中心跨省通办窗口、天津市和平区政务服务中心跨省通办窗口。");
    expect(s).toContain("1. ☐ 身份核验\n2. ☐ 形式审查\n3. ☐ 送交办理地（示例市政务服务中心人社窗口）：申请表及");
    expect(s).toContain("；方式：寄递；时限：3个工作日内寄达（不计入办理时限）");
    expect(files.get("work-guide.html")).toContain('<section id="receiving-window">');
    // Not for a matter without 异地代收代办.
    const online = crossMatter(card);
    online.crossRegion!.modes = ["全程网办"];
    expect(render(online).files.get("work-guide.md")).not.toContain("收件窗口工作清单");
  });
});

describe("the catalog", () => {
  it("shows each matter's modes", () => {
    const models = [proactiveMatter(baby), Object.assign(crossMatter(card), {})];
    const c = catalog(models);
    expect(c.matters.find((e) => e.name === "新生儿出生")!.modes).toEqual(["免申即享"]);
    expect(c.matters.find((e) => e.name === "社会保障卡居民服务")!.modes).toEqual(["京津冀通办", "全程网办", "异地代收代办"]);
    const html = renderCatalog(models).get("index.html")!;
    expect(html).toContain('<span class="mode">免申即享</span>');
    expect(html).toContain('<span class="mode">异地代收代办</span>');
  });
});

describe("every example and fixture", () => {
  // Holds for the examples the language produces (免申办 and 跨域办 examples included once they are
  // there) as for the fixtures above: each page is written exactly when its element is declared.
  it("has a 政策说明 and a 主动告知书 exactly when 免申办 is declared, and a 跨域通办 section exactly when 跨域办 is", async () => {
    const models = [...(await exampleModels()), ...(await modeModels())];
    expect(models.filter((m) => m.proactive || m.items.some((i) => i.proactive)).length).toBeGreaterThan(0);
    for (const m of models) {
      const files = render(m).files;
      const md = files.get("guide.md")!;
      const granted = m.proactive !== undefined || m.items.some((i) => i.proactive);
      expect(files.has("proactive-notice.md"), m.code).toBe(granted);
      expect(files.has("proactive-notice.html"), m.code).toBe(granted);
      expect(md.split("\n")[0].endsWith(m.proactive ? " 政策说明" : " 办事指南"), m.code).toBe(true);
      expect(md.includes("\n## 跨域通办\n"), m.code).toBe(m.crossRegion !== undefined);
      for (const i of m.items.filter((x) => x.proactive)) expect(md, m.code).toContain(`\n### ${markdownText(i.name)}（${i.proactive!.mode}）\n`);
      if (m.proactive) for (const r of m.proactive.rules) expect(md, m.code).toContain(markdownText(r.name));
      for (const w of m.crossRegion?.windows ?? []) expect(md, m.code).toContain(markdownText(w.name));
      const receiving = m.crossRegion?.modes.includes("异地代收代办") ?? false;
      expect(files.get("work-guide.md")!.includes("收件窗口工作清单"), m.code).toBe(receiving);
    }
  });
});
