// What the preview shows at one moment: the compile of the given paths, numbered by a version
// that grows with each recompile so a page can tell whether what it shows is current.
//
// Compiles are incremental (compiler/incremental.ts): a save re-does only the matters it affects,
// and unchanged matters keep their model objects from one snapshot to the next, so two snapshots
// never hold two copies of the project. Output files are rendered on request, per matter, and the
// last few matters' files are kept (keyed by the model, so they survive recompiles that do not
// touch that matter).
import type { CompileResult } from "../../compiler/compile.js";
import type { Diagnostic } from "../../compiler/diagnostics/types.js";
import { IncrementalCompiler, type IncrementalStats } from "../../compiler/incremental.js";
import type { Model } from "../../compiler/model.js";
import { DEFAULT_TARGET_OPTIONS, TARGETS } from "../../targets/index.js";
import { createCachedHost } from "../cached-host.js";
import { createNodeHost } from "../host.js";
import type { CompileInput } from "../../compiler/compile.js";
import { expandInputs, InputError } from "../inputs.js";

export interface Snapshot {
  version: number;
  models: Model[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  hasErrors: boolean;
  /** An output file by "<编码>/<file>", as `matterc build` would write it; undefined when there are errors. */
  file(path: string): string | undefined;
  /** The output files of a matter, relative to its folder; none when there are errors. */
  filesOf(code: string): string[];
}

/** How many matters' rendered files are kept. */
const RENDERED_KEPT = 16;

/** Renders matters' files on request, keeping the most recently used few. */
class Renderer {
  private kept = new Map<Model, Map<string, string>>();

  filesOf(model: Model): Map<string, string> {
    let files = this.kept.get(model);
    if (files) {
      this.kept.delete(model);
    } else {
      files = new Map();
      for (const t of TARGETS) for (const f of t.perMatter?.(model, DEFAULT_TARGET_OPTIONS) ?? []) files.set(f.path, f.text);
    }
    this.kept.set(model, files);
    while (this.kept.size > RENDERED_KEPT) this.kept.delete(this.kept.keys().next().value!);
    return files;
  }
}

type Result = Pick<CompileResult, "models" | "diagnostics" | "sources" | "hasErrors">;

function internalError(e: unknown): Result {
  const err = e as Error;
  const internal: Diagnostic = { code: "E0999", severity: "error", args: { reason: `${err.name}: ${err.message}` } };
  return { models: [], diagnostics: [internal], sources: new Map(), hasErrors: true };
}

export class PreviewSession {
  private current: Snapshot;
  /** The inputs of the last compile: the host refuses files reached through links out of them. */
  private inputs: CompileInput[] | undefined;
  private readonly compiler = new IncrementalCompiler(createCachedHost(createNodeHost(() => this.inputs)), { symbols: false });
  private readonly renderer = new Renderer();

  constructor(private readonly paths: string[]) {
    this.current = this.take(1);
  }

  get snapshot(): Snapshot {
    return this.current;
  }

  recompile(): Snapshot {
    this.current = this.take(this.current.version + 1);
    return this.current;
  }

  /** What the last compile parsed, lowered and reused. */
  get stats(): IncrementalStats {
    return { ...this.compiler.stats };
  }

  /** The matter with this code, unless the sources have errors (then no page may look current). */
  matter(code: string): Model | undefined {
    return this.current.hasErrors ? undefined : this.current.models.find((m) => m.code === code);
  }

  /** Compiles without throwing: a failure is shown like any diagnostic. */
  private take(version: number): Snapshot {
    let result: Result;
    try {
      this.inputs = expandInputs(this.paths);
      result = this.compiler.compile(this.inputs);
    } catch (e) {
      result =
        e instanceof InputError
          ? { models: [], diagnostics: [{ code: "E0901", severity: "error", args: { path: e.message, reason: "not found" } }], sources: new Map(), hasErrors: true }
          : internalError(e);
    }
    const byCode = new Map(result.hasErrors ? [] : result.models.map((m) => [m.code, m]));
    const rendered = (code: string) => {
      const m = byCode.get(code);
      if (!m) return undefined;
      try {
        return this.renderer.filesOf(m);
      } catch {
        // A target that fails on this model: the page shows the matter as missing its files.
        return undefined;
      }
    };
    return {
      version,
      ...result,
      file: (path) => {
        const slash = path.indexOf("/");
        return slash > 0 ? rendered(path.slice(0, slash))?.get(path.slice(slash + 1)) : undefined;
      },
      filesOf: (code) => [...(rendered(code)?.keys() ?? [])],
    };
  }
}
