// The runs of the 免申办 and 跨域办 processes in the Java engines (test/engines/proactive/src): for each
// run, how it starts (the data event's message, the process key, or a periodic run: the timer fired
// through the engine's job execution, 定期比对's external task completed with the list of matches as
// the platform's matching worker would, and each 逐一启动办理 job turned into one case started by the
// matter's message with its element, each case checked against its own expectations), the variables, the decisions recorded at the user tasks, and what
// must happen: the user tasks that run, the end events reached, the notices sent. The expectations
// come from the process graph played with the compiler's own evaluation (test/process/token-game.ts)
// and the eligibility the model's rules give (the DMN decision the engine evaluates must agree).
import type { Answer, CaseMetrics, Model, Proactive } from "../../compiler/model.js";
import { buildGraph } from "../../targets/process/build-graph.js";
import { candidates, CONFIRM, eligibilityResult, matterStartMessage } from "../../targets/process/proactive.js";
import { ELIGIBLE_OUTPUT } from "../../targets/dmn/ids.js";
import { REMOTE } from "../../targets/process/receiving.js";
import { application } from "../process/application.js";
import { eligibleBy, eligibleData, ineligible, periodicMatches } from "../process/proactive-models.js";
import { play } from "../process/token-game.js";

export interface Run {
  label: string;
  start: "message" | "periodic" | "key";
  message?: string;
  /** A periodic run: the list 定期比对 completes with (variable `list`), each element's variable in
   * 逐一启动办理 (`element`), and the expected case of each element, in the list's order. */
  periodic?: { list: string; element: string; candidates: Record<string, unknown>[]; each: Run[] };
  variables: Record<string, unknown>;
  decisions: Record<string, Record<string, unknown>>;
  fireOn: Record<string, string>;
  tasks: string[];
  ends: string[];
  notices: string[];
}

const fullestOf = (model: Model): CaseMetrics => model.metrics.situations.reduce((a, b) => (b.items.length > a.items.length ? b : a));

/** What the graph does with these answers (situations, decisions as `<task id>.<key>`). */
function expected(model: Model, answers: Record<string, Answer>): Pick<Run, "tasks" | "ends" | "notices"> {
  const g = buildGraph(model);
  const run = play(g, answers);
  if (!run.ended || run.stuck.length) throw new Error(`${model.name}: the token game does not end with ${JSON.stringify(answers)}`);
  const kind = new Map(g.nodes.map((n) => [n.id, n.kind]));
  return {
    tasks: run.tasks,
    ends: [...new Set(run.visited.filter((id) => kind.get(id) === "endEvent"))],
    notices: run.visited.filter((id) => kind.get(id) === "sendTask"),
  };
}

/** The eligibility results the model's rules give for these variables, as the gateways read them. */
function eligibility(model: Model, variables: Record<string, unknown>): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  const add = (id: string, p: Proactive) => (out[`${eligibilityResult(id)}.${ELIGIBLE_OUTPUT}`] = eligibleBy(p, variables));
  if (model.proactive) add(model.id, model.proactive);
  for (const i of model.items) if (i.proactive) add(i.id, i.proactive);
  return out;
}

/** 异地代收代办: received at the window (true), at the handling place (false), and unset. */
export function receivingRuns(model: Model): Run[] {
  const c = fullestOf(model);
  return ([true, false, undefined] as const).map((remote) => {
    const variables = { ...application(model, c.situation), ...(remote === undefined ? {} : { [REMOTE]: remote }) };
    return {
      label: `${REMOTE} ${remote === undefined ? "unset" : remote}`,
      start: "key",
      variables,
      decisions: {},
      fireOn: {},
      ...expected(model, { ...c.situation, ...(remote === undefined ? {} : { [REMOTE]: remote }) }),
    };
  });
}

/** A 免申办 matter: started by its trigger; eligible and not; consent given, refused, too late. */
export function proactiveRuns(model: Model): Run[] {
  const p = model.proactive;
  const c = fullestOf(model);
  const runs: Run[] = [];
  const confirm = `${model.id}_confirm`;
  const fill = `${model.id}_fill`;
  const decisions = (yes: boolean): Run["decisions"] => ({ [confirm]: { 结果: yes ? CONFIRM.yes : CONFIRM.no }, [fill]: { 已填写: true } });
  const make = (label: string, variables: Record<string, unknown>, yes: boolean, start: Run["start"], message?: string): Run => ({
    label,
    start,
    message,
    variables,
    decisions: decisions(yes),
    fireOn: {},
    ...expected(model, { ...c.situation, ...eligibility(model, variables), ...(yes ? { [`${confirm}.结果`]: CONFIRM.yes } : {}) }),
  });
  // The application's sample data made to meet every rule of the matter and its sub-items.
  let data = application(model, c.situation);
  for (const owner of [model, ...model.items]) if (owner.proactive) data = eligibleData(data, owner.proactive);
  if (!p) {
    // Sub-items granted from data: the case starts from its application; each decision says
    // eligible, then each says not eligible.
    runs.push(make("eligible sub-items", data, true, "key"));
    for (const i of model.items.filter((x) => x.proactive)) runs.push(make(`${i.name} not eligible`, ineligible(data, i.proactive!), true, "key"));
    return runs;
  }
  const t = p.trigger;
  // A periodic run's case starts by the matter's own message, sent by the platform's worker.
  const message = t.kind === "prior-output" ? undefined : matterStartMessage(model);
  const start: Run["start"] = message ? "message" : "key";
  const how = message ? `message ${message}` : "key";
  runs.push(make(`eligible, started by ${how}`, data, true, start, message));
  runs.push(make(`not eligible, started by ${how}`, ineligible(data, p), true, start, message));
  if (t.kind === "periodic") {
    // The periodic run: the timer job → 定期比对 (the test completes it with three matches, some
    // eligible and some not: periodicMatches) → one case per match.
    const matches = periodicMatches(data, p);
    if (new Set(matches.map((m) => eligibleBy(p, m))).size !== 2) throw new Error(`${model.name}: the matches do not mix eligible and not`);
    const each = matches.map((m, n) => make(`match ${n}`, m, true, "message", message));
    runs.push({
      label: "periodic run: timer → 定期比对 → one case per match",
      start: "periodic",
      message,
      variables: {},
      decisions: {},
      fireOn: {},
      tasks: [],
      ends: [`${model.id}_dispatched`],
      notices: [],
      periodic: { ...candidates(model), candidates: matches, each },
    });
  }
  if (p.confirmation === "consent") {
    runs.push(make(`eligible, the person declines`, data, false, start, message));
    if (p.confirmWithin) {
      const late = make("eligible, 确认时限 passes", data, true, start, message);
      const before = expected(model, { ...c.situation, ...eligibility(model, data) });
      // Up to 申请人确认, which the timer ends: the tasks before it, and the end 逾期未确认.
      const upTo = before.tasks.slice(0, before.tasks.indexOf(confirm));
      runs.push({ ...late, fireOn: { [confirm]: `${confirm}_timer` }, tasks: upTo, ends: [`${confirm}_late`], notices: [] });
    }
  }
  return runs;
}
