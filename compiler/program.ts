// Loading: the files to compile, the files they `use` (project files relative to the user, the
// standard library from the package), each parsed once, and each file's top-level declarations.
// All reading goes through the host: the compiler itself touches no file system.
import { posix } from "node:path";
import { decodeSourceNoting, nameText, parse, type Entry, type FileNode, type Span } from "../grammar/index.js";
import { decodeBlock } from "./decode/block.js";
import { findControlChars } from "./controls.js";
import { BoundedMap } from "./memo.js";
import { Reporter } from "./decode/report.js";
import { DiagnosticBag } from "./diagnostics/types.js";
import { nearest } from "./suggest.js";
import { toSimplified } from "./traditional.js";

export interface CompilerHost {
  /** A project file's bytes, or undefined when it does not exist. */
  readFile(path: string): Uint8Array | undefined;
  /** A standard library file's bytes by file name (e.g. "部门.matter"), or undefined. */
  readStdlib(name: string): Uint8Array | undefined;
  /** The standard library's file names. */
  stdlibFiles(): string[];
  /** True when a project path exists but leads outside the project (e.g. through a symbolic
   * link); such a file is never read. */
  escapes?(path: string): boolean;
}

export interface Decl {
  name: string;
  nameSpan: Span;
  entry: Entry;
  file: string;
}

export type TopKind = "department" | "material" | "field";
export type SymbolKind = TopKind | "item" | "situation" | "commitment" | "matter";

/** A declared name, for editors (go to definition, rename). `matter` is set for names local to
 * a matter. */
export interface SymbolDecl {
  kind: SymbolKind;
  name: string;
  span: Span;
  matter?: string;
}

/** A use of a declared name, resolved: `target` is the declaration's name span. */
export interface SymbolRef {
  kind: SymbolKind;
  name: string;
  span: Span;
  target: Span;
  /** The matter in which the use was resolved. */
  matter?: string;
}

export interface SourceFile {
  file: string;
  text: string;
  ast: FileNode;
  /** The directory that bounds its imports. */
  root: string;
  imports: string[];
  decls: Record<TopKind, Map<string, Decl>>;
  matters: Decl[];
}

const STD_PREFIX = /^(std|标准库|標準庫)\//;
export const STD_DIR = "std";
const stdPaths = new BoundedMap<string, { std: boolean; file: string }>(256);

/** Where a `使用` path points, as a compiler file name: `std/<name>.matter` for the standard
 * library, else the path relative to the using file (not yet checked against the root). */
export function usePath(raw: string, fromFile: string): { std: boolean; file: string } {
  if (STD_PREFIX.test(raw)) {
    // Every file uses the same few: one result (and one file-name string, so the maps keyed by
    // file names compare it by identity) per spelling.
    let known = stdPaths.get(raw);
    if (!known) {
      const base = raw.replace(STD_PREFIX, "");
      known = { std: true, file: `${STD_DIR}/${base.endsWith(".matter") ? base : `${base}.matter`}` };
      stdPaths.set(raw, known);
    }
    return { std: known.std, file: known.file };
  }
  return { std: false, file: posix.normalize(posix.join(posix.dirname(fromFile), raw.replace(/\\/g, "/"))) };
}

export class Program {
  readonly files = new Map<string, SourceFile>();
  /** Decoded text of every file read, for diagnostics. */
  readonly sources = new Map<string, string>();
  /** Every declaration and every resolved reference, for editors. */
  readonly declarations: SymbolDecl[] = [];
  readonly references: SymbolRef[] = [];
  /** Files that exist but could not be decoded. */
  readonly undecodable = new Set<string>();
  /** Files whose matters' trees were let go (release), to be parsed again should a file use them. */
  private readonly released = new Set<string>();
  /** Files some loaded file uses. */
  private readonly used = new Set<string>();
  /** Every file as it was loaded, in order (a file parsed again appears again), so a caller can
   * visit the files loaded since it last looked without walking all of them. */
  readonly loadOrder: SourceFile[] = [];

  constructor(
    private readonly host: CompilerHost,
    private bag: DiagnosticBag,
    /** Whether to collect declarations and references for editors; the CLI needs none. */
    private readonly symbols = true,
    /** Whether the caller keeps the models (CompileOptions.models); `check` does not. */
    private readonly models = true,
  ) {}

