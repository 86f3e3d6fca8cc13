// A compiler host for long-running verbs (the language server, the preview): each project file's
// bytes are kept and read again only when its modification time, size or inode changed, so an
// incremental compile of thousands of files costs a stat per file instead of a read.
//
// Where a watcher reports every change (an editor's file-change notifications), even the stat is
// spared: files it covers (`trusted`) are taken from the cache, present or missing, until
// `changed` names them (or a folder above them).
import { lstatSync, statSync } from "node:fs";
import type { CompilerHost } from "../compiler/program.js";
import { createNodeHost } from "./host.js";

interface Entry {
  mtimeMs: number;
  ctimeMs: number;
  size: number;
  ino: number;
  /** Undefined: the file was missing (or unreadable) when last looked at. */
  bytes: Uint8Array | undefined;
  /** Read through a symbolic link: a watcher of the link's folder does not see its target change. */
  link: boolean;
  /** The generation in which the file was last looked at on disk. */
  seen: number;
}

export interface CachedHost extends CompilerHost {
  /** Forgets every file (e.g. when the watcher cannot say what changed). */
  clear(): void;
  /** Files or folders changed, created or deleted on disk: what is below them is read again. */
  changed(paths: Iterable<string>): void;
  /** Every file is looked at once more before its cache is trusted again (a watcher has just
   * started: what changed before it did was not reported). */
  revalidate(): void;
}

export interface CachedHostOptions {
  /** Whether a watcher reports every change to this file, so its cached state can be used without
   * a stat. */
  trusted?: (path: string) => boolean;
}

export function createCachedHost(base: CompilerHost = createNodeHost(), options: CachedHostOptions = {}): CachedHost {
  const cache = new Map<string, Entry>();
  let generation = 0;
  const missing = (path: string): undefined => {
    // Remembered only where a watcher will say when it appears.
    if (options.trusted?.(path)) cache.set(path, { mtimeMs: -1, ctimeMs: -1, size: -1, ino: -1, bytes: undefined, link: false, seen: generation });
    else cache.delete(path);
    return undefined;
  };
  return {
    readFile(path) {
      const had = cache.get(path);
      if (had && !had.link && had.seen === generation && options.trusted?.(path)) return had.bytes;
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st || !st.isFile()) return missing(path);
      if (had?.bytes && had.mtimeMs === st.mtimeMs && had.ctimeMs === st.ctimeMs && had.size === st.size && had.ino === st.ino) {
        had.seen = generation;
        return had.bytes;
      }
      // Read through the base host, so its rules about what may be read still apply.
      const bytes = base.readFile(path);
      if (!bytes) return missing(path);
      const link = had?.ino === st.ino ? had.link : lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() !== false;
      cache.set(path, { mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, size: st.size, ino: st.ino, bytes, link, seen: generation });
      return bytes;
    },
    // The base host's rule about links leaving the project holds here too.
    escapes: base.escapes && ((path) => base.escapes!(path)),
    readStdlib: (name) => base.readStdlib(name),
    stdlibFiles: () => base.stdlibFiles(),
    clear: () => cache.clear(),
    revalidate: () => void generation++,
    changed(paths) {
      const gone = [...paths].map((p) => p.replace(/\/+$/, ""));
      if (gone.length === 0) return;
      // Many at once (a checkout): forgetting everything is cheaper than matching each.
      if (gone.length > 64) return cache.clear();
      const exact = new Set(gone);
      for (const p of gone) cache.delete(p);
      // A folder deleted, moved or created: one event for everything below it.
      const prefixes = gone.map((p) => `${p}/`);
      for (const key of [...cache.keys()]) if (exact.has(key) || prefixes.some((p) => key.startsWith(p))) cache.delete(key);
    },
  };
}
