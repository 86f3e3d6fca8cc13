// A diagnostic is data: a code, the arguments of its message, where it is, and where in the
// domain it sits. Messages are rendered later from the catalog, in the reader's language.
import type { Span } from "../../grammar/ast.js";

export type Severity = "error" | "warning";
/** An argument in prose is given in both languages; names and numbers are the same in both. */
export interface Bilingual {
  zh: string;
  en: string;
}
export type Arg = string | number | Bilingual;
export type Args = Record<string, Arg>;

export function bi(zh: string, en: string): Bilingual {
  return { zh, en };
}

/** One step of the domain path: a kind or key (its schema id) and, for kinds, the name. */
export interface PathStep {
  kind: string;
  name?: string;
}

export interface Label {
  span: Span;
  /** Message key of the label, from the catalog's `labels`. */
  key: string;
  args?: Args;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  args: Args;
  span?: Span;
  /** Domain path, e.g. 一件事 开办餐饮店 › 子事项 食品经营许可 › 材料. */
  path?: PathStep[];
  /** Secondary places (e.g. where the first declaration was). */
  labels?: Label[];
}

export class DiagnosticBag {
  readonly items: Diagnostic[] = [];

  add(d: Diagnostic): void {
    this.items.push(d);
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }
}

function spanKey(s: Span | undefined): string {
  return s ? `${s.file}\u0000${String(s.start.line).padStart(8, "0")}\u0000${String(s.start.column).padStart(8, "0")}\u0000${s.start.offset}` : "\uffff";
}

/** Sorted by place then code, without duplicates (the same code, place and arguments). */
export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of ds) {
    const k = `${d.code}|${spanKey(d.span)}|${JSON.stringify(d.args)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(d);
  }
  return out.sort((a, b) => {
    const ka = spanKey(a.span);
    const kb = spanKey(b.span);
    return ka < kb ? -1 : ka > kb ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}
