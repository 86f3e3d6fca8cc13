// The compiler as one call: files in, models and diagnostics out. Never throws for any input; an
// unexpected failure becomes an internal-error diagnostic (E0999).
import { checkDepartmentCodes } from "./lower/department-codes.js";
import { decodeBlock } from "./decode/block.js";
import { Reporter } from "./decode/report.js";
import { readFieldSpec } from "./decode/specs.js";
import { DiagnosticBag, sortDiagnostics, type Diagnostic } from "./diagnostics/types.js";
import { lowerMatter } from "./lower/matter.js";
import { MatterCodes, type MatterCode } from "./matter-codes.js";
import { parseRegionTable, PROVINCES_FILE, REGIONS_FILE, type RegionTable } from "./lower/cross-region.js";
import type { Model } from "./model.js";
import { Program, type CompilerHost, type SymbolDecl, type SymbolRef } from "./program.js";

export interface CompileInput {
  /** The directory the user compiles: imports may not leave it. */
  root: string;
  /** The .matter files whose matters are compiled. */
  files: string[];
}

export interface CompileResult {
  models: Model[];
  diagnostics: Diagnostic[];
  /** Decoded text of every file read, for rendering diagnostics. */
  sources: Map<string, string>;
  /** Every declaration and resolved reference, for editors. */
  symbols: { declarations: SymbolDecl[]; references: SymbolRef[] };
  hasErrors: boolean;
  /** The matters declared in the files compiled (with or without errors), where counted. */
  matters?: number;
}

export const LICENCES_FILE = "证照.txt";

/** The electronic-licence types the standard library knows (stdlib/证照.txt, one a line). */
export function readLicences(host: CompilerHost): string[] {
  const bytes = host.readStdlib(LICENCES_FILE);
  if (!bytes) return [];
  return new TextDecoder()
    .decode(bytes)
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean);
}

/** The standard library's regions and provincial names for 跨域办 (stdlib/区域.txt, 省级行政区.txt). */
export function readRegions(host: CompilerHost): RegionTable {
  return parseRegionTable(host.readStdlib(REGIONS_FILE), host.readStdlib(PROVINCES_FILE));
}

export { foldCode } from "./matter-codes.js";

/** How a compile hands its results over. */
export interface CompileOptions {
  /** Receives each model as soon as it is lowered, instead of collecting them in `models` (which
   * then stays empty): a caller that needs one model at a time keeps memory flat in the number
   * of matters. */
  onModel?: (model: Model) => void;
  /** Collect every declaration and reference for editors (default true); the CLI needs none. */
  symbols?: boolean;
  /** For a caller compiling the files in parts (cli/check-pool.ts): receives each lowered matter's
   * code, in order, instead of its being checked against the codes before it (E0113, E0123), and
   * whether the matter lowered without errors; its model, if so, is handed over as usual. */
  onCode?: (code: MatterCode, ok: boolean) => void;
  /** false: the caller needs the diagnostics only (`check`), no models (default true). No model is
   * then handed over (`onModel` is not called, `models` stays empty), and lowering skips what
   * only the models read: of the figures, it works out just what their diagnostics need (the
   * worst critical path, where 跑动次数 is exceeded; compiler/metrics.ts, diagnosticFigures),
   * not every case's figures. The diagnostics are the same either way. */
  models?: boolean;
}

/**
 * Compiles file by file: an entry file is read (with what it uses), its top-level declarations are
 * checked, its matters lowered, and the trees of its matters let go unless a loaded file uses it
 * (Program.release), so memory follows one file's trees and the models kept, not the whole input.
 */
export function compile(host: CompilerHost, inputs: CompileInput[], options: CompileOptions = {}): CompileResult {
  const bag = new DiagnosticBag();
  const keep = options.models ?? true;
  const program = new Program(host, bag, options.symbols ?? true, keep);
  const models: Model[] = [];
  const hand = options.onModel ?? ((m: Model) => models.push(m));
  let declared = 0;
  try {
    const licences = readLicences(host);
    const regions = readRegions(host);
    const checked = new Set<string>();
    let visited = 0;
    // Top-level declarations are checked where they stand, whether or not a matter uses them.
    // Only the files loaded since the last call are visited (walking all files each time made a
    // check of N files cost N² steps).
    const checkDeclarations = () => {
      for (; visited < program.loadOrder.length; visited++) {
        const sf = program.loadOrder[visited];
        if (program.files.get(sf.file) !== sf) continue;
        if (checked.has(sf.file)) continue;
        checked.add(sf.file);
        const r = new Reporter(bag);
        for (const d of sf.decls.department.values()) {
          const rd = r.at({ kind: "department", name: d.name });
          checkDepartmentCodes(decodeBlock("department", d.entry.block!.entries, d.entry.block!.span, rd), rd);
        }
        for (const d of sf.decls.material.values()) decodeBlock("material", d.entry.block!.entries, d.entry.block!.span, r.at({ kind: "material", name: d.name }));
        for (const d of sf.decls.field.values()) readFieldSpec(d.entry, r.at({ kind: "field", name: d.name }));
      }
    };
    // Output folders are named by code: one code, one matter (compiler/matter-codes.ts).
    const codes = new MatterCodes();
    const lowered = new Set<string>();
    for (const input of inputs) {
      for (const file of input.files) {
        if (!program.load(file, input.root)) {
          if (!program.undecodable.has(file)) bag.add({ code: "E0901", severity: "error", args: { path: file, reason: "not found" } });
          continue;
        }
        checkDeclarations();
        if (lowered.has(file)) continue;
        lowered.add(file);
        const sf = program.files.get(file)!;
        declared += sf.matters.length;
        for (const decl of sf.matters) {
          const own = new DiagnosticBag();
          const result = lowerMatter(program, sf, decl, new Reporter(own), licences, regions);
          bag.items.push(...own.items);
          if (!result) continue;
          const code = { code: result.model.code, name: decl.name, span: result.codeSpan };
          if (options.onCode) options.onCode(code, !own.hasErrors);
          else if (!codes.take(code, bag)) continue;
          if (!own.hasErrors && keep) hand(result.model);
        }
        program.release(file);
      }
    }
  } catch (e) {
    const err = e as Error;
    bag.add({ code: "E0999", severity: "error", args: { reason: `${err.name}: ${err.message}` } });
  }
  const diagnostics = sortDiagnostics(bag.items);
  return { models, diagnostics, sources: program.sources, symbols: { declarations: program.declarations, references: program.references }, hasErrors: diagnostics.some((d) => d.severity === "error"), matters: declared };
}
