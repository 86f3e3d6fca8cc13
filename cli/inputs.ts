// Paths on the command line → what to compile: a file is compiled with its folder as the
// project root; a folder with every *.matter below it (sorted, so output order is stable).
// Inside a folder, symbolic links are never followed: a link to a file or folder elsewhere, a
// dangling link and a link cycle are all simply not part of the input. A path named on the
// command line is the user's choice and is followed.
import { readdirSync, statSync } from "node:fs";
import { posix } from "node:path";
import type { CompileInput } from "../compiler/compile.js";
import { bi, type Arg } from "../compiler/diagnostics/types.js";

export class InputError extends Error {
  constructor(
    path: string,
    readonly reason: Arg = "not found",
  ) {
    super(path);
  }
}

function toPosix(p: string): string {
  return posix.normalize(p.replace(/\\/g, "/")).replace(/\/$/, "") || ".";
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    throw new InputError(dir, code === "EACCES" ? bi("没有读取权限", "permission denied") : bi(`无法列出（${code}）`, `cannot be listed (${code})`));
  }
  for (const d of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (d.name.startsWith(".") || d.name === "node_modules") continue;
    const p = dir === "." ? d.name : `${dir}/${d.name}`;
    if (d.isDirectory()) walk(p, out);
    else if (d.isFile() && d.name.endsWith(".matter")) out.push(p);
  }
}

export function expandInputs(paths: string[]): CompileInput[] {
  return paths.map((raw) => {
    const p = toPosix(raw);
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(p);
    }
    if (st.isDirectory()) {
      const files: string[] = [];
      walk(p, files);
      return { root: p, files };
    }
    return { root: posix.dirname(p), files: [p] };
  });
}
