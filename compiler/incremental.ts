// Incremental compilation for the editor and the preview: the same results as compile(), built
// file by file from what earlier compiles found, so that an edit costs what it affects rather than
// the size of the project.
//
// Two caches, per file:
// - its load: parse, top-level declarations, `使用` resolution and the checks of its departments,
//   materials and fields. Valid while the file's bytes and root are the same and each file it
//   tried to use still exists (or still does not);
// - the lowering of its matters (models, diagnostics, symbols). Valid while its load and the loads
//   of the files it reaches through `使用` are the ones it was lowered against.
// Only what crosses files is recomputed each time: matter codes used twice (E0113, E0123: compiler/matter-codes.ts), the sorted
// diagnostics, the symbol index.
//
// To keep memory flat, a file that no other file uses keeps no syntax tree between compiles
// (only its text, results and diagnostics): it is parsed again only when its lowering must be
// redone because a file it uses changed.
import { performance } from "node:perf_hooks";
import { decodeSource } from "../grammar/index.js";
import type { Span } from "../grammar/ast.js";
import type { RegionTable } from "./lower/cross-region.js";
import { readLicences, readRegions, type CompileInput, type CompileResult } from "./compile.js";
import { checkDepartmentCodes } from "./lower/department-codes.js";
import { decodeBlock } from "./decode/block.js";
import { Reporter } from "./decode/report.js";
import { readFieldSpec } from "./decode/specs.js";
import { DiagnosticBag, sortDiagnostics, type Diagnostic } from "./diagnostics/types.js";
import { lowerMatter } from "./lower/matter.js";
import { foldCode, MatterCodes } from "./matter-codes.js";
import type { Model } from "./model.js";
import { Program, STD_DIR, type CompilerHost, type SourceFile, type SymbolDecl, type SymbolRef } from "./program.js";

interface LoadUnit {
  /** Changes whenever the file is loaded anew: the key lowerings are checked against. */
  id: number;
  file: string;
  root: string;
  bytes: Uint8Array;
  text: string;
  /** Kept while another file uses it (its declarations are looked up); else dropped. */
  sf: SourceFile | undefined;
  imports: string[];
  /** Every project file its `使用` entries tried, and whether it loaded. */
  attempts: { file: string; ok: boolean }[];
  diagnostics: Diagnostic[];
  declarations: SymbolDecl[];
}

interface LoweredMatter {
  name: string;
  code?: string;
  /** The code as case-insensitive file systems see it (E0123), worked out once. */
  folded?: string;
  codeSpan?: Span;
  /** Present when lowering succeeded without errors (and models are kept for the file). */
  model?: Model;
  lowered: boolean;
  hasErrors: boolean;
  diagnostics: Diagnostic[];
}

interface LoweredUnit {
  /** The file and every file it reaches through `使用`, with the load id each had (-1: missing). */
  deps: { file: string; id: number }[];
  withModels: boolean;
  matters: LoweredMatter[];
  declarations: SymbolDecl[];
  references: SymbolRef[];
}

export interface IncrementalOptions {
  /** Whether the models of a file's matters are kept (and returned); all by default. An editor
   * keeps only the open files' models: the others' diagnostics and symbols are all it shows. */
  keepModels?: (file: string) => boolean;
  /** Whether the symbol index is assembled (the preview does not use it); true by default. */
  symbols?: boolean;
}

export interface IncrementalStats {
  /** Files parsed in the last compile. */
  parsed: number;
  /** Files whose matters were lowered in the last compile. */
  lowered: number;
  /** Files whose load or lowering came from the cache. */
  reused: number;
  /** Where the time went, in milliseconds. */
  ms?: { load: number; lower: number; rest: number };
}

let nextId = 1;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

const isStd = (file: string) => file.startsWith(`${STD_DIR}/`);

/** The group of diagnostics without a place (they sort last); no file is named so. */
const NO_FILE = "\uffff";

