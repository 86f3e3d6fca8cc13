// bpmn-engine (a BPMN 2.0 engine in JavaScript) running the Camunda 8 flavour: FEEL conditions
// through feelin, and a clock that only moves when a test fires a timer, so no test waits.
import { EventEmitter } from "node:events";
import { createRequire } from "node:module";
import { SequenceFlow, Timers } from "bpmn-elements";
import { Engine } from "bpmn-engine";
/** bpmn-elements types an extension's activity as its loose ElementBase; ours reads the parts it knows. */
type EngineExtensions = NonNullable<ConstructorParameters<typeof Engine>[0]>["extensions"];
import { BpmnModdle } from "bpmn-moddle";
import { evaluate } from "feelin";

const require = createRequire(import.meta.url);

// bpmn-elements 17 (the newest on this registry) "discards" every flow a gateway does not take and
// lets a converging parallel gateway count a discarded flow as arrived. An exclusive merge passes
// the discard of its untaken branch on at once, so a join behind an "applies / skip" pair fires
// before the sub-item is done: paed01/bpmn-engine#200, fixed upstream in bpmn-elements 18 ("no more
// discarding flows"; joins wait for the flows actually taken). BPMN 2.0, Zeebe, Camunda 7 and
// Flowable move tokens only along taken flows, so the oracle is given those semantics: a flow
// that is not taken carries nothing. engine.test.ts keeps a canary that fails once the engine no
// longer needs this.
export const joinSemantics = { bpmn: true };
const flowProto = SequenceFlow.prototype as unknown as { discard: (content?: unknown) => unknown };
const discard = flowProto.discard;
flowProto.discard = function (content) {
  if (joinSemantics.bpmn) return undefined;
  return discard.call(this, content);
};
const zeebe = require("zeebe-bpmn-moddle/resources/zeebe.json");

/** Zeebe conditions start with "="; anything else (timer durations) is a literal. */
const feelExpressions = {
  isExpression: (text: unknown) => typeof text === "string" && text.startsWith("="),
  hasExpression: (text: unknown) => typeof text === "string" && text.startsWith("="),
  resolveExpression(text: unknown, context: { environment: { variables: Record<string, unknown> } }) {
    if (typeof text !== "string" || !text.startsWith("=")) return text;
    const { value } = evaluate(text.slice(1), context.environment.variables);
    // Conditions give a boolean; a multi-instance's inputCollection a list.
    if (typeof value !== "boolean" && !Array.isArray(value)) throw new Error(`FEEL ${text} gave ${JSON.stringify(value)}, not a boolean or a list`);
    return value;
  },
};

interface FakeHandle {
  fn: (...args: unknown[]) => void;
  args: unknown[];
}

export interface Case {
  engine: InstanceType<typeof Engine>;
  /** "start X" / "end X" / "wait X" in the order the engine reported them. */
  log: string[];
  ended: () => boolean;
  /** User tasks waiting now, in the engine's order. */
  waiting: () => { id: string; signal: () => void }[];
  /** Fires the timer of a boundary event, or of a timer start event, now. */
  fire: (boundaryId: string) => void;
  /** Boundary events whose timer is running. */
  timersRunning: () => string[];
}

// Parsing is most of the cost of a run: each document is parsed once and its context reused.
const parsed = new Map<string, Promise<unknown>>();
function moddleContext(xml: string): Promise<unknown> {
  if (!parsed.has(xml)) parsed.set(xml, new BpmnModdle({ zeebe }).fromXML(xml));
  return parsed.get(xml)!;
}

