// The bundled command line (scripts/bundle-cli.ts) as V8 compiles it: one CommonJS module, wrapped
// as Node wraps one, with the code cache made at build time. cli/launch.ts runs it; the cold-start
// bench asks whether this Node takes the cache. The wrapping must be byte-for-byte the same in both,
// or V8 refuses the cache: it lives here only.
import { readFileSync } from "node:fs";
import vm from "node:vm";

/** The bundle's `require`-style wrapper around `source`, compiled with the cache if there is one. */
export function bundleScript(bundle: string, source: string, importModuleDynamically?: typeof vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER): vm.Script {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(`${bundle}.cache`);
  } catch {
    cachedData = undefined;
  }
  return new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
    importModuleDynamically,
  });
}
