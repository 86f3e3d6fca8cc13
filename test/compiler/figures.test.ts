// Before/after figures on a matter computed by hand: a conditional sub-item, an earlier result
// (前序产出), an electronic licence, a commitment, a deferrable material, calendar days.
import { describe, expect, it } from "vitest";
import { compileTexts } from "../helpers/memory-host.js";

const SHOP = `
使用 "std/部门"
使用 "std/材料"
使用 "std/字段"
一件事 小店开业 {
  编码: "FIG-1"
  牵头部门: 市场监管局
  配合部门: 消防救援, 住建局
  承诺时限: 12 工作日
  办理渠道: 一网通办
  情形 设置招牌: 是否 "是否设置户外招牌？"
  子事项 营业执照登记 { 部门: 市场监管局  法定时限: 3 工作日  承诺时限: 1 工作日  单独跑动: 2
    材料: 居民身份证, 申请书, 租赁合同  字段: 企业.名称, 申请人.姓名  产出: "营业执照" }
  子事项 食品经营许可 { 部门: 市场监管局  承诺时限: 5 工作日  前置: 营业执照登记
    材料: 执照副本, 申请书, 健康证明  字段: 企业.名称, 经营场所.地址 }
  子事项 消防检查 { 部门: 消防救援  承诺时限: 3 工作日  前置: 营业执照登记
    材料: 执照副本, 消防合格证明  字段: 经营场所.地址 }
  子事项 招牌设置 { 部门: 住建局  承诺时限: 14 自然日  前置: 营业执照登记  适用: 设置招牌  单独跑动: 2
    材料: 执照副本, 招牌设计图  字段: 招牌.尺寸, 设置招牌 }
  材料 申请书 { 形式: 原件 }
  材料 租赁合同 { 形式: 复印件 }
  材料 执照副本 { 来源: 前序产出 营业执照登记 }
  材料 健康证明 { 形式: 复印件  容缺: 5 工作日 }
  材料 消防合格证明 { 形式: 原件 }
  材料 招牌设计图 { 形式: 电子 }
  字段 招牌.尺寸: 文本 必填
  告知承诺 消防承诺 { 替代材料: 消防合格证明  核查: 实地核查 20 工作日 }
}
`;

