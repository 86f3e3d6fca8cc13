#!/usr/bin/env node
// matterc's entry once built: `npm run build` copies this file over dist/cli/main.js (see
// scripts/bundle-cli.ts). It runs the whole command line from one bundled file, dist/cli/matterc.cjs,
// compiled with the V8 code cache made at build time (dist/cli/matterc.cjs.cache): a cold start
// neither resolves and links a check's modules one by one nor parses and compiles the functions it runs.
// The cache is only a hint: V8 refuses one made by another Node version (or other flags) and then
// compiles as usual. Without the bundle (a build that stopped after tsc) the modules run as compiled.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { bundleScript } from "./bundle-script.js";

type Run = (argv: string[]) => Promise<void>;

const bundle = fileURLToPath(new URL("./matterc.cjs", import.meta.url));

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** The bundle's `run`, compiled with the code cache; `script` to write a new cache from. */
function loadBundle(source: string): { run: Run; script?: vm.Script } {
  const dynamicImport = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  const require = createRequire(bundle);
  // Without a way to give the script `import()` (older Node 20), load it as a plain CommonJS module.
  if (dynamicImport === undefined) return { run: (require(bundle) as { run: Run }).run };
  const script = bundleScript(bundle, source, dynamicImport);
  const module = { exports: {} as { run?: Run } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, bundle, dirname(bundle));
  return { run: module.exports.run!, script };
}

const source = read(bundle);
if (source === undefined) {
  await (await import("./program.js")).run(process.argv);
} else {
  const { run, script } = loadBundle(source);
  await run(process.argv);
  // The build writes the cache after a check of an example, so that it holds the functions a check
  // compiles (scripts/bundle-cli.ts).
  const out = process.env.MATTERC_WRITE_CODE_CACHE;
  if (out && script) writeFileSync(out, script.createCachedData());
}
