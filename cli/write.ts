// Publishing a build: all or nothing, even when the process is killed at any instant.
//
// Layout of the output folder OUT (see docs/build.md):
//   OUT/.matterc/a/ and OUT/.matterc/b/   two slots; each holds one complete tree
//   OUT/.matterc/current -> a | b         the one symlink that says which tree is published
//   OUT/<name> -> .matterc/current/<name> one link per top-level entry (each <编码>/, catalog.json, index.html)
//   OUT/.matterc/lock                     the pid of the build that is writing
// A build stages the complete new tree in the free slot (files whose bytes did not change are
// hard-linked from the published tree, so only changed files are written), creates the links
// the new tree needs (they point at nothing until the switch), then renames a new `current` over
// the old one: a single atomic rename publishes the whole tree. Everything else is recovery of
// a state that `current` fully determines, so the next build (or nothing at all, for readers)
// needs no journal: links that point at nothing are absent, the other slot is garbage.
import { accessSync, constants, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { OutputFile } from "../targets/index.js";
import { lockState, OutTreeError, parseLegacyCodes, realDir, safeSegments, STATE, type Slot } from "./out-tree.js";

export { OutTreeError } from "./out-tree.js";

export interface PublishStats {
  /** Files in the published tree. */
  files: number;
  /** Files whose bytes were written (new or changed). */
  written: number;
  /** Files reused unchanged from the previous tree (hard link, no write). */
  reused: number;
  /** Folders created (one mkdir each). */
  folders: number;
  /** The paths whose bytes were written, in order. */
  writtenPaths: string[];
}

/** Writes the files as they come; returns how many. */
export function writeOutputs(outDir: string, files: Iterable<OutputFile>): number {
  return publishOutputs(outDir, files).files;
}

export function publishOutputs(outDir: string, files: Iterable<OutputFile>, hooks: { beforeSwitch?: () => void } = {}): PublishStats {
  const p = openPublish(outDir);
  try {
    for (const f of files) p.add(f);
    return p.commit(hooks);
  } catch (e) {
    p.abort();
    throw e;
  } finally {
    p.release();
  }
}

/** The same, for files that arrive asynchronously (rendered by worker threads, cli/render-pool.ts). */
export async function publishOutputsAsync(outDir: string, files: AsyncIterable<OutputFile>, hooks: { beforeSwitch?: () => void } = {}): Promise<PublishStats> {
  const p = openPublish(outDir);
  try {
    for await (const f of files) p.add(f);
    return p.commit(hooks);
  } catch (e) {
    p.abort();
    throw e;
  } finally {
    p.release();
  }
}

interface Publish {
  /** Stages one file in the free slot. */
  add(f: OutputFile): void;
  /** Publishes the staged tree (the one atomic rename) and clears what is left over. */
  commit(hooks: { beforeSwitch?: () => void }): PublishStats;
  /** Removes the staged tree; the published one stays as it was. */
  abort(): void;
  release(): void;
}

/** Takes the lock, brings OUT back to its published tree, and opens the free slot for staging. */
function openPublish(outDir: string): Publish {
  const root = resolve(outDir);
  const state = join(root, STATE);
  fsStep("create", root, () => mkdirSync(root, { recursive: true }));
  const st = lstatSync(state, { throwIfNoEntry: false });
  if (!st) fsStep("create", state, () => mkdirSync(state));
  else if (!st.isDirectory()) throw new OutTreeError("notOurs", state);
  const release = lockState(state);
  let cur: Slot | undefined;
  let slot: Slot;
  let stager: Stager;
  try {
    cur = recover(root, state);
    slot = cur === "a" ? "b" : "a";
    stager = new Stager(state, cur, slot);
  } catch (e) {
    release();
    throw e;
  }
  let published = false;
  return {
    add: (f) => stager.add(f),
    // Once `current` names the slot, it is the published tree: never removed here.
    abort: () => published || rmSync(join(state, slot), { recursive: true, force: true }),
    release,
    commit(hooks) {
      const names = readdirSync(join(state, slot)).sort();
      const legacy = cur ? [] : legacyNames(root, names);
      preflight(root, state, cur, [...new Set([...legacy, ...names])]);
      hooks.beforeSwitch?.();
      link(root, state, cur, slot, names, legacy);
      fsStep("publish", state, () => {
        const next = join(state, "current.next");
        symlinkSync(slot, next);
        renameSync(next, join(state, "current")); // the commit point
        published = true;
      });
      cleanup(root, state, slot);
      return stager.stats;
    },
  };
}

/** Runs a file-system step, turning a raw errno into an OutTreeError naming the path. */
function fsStep<T>(what: "create" | "write" | "publish" | "remove", path: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof OutTreeError) throw e;
    throw new OutTreeError(what, path, (e as NodeJS.ErrnoException).code ?? (e as Error).message);
  }
}

