// Which engine runs stand for which situations. A run is decided entirely by what the process's
// gateways decide, and each gateway decides by its FEEL condition over the application: so
// situations whose conditions all evaluate alike (with feelin, the evaluator the engine uses, on
// the condition bodies of the document itself) make identical runs, and one run stands for all of
// them. When a matter has more distinct decision patterns than `limit`, a pairwise cover of them
// runs (every outcome of every pair of gateways that some situation produces): enough to meet
// every join with every combination of two of its branches skipped or taken, in seconds.
import { BpmnModdle } from "bpmn-moddle";
import { evaluate } from "feelin";
import type { CaseMetrics } from "../../compiler/model.js";

export interface Condition {
  flowId: string;
  /** The FEEL body without its leading "=". */
  feel: string;
}

export async function conditionsOf(xml: string): Promise<Condition[]> {
  const { rootElement } = (await new BpmnModdle().fromXML(xml)) as { rootElement: { rootElements: { $type: string; flowElements?: any[] }[] } };
  const process = rootElement.rootElements.find((e) => e.$type === "bpmn:Process")!;
  return process
    .flowElements!.filter((e) => e.$type === "bpmn:SequenceFlow" && e.conditionExpression)
    .map((e) => ({ flowId: e.id as string, feel: String(e.conditionExpression.body).replace(/^=/, "") }));
}

/** "1" or "0" per condition, in document order. */
export function decisions(conditions: Condition[], variables: Record<string, unknown>): string {
  return conditions.map((c) => (evaluate(c.feel, variables).value === true ? "1" : "0")).join("");
}

export interface Pattern {
  decisions: string;
  cases: CaseMetrics[];
}

/** Situations grouped by their decisions (`decided[i]` is `decisions(…)` of `cases[i]`). */
export function patterns(cases: CaseMetrics[], decided: string[]): Pattern[] {
  const byKey = new Map<string, CaseMetrics[]>();
  cases.forEach((c, i) => byKey.set(decided[i], [...(byKey.get(decided[i]) ?? []), c]));
  return [...byKey].map(([decisions, cases]) => ({ decisions, cases }));
}

function features(v: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < v.length; i++) {
    out.push(`${i}=${v[i]}`);
    for (let j = i + 1; j < v.length; j++) out.push(`${i}=${v[i]},${j}=${v[j]}`);
  }
  return out;
}

/** All patterns when there are at most `limit`, else a greedy pairwise cover (deterministic). */
export function choose(all: Pattern[], limit: number): Pattern[] {
  if (all.length <= limit) return all;
  const uncovered = new Set(all.flatMap((p) => features(p.decisions)));
  const chosen: Pattern[] = [];
  while (uncovered.size > 0) {
    let best = all[0];
    let gain = -1;
    for (const p of all) {
      const g = features(p.decisions).filter((f) => uncovered.has(f)).length;
      if (g > gain) (best = p), (gain = g);
    }
    chosen.push(best);
    for (const f of features(best.decisions)) uncovered.delete(f);
  }
  return chosen;
}