/** Compiles the same inputs again and again, reusing what did not change. One per project. */
export class IncrementalCompiler {
  private units = new Map<string, LoadUnit>();
  private lowered = new Map<string, LoweredUnit>();
  /** Whether a file's bytes decode, by the bytes (a cached host returns the same array while the
   * file is unchanged, so each version is decoded once, not once per compile). */
  private decodable = new WeakMap<Uint8Array, boolean>();
  private licences: string[] | undefined;
  private regions: RegionTable | undefined;
  stats: IncrementalStats = { parsed: 0, lowered: 0, reused: 0 };
  private sorted = new Map<string, { items: Diagnostic[]; sorted: Diagnostic[] }>();
  private byFile = new Map<string, Diagnostic[]>();
  private fileOrder: string[] = [];

  constructor(
    private readonly host: CompilerHost,
    private readonly options: IncrementalOptions = {},
  ) {}

  /** The last compile's diagnostics by the file they are in, each list sorted as in the result
   * and the same array from compile to compile while that file's diagnostics are the same. */
  diagnosticsByFile(): ReadonlyMap<string, readonly Diagnostic[]> {
    return this.byFile;
  }

  /** sortDiagnostics over all the diagnostics, done per file: its order is by place, file first,
   * so sorting each file's in the order they came and putting the files in order gives the same
   * list; a file whose diagnostics are the same objects as last time is not sorted again. */
  private sortByFile(items: Diagnostic[]): Diagnostic[] {
    const groups = new Map<string, Diagnostic[]>();
    for (const d of items) {
      const f = d.span ? d.span.file : NO_FILE;
      const g = groups.get(f);
      if (g) g.push(d);
      else groups.set(f, [d]);
    }
    const next = new Map<string, { items: Diagnostic[]; sorted: Diagnostic[] }>();
    const byFile = new Map<string, Diagnostic[]>();
    for (const [f, g] of groups) {
      const had = this.sorted.get(f);
      const same = had !== undefined && had.items.length === g.length && had.items.every((d, i) => d === g[i]);
      const entry = same ? had : { items: g, sorted: sortDiagnostics(g) };
      next.set(f, entry);
      if (f !== NO_FILE) byFile.set(f, entry.sorted);
    }
    let order = this.fileOrder;
    if (order.length !== byFile.size || order.some((f) => !byFile.has(f))) order = this.fileOrder = [...byFile.keys()].sort();
    this.sorted = next;
    this.byFile = byFile;
    const out: Diagnostic[] = [];
    for (const f of order) for (const d of byFile.get(f)!) out.push(d);
    for (const d of next.get(NO_FILE)?.sorted ?? []) out.push(d);
    return out;
  }

  /** Forgets everything (the next compile starts cold). */
  reset(): void {
    this.units.clear();
    this.lowered.clear();
  }

  compile(inputs: CompileInput[]): CompileResult {
    try {
      return this.run(inputs);
    } catch (e) {
      // Whatever failed may have left a cache half-updated.
      this.reset();
      this.byFile = new Map();
      const err = e as Error;
      const diagnostics: Diagnostic[] = [{ code: "E0999", severity: "error", args: { reason: `${err.name}: ${err.message}` } }];
      return { models: [], diagnostics, sources: new Map(), symbols: { declarations: [], references: [] }, hasErrors: true };
    }
  }

