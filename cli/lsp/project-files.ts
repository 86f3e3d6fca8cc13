// Which files form a project. A workspace folder is one project: every *.matter below it is
// compiled (so diagnostics cover files that are not open, and rename finds every use), with the
// folder as the root imports may not leave, as `matterc check <folder>` does. A file opened
// outside every folder is compiled with its own directory as the root, together with the other
// open files of that directory.
import { readdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { isStdFile, STDLIB_DIR, toSlashes } from "./paths.js";

export interface Project {
  root: string;
  files: string[];
}

/** Beyond this many files a folder is not a matter project but a large tree that happens to
 * contain some; only its open files are compiled, to keep typing responsive. */
const MAX_FILES = 2000;

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (out.length > MAX_FILES) return;
    if (name.startsWith(".") || name === "node_modules") continue;
    const p = `${dir}/${name}`;
    // matterc's own standard library, when the package itself is the workspace, is std/ to the
    // compiler and must not be compiled a second time as project files.
    if (p === STDLIB_DIR) continue;
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      continue;
    }
    if (isDir) walk(p, out);
    else if (name.endsWith(".matter")) out.push(p);
  }
}

export function folderFiles(folder: string): string[] {
  const out: string[] = [];
  walk(folder, out);
  return out.length > MAX_FILES ? [] : out;
}

function inside(file: string, folder: string): boolean {
  return file.startsWith(folder.endsWith("/") ? folder : `${folder}/`);
}

/** The projects for the workspace folders (with their files on disk) and the open files. */
export function projectsFor(folders: { path: string; files: string[] }[], openFiles: string[]): Project[] {
  // The innermost folder owns a file, so nested folders do not compile it twice.
  const sorted = [...folders].sort((a, b) => b.path.length - a.path.length);
  const projects = new Map<string, Project>();
  for (const f of [...folders].sort((a, b) => (a.path < b.path ? -1 : 1))) projects.set(f.path, { root: f.path, files: [] });
  const owner = (file: string) => sorted.find((f) => inside(file, f.path))?.path;
  for (const f of folders) for (const file of f.files) if (owner(file) === f.path) projects.get(f.path)!.files.push(file);
  for (const file of openFiles) {
    if (isStdFile(file)) continue;
    const folder = owner(file);
    const root = folder ?? toSlashes(dirname(file));
    const p = projects.get(root) ?? { root, files: [] };
    projects.set(root, p);
    if (!p.files.includes(file)) p.files.push(file);
  }
  return [...projects.values()].filter((p) => p.files.length > 0);
}
