// 特殊环节: time that does not count toward a limit is kept apart everywhere it shows — the model,
// the figures (time.uncounted, basis.uncounted), the critical path, the guide and the notice, and
// the process (a task outside the sub-item's timer).
import { describe, expect, it } from "vitest";
import { BpmnModdle } from "bpmn-moddle";
import type { Model } from "../../compiler/model.js";
import { noticeView } from "../../targets/guide/notice.js";
import { guideView } from "../../targets/guide/view.js";
import { renderProcess } from "../../targets/process/index.js";
import { compileTexts } from "../helpers/memory-host.js";

const SOURCE = `使用 "std/部门"
一件事 测试 {
  编码: "T-1"
  牵头部门: 市场监管局
  配合部门: 税务局
  承诺时限: 8 工作日
  情形 检测: 是否 "是否需要检测？" 默认 否
  子事项 甲 {
    部门: 市场监管局
    承诺时限: 3 工作日
    特殊环节 公示 {
      时限: 20 自然日
      时机: 办理前
      依据: "《示例条例》第三条：公示期为20日"
    }
  }
  子事项 乙 {
    部门: 税务局
    承诺时限: 5 工作日
    前置: 甲
    特殊环节 检验 {
      时限: 10 工作日
      适用: 检测
      依据: "《行政许可法》第四十五条"
    }
    特殊环节 审核 { 时限: 2 工作日  计入时限: 是 }
  }
}
`;

function compile(source = SOURCE): { model: Model; codes: string[] } {
  const r = compileTexts({ "main.matter": source });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { model: r.models[0], codes: r.diagnostics.map((d) => d.code) };
}

