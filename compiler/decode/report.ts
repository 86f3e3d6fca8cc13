// The reporting context threaded through decoding and checks: where we are in the domain, and
// the bag that collects diagnostics. Checks never throw; they report and go on.
import type { Span } from "../../grammar/ast.js";
import { CATALOG } from "../diagnostics/catalog.js";
import type { Args, DiagnosticBag, Label, PathStep } from "../diagnostics/types.js";

export class Reporter {
  /** The whole path, built only when something is reported (or asked for): most reporters never
   * report, and `at` is called for every entry. */
  private built: PathStep[] | undefined;
  private readonly parent: Reporter | undefined;
  private readonly step: PathStep | undefined;

  constructor(
    readonly bag: DiagnosticBag,
    path?: PathStep[],
    parent?: Reporter,
    step?: PathStep,
  ) {
    // (No default value for `path`: it would allocate an empty list for every `at`.)
    this.parent = parent;
    this.step = step;
    this.built = parent ? undefined : (path ?? []);
  }

  /** Where in the domain this reporter stands. */
  get path(): PathStep[] {
    if (!this.built) this.built = [...this.parent!.path, this.step!];
    return this.built;
  }

  at(step: PathStep): Reporter {
    return new Reporter(this.bag, undefined, this, step);
  }

  report(code: string, span: Span | undefined, args: Args = {}, labels?: Label[]): void {
    const entry = CATALOG[code];
    if (!entry) throw new Error(`no catalog entry for ${code}`);
    this.bag.add({ code, severity: entry.severity, args, span, path: this.path.length ? this.path : undefined, labels });
  }
}