describe("before/after figures", () => {
  const result = compileTexts({ "shop.matter": SHOP });
  const model = result.models[0];

  it("compiles without diagnostics", () => {
    expect(result.diagnostics).toEqual([]);
  });

  it("gives the figures with a sign, computed by hand", () => {
    const withSign = model.metrics.situations.find((s) => s.situation.设置招牌 === true)!;
    expect(withSign).toEqual({
      situation: { 设置招牌: true },
      items: ["营业执照登记", "食品经营许可", "消防检查", "招牌设置"],
      // 3 + 3 + 2 + 2 asked per sub-item; still asked: 申请书, 租赁合同, 健康证明, 招牌设计图
      // (居民身份证 is an e-licence, 执照副本 an earlier result, 消防合格证明 replaced by the commitment).
      // The merged list has 7: those four, 居民身份证, 执照副本 and 消防合格证明.
      materials: { before: 10, after: 4, handedIn: 4, merged: 7, conditional: 0 },
      fields: { before: 6, after: 4 },
      typed: { before: 6, after: 4, prefilled: 0 },
      trips: { before: 6, after: 1, derived: 1 },
      steps: { before: 16, after: 4 },
      // Before: each alone, legal time first: 3 + 5 + 3 + 10 (14 calendar days → ceil(14 × 5 / 7));
      // after: the promise; the path is 1 + 10.
      time: { before: 21, after: 12, criticalPath: 11, unit: "工作日", approximate: true },
    });
  });

  it("gives the figures without a sign", () => {
    const without = model.metrics.situations.find((s) => s.situation.设置招牌 === false)!;
    expect(without).toEqual({
      situation: { 设置招牌: false },
      items: ["营业执照登记", "食品经营许可", "消防检查"],
      materials: { before: 8, after: 3, handedIn: 3, merged: 6, conditional: 0 },
      fields: { before: 5, after: 3 },
      typed: { before: 5, after: 3, prefilled: 0 },
      trips: { before: 4, after: 1, derived: 1 },
      steps: { before: 12, after: 4 },
      time: { before: 11, after: 12, criticalPath: 6, unit: "工作日", approximate: false },
    });
  });

  it("takes the situation with the most sub-items as the headline", () => {
    expect(model.metrics.headline.situation).toEqual({ 设置招牌: true });
    expect(model.metrics.situations).toHaveLength(2);
  });

  it("derives trips: 0 online when no original is asked, else 1", () => {
    expect(model.trips).toEqual({ value: 1, declared: false });
    const online = compileTexts({ "shop.matter": SHOP.replace("材料 申请书 { 形式: 原件 }", "材料 申请书 { 形式: 电子 }").replace("材料 消防合格证明 { 形式: 原件 }", "材料 消防合格证明 { 形式: 复印件 }") });
    expect(online.models[0].metrics.headline.trips.after).toBe(0);
  });

  it("reports the critical path when no promised time is declared", () => {
    const r = compileTexts({ "shop.matter": SHOP.replace("承诺时限: 12 工作日\n", "") });
    expect(r.models[0].metrics.headline.time).toMatchObject({ after: 11, criticalPath: 11 });
  });

  it("derives when each material must be handed in", () => {
    const fire = model.materials.find((m) => m.name === "消防合格证明")!;
    expect(fire.replacedBy).toEqual(["消防承诺"]);
    expect(fire.uploadWhen).toEqual({ op: "not", arg: { op: "eq", subject: "消防承诺", value: true } });
    const sign = model.materials.find((m) => m.name === "招牌设计图")!;
    expect(sign.uploadWhen).toEqual({ op: "eq", subject: "设置招牌", value: true });
    expect(model.materials.find((m) => m.name === "执照副本")!.uploadWhen).toEqual({ op: "false" });
    expect(model.fields.find((f) => f.path === "招牌.尺寸")!.neededWhen).toEqual({ op: "eq", subject: "设置招牌", value: true });
  });
});

describe("situations enumerated", () => {
  it("splits numbers at the values compared and names only distinguished options", () => {
    const r = compileTexts({
      "a.matter": `使用 "std/部门"
一件事 甲 {
  编码: "N-1"
  牵头部门: 市场监管局
  情形 面积: 数字 "面积？"
  情形 项目: 多选 "项目？" [热食, 冷食, 饮品]
  情形 类型: 单选 "类型？" [公司, 分公司, 个体]
  子事项 大店 { 部门: 市场监管局  适用: 面积 > 50 }
  子事项 热食 { 部门: 市场监管局  适用: 项目 包含 热食 }
  子事项 分支 { 部门: 市场监管局  适用: 类型 属于 [分公司] }
}
`,
    });
    expect(r.diagnostics).toEqual([]);
    const answers = r.models[0].metrics.situations.map((s) => s.situation);
    expect(new Set(answers.map((a) => a.面积))).toEqual(new Set([49, 50, 51]));
    expect(new Set(answers.map((a) => JSON.stringify(a.项目)))).toEqual(new Set(['["热食"]', "[]"]));
    expect(new Set(answers.map((a) => a.类型))).toEqual(new Set(["分公司", "公司"]));
    expect(answers).toHaveLength(12);
    expect(r.models[0].metrics.headline.situation).toEqual({ 面积: 51, 项目: ["热食"], 类型: "分公司" });
  });
});

