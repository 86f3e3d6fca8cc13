import { describe, expect, it } from "vitest";
import { evaluate } from "../../compiler/conditions.js";
import { headlineAnswers } from "../../targets/guide/answers.js";
import { noticeFiles } from "../../targets/guide/notice.js";
import { templateSet } from "../../targets/guide/templates.js";
import { restaurant } from "./fixtures/restaurant.js";
import { render } from "./render.js";
import { tableWithHeader, unescapeMarkdown } from "./tables.js";

const model = restaurant();
const { files } = render(model);
const md = files.get("guide.md")!;
const html = files.get("guide.html")!;

const SECTIONS = ["基本信息", "受理条件", "不予受理情形", "补正", "不予许可的后果", "情形引导", "申请材料", "办理流程", "办理时限", "跑动次数", "收费", "办理地点和时间", "设定依据", "常见问题", "改革成效"];

describe("the service guide", () => {
  it("writes the guide, the notice, one letter per commitment, the notice of correction and the work guide", () => {
    expect([...files.keys()].sort()).toEqual([
      "commitment-消防承诺.html",
      "commitment-消防承诺.md",
      "correction-notice.html",
      "correction-notice.md",
      "guide.html",
      "guide.md",
      "notice.html",
      "notice.md",
      "work-guide.html",
      "work-guide.md",
    ]);
  });

  it("has the sections in the order applicants expect, in both formats", () => {
    expect([...md.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(SECTIONS);
    expect([...html.matchAll(/<h2>(.+?)<\/h2>/g)].map((m) => m[1])).toEqual(SECTIONS.map((s) => (s === "改革成效" ? "改革成效" : s)));
    expect(md).toMatch(/^# 开办餐饮店 办事指南\n\n事项编码：FX-KBCYD/);
  });

  it("lists every material once with form, copies, size, source and why it is not asked", () => {
    const rows = tableWithHeader(md, "序号", "材料名称").slice(1);
    expect(rows.map((r) => unescapeMarkdown(r[1]).replace("（非必要）", ""))).toEqual(model.materials.map((m) => m.name));
    rows.forEach((r, i) => {
      const m = model.materials[i];
      expect([r[2], r[3], r[4]]).toEqual([m.form, String(m.copies), m.paperSize ?? "—"]);
      expect(r[6]).toBe(!m.fromApplicant ? "免提交" : m.replacedBy.length ? "可承诺免交" : "需提交");
    });
    const note = (name: string) => rows.find((r) => r[1].startsWith(name))![7];
    expect(note("法定代表人身份证")).toContain("电子证照");
    expect(note("健康证明")).toContain("数据共享：由卫生健康委共享核验");
    expect(note("营业执照")).toContain("前序产出：“营业执照”办结后自动获取");
    expect(note("一件事申请表")).toContain("系统生成");
    expect(note("消防安全评估报告")).toContain("告知承诺");
    expect(note("食品安全管理制度")).toContain("容缺受理：可于受理后5个工作日内补交");
    expect(note("招牌设计效果图")).toBe("如选择设置户外招牌时需要");
    expect(note("自制饮品配方说明")).toBe("如经营项目包含自制饮品时需要");
    expect(note("住所使用证明")).toContain("[样表](https://zwfw.example.gov.cn/samples/zhusuo.pdf)");
  });

  it("counts the materials asked in the headline case as the model's figures do", () => {
    const answers = headlineAnswers(model);
    const rows = tableWithHeader(md, "序号", "材料名称").slice(1);
    const asked = rows.filter((r, i) => r[6] === "需提交" && evaluate(model.materials[i].uploadWhen, answers));
    expect(asked.length).toBe(model.metrics.headline.materials.after);
    expect(md).toContain(`申请人需提交${model.metrics.headline.materials.after}份材料，另有5份`);
    expect(html).toContain(`申请人需提交${model.metrics.headline.materials.after}份材料`);
  });

  it("gives the before/after figures of the model, with the reduction in per cent", () => {
    const rows = tableWithHeader(md, "指标", "改革前", "改革后", "减少").slice(1);
    const h = model.metrics.headline;
    const pct = (b: number, a: number) => `${Math.round(((b - a) / b) * 100)}%`;
    const expected = [
      [h.materials.before, h.materials.handedIn],
      [h.materials.before, h.materials.merged],
      [h.fields.before, h.fields.after],
      [h.trips.before, h.trips.after],
      [h.time.before, h.time.after],
      [h.steps.before, h.steps.after],
    ].map(([b, a], i) => [`${i === 4 ? "约" : ""}${b}`, `${i === 4 ? "约" : ""}${a}`, pct(b, a)]);
    expect(rows.map((r) => r.slice(1))).toEqual(expected);
    expect(rows.map((r) => r[0])).toEqual(["申请材料·申请人提交（份）＊", "申请材料·合并清单（份）", "表单字段（项）", "跑动次数（次）", "办理时限（工作日）", "办理环节（个）"]);
    expect(expected[0]).toEqual(["16", "5", "69%"]);
    expect(expected[1]).toEqual(["16", "10", "38%"]);
  });

  it("says what each answer adds or removes", () => {
    const section = md.slice(md.indexOf("## 情形引导"), md.indexOf("## 申请材料"));
    expect(section).toContain("- 回答“是”：增加子事项 户外招牌设置；增加材料 招牌设计效果图。");
    expect(section).toContain("- 回答“否”：无需办理 户外招牌设置；无需提交 招牌设计效果图。");
    expect(section).toContain("- 营业面积不大于50时：无需办理 消防安全检查；无需提交 消防安全评估报告。");
    expect(section).toContain("- 营业面积大于50时：增加子事项 消防安全检查；增加材料 消防安全评估报告。");
    // 健康证明 is shared by 卫生健康委: not something the applicant adds.
    expect(section).toContain("- 选择“自制饮品”：增加子事项 食品经营许可；增加材料 食品安全管理制度、经营场所平面图、自制饮品配方说明。");
  });

  it("gives time limits per sub-item and for the whole, steps and trips", () => {
    const rows = tableWithHeader(md, "子事项", "实施部门").slice(1);
    expect(rows.map((r) => [r[3], r[4], r[5]])).toEqual([
      ["15个工作日", "1个工作日", "—"],
      ["20个工作日", "10个工作日", "营业执照"],
      ["10个工作日", "5个工作日", "营业执照"],
      ["20个自然日（约15个工作日）", "5个工作日", "营业执照"],
    ]);
    expect(md).toContain("整体承诺时限：13个工作日（关键路径约11个工作日；各子事项单独办理时限合计约60个工作日）。各子事项法定时限合计约60个工作日。");
    expect(md).toContain("3. 并联办理（市场监管局、消防救援、城管局）：食品经营许可（市场监管局）");
    expect(md).toContain("到现场1次（各事项单独办理时共7次）");
    expect(html).toMatch(/<svg[^>]+role="img"/);
    expect(html.match(/<g id="flow-/g)?.length).toBe(model.items.length + 2);
  });

  it("is byte-deterministic and carries no absolute paths or dates", () => {
    const again = render(restaurant()).files;
    expect([...again]).toEqual([...files]);
    for (const text of files.values()) {
      expect(text).not.toMatch(/\/work\/|file:\/\/|[A-Z]:\\\\/);
      expect(text).not.toMatch(/20\d\d-\d\d-\d\dT/);
    }
  });
});

describe("the one-time notice", () => {
  const set = templateSet({});
  const notice = (answers: Parameters<typeof noticeFiles>[2]) => noticeFiles(model, set, answers).find((f) => f.path === "notice.md")!.text;
  const bring = (text: string) => tableWithHeader(text, "序号", "材料名称").slice(1).map((r) => r[1].replace("（非必要）", ""));

  it("for the headline case lists what the applicant brings, as many as the figures say", () => {
    const b = bring(files.get("notice.md")!);
    expect(b).toEqual(["住所使用证明", "食品安全管理制度", "经营场所平面图", "自制饮品配方说明", "招牌设计效果图"]);
    expect(b.length).toBe(model.metrics.headline.materials.after);
    expect(files.get("notice.md")).toContain("签署[消防承诺告知承诺书](commitment-%E6%B6%88%E9%98%B2%E6%89%BF%E8%AF%BA.md)后免交：消防安全评估报告");
  });

  it("for a small shop without a sign, as the per-situation figures say", () => {
    const small = model.metrics.situations[0];
    const text = notice(small.situation);
    expect(bring(text).length).toBe(small.materials.after);
    expect(text).not.toContain("招牌设计效果图");
    expect(text).not.toContain("## 告知承诺");
    expect(text).toContain("1. 营业执照（市场监管局，1个工作日）\n2. 食品经营许可（市场监管局，10个工作日）\n\n");
  });

  it("asks for the replaced material when the commitment is declined", () => {
    const text = notice({ 经营项目: ["热食类"], 营业面积: 80, 消防承诺: false });
    expect(bring(text)).toContain("消防安全评估报告");
    expect(text).toContain("您未选择告知承诺");
  });

  it("states deferrable materials with their deadline and what is fetched", () => {
    const text = files.get("notice.md")!;
    expect(text).toContain("- 食品安全管理制度：容缺受理：可于受理后5个工作日内补交。");
    expect(text).toContain("- 法定代表人身份证：电子证照：由部门调取“居民身份证”电子证照");
  });
});

describe("the commitment letter", () => {
  const letter = files.get("commitment-消防承诺.md")!;
  const page = files.get("commitment-消防承诺.html")!;

  it("has the authority's part: what is waived, conditions, verification, breach", () => {
    expect(letter).toContain("# 消防承诺告知承诺书");
    expect(letter).toContain("- 消防安全评估报告（原件，1份）");
    expect(letter).toContain("1. 申请人无严重失信记录\n2. 经营场所符合国家工程建设消防技术标准");
    expect(letter).toContain("由某市消防救援支队以实地核查方式，在准予办理后20个工作日内进行核查。");
    expect(letter).toContain("将依法撤销行政决定、纳入信用记录。");
    expect(letter).toContain("本承诺适用于以下情形：如营业面积大于50。");
  });

  it("has the applicant's clauses and places to sign and date", () => {
    expect(letter).toContain("1. 本人已知晓告知的全部内容\n2. 本人符合上述条件\n3. 所填信息真实有效\n4. 愿意承担不实承诺的法律责任");
    expect(letter).toContain("| 申请人（签字或盖章）");
    expect(letter.match(/日期：＿＿＿＿年＿＿月＿＿日/g)?.length).toBe(2);
    expect(page).toContain("<p>申请人（签字或盖章）：</p>");
    expect(page.match(/日期：/g)?.length).toBe(2);
  });
});

describe("figures over every situation", () => {
  it("give the range of materials and time after the reform", () => {
    expect(md).toContain("按1种情形计，申请人需提交3至5份材料，办理时限为11个工作日。");
    expect(md).toContain("> 申请人最多提交5份材料");
  });
});
