#!/usr/bin/env node
// matterc's entry (the package's bin). `npm run build` replaces the compiled file with
// cli/launch.ts, which starts the bundled command line; this one runs the modules as compiled.
import { run } from "./program.js";

await run(process.argv);