  /** Loads a file the user asked for, and everything it uses. */
  load(file: string, root: string): SourceFile | undefined {
    const existing = this.files.get(file);
    if (existing && this.released.has(file)) {
      // Its matters were let go and now a file uses it (a province template): parse it again,
      // quietly, since its problems were reported the first time.
      this.released.delete(file);
      this.files.delete(file);
      const loud = this.bag;
      this.bag = new DiagnosticBag();
      try {
        return this.load(file, existing.root);
      } finally {
        this.bag = loud;
      }
    }
    if (existing) return existing;
    const isStd = file.startsWith(`${STD_DIR}/`);
    const bytes = isStd ? this.host.readStdlib(file.slice(STD_DIR.length + 1)) : this.host.readFile(file);
    if (!bytes) return undefined;
    const r = new Reporter(this.bag);
    const decoded = decodeSourceNoting(bytes);
    if (decoded === undefined) {
      this.undecodable.add(file);
      r.report("E0006", { file, start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } });
      return undefined;
    }
    const text = decoded.text;
    this.sources.set(file, text);
    const { ast, problems, valueProblems } = parse(file, text);
    for (const p of problems) r.report(p.code, p.span, p.args);
    for (const p of valueProblems) r.report(p.code, p.span, p.args);
    // The decoder saw every character: a text it knows to be without control characters is not searched again.
    if (!decoded.withoutControls) {
      const reported = new Set(problems.filter((p) => p.code === "E0001").map((p) => p.span.start.offset));
      for (const c of findControlChars(file, text, reported)) r.report("E0120", c.span, { char: c.char });
    }
    const sf: SourceFile = { file, text, ast, root, imports: [], decls: { department: new Map(), material: new Map(), field: new Map() }, matters: [] };
    this.files.set(file, sf);
    this.loadOrder.push(sf);
    const block = decodeBlock("top", ast.entries, ast.span, r);
    for (const { spec, entry } of block.entries) {
      if (spec.id === "use") {
        const target = this.resolveUse(entry, sf, r);
        if (target) {
          sf.imports.push(target);
          this.used.add(target);
        }
        continue;
      }
      const decl: Decl = { name: nameText(entry.name!), nameSpan: entry.name!.span, entry, file };
      if (this.symbols) this.declarations.push({ kind: spec.id as SymbolKind, name: decl.name, span: decl.nameSpan });
      if (spec.id === "matter") {
        sf.matters.push(decl);
        continue;
      }
      const map = sf.decls[spec.id as TopKind];
      const first = map.get(decl.name);
      if (first) r.report("E0102", decl.nameSpan, { kind: spec.id, name: decl.name }, [{ span: first.nameSpan, key: "first" }]);
      else map.set(decl.name, decl);
    }
    return sf;
  }

  private resolveUse(entry: Entry, from: SourceFile, r: Reporter): string | undefined {
    const raw = entry.name!.type === "String" ? entry.name!.value : nameText(entry.name!);
    const span = entry.name!.span;
    const target = usePath(raw, from.file);
    if (target.std) {
      if (this.load(target.file, STD_DIR)) return target.file;
      // 使用 "標準庫/部門": the standard library's file names are Simplified; read a Traditional one as it.
      const simplified = usePath(toSimplified(raw), from.file).file;
      if (simplified !== target.file && this.load(simplified, STD_DIR)) return simplified;
      const available = this.host.stdlibFiles().filter((f) => f.endsWith(".matter")).map((f) => `std/${f.replace(/\.matter$/, "")}`);
      r.report("E0108", span, { path: raw, suggestion: nearest(target.file.replace(/\.matter$/, ""), available) ?? "" });
      return undefined;
    }
    if (posix.isAbsolute(raw) || /^[A-Za-z]:[\\/]/.test(raw)) {
      r.report("E0109", span, { path: raw });
      return undefined;
    }
    const file = target.file;
    const root = posix.normalize(from.root);
    const inside = root === "." ? !file.startsWith("../") && file !== ".." : file === root || file.startsWith(`${root}/`);
    if (!inside || from.file.startsWith(`${STD_DIR}/`) || this.host.escapes?.(file)) {
      r.report("E0109", span, { path: raw });
      return undefined;
    }
    if (this.load(file, from.root)) return file;
    r.report("E0108", span, { path: raw, suggestion: "" });
    return undefined;
  }

  /** Lets go of the trees of a file's matters once they are lowered, unless some loaded file uses
   * it (a template's local versions read its matters). A file that uses it later parses it again.
   * Its departments, materials and fields stay: later files may use them. */
  release(file: string): void {
    const sf = this.files.get(file);
    if (!sf || this.used.has(file) || sf.matters.length === 0) return;
    sf.matters = [];
    sf.ast = { ...sf.ast, entries: [] };
    this.released.add(file);
  }

  /** Whether references are collected (for editors). */
  get collectsSymbols(): boolean {
    return this.symbols;
  }

  /** Whether lowering builds complete models; when not, it works out of the figures only what
   * their diagnostics read (lower/figures.ts) and the models are not handed over. */
  get keepsModels(): boolean {
    return this.models;
  }

  /** Looks a top-level name up as seen from a file: its own declarations first, then those of the
   * files it uses. Several used files declaring it is ambiguous. */
  lookup(from: SourceFile, kind: TopKind, name: string, at: Span, r: Reporter | undefined): Decl | undefined {
    const own = from.decls[kind].get(name);
    if (own) return own;
    // Without a list per lookup (names are looked up for every reference of every matter): the
    // list is made only when a second used file declares the name too.
    let first: Decl | undefined;
    let found: Decl[] | undefined;
    for (const f of from.imports) {
      const d = this.files.get(f)?.decls[kind].get(name);
      if (!d) continue;
      if (!first) first = d;
      else (found ??= [first]).push(d);
    }
    if (found) r?.report("E0114", at, { kind, name, files: found.map((d) => d.file).join("、") });
    return first;
  }

  /** Every name of a kind visible from a file, for suggestions. */
  visible(from: SourceFile, kind: TopKind): string[] {
    const names = new Set(from.decls[kind].keys());
    for (const f of from.imports) for (const n of this.files.get(f)?.decls[kind].keys() ?? []) names.add(n);
    return [...names];
  }
}
