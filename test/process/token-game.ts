// A token game over the process graph: the BPMN semantics of the few elements matterc uses,
// played with the compiler's own `evaluate`. It checks the graph before any XML exists; the real
// engine (engine.test.ts) checks the XML.
import { evaluate } from "../../compiler/conditions.js";
import type { Answer } from "../../compiler/model.js";
import type { ProcessGraph } from "../../targets/process/graph.js";

export interface Run {
  /** User tasks in the order they ran. */
  tasks: string[];
  ended: boolean;
  /** Tokens left waiting at a join when nothing else could move: a deadlock. */
  stuck: string[];
  /** Every node a token reached, in order (end events, send tasks…). */
  visited: string[];
}

export function play(g: ProcessGraph, answers: Record<string, Answer>): Run {
  const arrived = new Map<string, Set<string>>(); // join id → flows that brought a token
  const queue: string[] = [g.nodes.find((n) => n.kind === "startEvent")!.id];
  const tasks: string[] = [];
  const visited: string[] = [];
  let ended = false;
  const out = (id: string) => g.flows.filter((f) => f.source === id);
  const inc = (id: string) => g.flows.filter((f) => f.target === id);
  const send = (flowId: string): void => {
    const f = g.flows.find((x) => x.id === flowId)!;
    const target = g.nodes.find((n) => n.id === f.target)!;
    if (target.kind === "parallelGateway" && inc(target.id).length > 1) {
      const got = arrived.get(target.id) ?? new Set<string>();
      if (got.has(f.id)) throw new Error(`two tokens on ${f.id}`);
      got.add(f.id);
      arrived.set(target.id, got);
      if (got.size < inc(target.id).length) return;
      arrived.delete(target.id);
    }
    queue.push(target.id);
  };
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = g.nodes.find((n) => n.id === id)!;
    visited.push(id);
    if (node.kind === "userTask") tasks.push(node.id);
    if (node.kind === "endEvent") {
      if (node.terminate) throw new Error(`terminated at ${node.id}`);
      ended = true;
      continue;
    }
    if (node.kind === "exclusiveGateway" && out(node.id).length > 1) {
      const chosen = out(node.id).find((f) => f.condition && evaluate(f.condition, answers)) ?? out(node.id).find((f) => f.id === node.defaultFlow);
      if (!chosen) throw new Error(`no way out of ${node.id}`);
      send(chosen.id);
      continue;
    }
    for (const f of out(node.id)) send(f.id);
  }
  return { tasks, ended, stuck: [...arrived.keys()], visited };
}
