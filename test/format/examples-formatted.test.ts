// CI's formatting check: `matterc fmt --check examples` passes — the examples are written as the
// formatter writes them, with each file's own punctuation (the formatter keeps it).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/memory-host.js";

describe("the examples", () => {
  it("are formatted: matterc fmt --check examples exits 0 and lists nothing", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "dist", "cli", "main.js"), "fmt", "--check", "examples"], { cwd: ROOT, encoding: "utf8" });
    expect(r.stdout + r.stderr, "run: matterc fmt examples").toBe("");
    expect(r.status).toBe(0);
  });
});