function currentSlot(state: string): Slot | undefined {
  try {
    const t = readlinkSync(join(state, "current"));
    return (t === "a" || t === "b") && realDir(join(state, t)) ? t : undefined;
  } catch {
    return undefined;
  }
}

/** Brings OUT back to exactly the published tree: whatever an earlier build left when it died. */
function recover(root: string, state: string): Slot | undefined {
  const cur = currentSlot(state);
  fsStep("remove", state, () => {
    for (const name of readdirSync(state)) {
      if (name === "lock" || name === cur || (name === "current" && cur)) continue;
      rmSync(join(state, name), { recursive: true, force: true });
    }
    for (const d of readdirSync(root, { withFileTypes: true })) {
      const p = join(root, d.name);
      // An older matterc's staging folder (one per process, renamed file by file), or a link
      // being placed when a build died.
      if (/^\.matterc-(staging|link)-\d+$/.test(d.name) && (d.isDirectory() || d.isSymbolicLink())) rmSync(p, { recursive: true, force: true });
      else if (d.isSymbolicLink() && isOurLink(p, d.name) && !(cur && lstatSync(join(state, cur, d.name), { throwIfNoEntry: false }))) unlinkSync(p);
    }
    if (cur) for (const name of readdirSync(join(state, cur))) if (!lstatSync(join(root, name), { throwIfNoEntry: false })) symlinkSync(linkTarget(name), join(root, name));
  });
  return cur;
}

const linkTarget = (name: string) => `${STATE}/current/${name}`;

function isOurLink(path: string, name: string): boolean {
  try {
    return readlinkSync(path) === linkTarget(name);
  } catch {
    return false;
  }
}

/** Writes the new tree into the free slot: one mkdir per folder, unchanged files hard-linked. */
class Stager {
  readonly stats: PublishStats = { files: 0, written: 0, reused: 0, folders: 0, writtenPaths: [] };
  private readonly base: string;
  private readonly old: string | undefined;
  private readonly oldDirs: Set<string>;
  private readonly made = new Set<string>([""]);
  private readonly seen = new Set<string>();

  constructor(state: string, cur: Slot | undefined, slot: Slot) {
    this.base = join(state, slot);
    this.old = cur ? join(state, cur) : undefined;
    this.oldDirs = this.old ? realDirsBelow(this.old) : new Set<string>();
    const base = this.base;
    fsStep("create", base, () => mkdirSync(base));
  }

  add(f: OutputFile): void {
    const { base, old, made, seen, stats } = this;
    const segs = safeSegments(f.path);
    if (!segs || seen.has(f.path) || made.has(f.path)) throw new OutTreeError("badPath", f.path);
    seen.add(f.path);
    let dir = "";
    for (const s of segs.slice(0, -1)) {
      dir = dir ? `${dir}/${s}` : s;
      if (seen.has(dir)) throw new OutTreeError("badPath", f.path);
      if (!made.has(dir)) {
        fsStep("create", join(base, dir), () => mkdirSync(join(base, dir)));
        made.add(dir);
        stats.folders++;
      }
    }
    const target = join(base, f.path);
    const bytes = Buffer.from(f.text, "utf8");
    stats.files++;
    if (old && this.oldDirs.has(dir) && sameBytes(join(old, f.path), bytes)) {
      try {
        linkSync(join(old, f.path), target);
        stats.reused++;
        return;
      } catch {
        // No hard links here (another file system, protected links): write it.
      }
    }
    fsStep("write", target, () => writeFileSync(target, bytes));
    stats.written++;
    stats.writtenPaths.push(f.path);
  }
}