/**
 * What the platform does around the process, for a 免申办 matter: `decide` answers an eligibility
 * decision the business-rule tasks call (zeebe:calledDecision, result in its resultVariable) from
 * the variables at that point; the send tasks (主动告知) complete at once and are logged as
 * "notice <id>". `message` starts the process by its message start event (the message's name);
 * without it a process with a timer start waits for the test to fire the start event's timer.
 * `work` completes a service task's job (定期比对) with the variables it returns, logged as
 * "work <id>"; a multi-instance send task (逐一启动办理) hands each instance's element to `dispatch`
 * (the platform's worker starting one case with it), logged as "dispatch <id>".
 *
 * An instance is started by one start event (BPMN 2.0 §13.4.1): bpmn-engine runs every start event
 * of the process in one execution, so when one of them fires (the message, or the timer) the
 * others still waiting are discarded, as they are no part of this instance.
 */
export interface Platform {
  decide?: (decisionId: string, variables: Record<string, unknown>) => unknown;
  message?: string;
  work?: (topic: string, activityId: string, variables: Record<string, unknown>) => Record<string, unknown>;
  dispatch?: (topic: string, element: unknown) => void;
}

interface ZeebeExtensions {
  values?: { $type: string; decisionId?: string; resultVariable?: string; type?: string; inputCollection?: string; inputElement?: string }[];
}

interface LoopBehaviour {
  behaviour: { extensionElements?: ZeebeExtensions; collection?: string; elementVariable?: string };
}

function platformExtensions(log: string[], platform: Platform) {
  return {
    matterc(activity: {
      type: string;
      id: string;
      environment: { variables: Record<string, unknown> };
      behaviour: { Service?: unknown; extensionElements?: ZeebeExtensions; loopCharacteristics?: LoopBehaviour };
    }) {
      const topic = activity.behaviour.extensionElements?.values?.find((v) => v.$type === "zeebe:TaskDefinition")?.type;
      // Zeebe's multi-instance (zeebe:loopCharacteristics) as bpmn-elements reads one: a collection
      // expression and the element's variable.
      const loop = activity.behaviour.loopCharacteristics?.behaviour;
      const zeebeLoop = loop?.extensionElements?.values?.find((v) => v.$type === "zeebe:LoopCharacteristics");
      if (loop && zeebeLoop) {
        loop.collection = zeebeLoop.inputCollection;
        loop.elementVariable = zeebeLoop.inputElement;
      }
      if (activity.type === "bpmn:ServiceTask") {
        activity.behaviour.Service = function () {
          return {
            execute(_: unknown, callback: (err: unknown, output?: unknown) => void) {
              if (!topic || !platform.work) return callback(new Error(`${activity.id}: no worker for ${topic}`));
              Object.assign(activity.environment.variables, platform.work(topic, activity.id, activity.environment.variables));
              log.push(`work ${activity.id}`);
              callback(null);
            },
          };
        };
      }
      if (activity.type === "bpmn:BusinessRuleTask") {
        const called = activity.behaviour.extensionElements?.values?.find((v) => v.$type === "zeebe:CalledDecision");
        activity.behaviour.Service = function () {
          return {
            execute(_: unknown, callback: (err: unknown, output?: unknown) => void) {
              if (!called || !platform.decide) return callback(new Error(`${activity.id}: no decision to call`));
              const value = platform.decide(called.decisionId!, activity.environment.variables);
              activity.environment.variables[called.resultVariable!] = value;
              log.push(`decide ${called.decisionId} ${JSON.stringify((value as { 符合?: unknown } | undefined)?.符合 ?? null)}`);
              callback(null, value);
            },
          };
        };
      }
      if (activity.type === "bpmn:SendTask") {
        activity.behaviour.Service = function () {
          return {
            execute(message: { content: Record<string, unknown> }, callback: (err: unknown, output?: unknown) => void) {
              if (zeebeLoop) {
                if (!topic || !platform.dispatch) return callback(new Error(`${activity.id}: no worker for ${topic}`));
                platform.dispatch(topic, message.content[zeebeLoop.inputElement!]);
                log.push(`dispatch ${activity.id}`);
              } else log.push(`notice ${activity.id}`);
              callback(null);
            },
          };
        };
      }
    },
  };
}

