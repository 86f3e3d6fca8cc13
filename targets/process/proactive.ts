// 免申办 (国发〔2024〕3号): a matter, or a sub-item, granted without an application.
//
// A 免申办 matter (Model.proactive) does not start from an application: a department's system
// reports an event (message start, named `<model id>:<event>`), or a periodic run finds the people and
// companies to check (below). The eligibility decision (eligibility.dmn,
// targets/dmn: decision `资格_<model id>`) is called by a business-rule task 资格核验; whoever is
// not eligible ends at 不符合条件. With confirmation = consent the person confirms first (申请人确认,
// its 确认时限 an interrupting timer: not confirmed in time, or declined, ends without a grant). In
// 快申快享 the person fills in only the missing fields (填写缺项), before 资格核验 when a rule reads
// one of them, else after the confirmation. Then the sub-items run as in any matter, 统一出件
// issues, and a send task 主动告知 tells the person before the end.
//
// The periodic run (定期) is a part of its own in the same process: the timer start (`timeCycle` =
// the trigger's ISO 8601 cycle) → 定期比对, a service task done by the platform's matching worker
// (topic MATCH_TOPIC), which completes with the list `<model id>_candidates`, one object per person
// or company matched from shared data, keyed like the application's data → 逐一启动办理, a parallel
// multi-instance send task over that list (topic START_TOPIC): for each element the platform's
// worker starts one case by the message `<model id>:定期比对命中` with the element's entries as the
// case's variables → 比对完成. Each case starts at that message start event and runs 资格核验 on its
// own data. One instance per person, not one multi-instance sub-process: every engine (Camunda 8, 7,
// Flowable, Operaton) starts a message-started instance with top-level variables, so the chain
// (decision inputs, forms, gateways) reads the person's data as it reads a data event's, each case
// has its own history, staff tasks and confirmation time limit, and the periodic run ends at once
// instead of waiting a year for the last case; inside an embedded sub-process the results the tasks
// store would go to the shared process scope in Camunda 7 and Flowable.
//
// A sub-item granted from data (Item.proactive) runs only when its own decision (`资格_<item id>`)
// says eligible: a business-rule task and a gateway before it; it asks the applicant nothing.
//
// A decision (targets/dmn: `Eligibility_<model id>`, `Eligibility_<model id>_<item id>`, hit policy
// FIRST) gives one result with two entries, 符合 (boolean) and 未满足条件 (the first rule failed). It
// is stored under the business-rule task's id `<owner id>_eligibility`: Camunda 7 `resultVariable`
// with `mapDecisionResult="singleResult"` (a Map), Camunda 8 `resultVariable` (a context). Flowable's
// DMN task sets each output as a process variable of its own (符合, 未满足条件), so its gateways read
// 符合. The gateways go on only when 符合 is true: false, missing, or no rule hit is not eligible.
import type { Cond, Item, Model, Proactive } from "../../compiler/model.js";
import { not, subjects } from "../../compiler/conditions.js";
import { conditionSentence } from "../conditions/sentence.js";
import type { Fragment, GraphBuilder } from "./builder.js";
import { decided, resultPath } from "./decisions.js";
import type { ProcessLane, StartTrigger } from "./graph.js";
import { limitLabel, timerFor } from "./durations.js";

// The eligibility decision of the matter or a sub-item, and its output saying eligible (boolean;
// the other, 未满足条件, names the first rule failed): eligibility.dmn's ids (targets/dmn/ids.ts).
import { eligibilityDecisionId, eligibilityResult, ELIGIBLE_OUTPUT } from "../dmn/ids.js";

/** The business-rule task calling it, and the process variable its result is stored in (like a
 * staff task's decision, under the task's id): targets/dmn/ids.ts names both. */
export { eligibilityResult };

/** The decision said eligible: its result's 符合 is true. Flowable's DMN task sets each output as a
 * process variable of its own (flavours.ts reads 符合 there). */
export function eligible(ownerId: string): Cond {
  return { op: "eq", subject: `${eligibilityResult(ownerId)}.${ELIGIBLE_OUTPUT}`, value: true };
}

/** 申请人确认's results, recorded as `<model id>_confirm.结果`. */
export const CONFIRM = { yes: "确认", no: "不同意" } as const;

/** The topic (job type) of the platform's worker that sends the 主动告知 notice. */
export const NOTICE_TOPIC = "matterc-notice";

/** The topic (job type) of the platform's matching worker (定期比对 of a periodic run). */
export const MATCH_TOPIC = "matterc-match";

/** The topic (job type) of the platform's worker that starts one case per matched element. */
export const START_TOPIC = "matterc-start";

