// Collects nodes and flows while the graph is built, and refuses duplicate ids: ids are derived
// from model ids, so a duplicate is a bug in the derivation, never something to paper over.
import type { Cond } from "../../compiler/model.js";
import type { ProcessFlow, ProcessNode } from "./graph.js";

/** A piece of the process with one way in and one way out. */
export interface Fragment {
  entry: string;
  exit: string;
}

export class GraphBuilder {
  readonly nodes: ProcessNode[] = [];
  readonly flows: ProcessFlow[] = [];
  private readonly ids = new Set<string>();
  private readonly byId = new Map<string, ProcessNode>();
  /** Exclusive splits whose next unconditional outgoing flow becomes their default, with its name. */
  private readonly pendingDefault = new Map<string, string>();

  private claim(id: string): void {
    if (this.ids.has(id)) throw new Error(`process: duplicate element id ${id}`);
    this.ids.add(id);
  }

  add(node: ProcessNode): string {
    this.claim(node.id);
    this.nodes.push(node);
    this.byId.set(node.id, node);
    return node.id;
  }

  flow(source: string, target: string, extra: { name?: string; condition?: Cond; back?: true; skip?: true } = {}): string {
    const id = `Flow_${source}__${target}`;
    this.claim(id);
    const pending = this.pendingDefault.get(source);
    if (pending !== undefined && !extra.condition) {
      this.pendingDefault.delete(source);
      this.node(source).defaultFlow = id;
      extra = { name: pending, ...extra };
    }
    this.flows.push({ id, source, target, ...extra });
    return id;
  }

  /**
   * Makes the next unconditional flow leaving the exclusive split `id` its default, named `name`:
   * a split that ends a fragment whose way on is drawn by whoever connects the fragment.
   */
  defaultNext(id: string, name: string): void {
    this.pendingDefault.set(id, name);
  }

  /** Throws when a split still waits for its default flow: a bug in the derivation. */
  done(): void {
    if (this.pendingDefault.size > 0) throw new Error(`process: no default flow from ${[...this.pendingDefault.keys()].join(", ")}`);
  }

  node(id: string): ProcessNode {
    const n = this.byId.get(id);
    if (!n) throw new Error(`process: no node ${id}`);
    return n;
  }

  /**
   * The "applies / skip" pair around a fragment: an exclusive split whose conditional flow enters
   * the fragment and whose default flow skips it, and an exclusive merge after it. Every token that
   * reaches the split leaves the merge, whichever way it went, so parallel joins further on never
   * wait for a branch that was skipped.
   */
  optional(
    prefix: string,
    lane: string,
    inner: Fragment,
    when: Cond,
    labels: { question: string; applies: string; skips: string; documentation?: string },
  ): Fragment {
    const split = this.add({
      id: `${prefix}_split`,
      kind: "exclusiveGateway",
      name: labels.question,
      lane,
      documentation: labels.documentation,
    });
    const merge = this.add({ id: `${prefix}_merge`, kind: "exclusiveGateway", lane });
    this.flow(split, inner.entry, { name: labels.applies, condition: when });
    this.node(split).defaultFlow = this.flow(split, merge, { name: labels.skips, skip: true });
    this.flow(inner.exit, merge);
    return { entry: split, exit: merge };
  }

  /**
   * Runs a part side by side with others between `from` and `to`. `entries` are where the parallel
   * branches begin and `exits` where they end (a network of sub-items may have several of each):
   * a parallel fork when there is more than one entry, a parallel join when there is more than one
   * exit, plain flows otherwise, and a direct flow when there is nothing in between.
   */
  parallel(from: string, to: string, entries: string[], exits: string[], gateways: { fork: string; join: string; lane: string }): void {
    if (entries.length === 0 && exits.length === 0) {
      this.flow(from, to);
      return;
    }
    if (entries.length === 1) this.flow(from, entries[0]);
    else {
      const fork = this.add({ id: gateways.fork, kind: "parallelGateway", lane: gateways.lane });
      this.flow(from, fork);
      for (const e of entries) this.flow(fork, e);
    }
    if (exits.length === 1) this.flow(exits[0], to);
    else {
      const join = this.add({ id: gateways.join, kind: "parallelGateway", lane: gateways.lane });
      for (const e of exits) this.flow(e, join);
      this.flow(join, to);
    }
  }
}
