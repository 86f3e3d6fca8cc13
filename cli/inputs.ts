// Paths on the command line → what to compile: a file is compiled with its folder as the
// project root; a folder with every *.matter below it (sorted, so output order is stable).
import { readdirSync, statSync } from "node:fs";
import { posix } from "node:path";
import type { CompileInput } from "../compiler/compile.js";

export class InputError extends Error {}

function toPosix(p: string): string {
  return posix.normalize(p.replace(/\\/g, "/")).replace(/\/$/, "") || ".";
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".") || name === "node_modules") continue;
    const p = dir === "." ? name : `${dir}/${name}`;
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (name.endsWith(".matter")) out.push(p);
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