/** The list 定期比对 completes with, and each element's variable in 逐一启动办理 (ASCII: Camunda 8
 * variables are FEEL names). */
export function candidates(model: Model): { list: string; element: string } {
  return { list: `${model.id}_candidates`, element: `${model.id}_candidate` };
}

/** The name of a message starting the matter: `<model id>:<event>`. The matter's id makes it unique
 * across the processes deployed to one engine: Camunda 7 and Flowable refuse to deploy a second
 * process starting on a message name another one starts on, so two matters triggered by one data
 * event (出生登记办结) get a message each, and the platform sends both. */
export function startMessage(model: Model, event: string): string {
  return `${model.id}:${event}`;
}

/** The message starting one case of a periodic run. */
export function matchedMessage(model: Model): string {
  return startMessage(model, "定期比对命中");
}

/** The message a trigger starts a case with: the data event's, a periodic run's match, or another
 * sub-item's result (a matter so declared starts when that result is reported). */
function triggerMessage(model: Model, t: Proactive["trigger"]): string {
  return t.kind === "data-event" ? startMessage(model, t.event) : t.kind === "periodic" ? matchedMessage(model) : startMessage(model, `${t.item}办结`);
}

/** The message starting a 免申办 matter (every trigger of a matter starts one). */
export function matterStartMessage(model: Model): string | undefined {
  return model.proactive && triggerMessage(model, model.proactive.trigger);
}

const own = (model: Model, role: string): string => `${model.id}_${role}`;

/** The lane of the person a 免申办 matter is offered to (申请人确认, 填写缺项), when it has one. */
export function applicantLane(model: Model): ProcessLane | undefined {
  const p = model.proactive;
  if (!p || (p.confirmation !== "consent" && p.mode !== "快申快享")) return undefined;
  return { id: own(model, "applicant"), name: "申请人" };
}

function triggerOf(model: Model, p: Proactive): { trigger: StartTrigger; name: string; text: string } {
  const t = p.trigger;
  const message = triggerMessage(model, t);
  const trigger: StartTrigger = { kind: "message", name: message };
  switch (t.kind) {
    case "data-event":
      return { trigger, name: t.event, text: `${t.department}报告“${t.event}”（数据事件，平台以消息“${message}”）` };
    case "periodic":
      // The case of one person the periodic run matched (addPeriodicRun).
      return { trigger, name: "定期比对命中", text: `定期比对（${t.period}，${t.cycle}）命中后，平台以消息“${message}”` };
    case "prior-output":
      // Only a sub-item may be triggered by another's result (the compiler checks it); a matter
      // so declared starts when that result is reported, as a message.
      return { trigger, name: `${t.item}办结`, text: `${t.item}办结` };
  }
}

function rulesText(model: Model, p: Proactive): string[] {
  const ctx = { situations: model.situations, commitments: model.commitments };
  return p.rules.map((r) => `- ${r.name}：${conditionSentence(r.when, ctx)}${r.basis.length ? `（依据：${r.basis.join("；")}）` : ""}`);
}

/** The business-rule task calling an eligibility decision, in `lane`. */
function addEligibilityCheck(b: GraphBuilder, model: Model, item: Item | undefined, p: Proactive, lane: string): string {
  const ownerId = item?.id ?? model.id;
  const ownerName = item?.name ?? model.name;
  const decision = eligibilityDecisionId(model, item);
  const result = eligibilityResult(ownerId);
  return b.add({
    id: result,
    kind: "businessRuleTask",
    name: ownerId === model.id ? "资格核验" : `资格核验：${ownerName}`,
    lane,
    decision: { id: decision, result },
    documentation: [
      `调用资格决策 ${decision}（eligibility.dmn），按共享数据判断是否符合${ownerName}的条件；结果存入流程变量 ${result}（${ELIGIBLE_OUTPUT}：是否符合；未满足条件：第一条未满足的条件）。`,
      "资格条件（全部满足方为符合）：",
      ...rulesText(model, p),
      `Calls the eligibility decision ${decision}; its result is stored as ${result}; only ${result}.${ELIGIBLE_OUTPUT} = true is eligible.`,
    ].join("\n"),
  });
}

/** Whether the person fills in missing fields that a rule reads: then 填写缺项 comes before 资格核验. */
function rulesReadMissing(p: Proactive): boolean {
  const read = new Set(p.rules.flatMap((r) => [...subjects(r.when)]));
  return p.missingFields.some((f) => read.has(f));
}

