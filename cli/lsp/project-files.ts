// Which files form a project. A workspace folder is one project: every *.matter below it is
// compiled (so diagnostics cover files that are not open, and rename finds every use), with the
// folder as the root imports may not leave, as `matterc check <folder>` does, however many files
// it holds (compiles are incremental: an edit costs what it affects). A file opened outside every
// folder is compiled with its own directory as the root, together with the other open files of
// that directory.
import { readdirSync, type Dirent } from "node:fs";
import { dirname } from "node:path";
import { isStdFile, STDLIB_DIR, toSlashes } from "./paths.js";

export interface Project {
  root: string;
  files: string[];
}

/** Folders are walked without following links to folders: a link to a parent would make the walk
 * endless, a link elsewhere would leave the workspace. A linked .matter file is read. */
function walk(dir: string, out: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return;
  }
  for (const e of entries) {
    const name = e.name;
    if (name.startsWith(".") || name === "node_modules") continue;
    const p = `${dir}/${name}`;
    // matterc's own standard library, when the package itself is the workspace, is std/ to the
    // compiler and must not be compiled a second time as project files.
    if (p === STDLIB_DIR) continue;
    if (e.isDirectory()) walk(p, out);
    else if ((e.isFile() || e.isSymbolicLink()) && name.endsWith(".matter")) out.push(p);
  }
}

export function folderFiles(folder: string): string[] {
  const out: string[] = [];
  walk(folder, out);
  return out;
}

function inside(file: string, folder: string): boolean {
  return file.startsWith(folder.endsWith("/") ? folder : `${folder}/`);
}

/** The projects for the workspace folders (with their files on disk) and the open files. */
export function projectsFor(folders: { path: string; files: string[] }[], openFiles: string[]): Project[] {
  // The innermost folder owns a file, so nested folders do not compile it twice.
  const sorted = [...folders].sort((a, b) => b.path.length - a.path.length);
  const projects = new Map<string, Project>();
  const members = new Map<string, Set<string>>();
  for (const f of [...folders].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    projects.set(f.path, { root: f.path, files: [] });
    members.set(f.path, new Set());
  }
  const owner = (file: string) => sorted.find((f) => inside(file, f.path))?.path;
  const add = (root: string, file: string) => {
    const set = members.get(root)!;
    if (set.has(file)) return;
    set.add(file);
    projects.get(root)!.files.push(file);
  };
  for (const f of folders) for (const file of f.files) if (owner(file) === f.path) add(f.path, file);
  for (const file of openFiles) {
    if (isStdFile(file)) continue;
    const folder = owner(file);
    const root = folder ?? toSlashes(dirname(file));
    if (!projects.has(root)) {
      projects.set(root, { root, files: [] });
      members.set(root, new Set());
    }
    add(root, file);
  }
  return [...projects.values()].filter((p) => p.files.length > 0);
}