export async function start(xml: string, variables: Record<string, unknown>, platform: Platform = {}): Promise<Case> {
  const timers = new Timers({
    // A fake clock: the handle keeps the callback, which fire() calls (Node's setTimeout type asks for more).
    setTimeout: ((fn: FakeHandle["fn"], _delay: number, ...args: unknown[]) => ({ fn, args })) as unknown as typeof setTimeout,
    clearTimeout: () => undefined,
  });
  const listener = new EventEmitter();
  const log: string[] = [];
  listener.on("activity.start", (api: { id: string }) => log.push(`start ${api.id}`));
  listener.on("activity.end", (api: { id: string }) => log.push(`end ${api.id}`));
  listener.on("activity.wait", (api: { id: string }) => log.push(`wait ${api.id}`));
  const engine = new Engine({ name: "matterc", moddleContext: await moddleContext(xml), expressions: feelExpressions, timers, variables, extensions: platformExtensions(log, platform) as unknown as EngineExtensions });
  let ended = false;
  let failure: unknown;
  engine.once("end", () => (ended = true));
  engine.once("error", (e: unknown) => (failure = e));
  const execution = await engine.execute({ listener });
  const definition = execution.definitions[0];
  /** Discards the start events still waiting: the instance was started by another. */
  const discardOtherStarts = (): void => {
    for (const api of execution.getPostponed() as { id: string; discard: () => void }[]) {
      if (definition.getActivityById(api.id)?.type === "bpmn:StartEvent") api.discard();
    }
  };
  if (platform.message) {
    const def = (await new BpmnModdle({ zeebe }).fromXML(xml)) as { rootElement: { rootElements: { $type: string; id: string; name?: string }[] } };
    const msg = def.rootElement.rootElements.find((e) => e.$type === "bpmn:Message" && e.name === platform.message);
    if (!msg) throw new Error(`no message named ${platform.message}`);
    execution.signal({ id: msg.id });
    discardOtherStarts();
  }
  const check = () => {
    if (failure) throw failure;
  };
  return {
    engine,
    log,
    ended: () => (check(), ended),
    waiting: () => (check(), execution.getPostponed().filter((a: { type: string }) => a.type === "bpmn:UserTask")),
    fire: (boundaryId) => {
      const t = timers.executing.find((x: { owner?: { id: string } }) => x.owner?.id === boundaryId);
      if (!t) throw new Error(`no timer running on ${boundaryId}`);
      // Past 2^31 − 1 ms (about 24.8 days) bpmn-elements sets no timeout at all: call the timer's
      // own callback, as the timeout would.
      const handle = t.timerRef as FakeHandle | null;
      if (handle) handle.fn(...handle.args);
      else t.callback(...(t.args ?? []));
      if (definition.getActivityById(boundaryId)?.type === "bpmn:StartEvent") discardOtherStarts();
      check();
    },
    timersRunning: () => timers.executing.map((x: { owner?: { id: string } }) => x.owner?.id ?? "?"),
  };
}

/** A task's decision as the staff form records it: an object under the task's id (tasks.ts). */
export type Decide = (taskId: string, nth: number) => Record<string, unknown> | undefined;

/**
 * Completes waiting user tasks, first come first served, until none is left; returns their ids.
 * `decide` gives the decision recorded with the nth completion (from 0) of a task, if any: it is
 * set as the process variable named after the task, as a Camunda 8 form would.
 */
export function completeAll(c: Case, before?: (taskId: string) => void, decide?: Decide): string[] {
  const done: string[] = [];
  for (let guard = 0; guard < 1000; guard++) {
    const task = c.waiting()[0];
    if (!task) return done;
    before?.(task.id);
    // `before` may have changed what waits (a timer fired); complete the same task if it still waits.
    const same = c.waiting().find((t) => t.id === task.id);
    if (!same) continue;
    const decision = decide?.(same.id, done.filter((d) => d === same.id).length);
    if (decision) (same as unknown as { environment: { variables: Record<string, unknown> } }).environment.variables[same.id] = decision;
    done.push(same.id);
    same.signal();
  }
  throw new Error("more than 1000 user tasks: the process loops");
}
