// A check worker (cli/check-pool.ts): from the bundle and its code cache when the command line runs
// from it (cli/launch.ts), else from the modules as compiled.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { workerData } from "node:worker_threads";
import { loadBundle } from "./bundle-script.js";

const fromBundle = (workerData as { bundled?: boolean }).bundled ? loadBundle(dirname(fileURLToPath(import.meta.url)))?.exports : undefined;
(fromBundle ?? (await import("./check-parts.js"))).serveCheckParts();