describe("conditional fields", () => {
  const text = `使用 "std/部门"
一件事 甲 {
  编码: "CF-1"
  牵头部门: 民政局
  情形 未成年人: 是否 "申请人是否未满十八周岁？"
  字段 申请人.姓名: 文本 必填
  字段 监护人.姓名: 文本 必填 适用 (未成年人)
  字段 监护人.关系: 单选 [父母, 其他] 适用 (未成年人 且 非 未成年人)
  子事项 登记 { 部门: 民政局  字段: 申请人.姓名, 监护人.姓名 }
  子事项 备案 { 部门: 民政局  字段: 申请人.姓名, 监护人.姓名, 监护人.关系 }
}
`;
  const r = compileTexts({ "a.matter": text });

  it("are asked only when their own condition holds", () => {
    expect(r.diagnostics).toEqual([]);
    const m = r.models[0];
    expect(m.fields.find((f) => f.path === "监护人.姓名")!.neededWhen).toEqual({ op: "eq", subject: "未成年人", value: true });
    const minor = m.metrics.situations.find((s) => s.situation.未成年人 === true)!;
    const adult = m.metrics.situations.find((s) => s.situation.未成年人 === false)!;
    expect(minor.fields).toEqual({ before: 4, after: 2 });
    expect(adult.fields).toEqual({ before: 2, after: 1 });
  });

  it("are checked like any condition", () => {
    const bad = compileTexts({ "a.matter": text.replace("适用 (未成年人)", "适用 (未成年)") });
    expect(bad.diagnostics.map((d) => [d.code, d.args.suggestion])).toEqual([["E0503", "未成年人"]]);
    const bare = compileTexts({ "a.matter": text.replace("适用 (未成年人)", "适用 未成年人") });
    expect(bare.diagnostics.map((d) => d.code)).toEqual(["E0604"]);
  });
});

describe("fields the applicant types (智能预填)", () => {
  const text = `使用 "std/部门"
一件事 乙 {
  编码: "TY-1"
  牵头部门: 公安局
  配合部门: 医保局
  承诺时限: 5 工作日
  情形 参保: 是否 "是否参加医保？"
  字段 婴儿.姓名: 文本 必填
  字段 婴儿.性别: 单选 [男, 女] 必填 来源 (数据共享 卫生健康委 "出生医学信息.性别")
  字段 母亲.姓名: 文本 必填 来源 (身份认证)
  字段 母亲.手机: 手机号 必填
  字段 户口.户号: 文本 来源 (前序产出 登记 "户号")
  子事项 登记 { 部门: 公安局  承诺时限: 2 工作日  字段: 婴儿.姓名, 婴儿.性别, 母亲.姓名 }
  子事项 参保登记 { 部门: 医保局  承诺时限: 3 工作日  前置: 登记  适用: 参保
    字段: 婴儿.姓名, 婴儿.性别, 母亲.姓名, 母亲.手机, 户口.户号 }
}
`;
  const r = compileTexts({ "a.matter": text });
  const m = r.models[0];

  it("are every field of each sub-item alone before, the merged fields without a source after", () => {
    expect(r.diagnostics).toEqual([]);
    const yes = m.metrics.situations.find((s) => s.situation.参保 === true)!;
    const no = m.metrics.situations.find((s) => s.situation.参保 === false)!;
    // 3 + 5 asked; 5 distinct, of which 婴儿.性别, 母亲.姓名 and 户口.户号 have a source.
    expect([yes.fields, yes.typed]).toEqual([{ before: 8, after: 5 }, { before: 8, after: 2, prefilled: 3 }]);
    // Only 登记: 3 asked, 2 of them prefilled.
    expect([no.fields, no.typed]).toEqual([{ before: 3, after: 3 }, { before: 3, after: 1, prefilled: 2 }]);
    expect(m.metrics.headline.typed).toEqual(yes.typed);
  });

  it("say which fields are counted as prefilled and from what kind of source", () => {
    expect(m.metrics.basis.typed).toEqual({
      before: "eachItemAlone",
      after: "withoutSource",
      prefilled: [
        { field: "婴儿.性别", source: "data-sharing" },
        { field: "母亲.姓名", source: "identity" },
        { field: "户口.户号", source: "prior-output" },
      ],
    });
  });
});
