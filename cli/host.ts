// The compiler's window on the file system: project files as paths, the standard library from
// the package's own stdlib/ folder (found from this module, built or not).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CompilerHost } from "../compiler/program.js";

/** The package root: the nearest folder above this module with stdlib/ in it. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "stdlib")) || !existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("matterc: cannot find the package's stdlib/ folder");
    dir = up;
  }
  return dir;
}

export function createNodeHost(): CompilerHost {
  const stdlib = join(packageRoot(), "stdlib");
  const read = (p: string): Uint8Array | undefined => {
    try {
      return statSync(p).isFile() ? readFileSync(p) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    readFile: read,
    readStdlib: (name) => (name.includes("/") || name.includes("\\") || name.startsWith(".") ? undefined : read(join(stdlib, name))),
    stdlibFiles: () => readdirSync(stdlib).sort(),
  };
}