  private run(inputs: CompileInput[]): CompileResult {
    const stats: IncrementalStats = { parsed: 0, lowered: 0, reused: 0 };
    this.stats = stats;
    // Each file is read at most once per compile.
    const read = new Map<string, Uint8Array | undefined>();
    const readProject = (p: string) => {
      let b = read.get(p);
      if (b === undefined && !read.has(p)) read.set(p, (b = this.host.readFile(p)));
      return b;
    };
    const loadable = (p: string) => {
      const b = readProject(p);
      if (b === undefined) return false;
      let ok = this.decodable.get(b);
      if (ok === undefined) this.decodable.set(b, (ok = decodeSource(b) !== undefined));
      return ok;
    };
    const escapes = this.host.escapes && ((p: string) => this.host.escapes!(p));
    const host: CompilerHost = { readFile: readProject, escapes, readStdlib: (n) => this.host.readStdlib(n), stdlibFiles: () => this.host.stdlibFiles() };
    const bag = new DiagnosticBag();
    const used = new Map<string, LoadUnit>();
    const program = new CachingProgram(host, bag, {
      reusable: (file, root) => {
        const u = this.units.get(file);
        return u?.sf && this.valid(u, root, readProject, loadable) ? u : undefined;
      },
      use: (u, fresh) => {
        used.set(u.file, u);
        if (!fresh) stats.reused++;
        // Its bytes decoded: a later check of a `使用` that tried it need not decode them again.
        else if (!isStd(u.file)) this.decodable.set(u.bytes, true);
      },
      parsed: () => stats.parsed++,
    });
    const licences = (this.licences ??= readLicences(this.host));
    this.regions ??= readRegions(this.host);

    const t0 = performance.now();
    // 1. Loads. Files that changed first, so that a file which no one used before and now is used
    // is parsed before anything could reuse it without its tree.
    const entries = this.entriesOf(inputs);
    // Per entry: whether its cached load holds, and whether it is loaded in this compile.
    const valid = entries.map((e) => {
      const u = this.units.get(e.file);
      return u !== undefined && this.valid(u, e.root, readProject, loadable);
    });
    const loaded = new Set<string>();
    entries.forEach((e, i) => {
      if (valid[i]) return;
      if (program.load(e.file, e.root)) loaded.add(e.file);
      else if (!program.undecodable.has(e.file)) bag.add({ code: "E0901", severity: "error", args: { path: e.file, reason: "not found" } });
    });
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (!valid[i] || program.files.has(e.file)) {
        if (program.files.has(e.file)) loaded.add(e.file);
        continue;
      }
      const u = this.units.get(e.file)!;
      if (u.sf) {
        program.load(e.file, e.root);
        loaded.add(e.file);
        continue;
      }
      // No tree kept: reused as is if its lowering still holds, else parsed again.
      for (const imp of u.imports) program.load(imp, isStd(imp) ? STD_DIR : u.root);
      if (this.loweringHolds(e.file, u, used)) {
        program.adopt(u);
        used.set(u.file, u);
        stats.reused++;
      } else {
        this.units.delete(e.file);
        program.load(e.file, e.root);
      }
      loaded.add(e.file);
    }

    const t1 = performance.now();
    // 2. Lowerings, in the order compile() does them, and codes used twice.
    const models: Model[] = [];
    const codes = new MatterCodes();
    const withSymbols = this.options.symbols ?? true;
    // The symbol index is assembled only if asked for (an editor's hover or rename), from the
    // files' own lists: a keystroke does not copy the whole workspace's symbols.
    const declParts = withSymbols ? program.declarationParts() : [];
    const refParts: SymbolRef[][] = [];
    for (const e of entries) {
      if (!loaded.has(e.file)) continue;
      const u = used.get(e.file)!;
      let l = this.lowered.get(e.file);
      if (!l || !this.loweringHolds(e.file, u, used)) {
        l = this.lower(program, u, licences, used);
        stats.lowered++;
      } else if (l.withModels && !(this.options.keepModels?.(e.file) ?? true)) {
        // No longer wanted (the file was closed): let the models go.
        l.withModels = false;
        for (const m of l.matters) m.model = undefined;
      }
      if (withSymbols) {
        declParts.push(l.declarations);
        refParts.push(l.references);
      }
      for (const m of l.matters) {
        bag.items.push(...m.diagnostics);
        if (!m.lowered || m.code === undefined) continue;
        if (!codes.take({ code: m.code, name: m.name, span: m.codeSpan, folded: m.folded }, bag)) continue;
        if (m.model) models.push(m.model);
      }
    }

    const t2 = performance.now();
    // 3. What the next compile keeps: every file used now; trees only of files others use.
    const imported = new Set<string>();
    for (const u of used.values()) for (const f of u.imports) imported.add(f);
    this.units = used;
    for (const u of this.units.values()) if (!isStd(u.file) && !imported.has(u.file)) u.sf = undefined;
    for (const f of [...this.lowered.keys()]) if (!loaded.has(f)) this.lowered.delete(f);

