// The compile step every verb shares: expand the paths, compile through the Node host.
import { compile, type CompileInput, type CompileOptions, type CompileResult } from "../compiler/compile.js";
import { createNodeHost } from "./host.js";
import { expandInputs, InputError } from "./inputs.js";

function inputError(e: InputError): CompileResult {
  return {
    models: [],
    diagnostics: [{ code: "E0901", severity: "error", args: { path: e.message, reason: e.reason } }],
    sources: new Map(),
    symbols: { declarations: [], references: [] },
    hasErrors: true,
  };
}

export function compilePaths(paths: string[], options: CompileOptions = {}): CompileResult {
  try {
    const inputs = expandInputs(paths);
    return compile(createNodeHost(inputs), inputs, options);
  } catch (e) {
    if (e instanceof InputError) return inputError(e);
    throw e;
  }
}

/** What `check` reports: diagnostics, the sources they point into, the files read and the matters
 * declared; no models, no symbols. Many files are compiled on every core (cli/check-pool.ts), with
 * the same output as one thread. */
export async function checkPaths(paths: string[]): Promise<CompileResult> {
  let inputs: CompileInput[];
  try {
    inputs = expandInputs(paths);
  } catch (e) {
    if (e instanceof InputError) return inputError(e);
    throw e;
  }
  const { checkWorkerCount, checkParallel } = await import("./check-pool.js");
  const workers = checkWorkerCount(inputs);
  if (workers) return checkParallel(inputs, workers);
  return compile(createNodeHost(inputs), inputs, { symbols: false, models: false });
}
