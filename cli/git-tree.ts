// A git revision of the project as something to compile: `REV:PATH` (e.g. `HEAD~1:examples`,
// `main:examples/开办餐饮店.matter`) read through git, never checked out. PATH is relative to the
// current folder, as in `git show REV:./PATH`.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { posix } from "node:path";
import type { CompileInput } from "../compiler/compile.js";
import type { CompilerHost } from "../compiler/program.js";
import { createNodeHost } from "./host.js";

export interface GitSide {
  rev: string;
  path: string;
}

const git = (args: string[], input?: string): Buffer =>
  execFileSync("git", args, { input, maxBuffer: 1 << 30, stdio: ["pipe", "pipe", "pipe"] });

/** `REV:PATH` when the argument is not a path on disk and REV names a commit here; else undefined. */
export function parseGitSide(arg: string): GitSide | undefined {
  if (existsSync(arg)) return undefined;
  const m = /^([^:]+):(.*)$/.exec(arg);
  if (!m) return undefined;
  try {
    git(["rev-parse", "--verify", "--quiet", `${m[1]}^{commit}`]);
  } catch {
    return undefined;
  }
  return { rev: m[1], path: posix.normalize(m[2].replace(/\\/g, "/") || ".").replace(/\/$/, "") || "." };
}

/** The .matter files of the revision below PATH, read in one batch, and what to compile. */
export function gitTree(side: GitSide): { host: CompilerHost; inputs: CompileInput[] } | string {
  let names: string[];
  try {
    names = git(["ls-tree", "-r", "-z", "--name-only", side.rev, "--", side.path]).toString("utf8").split("\0").filter((n) => n.endsWith(".matter"));
  } catch (e) {
    return `git: ${(e as { stderr?: Buffer }).stderr?.toString().trim() || (e as Error).message}`;
  }
  if (!names.length) return `${side.rev}:${side.path}: 没有 .matter 文件 / no .matter files`;
  const files = new Map<string, Uint8Array>();
  // cat-file --batch: "<sha> blob <size>\n<bytes>\n" per object, in request order.
  const out = git(["cat-file", "--batch"], names.map((n) => `${side.rev}:./${n}`).join("\n") + "\n");
  let at = 0;
  for (const name of names) {
    const nl = out.indexOf(10, at);
    const size = Number(out.subarray(at, nl).toString().split(" ")[2]);
    files.set(name, out.subarray(nl + 1, nl + 1 + size));
    at = nl + 1 + size + 1;
  }
  const disk = createNodeHost();
  const host: CompilerHost = { ...disk, readFile: (p) => files.get(posix.normalize(p)) };
  const single = names.length === 1 && names[0] === side.path;
  return { host, inputs: [{ root: single ? posix.dirname(side.path) : side.path, files: names }] };
}