    const diagnostics = this.sortByFile(bag.items);
    stats.ms = { load: t1 - t0, lower: t2 - t1, rest: performance.now() - t2 };
    return {
      models,
      diagnostics,
      sources: new Map([...used.values()].map((u) => [u.file, u.text])),
      symbols: withSymbols ? lazySymbols(declParts, refParts) : { declarations: [], references: [] },
      hasErrors: diagnostics.some((d) => d.severity === "error"),
    };
  }

  private lastEntries: { inputs: CompileInput[]; lengths: number[]; entries: { file: string; root: string }[] } | undefined;

  /** The files to compile, each once, with its root; the same list as last time when the inputs
   * are the same lists (an editor passes them again on every keystroke; a caller that changes a
   * list passes a new one). */
  private entriesOf(inputs: CompileInput[]): { file: string; root: string }[] {
    const last = this.lastEntries;
    if (last && last.inputs.length === inputs.length && last.inputs.every((x, i) => x.root === inputs[i].root && x.files === inputs[i].files && x.files.length === last.lengths[i])) return last.entries;
    const entries: { file: string; root: string }[] = [];
    const seen = new Set<string>();
    for (const input of inputs) for (const f of input.files) if (!seen.has(f)) (seen.add(f), entries.push({ file: f, root: input.root }));
    this.lastEntries = { inputs: inputs.map((x) => ({ ...x })), lengths: inputs.map((x) => x.files.length), entries };
    return entries;
  }

  /** A file's load still holds: same root, same bytes, and what it tried to use is as it was. */
  private valid(u: LoadUnit, root: string, read: (p: string) => Uint8Array | undefined, loadable: (p: string) => boolean): boolean {
    if (isStd(u.file)) return true;
    if (u.root !== root) return false;
    const now = read(u.file);
    if (!now || !sameBytes(now, u.bytes)) return false;
    return u.attempts.every((a) => loadable(a.file) === a.ok);
  }

  /** The loads a lowering depends on: the file's and those of every file it reaches through
   * `使用` (a local version is lowered in its template's scope, which is the template file's). */
  private dependencies(u: LoadUnit, used: Map<string, LoadUnit>): LoweredUnit["deps"] {
    const seen = new Set<string>([u.file]);
    const stack = [...u.imports];
    while (stack.length) {
      const f = stack.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      stack.push(...(used.get(f)?.imports ?? []));
    }
    return [...seen].map((f) => ({ file: f, id: f === u.file ? u.id : (used.get(f)?.id ?? -1) }));
  }

  /** Whether a lowering still holds: each file it depended on has the load it had then. Those
   * files' `使用` lists are part of their loads, so the set of files reached is the same too. */
  private loweringHolds(file: string, u: LoadUnit, used: Map<string, LoadUnit>): boolean {
    const l = this.lowered.get(file);
    if (!l) return false;
    if (!l.withModels && (this.options.keepModels?.(file) ?? true)) return false;
    for (const d of l.deps) if ((d.file === file ? u.id : (used.get(d.file)?.id ?? -1)) !== d.id) return false;
    return true;
  }

  private lower(program: CachingProgram, u: LoadUnit, licences: string[], used: Map<string, LoadUnit>): LoweredUnit {
    const sf = u.sf!;
    const withModels = this.options.keepModels?.(u.file) ?? true;
    const declBefore = program.declarations.length;
    const refBefore = program.references.length;
    const matters: LoweredMatter[] = sf.matters.map((decl) => {
      const own = new DiagnosticBag();
      const result = lowerMatter(program, sf, decl, new Reporter(own), licences, this.regions);
      return {
        name: decl.name,
        code: result?.model.code,
        folded: result && foldCode(result.model.code),
        codeSpan: result?.codeSpan,
        model: result && !own.hasErrors && withModels ? result.model : undefined,
        lowered: !!result,
        hasErrors: own.hasErrors,
        diagnostics: own.items,
      };
    });
    const l: LoweredUnit = {
      deps: this.dependencies(u, used),
      withModels,
      matters,
      declarations: program.declarations.splice(declBefore),
      references: program.references.splice(refBefore),
    };
    this.lowered.set(u.file, l);
    return l;
  }
}

/** The symbol index from per-file lists, put together on first use. */
function lazySymbols(declParts: SymbolDecl[][], refParts: SymbolRef[][]): CompileResult["symbols"] {
  let declarations: SymbolDecl[] | undefined;
  let references: SymbolRef[] | undefined;
  const flat = <T>(parts: T[][]) => {
    const out: T[] = [];
    for (const p of parts) for (const x of p) out.push(x);
    return out;
  };
  return {
    get declarations() {
      return (declarations ??= flat(declParts));
    },
    get references() {
      return (references ??= flat(refParts));
    },
  };
}