describe("special steps (特殊环节)", () => {
  const { model, codes } = compile();
  const caseOf = (answer: boolean) => model.metrics.situations.find((c) => c.situation.检测 === answer)!;

  it("are in the model with their time, basis, position and condition; no warning when declared in full", () => {
    expect(codes).toEqual([]);
    const [gongshi] = model.items[0].specialSteps!;
    expect(gongshi).toMatchObject({ name: "公示", counted: false, position: "before", basis: ["《示例条例》第三条：公示期为20日"], when: { op: "true" } });
    expect(gongshi.time).toMatchObject({ value: 20, unit: "自然日", workdays: 15, approximate: true });
    expect(model.items[1].specialSteps!.map((s) => [s.name, s.counted, s.position])).toEqual([
      ["检验", false, "after"],
      ["审核", true, "after"],
    ]);
    expect(new Set(model.items.flatMap((i) => i.specialSteps!.map((s) => s.id))).size).toBe(3);
  });

  it("keep uncounted time out of before, after and the critical path, and count it apart per case", () => {
    const without = caseOf(false).time;
    const withTest = caseOf(true).time;
    for (const t of [without, withTest]) {
      expect(t.after).toBe(8);
      expect(t.criticalPath).toBe(8);
      expect(t.before).toBe(8);
    }
    // 公示 15 (20 calendar days) before 甲; 检验 10 after 乙 only when testing is needed.
    expect(without.uncounted).toEqual({ workdays: 15, criticalPath: 23, approximate: true, steps: [{ item: "甲", step: "公示", workdays: 15 }] });
    expect(withTest.uncounted).toEqual({
      workdays: 25,
      criticalPath: 33,
      approximate: true,
      steps: [
        { item: "甲", step: "公示", workdays: 15 },
        { item: "乙", step: "检验", workdays: 10 },
      ],
    });
    expect(model.metrics.basis.uncounted!.map((u) => [u.item, u.step, u.workdays, u.basis.length])).toEqual([
      ["甲", "公示", 15, 1],
      ["乙", "检验", 10, 1],
    ]);
  });

  it("leave figures without special steps as they were (no uncounted keys)", () => {
    const { model: plain } = compile(SOURCE.replace(/    特殊环节 [^]*?\n    }\n/g, "").replace(/    特殊环节 审核 .*\n/, ""));
    expect(plain.items.every((i) => i.specialSteps === undefined)).toBe(true);
    expect(plain.metrics.basis.uncounted).toBeUndefined();
    expect(plain.metrics.headline.time.uncounted).toBeUndefined();
  });

  it("are said wherever the guide and the notice give a time", () => {
    const view = guideView(model);
    expect(view.summary).toBe("申请人无需提交材料，跑动1次，承诺8个工作日内办结（不含公示20个自然日、检验10个工作日〔如需要检测时〕）");
    expect(view.special.map((s) => [s.item, s.name, s.countedText, s.position])).toEqual([
      ["甲", "公示", "不计入时限", "办理前"],
      ["乙", "检验", "不计入时限", "办理后"],
      ["乙", "审核", "计入时限", "办理后"],
    ]);
    expect(view.time.uncounted).toBe("以上时限不含特殊环节：甲·公示20个自然日（约15个工作日）、乙·检验10个工作日，这些环节的时间依法不计入办理时限；连同这些环节，最长的情形共需约33个工作日");
    expect(noticeView(model, { 检测: false }).timeSentence).toBe("整体承诺8个工作日内办结（不含公示20个自然日）");
    expect(noticeView(model, { 检测: true }).timeSentence).toBe("整体承诺8个工作日内办结（不含公示20个自然日、检验10个工作日）");
  });

  it("run in the process as tasks of their own, outside the sub-item's timer", async () => {
    const xml = renderProcess(model, "camunda8");
    const { rootElement } = await new BpmnModdle().fromXML(xml);
    const process = (rootElement as unknown as { rootElements: { $type: string; flowElements?: { $type: string; id: string; name?: string; attachedToRef?: { id: string }; incoming?: { sourceRef: { id: string } }[]; outgoing?: { targetRef: { id: string } }[] }[] }[] }).rootElements.find((e) => e.$type === "bpmn:Process")!;
    const els = process.flowElements!;
    const byId = (id: string) => els.find((e) => e.id === id)!;
    const [a, b] = model.items;
    const gongshi = a.specialSteps![0];
    const jianyan = b.specialSteps![0];
    const shenhe = b.specialSteps![1];
    expect(byId(gongshi.id).$type).toBe("bpmn:UserTask");
    expect(byId(gongshi.id).name).toBe("公示（不计入时限）");
    // 公示 leads into 甲's task; 检验 is optional after 乙's task; 审核 (counted) has no task.
    expect(byId(gongshi.id).outgoing!.map((f) => f.targetRef.id)).toEqual([a.id]);
    // (after 乙's refusal gateway: 不予许可 ends the case, 准予 goes on to 检验)
    expect(byId(b.id).outgoing!.map((f) => f.targetRef.id)).toEqual([`${b.id}_review`]);
    expect(byId(`${b.id}_review`).outgoing!.map((f) => f.targetRef.id)).toEqual([`${b.id}_refused`, `${jianyan.id}_split`]);
    expect(els.some((e) => e.id === shenhe.id)).toBe(false);
    // Every timer sits on a sub-item's task, none on a special step.
    const timers = els.filter((e) => e.$type === "bpmn:BoundaryEvent");
    expect(timers.map((t) => t.attachedToRef!.id).sort()).toEqual([a.id, b.id].sort());
  });
});

describe("special step checks", () => {
  it("W1101 when counted steps exceed the sub-item's own limit, and not when they fit", () => {
    expect(compile(SOURCE.replace("特殊环节 审核 { 时限: 2 工作日", "特殊环节 审核 { 时限: 6 工作日")).codes).toEqual(["W1101"]);
    expect(compile(SOURCE.replace("特殊环节 审核 { 时限: 2 工作日", "特殊环节 审核 { 时限: 5 工作日")).codes).toEqual([]);
  });

  it("W1102 only when a counted step's basis says it is not counted", () => {
    const said = SOURCE.replace("特殊环节 审核 { 时限: 2 工作日  计入时限: 是 }", '特殊环节 审核 { 时限: 2 工作日  计入时限: 是  依据: "所需时间不计算在期限内" }');
    expect(compile(said).codes).toEqual(["W1102"]);
    expect(compile(said.replace("计入时限: 是  ", "")).codes).toEqual([]);
  });

  it("W1103 and W1104 for an uncounted step without basis or time", () => {
    expect(compile(SOURCE.replace('      依据: "《行政许可法》第四十五条"\n', "")).codes).toEqual(["W1103"]);
    // Without a declared basis the guide does not say the law leaves the time out.
    const unsaid = guideView(compile(SOURCE.replace('      依据: "《行政许可法》第四十五条"\n', "")).model).time.uncounted;
    expect(unsaid).toContain("这些环节的时间按本事项的声明不计入办理时限");
    expect(unsaid).not.toContain("依法");
    expect(compile(SOURCE.replace("      时限: 10 工作日\n", "")).codes).toEqual(["W1104"]);
  });

  it("a special step named twice in one sub-item is E0102", () => {
    const r = compileTexts({ "main.matter": SOURCE.replace("特殊环节 审核", "特殊环节 检验") });
    expect(r.diagnostics.map((d) => d.code)).toContain("E0102");
  });
});

