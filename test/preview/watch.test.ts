// The watcher sees saves the way editors make them: in place, by renaming a new file over the old
// one, in folders below the given one, and in folders created after the preview started.
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { watchSources, type Watching } from "../../cli/preview/watch.js";

let watching: Watching | undefined;
afterEach(() => watching?.close());

/** Starts watching; `next()` resolves at the next callback. */
function watchFor(paths: string[]) {
  let wake: (() => void) | undefined;
  let calls = 0;
  watching = watchSources(paths, () => {
    calls++;
    wake?.();
  });
  return {
    next: (what: string) =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no callback after ${what}`)), 3000);
        wake = () => {
          clearTimeout(timer);
          resolve(calls);
        };
      }),
  };
}

describe("watchSources", () => {
  it("sees a file renamed over a source in a folder below the given one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "matterc-watch-"));
    mkdirSync(join(dir, "部门"));
    writeFileSync(join(dir, "部门", "甲.matter"), "// 1\n");
    const w = watchFor([dir]);
    const called = w.next("the rename");
    writeFileSync(join(dir, "部门", "甲.matter.swp"), "// 2\n");
    renameSync(join(dir, "部门", "甲.matter.swp"), join(dir, "部门", "甲.matter"));
    expect(await called).toBe(1);
  });

  it("watches folders created after it started", async () => {
    const dir = mkdtempSync(join(tmpdir(), "matterc-watch-"));
    const w = watchFor([dir]);
    const created = w.next("the new folder");
    mkdirSync(join(dir, "新"));
    await created;
    const saved = w.next("a save in the new folder");
    writeFileSync(join(dir, "新", "乙.matter"), "// 1\n");
    await saved;
  });

  it("watches a single file through its folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "matterc-watch-"));
    const file = join(dir, "丙.matter");
    writeFileSync(file, "// 1\n");
    const w = watchFor([file]);
    const saved = w.next("an in-place save");
    writeFileSync(file, "// 2\n");
    expect(await saved).toBe(1);
  });
});
