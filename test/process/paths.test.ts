// The ways a case can go besides the plain one, run by bpmn-engine on the Camunda 8 flavour with
// the decisions the staff forms record (targets/form/tasks.ts: an object under the task's id):
// 不予受理 at the window, 补正 once and then 受理, 补正 not done in time, and each sub-item refused
// with the effect it declares (终止办理: the case ends; 跳过后续: the sub-items depending on it are
// skipped, the rest go on and are issued; 继续办理: only it is refused).
import { describe, expect, it } from "vitest";
import type { Answer, CaseMetrics, Model } from "../../compiler/model.js";
import { renderProcess } from "../../targets/process/index.js";
import { application } from "./application.js";
import { checkRun } from "./check-run.js";
import { completeAll, type Decide, start } from "./engine.js";
import { dependentsOf } from "./dependents.js";
import { applicationModels as allModels } from "./models.js";

const fullestOf = (model: Model): CaseMetrics => model.metrics.situations.reduce((a, b) => (b.items.length > a.items.length ? b : a));

describe.each(allModels())("the paths of $name in bpmn-engine", ({ model }) => {
  const xml = renderProcess(model, "camunda8");
  const accept = `${model.id}_accept`;
  const fullest = fullestOf(model);

  it("不予受理 at the window ends the case at 不予受理, nothing handled or issued", async () => {
    const run = await start(xml, application(model, fullest.situation));
    const completed = completeAll(run, undefined, (id) => (id === accept ? { 结果: "不予受理", 不予受理理由: "不属于本机关职权范围" } : undefined));
    expect(run.ended()).toBe(true);
    expect(completed).toEqual([accept]);
    expect(run.log).toContain(`end ${model.id}_refused`);
    expect(run.log).not.toContain(`start ${model.id}_issue`);
  });

  it("补正 once, then 受理: back to 统一受理, then every applying sub-item as usual", async () => {
    const run = await start(xml, application(model, fullest.situation));
    const decide: Decide = (id, nth) =>
      id === accept ? (nth === 0 ? { 结果: "补正", 补正内容: "补交营业执照复印件" } : { 结果: "受理" }) : id === `${model.id}_correct` ? { 补正材料: "营业执照复印件" } : undefined;
    const completed = completeAll(run, undefined, decide);
    expect(run.ended()).toBe(true);
    expect(completed.slice(0, 3)).toEqual([accept, `${model.id}_correct`, accept]);
    expect(completed.filter((t) => t === accept)).toHaveLength(2);
    checkRun(model, fullest, run.log, completed);
  });

  if (model.correction?.within) {
    it("补正 not done in time ends the case at 逾期未补正, before any sub-item", async () => {
      const run = await start(xml, application(model, fullest.situation));
      const completed = completeAll(
        run,
        (id) => {
          if (id === `${model.id}_correct`) run.fire(`${model.id}_correct_timer`);
        },
        (id) => (id === accept ? { 结果: "补正", 补正内容: "补交营业执照复印件" } : undefined),
      );
      expect(run.ended()).toBe(true);
      expect(completed).toEqual([accept]);
      expect(run.log).toContain(`end ${model.id}_correct_late`);
      expect(run.log).not.toContain(`start ${model.id}_issue`);
    });
  }

  // Each sub-item refused, in a situation where it applies (the fullest where it is among them).
  const refusals = model.items.map((item) => {
    const c = [fullest, ...model.metrics.situations].find((s) => s.items.includes(item.name))!;
    return [`${item.name}（${item.onRefusal.effect}）`, item, c] as const;
  });
  it.each(refusals.filter(([, , c]) => c))("%s refused", async (_, item, c) => {
    const run = await start(xml, application(model, c.situation));
    const decide: Decide = (id) => (id === item.id ? { 结果: "不予", 意见: "不符合法定条件" } : model.items.some((i) => i.id === id) ? { 结果: "准予", 意见: "符合条件" } : id === accept ? { 结果: "受理" } : undefined);
    const completed = completeAll(run, undefined, decide);
    expect(run.ended(), "the case ends").toBe(true);
    expect(completed).toContain(item.id);
    if (item.onRefusal.effect === "终止办理") {
      expect(run.log).toContain(`end ${item.id}_refused`);
      expect(run.log, "nothing is issued").not.toContain(`start ${model.id}_issue`);
      // Nothing starts after the refusal.
      const refusedAt = run.log.indexOf(`end ${item.id}`);
      expect(completed.filter((t) => run.log.indexOf(`start ${t}`) > refusedAt)).toEqual([]);
      return;
    }
    const skipped = item.onRefusal.effect === "跳过后续" ? dependentsOf(model, item.name) : new Set<string>();
    const answers: Record<string, Answer> = { ...c.situation, [`${item.id}.结果`]: "不予" };
    checkRun(model, c, run.log, completed, { items: c.items.filter((n) => !skipped.has(n)), answers });
    expect(run.log).toContain(`start ${model.id}_issue`);
  });
});
