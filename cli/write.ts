// Writing outputs. Files are first written, as they are rendered, into a staging folder inside the
// output directory; only when every file has been rendered are they renamed into place, each
// rename atomic. So a reader never sees half a file, a build that fails while rendering changes
// nothing that was there, and a large build need not hold every file in memory.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import type { OutputFile } from "../targets/index.js";

/** Writes the files as they come; returns how many. */
export function writeOutputs(outDir: string, files: Iterable<OutputFile>): number {
  const root = resolve(outDir);
  const staging = join(root, `.matterc-staging-${process.pid}`);
  const paths: string[] = [];
  mkdirSync(staging, { recursive: true });
  try {
    for (const f of files) {
      const target = resolve(join(root, f.path));
      // Targets build paths from checked codes; refuse anything that would land outside anyway.
      if (!target.startsWith(root + sep) || target.startsWith(staging + sep)) throw new Error(`refusing to write outside ${outDir}: ${f.path}`);
      const staged = join(staging, f.path);
      mkdirSync(dirname(staged), { recursive: true });
      writeFileSync(staged, f.text);
      paths.push(f.path);
    }
    for (const p of paths) {
      const target = join(root, p);
      mkdirSync(dirname(target), { recursive: true });
      renameSync(join(staging, p), target);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return paths.length;
}
