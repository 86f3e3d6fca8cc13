// The compiler's window on the file system: project files as paths, the standard library from
// the package's own stdlib/ folder (found from this module, built or not).
// Given the inputs, the host reads a project file only when its real path (after every symbolic
// link) lies inside the real path of an input folder, or it is a file named on the command line:
// a `使用` through a link cannot read, or echo, anything outside the project.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { CompileInput } from "../compiler/compile.js";
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

function real(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** With `inputs`, project files are confined to the input folders (see above). */
export function createNodeHost(inputs?: CompileInput[]): CompilerHost {
  const stdlib = join(packageRoot(), "stdlib");
  const read = (p: string): Uint8Array | undefined => {
    try {
      return statSync(p).isFile() ? readFileSync(p) : undefined;
    } catch {
      return undefined;
    }
  };
  const named = new Set(inputs?.flatMap((i) => i.files));
  const roots = inputs ? [...new Set(inputs.map((i) => real(i.root)).filter((r): r is string => !!r))] : undefined;
  const escapes = (p: string): boolean => {
    if (!roots || named.has(p)) return false;
    const r = real(p);
    if (r === undefined) return false; // absent: "cannot find", not "outside"
    return !roots.some((root) => r === root || r.startsWith(root.endsWith(sep) ? root : root + sep));
  };
  return {
    readFile: (p) => (escapes(p) ? undefined : read(p)),
    escapes,
    readStdlib: (name) => (name.includes("/") || name.includes("\\") || name.startsWith(".") ? undefined : read(join(stdlib, name))),
    stdlibFiles: () => readdirSync(stdlib).sort(),
  };
}
