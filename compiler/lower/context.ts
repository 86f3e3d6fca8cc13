// What lowering one matter needs to hand around: the program (for names from other files), the
// matter's own declarations, and the reporter positioned at the matter.
import { nameText, type Entry, type Expr, type Span } from "../../grammar/ast.js";
import { TRUE } from "../conditions.js";
import { ConditionReader } from "../decode/condition.js";
import type { Reporter } from "../decode/report.js";
import type { Cond, Situation } from "../model.js";
import type { Decl, Program, SourceFile, SymbolKind, TopKind } from "../program.js";
import { nearest } from "../suggest.js";
import { simplifiedMatch } from "../traditional.js";

export class MatterContext {
  readonly situations = new Map<string, Situation>();
  /** Situations declared but unusable (their declaration was reported): conditions naming them
   * are not reported again. */
  readonly brokenSituations = new Set<string>();
  readonly localMaterials = new Map<string, Decl>();
  readonly localFields = new Map<string, Decl>();
  readonly items = new Map<string, Decl>();
  readonly commitments = new Map<string, Decl>();
  readonly situationDecls = new Map<string, Decl>();
  /** Situations some condition, field list or form names (the others are warned about, W0505). */
  readonly usedSituations = new Set<string>();

  constructor(
    readonly program: Program,
    readonly file: SourceFile,
    readonly r: Reporter,
    /** The matter's name, for editors' symbol tables. */
    readonly matter?: string,
  ) {}

  /** The `适用` of an entry's block as a condition; always true when absent or unusable. */
  condition(entry: Entry | undefined, r: Reporter): Cond {
    return entry ? (this.conditionReader(r).read(entry) ?? TRUE) : TRUE;
  }

  /** A condition written inside another value, e.g. a field's `适用 (…)`. */
  conditionOf(expr: Expr | undefined, r: Reporter): Cond {
    return expr ? (this.conditionReader(r).readExpr(expr) ?? TRUE) : TRUE;
  }

  private conditionReader(r: Reporter): ConditionReader {
    const onRef = (name: string, span: Span) => this.reference("situation", name, span, this.situationDecls.get(name));
    return new ConditionReader(this.situations, r.at({ kind: "when" }), this.brokenSituations, onRef);
  }

  /** Records a matter-level declaration, reporting a duplicate. */
  declare(map: Map<string, Decl>, kind: string, entry: Entry, r: Reporter): Decl | undefined {
    const decl: Decl = { name: nameText(entry.name!), nameSpan: entry.name!.span, entry, file: this.file.file };
    const first = map.get(decl.name);
    if (first) {
      r.report("E0102", decl.nameSpan, { kind, name: decl.name }, [{ span: first.nameSpan, key: "first" }]);
      return undefined;
    }
    map.set(decl.name, decl);
    if (this.program.collectsSymbols) this.program.declarations.push({ kind: kind as SymbolKind, name: decl.name, span: decl.nameSpan, matter: this.matter });
    return decl;
  }

  /** Records a resolved use of a name, for editors. */
  reference(kind: SymbolKind, name: string, span: Span, decl: Decl | undefined): void {
    if (kind === "situation" && decl) this.usedSituations.add(name);
    if (decl && this.program.collectsSymbols) this.program.references.push({ kind, name, span, target: decl.nameSpan, matter: this.matter });
  }

  /** A department, material or field as seen from this matter: its own first, then the file's. */
  resolve(kind: TopKind, name: string, at: Span, r: Reporter, report = true): Decl | undefined {
    const local = kind === "material" ? this.localMaterials.get(name) : kind === "field" ? this.localFields.get(name) : undefined;
    const found = local ?? this.program.lookup(this.file, kind, name, at, r);
    if (report) this.reference(kind, name, at, found);
    if (!found && report) {
      const candidates = [...this.program.visible(this.file, kind), ...(kind === "material" ? this.localMaterials.keys() : kind === "field" ? this.localFields.keys() : [])];
      r.report("E0103", at, { kind, name, suggestion: simplifiedMatch(name, candidates) ?? nearest(name, candidates) ?? "" });
    }
    return found;
  }

  resolveItem(name: string, at: Span, r: Reporter): Decl | undefined {
    const d = this.items.get(name);
    this.reference("item", name, at, d);
    if (!d) r.report("E0103", at, { kind: "item", name, suggestion: nearest(name, this.items.keys()) ?? "" });
    return d;
  }
}
