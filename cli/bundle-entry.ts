// What the bundled command line exports (scripts/bundle-cli.ts): the program, and the check
// workers' loop, so that a worker too starts from the bundle and its code cache.
export { run } from "./program.js";
export { serveCheckParts } from "./check-parts.js";
