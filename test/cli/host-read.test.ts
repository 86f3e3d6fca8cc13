// The node host's reading (cli/host.ts): a file's bytes; nothing for a folder, a missing path or a
// named pipe (which must not hang the read: it is opened without blocking and never read).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createNodeHost } from "../../cli/host.js";

const dir = mkdtempSync(join(tmpdir(), "matterc-host-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("node host: readFile", () => {
  it("reads a file's bytes, and nothing for a folder or a missing path", () => {
    writeFileSync(join(dir, "a.matter"), "部门 甲 { }\n");
    mkdirSync(join(dir, "sub.matter"));
    const host = createNodeHost();
    expect(Buffer.from(host.readFile(join(dir, "a.matter"))!).toString("utf8")).toBe("部门 甲 { }\n");
    expect(host.readFile(join(dir, "sub.matter"))).toBeUndefined();
    expect(host.readFile(join(dir, "missing.matter"))).toBeUndefined();
    expect(host.readStdlib("部门.matter")?.length).toBeGreaterThan(0);
  });

  it.runIf(process.platform !== "win32")("gives nothing for a named pipe, at once", () => {
    const fifo = join(dir, "pipe.matter");
    execFileSync("mkfifo", [fifo]);
    expect(createNodeHost().readFile(fifo)).toBeUndefined();
  });
});
