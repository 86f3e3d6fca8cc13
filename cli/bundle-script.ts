// The bundled command line (scripts/bundle-cli.ts) as V8 compiles it: one CommonJS module, wrapped
// as Node wraps one, with the code cache made at build time. cli/launch.ts runs it, the check
// workers load it (cli/check-worker.ts), and the cold-start bench asks whether this Node takes the
// cache. The wrapping must be byte-for-byte the same everywhere, or V8 refuses the cache: it lives
// here only.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import vm from "node:vm";

/** What the bundle exports (cli/bundle-entry.ts). */
export interface BundleExports {
  run(argv: string[]): Promise<void>;
  serveCheckParts(): void;
}

/** The bundle next to the launcher, in dist/cli/. */
export function bundlePath(cliDir: string): string {
  return join(cliDir, "matterc.cjs");
}

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

/** Loads the bundle in `cliDir` with its code cache; undefined when there is none (a build that
 * stopped after tsc). `script` is there to make a new cache from. */
export function loadBundle(cliDir: string): { exports: BundleExports; script?: vm.Script } | undefined {
  const bundle = bundlePath(cliDir);
  let source: string;
  try {
    source = readFileSync(bundle, "utf8");
  } catch {
    return undefined;
  }
  const require = createRequire(bundle);
  // Without a way to give the script `import()` (older Node 20), load it as a plain CommonJS module.
  const dynamicImport = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (dynamicImport === undefined) return { exports: require(bundle) as BundleExports };
  const script = bundleScript(bundle, source, dynamicImport);
  const module = { exports: {} as BundleExports };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, bundle, dirname(bundle));
  return { exports: module.exports, script };
}
