#!/usr/bin/env node
// matterc's entry once built: `npm run build` copies this file over dist/cli/main.js (see
// scripts/bundle-cli.ts). It runs the whole command line from one bundled file, dist/cli/matterc.cjs,
// compiled with the V8 code cache made at build time (dist/cli/matterc.cjs.cache): a cold start
// neither resolves and links a check's modules one by one nor parses and compiles the functions it runs.
// The cache is only a hint: V8 refuses one made by another Node version (or other flags) and then
// compiles as usual. Without the bundle (a build that stopped after tsc) the modules run as compiled.
import { writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadBundle } from "./bundle-script.js";

const loaded = loadBundle(dirname(fileURLToPath(import.meta.url)));
if (!loaded) {
  await (await import("./program.js")).run(process.argv);
} else {
  await loaded.exports.run(process.argv);
  // The build writes the cache after a check of an example, so that it holds the functions a check
  // compiles (scripts/bundle-cli.ts).
  const out = process.env.MATTERC_WRITE_CODE_CACHE;
  if (out && loaded.script) writeFileSync(out, loaded.script.createCachedData());
}
