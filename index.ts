// matterc as a library: the same compile the CLI runs, for other systems and the tests.
export { compile, type CompileInput, type CompileResult } from "./compiler/compile.js";
export type { CompilerHost } from "./compiler/program.js";
export type * from "./compiler/model.js";
export { MODEL_VERSION } from "./compiler/model.js";
export { modelSchema } from "./compiler/model-schema.js";
export type { Diagnostic } from "./compiler/diagnostics/types.js";
export { renderText, renderGithub, toJson, explain, message } from "./compiler/diagnostics/render.js";
export { evaluate } from "./compiler/conditions.js";
export { renderAll, TARGETS, type OutputFile, type TargetOptions } from "./targets/index.js";
export { parse } from "./grammar/index.js";
import { compilePaths } from "./cli/compile-paths.js";

/** Compiles .matter files or directories from disk, with the standard library of this package. */
export function compileFiles(paths: string[]) {
  return compilePaths(paths);
}
