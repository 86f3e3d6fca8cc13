// 免申办 in bpmn-engine (the Camunda 8 flavour, FEEL by feelin): the process starts from the data
// event's message or the periodic timer, not from an application; the eligibility decision is
// called by the business-rule task (the platform answers it from the model's rules, which
// eligibility.dmn encodes); not eligible ends at 不符合条件; consent asks the person, and a refusal
// or the 确认时限 passing ends without a grant; 快申快享 asks for the missing fields; then the
// sub-items as in any matter, and 主动告知 before the end. A sub-item granted from data runs only
// when its own decision says eligible.
import { describe, expect, it } from "vitest";
import type { CaseMetrics, Model, Proactive } from "../../compiler/model.js";
import { renderProcess } from "../../targets/process/index.js";
import { eligibilityDecisionId as eligibilityDecision } from "../../targets/dmn/ids.js";
import { application } from "./application.js";
import { checkRun } from "./check-run.js";
import { type Case, completeAll, type Decide, type Platform, start } from "./engine.js";
import { eligibleBy, eligibleData, ineligible, proactiveModels } from "./proactive-models.js";

const fullestOf = (model: Model): CaseMetrics => model.metrics.situations.reduce((a, b) => (b.items.length > a.items.length ? b : a));

/** The platform for a model: decisions answered by the model's own rules on the variables. */
function platformFor(model: Model): Platform {
  const owners = new Map<string, Proactive>();
  if (model.proactive) owners.set(eligibilityDecision(model), model.proactive);
  for (const i of model.items) if (i.proactive) owners.set(eligibilityDecision(model, i), i.proactive);
  const t = model.proactive?.trigger;
  return {
    decide: (id, vars) => {
      const p = owners.get(id);
      if (!p) throw new Error(`no decision ${id}`);
      const ok = eligibleBy(p, vars);
      return { 符合: ok, 未满足条件: ok ? null : p.rules.find((r) => !eligibleBy({ ...p, rules: [r] }, vars))!.name };
    },
    message: t?.kind === "data-event" ? t.event : t?.kind === "prior-output" ? `${t.item}办结` : undefined,
  };
}

async function begin(model: Model, xml: string, data: Record<string, unknown>): Promise<Case> {
  const platform = platformFor(model);
  const run = await start(xml, data, platform);
  if (model.proactive?.trigger.kind === "periodic") {
    expect(run.timersRunning(), "the periodic run waits for its timer").toContain(`${model.id}_start`);
    expect(run.log.filter((l) => l.startsWith("start ")), "nothing starts before the timer").toEqual([`start ${model.id}_start`]);
    run.fire(`${model.id}_start`);
  }
  return run;
}

const matterLevel = proactiveModels().filter(({ model }) => model.proactive);
const itemLevel = proactiveModels().filter(({ model }) => !model.proactive);

