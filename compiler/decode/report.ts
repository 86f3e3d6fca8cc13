// The reporting context threaded through decoding and checks: where we are in the domain, and
// the bag that collects diagnostics. Checks never throw; they report and go on.
import type { Span } from "../../grammar/ast.js";
import { CATALOG } from "../diagnostics/catalog.js";
import type { Args, DiagnosticBag, Label, PathStep } from "../diagnostics/types.js";

export class Reporter {
  constructor(
    readonly bag: DiagnosticBag,
    readonly path: PathStep[] = [],
  ) {}

  at(step: PathStep): Reporter {
    return new Reporter(this.bag, [...this.path, step]);
  }

  report(code: string, span: Span | undefined, args: Args = {}, labels?: Label[]): void {
    const entry = CATALOG[code];
    if (!entry) throw new Error(`no catalog entry for ${code}`);
    this.bag.add({ code, severity: entry.severity, args, span, path: this.path.length ? this.path : undefined, labels });
  }
}
