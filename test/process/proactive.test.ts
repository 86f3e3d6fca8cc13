// 免申办 in bpmn-engine (the Camunda 8 flavour, FEEL by feelin): the process starts from the data
// event's message or, for a periodic run, the timer fires 定期比对 (the platform's matching worker
// gives the list of matches) and 逐一启动办理 starts one case per match by the matter's own message;
// not from an application; the eligibility decision is
// called by the business-rule task (the platform answers it from the model's rules, which
// eligibility.dmn encodes); not eligible ends at 不符合条件; consent asks the person, and a refusal
// or the 确认时限 passing ends without a grant; 快申快享 asks for the missing fields; then the
// sub-items as in any matter, and 主动告知 before the end. A sub-item granted from data runs only
// when its own decision says eligible.
import { describe, expect, it } from "vitest";
import type { CaseMetrics, Model, Proactive } from "../../compiler/model.js";
import { renderProcess } from "../../targets/process/index.js";
import { candidates, MATCH_TOPIC, matterStartMessage, START_TOPIC } from "../../targets/process/proactive.js";
import { eligibilityDecisionId as eligibilityDecision } from "../../targets/dmn/ids.js";
import { application } from "./application.js";
import { checkRun } from "./check-run.js";
import { type Case, completeAll, type Decide, type Platform, start } from "./engine.js";
import { eligibleBy, eligibleData, ineligible, periodicMatches, proactiveModels } from "./proactive-models.js";

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
    // The matter's own message (a periodic run's case: sent by the platform's start worker).
    message: matterStartMessage(model),
  };
}

/** One case, started as its trigger starts it (a periodic run's case: by the matched message). */
async function begin(model: Model, xml: string, data: Record<string, unknown>): Promise<Case> {
  return start(xml, data, platformFor(model));
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

  if (p.trigger.kind === "periodic") {
    it("the periodic run: timer → 定期比对 → one case per match (some eligible, some not), each with its own verdict", async () => {
      const list = candidates(model);
      const eligibleOne = data();
      const matches = periodicMatches(eligibleOne, p);
      const verdicts = matches.map((m) => eligibleBy(p, m));
      expect(verdicts, "the matches mix eligible and not").toContain(true);
      expect(verdicts).toContain(false);
      const dispatched: unknown[] = [];
      const run = await start(xml, {}, {
        work: (topic, id, vars) => {
          expect([topic, id]).toEqual([MATCH_TOPIC, `${model.id}_match`]);
          expect(vars[list.list], "the periodic run carries no data of its own").toBeUndefined();
          return { [list.list]: structuredClone(matches) };
        },
        dispatch: (topic, element) => {
          expect(topic).toBe(START_TOPIC);
          dispatched.push(element);
        },
      });
      expect(run.timersRunning(), "the periodic run waits for its timer").toEqual([`${model.id}_periodic`]);
      expect(run.log.filter((l) => l.startsWith("end ")), "nothing has run before the timer").toEqual([]);
      run.fire(`${model.id}_periodic`);
      expect(run.ended()).toBe(true);
      expect(run.log.filter((l) => !l.startsWith("start ") && !l.startsWith("wait "))).toEqual([
        `end ${model.id}_periodic`,
        `work ${model.id}_match`,
        `end ${model.id}_match`,
        ...matches.map(() => `dispatch ${model.id}_dispatch`),
        `end ${model.id}_dispatch`,
        `end ${model.id}_dispatched`,
      ]);
      expect(run.log, "the periodic run decides nothing itself").not.toContain(`start ${model.id}_eligibility`);
      expect(dispatched).toEqual(matches);
      // Each match is one case, started by the matter's message with the match as its data.
      for (const [n, element] of dispatched.entries()) {
        const c = await start(xml, element as Record<string, unknown>, platformFor(model));
        const completed = completeAll(c, undefined, decide);
        expect(c.ended(), `match ${n}`).toBe(true);
        expect(c.log, `match ${n}: the timer is no part of its case`).not.toContain(`start ${model.id}_match`);
        expect(c.log).toContain(`decide ${eligibilityDecision(model)} ${verdicts[n]}`);
        if (verdicts[n]) {
          checkRun(model, fullest, c.log, completed);
          expect(c.log).toContain(`notice ${model.id}_notify`);
          expect(c.log).toContain(`end ${model.id}_end`);
        } else {
          expect(c.log).toContain(`end ${model.id}_ineligible`);
          expect(c.log).not.toContain(`notice ${model.id}_notify`);
        }
      }
    });
  }

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
