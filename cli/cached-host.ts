// A compiler host for long-running verbs (the language server, the preview): each project file's
// bytes are kept and read again only when its modification time, size or inode changed, so an
// incremental compile of thousands of files costs a stat per file instead of a read.
import { statSync } from "node:fs";
import type { CompilerHost } from "../compiler/program.js";
import { createNodeHost } from "./host.js";

interface Entry {
  mtimeMs: number;
  ctimeMs: number;
  size: number;
  ino: number;
  bytes: Uint8Array;
}

export interface CachedHost extends CompilerHost {
  /** Forgets every file (e.g. when the watcher cannot say what changed). */
  clear(): void;
}

export function createCachedHost(base: CompilerHost = createNodeHost()): CachedHost {
  const cache = new Map<string, Entry>();
  return {
    readFile(path) {
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st || !st.isFile()) {
        cache.delete(path);
        return undefined;
      }
      const had = cache.get(path);
      if (had && had.mtimeMs === st.mtimeMs && had.ctimeMs === st.ctimeMs && had.size === st.size && had.ino === st.ino) return had.bytes;
      // Read through the base host, so its rules about what may be read still apply.
      const bytes = base.readFile(path);
      if (!bytes) {
        cache.delete(path);
        return undefined;
      }
      cache.set(path, { mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, size: st.size, ino: st.ino, bytes });
      return bytes;
    },
    // The base host's rule about links leaving the project holds here too.
    escapes: base.escapes && ((path) => base.escapes!(path)),
    readStdlib: (name) => base.readStdlib(name),
    stdlibFiles: () => base.stdlibFiles(),
    clear: () => cache.clear(),
  };
}