describe("a commitment replacing a step (替代环节)", () => {
  const SRC = `使用 "std/部门"
一件事 测试 {
  编码: "T-1"
  牵头部门: 市场监管局
  配合部门: 消防救援
  承诺时限: 12 工作日
  环节: 受理, 现场核查, 决定
  情形 面积大: 是否 "营业面积是否大于300平方米？" 默认 是
  子事项 营业执照 { 部门: 市场监管局  承诺时限: 2 工作日 }
  子事项 消防检查 {
    部门: 消防救援
    承诺时限: 10 工作日
    前置: 营业执照
    适用: 面积大
    特殊环节 现场检查 { 时限: 10 工作日  计入时限: 是  时机: 办理前 }
    特殊环节 检测 { 时限: 5 工作日  依据: "《行政许可法》第四十五条" }
  }
  告知承诺 消防承诺 {
    替代环节: 消防检查.现场检查, 消防检查.检测, 现场核查
    核查: 实地核查 20 工作日
  }
}
`;
  const { model, codes } = compile(SRC);
  const yes = model.metrics.situations.find((c) => c.situation.面积大 === true)!;

  it("is in the model: the commitment's steps, each step's replacing commitments and when it runs", () => {
    expect(codes).toEqual([]);
    const c = model.commitments[0];
    expect(c.replaces).toEqual([]);
    expect(c.replacesSteps).toEqual([{ item: "消防检查", step: "现场检查" }, { item: "消防检查", step: "检测" }, { step: "现场核查" }]);
    expect(c.department).toBe("消防救援");
    expect(c.offeredWhen).toEqual({ op: "true" });
    const [xianchang] = model.items[1].specialSteps!;
    expect(xianchang.replacedBy).toEqual(["消防承诺"]);
    expect(xianchang.runsWhen).toEqual({ op: "not", arg: { op: "eq", subject: "消防承诺", value: true } });
  });

  it("takes the replaced step's time and the matter's step out of the figures (commitments count as taken)", () => {
    // 营业执照 2 → 消防检查 10, minus the replaced counted inspection of 10: the chain is 2.
    expect(yes.time.criticalPath).toBe(2);
    expect(yes.time.uncounted).toEqual({ workdays: 0, criticalPath: 2, approximate: false, steps: [] });
    expect(yes.steps.after).toBe(2);
  });

  it("skips the step in the process when the commitment is taken, and checks afterwards", () => {
    const xml = renderProcess(model, "camunda8");
    const jiance = model.items[1].specialSteps![1];
    expect(xml).toContain(`<bpmn:exclusiveGateway id="${jiance.id}_split" name="是否需要检测？"`);
    expect(xml).toMatch(/<bpmn:conditionExpression[^>]*>=not\(消防承诺 = true\)<\/bpmn:conditionExpression>/);
    expect(xml).toContain("选择“消防承诺”告知承诺的，免于此环节，改为事后核查");
  });

  it("is said in the guide, the notice and the letter", () => {
    const view = guideView(model);
    expect(view.commitments[0].replacesSteps).toEqual(["消防检查·现场检查", "消防检查·检测", "现场核查"]);
    expect(view.special[0].replacedBy).toBe("选择消防承诺告知承诺的，免于此环节，改为事后核查");
    expect(noticeView(model, { 面积大: true, 消防承诺: true }).timeSentence).toBe("整体承诺12个工作日内办结");
    expect(noticeView(model, { 面积大: true, 消防承诺: false }).timeSentence).toBe("整体承诺12个工作日内办结（不含检测5个工作日）");
  });
});