/**
 * The start of a 免申办 matter up to where the sub-items begin: the start event, 资格核验 and, as
 * declared, 申请人确认 and 填写缺项. `exit` is an exclusive split whose next unconditional flow (the
 * way on) becomes its default: leaving it otherwise (not eligible, not confirmed) ends the case.
 */
export function addProactiveStart(b: GraphBuilder, model: Model, p: Proactive, lead: string): { start: string; exit: string } {
  const t = triggerOf(model, p);
  const start = b.add({
    id: own(model, "start"),
    kind: "startEvent",
    name: t.name,
    lane: lead,
    trigger: t.trigger,
    documentation: `免申办（${p.mode}）：不需申请，由${t.text}启动，按共享数据核验资格。\nGranted without an application (${p.mode}): started by ${t.trigger.kind === "message" ? `the message "${t.trigger.name}"` : `the timer cycle ${t.trigger.kind === "timer" ? t.trigger.cycle : ""}`}.`,
  });
  if (p.trigger.kind === "periodic") addPeriodicRun(b, model, p, p.trigger, lead);
  const person = applicantLane(model)?.id ?? lead;
  const fill = (): string =>
    b.add({
      id: own(model, "fill"),
      kind: "userTask",
      name: "填写缺项",
      lane: person,
      assignee: person,
      documentation: [
        "快申快享：向申请人推送预填的申请，申请人只填写无法从共享数据取得的内容：",
        ...p.missingFields.map((f) => `- ${f}`),
        p.confirmedFields.length ? `其余内容已预填，请申请人核对：${p.confirmedFields.join("、")}` : "",
        "The person fills in only the fields no shared data provides; the rest is prefilled.",
      ]
        .filter(Boolean)
        .join("\n"),
    });
  let at = start;
  const fillFirst = p.mode === "快申快享" && rulesReadMissing(p);
  if (fillFirst) {
    const f = fill();
    b.flow(at, f);
    at = f;
  }
  const check = addEligibilityCheck(b, model, undefined, p, lead);
  b.flow(at, check);
  const split = b.add({ id: own(model, "eligible_split"), kind: "exclusiveGateway", name: "是否符合条件？", lane: lead });
  b.flow(check, split);
  const ineligible = b.add({
    id: own(model, "ineligible"),
    kind: "endEvent",
    name: "不符合条件",
    lane: lead,
    documentation: "不符合资格条件：不予主动办理。\nNot eligible: nothing is granted.",
  });
  b.flow(split, ineligible, { name: "不符合条件", condition: not(eligible(model.id)) });
  b.defaultNext(split, "符合条件");
  let exit = split;

  if (p.confirmation === "consent") {
    const task = own(model, "confirm");
    b.add({
      id: task,
      kind: "userTask",
      name: "申请人确认",
      lane: person,
      assignee: person,
      documentation: [
        `向申请人推送拟给予的内容：${p.grants.join("；")}。申请人确认后办理。`,
        `确认结果记录在 ${resultPath(task)}：${CONFIRM.yes}或${CONFIRM.no}；只有“${CONFIRM.yes}”才继续办理。`,
        p.confirmWithin ? `确认时限：${limitLabel("", p.confirmWithin).trim()}，逾期未确认的不予办理。` : "未声明确认时限：流程不设确认时限定时器。",
        "The person confirms before anything is granted; declining ends the case.",
      ].join("\n"),
    });
    b.flow(exit, task);
    const timer = timerFor(p.confirmWithin, ["确认时限", "time to confirm"]);
    if (p.confirmWithin && timer) {
      const late = b.add({
        id: `${task}_timer`,
        kind: "boundaryEvent",
        name: limitLabel("确认时限", p.confirmWithin),
        lane: person,
        attachedTo: task,
        timer,
        cancelActivity: true,
        documentation: timer.documentation,
      });
      const end = b.add({ id: `${task}_late`, kind: "endEvent", name: "逾期未确认", lane: person, documentation: "确认时限届满未确认：不予办理。\nNot confirmed in time: nothing is granted." });
      b.flow(late, end);
    }
    const confirmed = b.add({ id: `${task}_split`, kind: "exclusiveGateway", name: "是否确认？", lane: person });
    b.flow(task, confirmed);
    const declined = b.add({ id: `${task}_declined`, kind: "endEvent", name: "申请人不同意", lane: person, documentation: "申请人未确认：不予办理。\nThe person did not confirm: nothing is granted." });
    b.flow(confirmed, declined, { name: CONFIRM.no, condition: not(decided(task, CONFIRM.yes)) });
    b.defaultNext(confirmed, CONFIRM.yes);
    exit = confirmed;
  }
  if (p.mode === "快申快享" && !fillFirst) {
    const f = fill();
    b.flow(exit, f);
    exit = f;
  }
  return { start, exit };
}