describe.each(matterLevel)("免申办 $name in bpmn-engine", ({ model }) => {
  const p = model.proactive!;
  const xml = renderProcess(model, "camunda8");
  const fullest = fullestOf(model);
  const confirm = `${model.id}_confirm`;
  const fill = `${model.id}_fill`;
  // The application's sample data made to meet the matter's rules.
  const data = () => eligibleData(application(model, fullest.situation), p);
  const decide: Decide = (id) => (id === confirm ? { 结果: "确认" } : id === fill ? { 申请人: { 手机号: "13800000000" } } : undefined);

  it(`starts from its ${p.trigger.kind}, no application: eligible → ${p.confirmation === "consent" ? "申请人确认 → " : ""}${p.mode === "快申快享" ? "填写缺项 → " : ""}the sub-items → 统一出件 → 主动告知`, async () => {
    const run = await begin(model, xml, data());
    const completed = completeAll(run, undefined, decide);
    expect(run.ended()).toBe(true);
    expect(run.log).toContain(`decide ${eligibilityDecision(model)} true`);
    expect(completed).not.toContain(`${model.id}_accept`);
    expect(completed.includes(confirm), "申请人确认").toBe(p.confirmation === "consent");
    expect(completed.includes(fill), "填写缺项").toBe(p.mode === "快申快享");
    checkRun(model, fullest, run.log, completed);
    const at = (e: string) => run.log.indexOf(e);
    if (p.confirmation === "consent") expect(at(`end ${confirm}`)).toBeLessThan(Math.min(...model.items.filter((i) => completed.includes(i.id)).map((i) => at(`start ${i.id}`))));
    expect(at(`end ${model.id}_issue`)).toBeLessThan(at(`notice ${model.id}_notify`));
    expect(at(`notice ${model.id}_notify`)).toBeLessThan(at(`end ${model.id}_end`));
  });

  it("not eligible: ends at 不符合条件, nothing handled, granted or told", async () => {
    const run = await begin(model, xml, ineligible(data(), p));
    const completed = completeAll(run, undefined, decide);
    expect(run.ended()).toBe(true);
    expect(run.log).toContain(`decide ${eligibilityDecision(model)} false`);
    expect(run.log).toContain(`end ${model.id}_ineligible`);
    expect(completed.filter((t) => t !== fill)).toEqual([]);
    expect(run.log).not.toContain(`notice ${model.id}_notify`);
  });

  if (p.confirmation === "consent") {
    it("the person declines: ends without a grant", async () => {
      const run = await begin(model, xml, data());
      const completed = completeAll(run, undefined, (id) => (id === confirm ? { 结果: "不同意" } : decide(id, 0)));
      expect(run.ended()).toBe(true);
      expect(run.log).toContain(`end ${confirm}_declined`);
      expect(model.items.filter((i) => completed.includes(i.id))).toEqual([]);
      expect(run.log).not.toContain(`start ${model.id}_issue`);
    });
    it("a confirmation not recorded is not a consent", async () => {
      const run = await begin(model, xml, data());
      const completed = completeAll(run, undefined, (id) => (id === confirm ? undefined : decide(id, 0)));
      expect(run.log).toContain(`end ${confirm}_declined`);
      expect(model.items.filter((i) => completed.includes(i.id))).toEqual([]);
    });
    if (p.confirmWithin) {
      it("the 确认时限 passes: ends at 逾期未确认 without a grant", async () => {
        const run = await begin(model, xml, data());
        const completed = completeAll(run, (id) => {
          if (id === confirm) run.fire(`${confirm}_timer`);
        }, decide);
        expect(run.ended()).toBe(true);
        expect(run.log).toContain(`end ${confirm}_late`);
        expect(completed).not.toContain(confirm);
        expect(run.log).not.toContain(`start ${model.id}_issue`);
      });
    }
  }
});

describe.each(itemLevel)("sub-item 免申办 $name in bpmn-engine", ({ model }) => {
  const xml = renderProcess(model, "camunda8");
  for (const item of model.items.filter((i) => i.proactive)) {
    const c = model.metrics.situations.find((s) => s.items.includes(item.name))!;
    it(`${item.name} runs when its decision says eligible, after what triggers it`, async () => {
      const run = await start(xml, eligibleData(application(model, c.situation), item.proactive!), platformFor(model));
      const completed = completeAll(run);
      expect(run.ended()).toBe(true);
      expect(run.log).toContain(`decide ${eligibilityDecision(model, item)} true`);
      checkRun(model, c, run.log, completed);
      const t = item.proactive!.trigger;
      if (t.kind === "prior-output") {
        const before = model.items.find((i) => i.name === t.item)!;
        expect(run.log.indexOf(`end ${before.id}`)).toBeLessThan(run.log.indexOf(`start ${item.id}_eligibility`));
      }
    });
    it(`${item.name} is skipped when not eligible; the rest runs`, async () => {
      const run = await start(xml, ineligible(eligibleData(application(model, c.situation), item.proactive!), item.proactive!), platformFor(model));
      const completed = completeAll(run);
      expect(run.ended()).toBe(true);
      expect(run.log).toContain(`decide ${eligibilityDecision(model, item)} false`);
      checkRun(model, c, run.log, completed, { items: c.items.filter((n) => n !== item.name) });
    });
  }
});