interface UnitHooks {
  /** A cached load of the file that still holds and still has its tree. */
  reusable(file: string, root: string): LoadUnit | undefined;
  /** The load of a file this compile uses, fresh or from the cache. */
  use(u: LoadUnit, fresh: boolean): void;
  parsed(): void;
}

/** The compiler's Program, loading each file from the cache when it can and recording what a
 * fresh load produced (its diagnostics, declarations and attempted `使用` targets). */
class CachingProgram extends Program {
  /** The fresh loads in progress, innermost last: a nested load is a `使用` of the one above. */
  private loading: { file: string; attempts: LoadUnit["attempts"] }[] = [];
  /** The declarations in load order, as lists: cached loads' own lists (not copied) between
   * stretches of `declarations` that fresh loads added. */
  private parts: SymbolDecl[][] = [];
  private cut = 0;

  constructor(
    private readonly readHost: CompilerHost,
    private readonly diagnostics: DiagnosticBag,
    private readonly hooks: UnitHooks,
  ) {
    super(readHost, diagnostics);
  }

  /** Puts a cached load's outputs in this compile without its tree. */
  adopt(u: LoadUnit): void {
    this.sources.set(u.file, u.text);
    this.diagnostics.items.push(...u.diagnostics);
    this.flushParts();
    this.parts.push(u.declarations);
  }

  private flushParts(): void {
    if (this.declarations.length > this.cut) this.parts.push(this.declarations.slice(this.cut));
    this.cut = this.declarations.length;
  }

  /** Every load's declarations so far, in load order (what `declarations` holds in compile()). */
  declarationParts(): SymbolDecl[][] {
    this.flushParts();
    return [...this.parts];
  }

  override load(file: string, root: string): SourceFile | undefined {
    const existing = this.files.get(file);
    const parent = this.loading[this.loading.length - 1];
    if (existing) {
      if (parent && !isStd(file)) parent.attempts.push({ file, ok: true });
      return existing;
    }
    const cached = this.hooks.reusable(file, root);
    if (cached) {
      this.files.set(file, cached.sf!);
      this.adopt(cached);
      this.hooks.use(cached, false);
      for (const imp of cached.imports) this.load(imp, isStd(imp) ? STD_DIR : cached.root);
      if (parent && !isStd(file)) parent.attempts.push({ file, ok: true });
      return cached.sf;
    }
    const diagBefore = this.diagnostics.items.length;
    const declBefore = this.declarations.length;
    const frame = { file, attempts: [] as LoadUnit["attempts"] };
    this.loading.push(frame);
    let sf: SourceFile | undefined;
    try {
      sf = super.load(file, root);
    } finally {
      this.loading.pop();
    }
    if (parent && !isStd(file)) parent.attempts.push({ file, ok: !!sf });
    if (!sf) return undefined;
    this.hooks.parsed();
    // Its top-level declarations are checked where they stand, as compile() does.
    const r = new Reporter(this.diagnostics);
    for (const d of sf.decls.department.values()) {
      const rd = r.at({ kind: "department", name: d.name });
      checkDepartmentCodes(decodeBlock("department", d.entry.block!.entries, d.entry.block!.span, rd), rd);
    }
    for (const d of sf.decls.material.values()) decodeBlock("material", d.entry.block!.entries, d.entry.block!.span, r.at({ kind: "material", name: d.name }));
    for (const d of sf.decls.field.values()) readFieldSpec(d.entry, r.at({ kind: "field", name: d.name }));
    const mine = <T extends { span?: Span }>(xs: T[]) => xs.filter((x) => x.span?.file === file);
    const bytes = isStd(file) ? new Uint8Array() : this.readHost.readFile(file)!;
    const unit: LoadUnit = {
      id: nextId++,
      file,
      root,
      bytes,
      text: sf.text,
      sf,
      imports: sf.imports,
      attempts: frame.attempts,
      diagnostics: mine(this.diagnostics.items.slice(diagBefore)),
      declarations: mine(this.declarations.slice(declBefore)),
    };
    this.hooks.use(unit, true);
    return sf;
  }
}
