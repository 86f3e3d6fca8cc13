// The compile step every verb shares: expand the paths, compile through the Node host.
import { compile, type CompileOptions, type CompileResult } from "../compiler/compile.js";
import { createNodeHost } from "./host.js";
import { expandInputs, InputError } from "./inputs.js";

export function compilePaths(paths: string[], options: CompileOptions = {}): CompileResult {
  try {
    const inputs = expandInputs(paths);
    return compile(createNodeHost(inputs), inputs, options);
  } catch (e) {
    if (e instanceof InputError) {
      return {
        models: [],
        diagnostics: [{ code: "E0901", severity: "error", args: { path: e.message, reason: e.reason } }],
        sources: new Map(),
        symbols: { declarations: [], references: [] },
        hasErrors: true,
      };
    }
    throw e;
  }
}
