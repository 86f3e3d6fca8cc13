// Acceptance, correction and refusal in the pages people read (issue 13): the guide's 不予受理情形,
// 补正 and 不予许可 sections, the notice for one case, the notice of correction (补正告知书) and the
// staff's work guide (工作指引). Every sentence comes from a declaration or a computed fact: the
// fixture declares some and leaves others undeclared, and the pages must say exactly that.
import { describe as group, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { decide, dependents } from "../../targets/guide/admission.js";
import { noticeFiles } from "../../targets/guide/notice.js";
import { templateSet } from "../../targets/guide/templates.js";
import { describe } from "../../targets/conditions/sentence.js";
import { sentenceContext } from "../../targets/guide/materials.js";
import { restaurant } from "./fixtures/restaurant.js";
import { exampleModels, render } from "./render.js";

const model = restaurant();
const { files } = render(model);
const guide = files.get("guide.md")!;
const html = files.get("guide.html")!;

/** The text of a `## title` section of a Markdown page, up to the next heading of that level. */
function section(md: string, title: string, level = "##"): string {
  const start = md.indexOf(`\n${level} ${title}\n`);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const rest = md.slice(start + title.length + level.length + 2);
  const end = rest.search(new RegExp(`\\n${level} `));
  return end < 0 ? rest : rest.slice(0, end);
}

function without(m: Model, change: (m: Model) => void): Model {
  const copy = structuredClone(m);
  change(copy);
  return copy;
}

group("conditions on form fields, as sentences", () => {
  const ctx = sentenceContext(model);
  it("name the field by its label, with its unit", () => {
    expect(describe({ op: "lt", subject: "经营场所.面积", value: 10, field: true }, ctx)).toBe("经营场所面积小于10平方米");
    expect(describe({ op: "eq", subject: "招牌.位置", value: "屋顶", field: true }, ctx)).toBe("招牌设置位置为屋顶");
    expect(describe({ op: "in", subject: "招牌.位置", values: ["屋顶", "墙面"], field: true }, ctx)).toBe("招牌设置位置为屋顶或墙面");
    expect(describe({ op: "not", arg: { op: "ge", subject: "经营场所.面积", value: 10, field: true } }, ctx)).toBe("经营场所面积小于10平方米");
  });
  it("keep an answer and a field of the same name apart", () => {
    const c = { op: "or" as const, args: [{ op: "eq" as const, subject: "营业面积", value: 1 }, { op: "eq" as const, subject: "经营场所.面积", value: 1, field: true as const }] };
    expect(describe(c, ctx)).toBe("营业面积为1或经营场所面积为1平方米");
  });
  it("say a negated list of options once", () => {
    const c = model.inadmissible.find((x) => x.name === "仅销售预包装食品")!.when;
    expect(describe(c, ctx)).toBe("经营项目不包含热食类、冷食类、生食类、糕点类、自制饮品中的任何一项");
  });
});

group("the guide", () => {
  it("lists the matter's 不予受理情形 with condition, 去向 and 依据, and a sub-item's under it", () => {
    const s = section(guide, "不予受理情形");
    expect(s).toContain("- 经营场所面积过小（判断条件：如经营场所面积小于10平方米）。去向：向所在街道办事处申请小餐饮登记。依据：《食品经营许可和备案管理办法》第十二条\n");
    expect(s).toContain("- 仅销售预包装食品（判断条件：如经营项目不包含");
    // The sub-item's own condition is said with the sub-item, not repeated in the case.
    expect(s).toContain("### 户外招牌设置（如选择设置户外招牌时办理）\n\n- 招牌设置在建筑物屋顶（判断条件：如招牌设置位置为屋顶）。依据：《某市户外招牌设置管理办法》第八条\n");
    expect(html).toMatch(/<li id="case-jingying-changsuo-mianji-guoxiao">经营场所面积过小<br><span class="cond">判断条件：如经营场所面积小于10平方米<\/span><br>去向：向所在街道办事处申请小餐饮登记/);
  });

  it("states the correction rules as declared, and that the time does not count", () => {
    const s = section(guide, "补正");
    expect(s).toContain("- 可以补正的情形：申请材料不齐全；申请材料不符合法定形式。");
    expect(s).toContain("- 窗口在当场或5个工作日内一次性告知申请人需要补正的全部内容。");
    expect(s).toContain("- 申请人应自收到补正告知书之日起15个自然日（约11个工作日）内补正。");
    expect(s).toContain("- 补正所用的时间不计入办理时限。");
    expect(s).toContain("- 逾期未补正的：视为撤回申请。");
    expect(s).toContain("[补正告知书](correction-notice.md)");
  });

  it("invents no deadline or consequence of correction that was not declared", () => {
    const bare = render(without(model, (m) => (m.correction = { what: ["申请材料不齐全"], basis: [] }))).files.get("guide.md")!;
    const s = section(bare, "补正");
    expect(s).not.toMatch(/内补正|逾期|依据/);
    expect(s).toContain("窗口一次性告知申请人需要补正的全部内容");
    const none = render(without(model, (m) => delete m.correction)).files;
    expect(none.get("guide.md")).not.toContain("## 补正");
    expect(none.has("correction-notice.html")).toBe(false);
    expect(none.get("work-guide.md")).toContain("本事项未声明补正规则");
  });

  it("says what a refusal does only where declared, naming the skipped sub-items", () => {
    const s = section(guide, "不予许可的后果");
    expect(s).toContain("- 营业执照：不予许可的，整件事终止办理，其他子事项不再办理。");
    expect(s).toContain("- 消防安全检查：不予许可的，只有本子事项不予办理，其他子事项继续办理，已准予的照常出件。");
    expect(s).toContain("户外招牌设置未声明不予许可后的处理。");
    expect(s).not.toMatch(/户外招牌设置：/);
    // 跳过后续 of 营业执照 would skip every sub-item that needs its result (前置 or 前序产出).
    expect(dependents(model, "营业执照")).toEqual(["食品经营许可", "消防安全检查", "户外招牌设置"]);
    const skip = render(without(model, (m) => (m.items[0].onRefusal = { effect: "跳过后续", declared: true }))).files.get("guide.md")!;
    expect(skip).toContain("- 营业执照：不予许可的，依赖其结果的食品经营许可、消防安全检查、户外招牌设置不再办理，其他子事项继续办理，已准予的照常出件。");
    // A field prefilled from a sub-item's result is a dependency too, as the process's gateways
    // count it: the guide names the same sub-items.
    const byField = without(model, (m) => {
      const consumer = m.items.find((i) => i.name !== "食品经营许可" && !i.after.includes("食品经营许可") && i.fields.length > 0)!;
      const f = m.fields.find((x) => x.path === consumer.fields[0])!;
      f.source = { kind: "prior-output", item: "食品经营许可", dataItem: "许可证编号" };
    });
    const consumer = byField.items.find((i) => i.fields.includes(byField.fields.find((f) => f.source?.kind === "prior-output")!.path))!;
    expect(dependents(byField, "食品经营许可")).toContain(consumer.name);
  });

  it("has no such sections when nothing is declared", () => {
    const plain = render(without(model, (m) => ((m.inadmissible = []), delete m.correction, m.items.forEach((i) => (i.onRefusal = { effect: "终止办理", declared: false }))))).files.get("guide.md")!;
    expect(plain).not.toMatch(/不予受理|## 补正|不予许可/);
  });
});

group("the notice for one case", () => {
  const notice = (answers: Record<string, unknown>) => noticeFiles(model, templateSet(), answers as never).find((f) => f.path === "notice.md")!.text;

  it("decides a case on answers, and leaves one on a field to the applicant", () => {
    expect(decide({ op: "lt", subject: "x", value: 1, field: true }, {})).toBeUndefined();
    expect(decide({ op: "and", args: [{ op: "eq", subject: "设置招牌", value: false }, { op: "lt", subject: "x", value: 1, field: true }] }, { 设置招牌: true })).toBe(false);
    expect(decide({ op: "or", args: [{ op: "eq", subject: "设置招牌", value: true }, { op: "lt", subject: "x", value: 1, field: true }] }, { 设置招牌: true })).toBe(true);
  });

  it("says the application is not accepted when the answers meet a case, with where to go", () => {
    const text = notice({ 经营项目: [], 设置招牌: false, 营业面积: 20 });
    expect(section(text, "按您的情形，本申请不予受理")).toContain("- 仅销售预包装食品（判断条件：");
    expect(section(text, "按您的情形，本申请不予受理")).toContain("去向：办理仅销售预包装食品备案");
    // The field case stays to be checked; the sign case is ruled out by the answers.
    const check = section(text, "请先核对：有下列情形的不予受理");
    expect(check).toContain("经营场所面积过小");
    expect(check).not.toContain("招牌设置在建筑物屋顶");
  });

  it("lists only the cases that can still apply, and the refusal effects of the case's sub-items", () => {
    const text = notice({ 经营项目: ["热食类"], 设置招牌: true, 营业面积: 120 });
    expect(text).not.toContain("按您的情形，本申请不予受理");
    const check = section(text, "请先核对：有下列情形的不予受理");
    expect(check).toContain("招牌设置在建筑物屋顶");
    expect(check).not.toContain("仅销售预包装食品");
    const refusal = section(text, "不予许可的后果");
    expect(refusal).toContain("- 营业执照：");
    expect(refusal).toContain("- 消防安全检查：");
    expect(refusal).not.toContain("户外招牌设置");
    expect(section(text, "补正")).toContain("补正所用的时间不计入办理时限");
  });
});

group("the notice of correction (补正告知书)", () => {
  const md = files.get("correction-notice.md")!;
  const page = files.get("correction-notice.html")!;

  it("is a fill-in document: number, applicant, date, checklists, signatures", () => {
    expect(md).toMatch(/^# 开办餐饮店补正告知书\n\n开办餐饮店 · 事项编码：FX-KBCYD · 编号：〔＿＿＿＿〕第＿＿＿＿号\n/);
    expect(md).toContain("申请人：＿＿＿");
    expect(md).toContain("你（单位）于＿＿＿＿年＿＿月＿＿日提交的“开办餐饮店”申请");
    expect(section(md, "一、需要补正的情形").trim()).toBe("- ☐ 申请材料不齐全\n- ☐ 申请材料不符合法定形式\n- ☐ 其他：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿");
    expect(md).toMatch(/\| 申请人（签收） +\| 受理部门（盖章） +\|/);
    expect(page).toContain('<body class="letter correction">');
    expect(page).toContain("<p>受理部门（盖章）：某市市场监督管理局</p>");
  });

  it("lists every material the applicant may hand in, with its condition, and nothing a department fetches", () => {
    const s = section(md, "二、需要补正的材料");
    const listed = [...s.matchAll(/^- ☐ \d+\. (.+?)（/gm)].map((m) => m[1]);
    expect(listed).toEqual(model.materials.filter((m) => m.fromApplicant).map((m) => m.name));
    expect(s).toContain("招牌设计效果图（原件，1份）〔如选择设置户外招牌时需要〕");
    expect(s).not.toContain("健康证明");
  });

  it("gives the declared deadline, that the time does not count, the consequence and the basis", () => {
    expect(section(md, "三、补正期限和逾期后果").trim()).toBe(
      "请自收到本告知书之日起15个自然日（约11个工作日）内（＿＿＿＿年＿＿月＿＿日前）提交补正材料。补正所用的时间不计入办理时限。逾期未补正的：视为撤回申请。",
    );
    expect(section(md, "四、依据")).toContain("- 《中华人民共和国行政许可法》第三十二条");
  });

  it("leaves the date blank and says no consequence when none is declared", () => {
    const bare = render(without(model, (m) => (m.correction = { what: [], basis: [] }))).files.get("correction-notice.md")!;
    expect(section(bare, "三、补正期限和逾期后果").trim()).toBe("请于＿＿＿＿年＿＿月＿＿日前提交补正材料。补正所用的时间不计入办理时限。");
    expect(bare).not.toContain("四、依据");
  });
});

group("the work guide (工作指引)", () => {
  const md = files.get("work-guide.md")!;
  const page = files.get("work-guide.html")!;

  it("follows the structure of a business manual: basics, duties, then each step", () => {
    expect([...md.matchAll(/^##+ (.+)$/gm)].map((m) => m[1]).filter((h) => /^[一二三四五]、|^（/.test(h))).toEqual([
      "一、事项基础",
      "二、部门职责",
      "三、办理流程",
      "（一）申请（收件）",
      "（二）受理",
      "（三）审查与决定",
      "（四）实地核查",
      "（五）出件",
    ]);
    expect(page).toContain('<h3 id="step-review">（三）审查与决定</h3>');
  });

  it("gives each department its duties, sub-items, system and the commitments it verifies", () => {
    const fire = section(md, "某市消防救援支队（配合部门）", "###");
    expect(fire).toContain("- 职责：公众聚集场所投入使用、营业前消防安全检查");
    expect(fire).toContain("- 办理子事项：消防安全检查");
    expect(fire).toContain("- 业务系统：消防监督管理系统");
    expect(fire).toContain("- 告知承诺核查：消防承诺");
    // 城管局 declares no system: none is named.
    expect(section(md, "某市城市管理和综合执法局（配合部门）", "###")).not.toContain("业务系统");
  });

  it("per sub-item: who, system, time, 审查要点, materials, fetched data and the refusal effect", () => {
    const food = section(md, "食品经营许可", "####");
    expect(food).toContain("- 办理部门：某市市场监督管理局\n- 业务系统：市场主体登记注册系统");
    expect(food).toContain("- 办理时限：承诺10个工作日，法定20个工作日");
    expect(food).toContain("- 审查要点：\n  1. 经营场所与经营的食品品种相适应\n  2. 食品安全管理人员和管理制度齐备");
    expect(food).toContain("  - 材料“健康证明”：卫生健康委共享");
    expect(food).toContain("  - 材料“营业执照”：子事项“营业执照”的办理结果");
    expect(food).toContain("- 不予许可：跳过后续：");
    const sign = section(md, "户外招牌设置", "####");
    expect(sign).toContain("- 审查要点：未声明");
    expect(sign).toContain("- 不予许可：未声明不予许可后的处理；流程按终止办理执行");
  });

  it("puts the 不予受理情形 and the correction rules at 受理, and the on-site checks in their step", () => {
    const accept = section(md, "（二）受理", "###");
    expect(accept).toContain("- 补正告知时限：当场或5个工作日内");
    expect(accept).toContain("经营场所面积过小（判断条件：如经营场所面积小于10平方米）");
    expect(accept).toContain("户外招牌设置（如选择设置户外招牌时办理）：");
    expect(accept).toContain("[补正告知书](correction-notice.md)");
    const site = section(md, "（四）实地核查", "###");
    expect(site).toContain("- 食品经营许可（某市市场监督管理局）：需要现场核查的，受理后10个工作日内对经营场所进行核查");
    expect(site).toContain("- 消防承诺（某市消防救援支队）：实地核查，准予办理后20个工作日内");
    expect(section(md, "（五）出件", "###")).toContain("- 户外招牌设置：户外招牌设置许可");
  });

  it("says what is undeclared instead of making it up", () => {
    const bare = render(without(model, (m) => ((m.inadmissible = []), m.items.forEach((i) => delete i.onSiteCheck), (m.commitments = [])))).files.get("work-guide.md")!;
    expect(bare).toContain("本事项未声明不予受理情形。");
    expect(bare).toContain("本事项未声明子事项的实地核查。");
  });
});

group("every example, as declared", () => {
  it("shows each declared case, correction rule, refusal effect, 审查要点, 实地核查 and 业务系统 where people read them", async () => {
    const examples = await exampleModels();
    const unescape = (s: string) => s.replace(/\\(.)/g, "$1");
    let declaring = 0;
    for (const m of examples) {
      const out = render(m).files;
      const guideMd = unescape(out.get("guide.md")!);
      const work = unescape(out.get("work-guide.md")!);
      const where = (what: string) => `${m.code}: ${what}`;
      expect(guideMd.includes("## 不予受理情形"), where("不予受理 section")).toBe(m.inadmissible.length > 0);
      for (const c of m.inadmissible) {
        for (const text of [guideMd, work]) {
          expect(text, where(c.name)).toContain(c.name);
          if (c.redirect) expect(text, where(c.redirect)).toContain(`去向：${c.redirect}`);
        }
      }
      expect(out.has("correction-notice.html"), where("correction notice")).toBe(m.correction !== undefined);
      if (m.correction) {
        const notice = unescape(out.get("correction-notice.md")!);
        for (const w of m.correction.what) expect(notice, where(w)).toContain(`- ☐ ${w}`);
        if (m.correction.late) expect(notice, where("late")).toContain(`逾期未补正的：${m.correction.late}`);
        expect(notice).toContain("补正所用的时间不计入办理时限");
      }
      for (const i of m.items) {
        const item = section(work, i.name, "####");
        for (const p of i.reviewPoints ?? []) expect(item, where(p)).toContain(p);
        if (i.onSiteCheck) expect(section(work, "（四）实地核查", "###"), where(i.onSiteCheck)).toContain(i.onSiteCheck);
        if (i.onRefusal.declared) {
          expect(guideMd, where(`${i.name} refusal`)).toMatch(new RegExp(`- ${i.name}：不予许可的`));
          expect(item).toContain(`- 不予许可：${i.onRefusal.effect}：`);
        } else {
          expect(item).toContain("- 不予许可：未声明不予许可后的处理");
        }
      }
      for (const d of m.departments) if (d.system) expect(work, where(d.system)).toContain(`- 业务系统：${d.system}`);
      if (m.inadmissible.length || m.correction || m.items.some((i) => i.onRefusal.declared)) declaring++;
    }
    // The examples the language reference cites declare them (issue 13: at least four).
    expect(declaring).toBeGreaterThanOrEqual(1);
  });
});

group("a case whose name already says its condition", () => {
  it("is not followed by the same words as its condition", () => {
    const m = without(model, (x) => {
      x.situations.push({ name: "仅售预包装", id: "jin-shou", type: "yesno", question: "是否仅销售预包装食品？" });
      x.inadmissible = [{ name: "仅销售预包装食品，不需要取得食品经营许可", id: "c1", when: { op: "eq", subject: "仅售预包装", value: true }, basis: [] }];
    });
    const md = render(m).files.get("guide.md")!;
    expect(md).toContain("- 仅销售预包装食品，不需要取得食品经营许可\n");
    expect(md).not.toContain("判断条件：如选择仅销售预包装食品");
  });
});
