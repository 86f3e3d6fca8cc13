// The compiler's window on the file system: project files as paths, the standard library from
// the package's own stdlib/ folder (found from this module, built or not).
// Given the inputs, the host reads a project file only when its real path (after every symbolic
// link) lies inside the real path of an input folder, or it is a file named on the command line:
// a `使用` through a link cannot read, or echo, anything outside the project.
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { CompileInput } from "../compiler/compile.js";
import type { CompilerHost } from "../compiler/program.js";

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

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

/** With `inputs`, project files are confined to the input folders (see above). A long-running
 * host (preview, language server) passes a function, asked again before each check, because its
 * inputs change as files come and go. */
export function createNodeHost(inputs?: CompileInput[] | (() => CompileInput[] | undefined)): CompilerHost {
  const stdlib = join(packageRoot(), "stdlib");
  // One open and a look at what was opened, instead of a stat of the path and then an open: a
  // folder, a pipe or a device is no file to read (non-blocking, so that opening a pipe cannot hang).
  const read = (p: string): Uint8Array | undefined => {
    let fd: number;
    try {
      fd = openSync(p, OPEN_FLAGS);
    } catch {
      return undefined;
    }
    try {
      return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  };
  let seen: CompileInput[] | undefined;
  let named = new Set<string>();
  let roots: { lexical: string; real: string }[] | undefined;
  const within = (p: string, root: string) => p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);
  const escapes = (p: string): boolean => {
    const now = typeof inputs === "function" ? inputs() : inputs;
    if (now !== seen) {
      seen = now;
      named = new Set(now?.flatMap((i) => i.files));
      roots = now?.flatMap((i) => {
        const r = real(i.root);
        return r ? [{ lexical: resolve(i.root), real: r }] : [];
      });
    }
    if (!roots || named.has(p)) return false;
    // Judged only inside an input folder: a path outside them all is the compiler's to refuse.
    if (!roots.some((root) => within(resolve(p), root.lexical))) return false;
    const r = real(p);
    if (r === undefined) return false; // absent: "cannot find", not "outside"
    return !roots.some((root) => within(r, root.real));
  };
  return {
    readFile: (p) => (escapes(p) ? undefined : read(p)),
    escapes,
    readStdlib: (name) => (name.includes("/") || name.includes("\\") || name.startsWith(".") ? undefined : read(join(stdlib, name))),
    stdlibFiles: () => readdirSync(stdlib).sort(),
  };
}
