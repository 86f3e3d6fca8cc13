// The process as a graph, independent of XML, engine flavour and drawing. build-graph.ts makes it
// from the model; to-xml.ts writes it for one flavour; layout.ts places it. Keeping conditions as
// `Cond` here lets each flavour translate them into its own expression dialect.
import type { Cond } from "../../compiler/model.js";

export type NodeKind = "startEvent" | "endEvent" | "userTask" | "businessRuleTask" | "serviceTask" | "sendTask" | "exclusiveGateway" | "parallelGateway" | "boundaryEvent";

/** What starts a 免申办 process (proactive.ts): a message a department's system sends (data
 * event), or a timer cycle (periodic run). Absent: the application is submitted (none start). */
export type StartTrigger = { kind: "message"; name: string } | { kind: "timer"; cycle: string };

/** A time limit as BPMN sees it: an ISO-8601 duration plus the sentence saying how it was derived. */
export interface TimerSpec {
  /** ISO-8601 duration, e.g. "P14D". */
  duration: string;
  /** Chinese and English sentence stating the source limit and the conversion rule. */
  documentation: string;
  /** The limit in working days, when it was given in working days (a holiday calendar counts these). */
  workdays?: number;
  /** What the limit is, in Chinese and English (e.g. ["承诺时限", "promised time"]). */
  what: [string, string];
}

export interface ProcessNode {
  id: string;
  kind: NodeKind;
  name?: string;
  /** Id of the department whose lane holds the node. */
  lane: string;
  documentation?: string;
  /** User tasks: the department id used as candidate group. */
  assignee?: string;
  /** Boundary events: the host task, the timer, and whether firing ends the task. */
  attachedTo?: string;
  timer?: TimerSpec;
  cancelActivity?: boolean;
  /** Start events of a 免申办 process: the message or timer that starts it. */
  trigger?: StartTrigger;
  /** Business-rule tasks: the decision called and the variable its result is stored in. */
  decision?: { id: string; result: string };
  /** Service and send tasks: the topic (job type) of the platform's worker that carries them out. */
  topic?: string;
  /** A parallel multi-instance task: one instance per element of the list variable `collection`,
   * the element in the instance's local variable `element` (proactive.ts, the periodic run). */
  multiInstance?: { collection: string; element: string };
  /** End events that end the whole case (terminate end event). */
  terminate?: boolean;
  /** Exclusive split gateways: the flow taken when no condition holds. */
  defaultFlow?: string;
}

export interface ProcessFlow {
  id: string;
  source: string;
  target: string;
  name?: string;
  /** Absent on unconditional flows and on the default flow of an exclusive split. */
  condition?: Cond;
  /** A flow back to an earlier element (补正 → 统一受理): the only cycle; layout ignores it when
   * ordering columns and draws it below. */
  back?: true;
  /** The default flow of an "applies / skip" split that passes its fragment by (drawn above it). */
  skip?: true;
}

export interface ProcessLane {
  /** Department id. */
  id: string;
  name: string;
}

export interface ProcessGraph {
  /** The matter's id; element ids of the process and pool derive from it. */
  id: string;
  name: string;
  lanes: ProcessLane[];
  /** In a deterministic order (model order), the start event first. */
  nodes: ProcessNode[];
  flows: ProcessFlow[];
}

export interface GraphIndex {
  node: Map<string, ProcessNode>;
  outgoing: Map<string, ProcessFlow[]>;
  incoming: Map<string, ProcessFlow[]>;
  /** The "skip" flows of optional fragments (the default flows of their splits). */
  skipFlows: Set<string>;
}

const indexes = new WeakMap<ProcessGraph, GraphIndex>();

/** Nodes by id and flows by end, built once per finished graph: layout, routing and the XML look
 * things up per node and per flow, and searching the lists each time grows as nodes × flows. */
export function graphIndex(g: ProcessGraph): GraphIndex {
  let ix = indexes.get(g);
  if (ix) return ix;
  ix = { node: new Map(g.nodes.map((n) => [n.id, n])), outgoing: new Map(), incoming: new Map(), skipFlows: new Set() };
  for (const f of g.flows) {
    let out = ix.outgoing.get(f.source);
    if (!out) ix.outgoing.set(f.source, (out = []));
    out.push(f);
    let inc = ix.incoming.get(f.target);
    if (!inc) ix.incoming.set(f.target, (inc = []));
    inc.push(f);
  }
  for (const f of g.flows) if (f.skip) ix.skipFlows.add(f.id);
  indexes.set(g, ix);
  return ix;
}