/** The periodic run: timer → 定期比对 → 逐一启动办理 (one case per element) → 比对完成. */
function addPeriodicRun(b: GraphBuilder, model: Model, p: Proactive, t: Extract<Proactive["trigger"], { kind: "periodic" }>, lead: string): void {
  const { list, element } = candidates(model);
  const read = [...new Set(p.rules.flatMap((r) => [...subjects(r.when)]))];
  const timer = b.add({
    id: own(model, "periodic"),
    kind: "startEvent",
    name: `定期：${t.period}`,
    lane: lead,
    trigger: { kind: "timer", cycle: t.cycle },
    documentation: `定期比对（${t.period}，${t.cycle}）：平台的比对服务按共享数据找出可能符合条件的对象，逐一启动办理。\nThe periodic run (${t.cycle}) matches people and companies from shared data and starts one case for each.`,
  });
  const match = b.add({
    id: own(model, "match"),
    kind: "serviceTask",
    name: "定期比对",
    lane: lead,
    topic: MATCH_TOPIC,
    documentation: [
      `由平台的比对服务（作业类型 ${MATCH_TOPIC}）按共享数据比对，完成时设置流程变量 ${list}：比对命中的对象列表，每个对象一项，键与申请数据相同（字段按键嵌套）。`,
      read.length ? `资格条件读取的字段（每个对象都应带上）：${read.join("、")}` : "",
      `The platform's matching worker (${MATCH_TOPIC}) completes with ${list}: one object per person or company matched, keyed like the application's data.`,
    ]
      .filter(Boolean)
      .join("\n"),
  });
  const dispatch = b.add({
    id: own(model, "dispatch"),
    kind: "sendTask",
    name: "逐一启动办理",
    lane: lead,
    topic: START_TOPIC,
    multiInstance: { collection: list, element },
    documentation: [
      `对 ${list} 的每个对象（并行多实例，对象在局部变量 ${element} 中），由平台的启动服务（作业类型 ${START_TOPIC}）发送消息“${matchedMessage(model)}”，以该对象的各项为流程变量启动一个办理实例，从“定期比对命中”开始资格核验。`,
      `For each element (local variable ${element}) the platform's worker for ${START_TOPIC} starts one case with the message "${matchedMessage(model)}", the element's entries as its variables.`,
    ].join("\n"),
  });
  const done = b.add({ id: own(model, "dispatched"), kind: "endEvent", name: "比对完成", lane: lead, documentation: "每个比对命中的对象都已启动办理。\nA case has been started for every match." });
  b.flow(timer, match);
  b.flow(match, dispatch);
  b.flow(dispatch, done);
}

/** 主动告知: the send task telling the person what was granted, before the end. */
export function addNotice(b: GraphBuilder, model: Model, p: Proactive, lead: string): string {
  const channels = p.noticeChannels.length ? p.noticeChannels.join("、") : "政务服务平台";
  return b.add({
    id: own(model, "notify"),
    kind: "sendTask",
    name: "主动告知",
    lane: lead,
    topic: NOTICE_TOPIC,
    documentation: [
      `通过${channels}主动告知办理结果：${p.grants.join("；")}。`,
      p.basis.length ? `依据：${p.basis.join("；")}` : "",
      `由平台的告知服务（作业类型 ${NOTICE_TOPIC}）发送。`,
      `The person is told what was granted (${channels}); the platform's worker for ${NOTICE_TOPIC} sends it.`,
    ]
      .filter(Boolean)
      .join("\n"),
  });
}

/**
 * A sub-item granted from data: 资格核验 for it, then it runs only when eligible (skipped otherwise,
 * like one that does not apply). Wraps the sub-item's block.
 */
export function gateByEligibility(b: GraphBuilder, model: Model, item: Item, lane: string, block: Fragment): Fragment {
  const p = item.proactive!;
  const check = addEligibilityCheck(b, model, item, p, lane);
  const gated = b.optional(`${item.id}_eligible`, lane, block, eligible(item.id), {
    question: `是否符合${item.name}的条件？`,
    applies: "符合条件",
    skips: "不符合条件，跳过",
    documentation: `免申办（${p.mode}）：按资格决策 ${eligibilityDecisionId(model, item)} 的结果（${eligibilityResult(item.id)}.${ELIGIBLE_OUTPUT}），符合条件的办理${item.name}，不需申请人申请；否则跳过。`,
  });
  b.flow(check, gated.entry);
  return { entry: check, exit: gated.exit };
}
