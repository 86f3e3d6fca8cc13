// Writing outputs: each file atomically (a temporary file in the same folder, then a rename), so
// a reader never sees half a file and an interrupted build leaves the old file whole.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import type { OutputFile } from "../targets/index.js";

export function writeOutputs(outDir: string, files: OutputFile[]): void {
  const root = resolve(outDir);
  for (const f of files) {
    const target = resolve(join(root, f.path));
    // Targets build paths from checked codes; refuse anything that would land outside anyway.
    if (!target.startsWith(root + sep)) throw new Error(`refusing to write outside ${outDir}: ${f.path}`);
    mkdirSync(dirname(target), { recursive: true });
    const tmp = `${target}.tmp-${process.pid}`;
    try {
      writeFileSync(tmp, f.text);
      renameSync(tmp, target);
    } finally {
      rmSync(tmp, { force: true });
    }
  }
}
