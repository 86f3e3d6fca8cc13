// What matterc publishes is true (issue 10): every sentence of the guide, the notice, the letter
// and the figures comes from a declaration or a computed fact. Each case below is a service as a
// reform office writes it from a public guide, compiled and rendered by the real targets.
import { describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { noticeFiles } from "../../targets/guide/notice.js";
import { templateSet } from "../../targets/guide/templates.js";
import { compileTexts } from "../helpers/memory-host.js";
import { render, renderCatalog } from "./render.js";
import { tableWithHeader } from "./tables.js";

function compileOne(text: string): { model: Model; codes: string[]; files: Map<string, string> } {
  const r = compileTexts({ "main.matter": text });
  const errors = r.diagnostics.filter((d) => d.severity === "error");
  expect(errors.map((d) => `${d.code} ${d.span?.start.line}`)).toEqual([]);
  const model = r.models[0];
  return { model, codes: r.diagnostics.map((d) => d.code), files: render(model).files };
}

// 四川 开办餐饮店, after its public guide: before the reform the items took 48 working days alone;
// inside the matter they are compressed so that the whole is promised in 13.
const SICHUAN = `
使用 "std/部门"
使用 "std/材料"
一件事 开办餐饮店 {
  编码: "SC-KBCYD"
  牵头部门: 市场监管局
  配合部门: 消防救援, 卫生健康委
  承诺时限: 13 工作日
  办理渠道: 一网通办, 线下窗口
  情形 主体类型: 单选 "经营主体类型？" [公司, 个体工商户]
  子事项 营业执照 { 部门: 市场监管局  法定时限: 15 工作日  承诺时限: 1 工作日  单独时限: 3 工作日  材料: 法定代表人身份证, 授权委托书, 经营场所使用证明, 公司章程  产出: "营业执照" }
  子事项 食品经营许可 { 部门: 市场监管局  法定时限: 20 工作日  承诺时限: 7 工作日  前置: 营业执照, 健康证明办理  材料: 营业执照副本, 经营场所使用证明, 食品安全管理制度, 健康证明 }
  子事项 消防安全检查 { 部门: 消防救援  法定时限: 10 工作日  承诺时限: 5 工作日  单独时限: 10 工作日  前置: 营业执照  材料: 营业执照副本, 消防安全评估报告 }
  子事项 健康证明办理 { 部门: 卫生健康委  承诺时限: 5 工作日  单独时限: 15 工作日  材料: 居民身份证  产出: "健康证明" }
  材料 公司章程 { 形式: 原件  适用: 主体类型 == 公司 }
  材料 营业执照副本 { 来源: 前序产出 营业执照 }
  材料 食品安全管理制度 { 形式: 原件  容缺: 5 工作日 }
  材料 健康证明 { 来源: 前序产出 健康证明办理 }
  材料 消防安全评估报告 { 形式: 原件 }
  告知承诺 消防承诺 { 替代材料: 消防安全评估报告  部门: 消防救援  核查: 实地核查 20 工作日  违诺: 撤销许可 }
}
`;

describe("1. the commitment letter names the authority that verifies and decides", () => {
  it("stamps a fire-safety commitment with 消防救援, not the lead department", () => {
    const { files, model } = compileOne(SICHUAN);
    const fire = model.departments.find((d) => d.name === "消防救援")!.fullName;
    const lead = model.departments.find((d) => d.name === "市场监管局")!.fullName;
    const stamp = tableWithHeader(files.get("commitment-消防承诺.md")!, "申请人（签字或盖章）", "行政机关（盖章）")[1][1];
    expect(stamp).toBe(fire);
    expect(stamp).not.toBe(lead);
    expect(files.get("commitment-消防承诺.html")).toContain(`行政机关（盖章）：${fire}`);
  });
});

describe("2. no promise nobody made", () => {
  const text = SICHUAN.replace("  承诺时限: 13 工作日\n", "");
  it("warns, and the guide says the time is an estimate from the sub-items' times", () => {
    const { codes, files, model } = compileOne(text);
    expect(codes).toContain("W0205");
    expect(model.metrics.basis.timeAfter).toBe("criticalPath");
    const md = files.get("guide.md")!;
    expect(md).not.toMatch(/承诺\d+个工作日内办结/);
    expect(md).toContain("预计12个工作日内办结（本事项未声明承诺时限，按各子事项时限估算）");
    expect(md).toContain("整体办理时限：预计12个工作日");
    expect(files.get("notice.md")).toContain("预计不超过12个工作日办结（本事项未声明承诺时限");
  });
  it("does not warn when the office promised", () => {
    expect(compileOne(SICHUAN).codes).not.toContain("W0205");
  });
});

describe("3. before is the time each sub-item took alone", () => {
  it("sums 单独时限, else the legal time, else the promised time, and says which", () => {
    const { model, files } = compileOne(SICHUAN);
    // 3 (单独时限) + 20 (法定) + 10 (单独时限) + 15 (单独时限) = 48, as 四川 publishes; not 1 + 7 + 5 + 5.
    expect(model.metrics.headline.time).toMatchObject({ before: 48, after: 13 });
    expect(model.metrics.basis.timeBefore).toEqual([
      { item: "营业执照", workdays: 3, basis: "timeAlone" },
      { item: "食品经营许可", workdays: 20, basis: "legalTime" },
      { item: "消防安全检查", workdays: 10, basis: "timeAlone" },
      { item: "健康证明办理", workdays: 15, basis: "timeAlone" },
    ]);
    const md = files.get("guide.md")!;
    expect(md).toContain("办理时限：改革前为各子事项单独办理时限之和（营业执照、消防安全检查、健康证明办理按单独时限；食品经营许可按法定时限）；改革后为一件事的承诺时限。");
    expect(md).toContain("各子事项单独办理时限合计48个工作日");
  });
});

describe("4. 法定时限合计 counts honestly", () => {
  it("says when no sub-item declares a legal time (中山), instead of 0 working days", () => {
    const { files, model } = compileOne(SICHUAN.replace(/法定时限: \d+ 工作日 {2}/g, ""));
    expect(model.metrics.legalTime).toEqual({ total: 0, missing: ["营业执照", "食品经营许可", "消防安全检查", "健康证明办理"], approximate: false });
    expect(files.get("guide.md")).toContain("各子事项均未声明法定时限。");
    expect(files.get("guide.md")).not.toContain("法定时限合计0个工作日");
  });
  it("names the sub-items without one (湖南: 2 of 5 missing)", () => {
    const { files } = compileOne(SICHUAN);
    expect(files.get("guide.md")).toContain("已声明法定时限的3个子事项法定时限合计45个工作日，健康证明办理未声明法定时限，未计入。");
  });
});

describe("5. declared trips are checked against what the declarations imply", () => {
  it("warns about 0 trips with originals to hand in, and the figures say the trips are declared", () => {
    const { codes, model, files } = compileOne(SICHUAN.replace("  办理渠道:", "  跑动次数: 0\n  办理渠道:"));
    expect(codes).toContain("W0206");
    expect(model.metrics.basis.trips).toBe("declared");
    expect(model.metrics.headline.trips).toMatchObject({ after: 0, derived: 1 });
    expect(files.get("guide.md")).toContain("跑动次数：改革前为各子事项单独跑动次数之和；改革后为改革办声明的次数。");
  });
  it("says nothing when the declarations allow it", () => {
    const { codes } = compileOne(SICHUAN.replace("  办理渠道:", "  跑动次数: 1\n  办理渠道:"));
    expect(codes).not.toContain("W0206");
  });
});

describe("6. the notice says only the declared consequence of a late deferred material", () => {
  it("invents none", () => {
    const notice = compileOne(SICHUAN).files.get("notice.md")!;
    expect(notice).toContain("- 食品安全管理制度：容缺受理：可于受理后5个工作日内补交。");
    expect(notice).not.toContain("终止办理");
  });
  it("prints the one the office declared", () => {
    const { files, model } = compileOne(SICHUAN.replace("容缺: 5 工作日 }", '容缺: 5 工作日  逾期后果: "不予许可，退回申请" }'));
    expect(model.materials.find((m) => m.name === "食品安全管理制度")!.lateConsequence).toBe("不予许可，退回申请");
    expect(files.get("notice.md")).toContain("- 食品安全管理制度：容缺受理：可于受理后5个工作日内补交；逾期未补交的：不予许可，退回申请。");
    expect(files.get("notice.html")).toContain("逾期未补交的：不予许可，退回申请");
  });
});

describe("7. the catalog adds up only what a sum means", () => {
  it("gives materials saved across matters, and no total of days across unrelated matters", () => {
    const a = compileOne(SICHUAN).model;
    const b = compileOne(SICHUAN.replace('编码: "SC-KBCYD"', '编码: "SC-2"').replace("一件事 开办餐饮店", "一件事 开办小吃店")).model;
    const files = renderCatalog([a, b]);
    const catalog = JSON.parse(files.get("catalog.json")!);
    expect(Object.keys(catalog.totals).sort()).toEqual(["items", "materialsSaved", "matters"]);
    expect(files.get("index.html")).not.toMatch(/办理时限由\d+个工作日减至/);
    expect(files.get("index.html")).not.toContain("96 → 26");
  });
});

describe("8. 情形引导 shows what changes for the applicant", () => {
  const text = `
使用 "std/部门"
使用 "std/材料"
一件事 企业注销 {
  编码: "ZX-1"
  牵头部门: 市场监管局
  承诺时限: 10 工作日
  情形 主体类型: 单选 "企业类型？" [公司, 合伙企业, 个人独资企业]
  子事项 注销登记 { 部门: 市场监管局  承诺时限: 1 工作日  材料: 营业执照, 清算报告, 合伙人决定, 投资人决定 }
  材料 清算报告 { 形式: 原件  适用: 主体类型 == 公司 }
  材料 合伙人决定 { 形式: 原件  适用: 主体类型 == 合伙企业 }
  材料 投资人决定 { 形式: 原件  适用: 主体类型 == 个人独资企业 }
}
`;
  it("does not list every other branch's materials as 无需提交, nor e-licences as 增加材料", () => {
    const md = compileOne(text).files.get("guide.md")!;
    const section = md.slice(md.indexOf("## 情形引导"), md.indexOf("## 申请材料"));
    expect(section).toContain("- 回答“公司”：增加材料 清算报告。");
    expect(section).toContain("- 回答“合伙企业”：增加材料 合伙人决定。");
    expect(section).not.toContain("无需提交");
    expect(section).not.toContain("营业执照");
  });
});

describe("9. the standard library does not declare as unconditional what is conditional", () => {
  it("does not count 授权委托书 or 经营场所使用证明 as handed in, and says when they are", () => {
    const { model, files } = compileOne(SICHUAN);
    const h = model.metrics.headline;
    // Handed in: 公司章程, 食品安全管理制度 (消防安全评估报告 is replaced by the commitment).
    expect(h.materials).toMatchObject({ handedIn: 2, conditional: 2 });
    expect(model.materials.find((m) => m.name === "授权委托书")!.submitWhen).toBe("委托他人办理时");
    const rows = tableWithHeader(files.get("guide.md")!, "序号", "材料名称").slice(1);
    const row = rows.find((r) => r[1] === "授权委托书")!;
    expect(row[6]).toBe("视情形提交");
    expect(row[7]).toContain("提交情形：委托他人办理时");
    const notice = files.get("notice.md")!;
    expect(notice).toContain("## 需提交的材料（共2项）");
    expect(notice).toContain("- 经营场所使用证明：经营场所为租赁的");
  });
});

describe("10. 即办 and nothing to hand in are said as such", () => {
  const text = `
使用 "std/部门"
使用 "std/材料"
一件事 社保卡补换 {
  编码: "SB-1"
  牵头部门: 人社局
  承诺时限: 即办
  办理渠道: 一网通办
  子事项 补换卡 { 部门: 人社局  承诺时限: 即办  材料: 居民身份证 }
}
`;
  it("prints 即办, not 0个工作日, and 无需提交材料, not an empty table", () => {
    const { files, model } = compileOne(text);
    const md = files.get("guide.md")!;
    expect(md).toContain("申请人无需提交材料，跑动0次，承诺即办。");
    expect(md).not.toContain("0个工作日内办结");
    expect(md).not.toContain("最多提交0份");
    expect(tableWithHeader(md, "子事项", "实施部门")[1][4]).toBe("即办");
    const notice = files.get("notice.md")!;
    expect(notice).toContain("无需提交材料。");
    expect(notice).not.toContain("## 需提交的材料（共0项）");
    expect(notice).toContain("补换卡（人社局，即办）");
    expect(notice).toContain("承诺即办，到现场0次。");
    expect(files.get("notice.html")).not.toContain('<table class="materials">');
    // The notice for any answers the window staff give is the same.
    const again = noticeFiles(model, templateSet(), {});
    expect(again.find((f) => f.path === "notice.md")!.text).toBe(notice);
  });
});

describe("figures as offices publish them", () => {
  const tie = SICHUAN.replace("  子事项 营业执照 {", '  头条情形: 主体类型 == 个体工商户\n  子事项 营业执照 {');
  it("lets the office choose the headline situation when two tie on sub-items", () => {
    const plain = compileOne(SICHUAN).model;
    expect(plain.metrics.basis.headline).toBe("mostItems");
    expect(plain.metrics.headline.situation).toEqual({ 主体类型: "公司" });
    const { model, files } = compileOne(tie);
    expect(model.metrics.basis.headline).toBe("declared");
    expect(model.metrics.headline.situation).toEqual({ 主体类型: "个体工商户" });
    expect(files.get("guide.md")).toContain("改革办指定的情形：主体类型：个体工商户。");
  });

  it("reports both after-material counts, labelled, and publishes the one the office chose", () => {
    const { model, files } = compileOne(SICHUAN);
    // Merged: 法定代表人身份证, 公司章程, 营业执照副本, 经营场所使用证明… each once, whoever supplies it;
    // 授权委托书 and 经营场所使用证明 are conditional in words and counted apart.
    expect(model.metrics.headline.materials).toEqual({ before: 8, after: 2, handedIn: 2, merged: 7, conditional: 2 });
    const rows = tableWithHeader(files.get("guide.md")!, "指标", "改革前", "改革后", "减少").slice(1);
    expect(rows.slice(0, 2).map((r) => [r[0], r[2]])).toEqual([
      ["申请材料·申请人提交（份）＊", "2"],
      ["申请材料·合并清单（份）", "7"],
    ]);
    const merged = compileOne(SICHUAN.replace("  办理渠道:", "  材料口径: 合并清单\n  办理渠道:"));
    expect(merged.model.metrics.basis.materialsAfter).toBe("merged");
    expect(merged.model.metrics.headline.materials.after).toBe(7);
    expect(merged.files.get("guide.md")).toContain("> 合并后的材料清单共7份，");
  });

  it("counts steps: each sub-item's own (default 受理、审查、决定、送达) → the matter's", () => {
    const plain = compileOne(SICHUAN).model;
    expect(plain.metrics.headline.steps).toEqual({ before: 16, after: 4 });
    expect(plain.metrics.basis.steps).toBe("default");
    const declared = compileOne(
      SICHUAN.replace("  办理渠道:", '  环节: "一窗受理", "联合审批"\n  办理渠道:').replace("子事项 营业执照 { 部门: 市场监管局", '子事项 营业执照 { 部门: 市场监管局  环节: "申请", "受理", "审查", "决定", "制证", "送达"'),
    );
    expect(declared.model.items[0].steps).toEqual(["申请", "受理", "审查", "决定", "制证", "送达"]);
    expect(declared.model.metrics.headline.steps).toEqual({ before: 18, after: 2 });
    expect(declared.files.get("guide.md")).toContain("改革后为一件事声明的环节：一窗受理、联合审批。");
    expect(tableWithHeader(declared.files.get("guide.md")!, "子事项", "实施部门")[1][6]).toBe("申请、受理、审查、决定、制证、送达");
  });
});
