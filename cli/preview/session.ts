// What the preview shows at one moment: the compile of the given paths and, when it has no
// errors, every output file, numbered by a version that grows with each recompile so a page can
// tell whether what it shows is current.
import type { CompileResult } from "../../compiler/compile.js";
import type { Diagnostic } from "../../compiler/diagnostics/types.js";
import type { Model } from "../../compiler/model.js";
import { renderAll } from "../../targets/index.js";
import { compilePaths } from "../compile-paths.js";

export interface Snapshot {
  version: number;
  models: Model[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  hasErrors: boolean;
  /** Output files by "<编码>/<file>", as `matterc build` would write them; empty when there are errors. */
  files: Map<string, string>;
}

/** Compiles and renders without throwing: a failure of a target is shown like any diagnostic. */
export function takeSnapshot(paths: string[], version: number): Snapshot {
  let result: Pick<CompileResult, "models" | "diagnostics" | "sources" | "hasErrors">;
  const files = new Map<string, string>();
  try {
    result = compilePaths(paths);
    if (!result.hasErrors) for (const f of renderAll(result.models)) files.set(f.path, f.text);
  } catch (e) {
    const err = e as Error;
    const internal: Diagnostic = { code: "E0999", severity: "error", args: { reason: `${err.name}: ${err.message}` } };
    result = { models: [], diagnostics: [internal], sources: new Map(), hasErrors: true };
    files.clear();
  }
  return { version, ...result, files };
}

export class PreviewSession {
  private current: Snapshot;

  constructor(private readonly paths: string[]) {
    this.current = takeSnapshot(paths, 1);
  }

  get snapshot(): Snapshot {
    return this.current;
  }

  recompile(): Snapshot {
    this.current = takeSnapshot(this.paths, this.current.version + 1);
    return this.current;
  }

  /** The matter with this code, unless the sources have errors (then no page may look current). */
  matter(code: string): Model | undefined {
    return this.current.hasErrors ? undefined : this.current.models.find((m) => m.code === code);
  }
}
