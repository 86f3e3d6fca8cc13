// Watches the given paths for changes to .matter files and calls back once per burst: editors
// save in several steps (write a temporary file, rename it over, touch it), so events are
// gathered until 100 ms pass without one.
//
// Each folder gets a watch of its own rather than one `recursive` watch: on Linux, Node 20's
// recursive watch follows files, not names, and loses a file that an editor replaces by renaming
// a new one over it. A folder's watch reports every name that changes in it.
//
// Symbolic links to folders are not followed: a link to a parent would make the walk endless (each
// level adds watches and the process never returns to its event loop, not even for Ctrl-C), and a
// link to elsewhere would watch folders outside the project.
import { type FSWatcher, lstatSync, readdirSync, statSync, watch } from "node:fs";
import { dirname, join } from "node:path";

export interface Watching {
  close(): void;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A real folder below a watched one: not a link to one. */
function isSubfolder(p: string): boolean {
  try {
    return lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function watchSources(paths: string[], onChange: () => void, quietMs = 100): Watching {
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  };
  const watchers = new Map<string, FSWatcher>();

  // `deep`: also the folders below, as `matterc check` searches them (hidden ones and
  // node_modules excluded, as there).
  const add = (dir: string, deep: boolean) => {
    if (watchers.has(dir)) return;
    let w: FSWatcher;
    try {
      w = watch(dir, (_event, name) => {
        // Some platforms give no name; then any event may concern a source.
        if (name === null || name.endsWith(".matter")) schedule();
        else if (deep && !name.startsWith(".") && name !== "node_modules" && isSubfolder(join(dir, name))) {
          add(join(dir, name), true);
          // A folder moved in may bring sources with it.
          schedule();
        }
      });
    } catch {
      return;
    }
    // A folder that disappears ends its watch; the recompile then reports what is missing.
    w.on("error", () => {
      w.close();
      watchers.delete(dir);
      schedule();
    });
    watchers.set(dir, w);
    if (!deep) return;
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) if (!name.startsWith(".") && name !== "node_modules" && isSubfolder(join(dir, name))) add(join(dir, name), true);
  };

  for (const p of paths) {
    // A file is watched through its folder (a watch on the file would end when an editor renames
    // a new file over it); its folder also holds the files it imports.
    if (isDirectory(p)) add(p, true);
    else add(dirname(p), false);
  }
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