function sameBytes(path: string, bytes: Buffer): boolean {
  try {
    const st = lstatSync(path, { throwIfNoEntry: false });
    return !!st && st.isFile() && st.size === bytes.length && readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/** The real (not linked) folders below a slot, relative to it ("" for the slot itself). */
function realDirsBelow(base: string): Set<string> {
  const dirs = new Set<string>();
  const walk = (rel: string) => {
    dirs.add(rel);
    for (const d of readdirSync(join(base, rel), { withFileTypes: true })) if (d.isDirectory()) walk(rel ? `${rel}/${d.name}` : d.name);
  };
  walk("");
  return dirs;
}

/** Real entries of an older matterc's tree (folders written in place) that this build replaces. */
function legacyNames(root: string, names: string[]): string[] {
  const codes = new Set([...names, ...parseLegacyCodes(join(root, "catalog.json"))]);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => codes.has(d.name) && !d.isSymbolicLink())
    .map((d) => d.name)
    .sort();
}

/** Refuses, before anything visible changes, a switch whose clean-up could not finish. */
function preflight(root: string, state: string, cur: Slot | undefined, replaced: string[]): void {
  const check = (p: string) => {
    try {
      accessSync(p, constants.W_OK | constants.X_OK);
    } catch {
      throw new OutTreeError("readOnly", p);
    }
  };
  check(root);
  check(state);
  const dirs = (base: string, rel: string) => {
    check(join(base, rel));
    for (const d of readdirSync(join(base, rel), { withFileTypes: true })) if (d.isDirectory()) dirs(base, rel ? `${rel}/${d.name}` : d.name);
  };
  if (cur) dirs(join(state, cur), "");
  for (const name of replaced) if (realDir(join(root, name))) dirs(root, name);
}

/** Makes every top-level name of the new tree a link through `current`. Before the switch
 * these links show the old tree, or nothing where the old tree had no such name. */
function link(root: string, state: string, cur: Slot | undefined, slot: Slot, names: string[], legacy: string[]): void {
  fsStep("publish", root, () => {
    if (!cur && legacy.length) {
      // Adopt an older matterc's tree as the published one, entry by entry, so that it stays
      // visible until the switch (an entry is absent only between its rename and its link).
      const adopt: Slot = slot === "a" ? "b" : "a";
      mkdirSync(join(state, adopt));
      symlinkSync(adopt, join(state, "current.next"));
      renameSync(join(state, "current.next"), join(state, "current"));
      for (const name of legacy) {
        renameSync(join(root, name), join(state, adopt, name));
        symlinkSync(linkTarget(name), join(root, name));
      }
    }
    for (const name of names) {
      const p = join(root, name);
      const st = lstatSync(p, { throwIfNoEntry: false });
      if (!st) symlinkSync(linkTarget(name), p);
      else if (st.isSymbolicLink() && isOurLink(p, name)) continue;
      else if (st.isSymbolicLink() || !st.isDirectory()) {
        // Someone else's link or file: replace the entry itself (never what a link points to).
        const tmp = join(root, `.matterc-link-${process.pid}`);
        rmSync(tmp, { force: true });
        symlinkSync(linkTarget(name), tmp);
        renameSync(tmp, p);
      } else {
        mkdirSync(join(state, "displaced"), { recursive: true });
        renameSync(p, join(state, "displaced", name));
        symlinkSync(linkTarget(name), p);
      }
    }
  });
}

/** After the switch: links to names the new tree lacks, the old slot, displaced entries. */
function cleanup(root: string, state: string, slot: Slot): void {
  fsStep("remove", root, () => {
    for (const d of readdirSync(root, { withFileTypes: true })) {
      if (d.isSymbolicLink() && isOurLink(join(root, d.name), d.name) && !lstatSync(join(state, slot, d.name), { throwIfNoEntry: false })) unlinkSync(join(root, d.name));
    }
    for (const name of readdirSync(state)) if (name !== slot && name !== "current" && name !== "lock") rmSync(join(state, name), { recursive: true, force: true });
  });
}
