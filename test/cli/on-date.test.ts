// `--on DATE` on the command line: build marks the pages of a matter not in force that day and the
// catalog counts what is; notice says it too; a date that does not exist is a usage error.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/memory-host.js";

const CLI = join(ROOT, "dist", "cli", "main.js");
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });

describe("--on DATE", () => {
  it("build marks what is not in force, and the catalog says how many are", () => {
    const out = mkdtempSync(join(tmpdir(), "matterc-on-"));
    const r = run(["build", "examples/开办餐饮店.matter", "examples/乙市开办餐饮店.matter", "--on", "2025-10-01", "-o", out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, "QY-2024-03-YI", "guide.html"), "utf8")).toContain("截至2025年10月1日尚未施行");
    expect(readFileSync(join(out, "QY-2024-03", "guide.html"), "utf8")).not.toContain("尚未施行");
    const catalog = JSON.parse(readFileSync(join(out, "catalog.json"), "utf8"));
    expect(catalog.on).toBe("2025-10-01");
    expect(catalog.matters.map((m: { code: string; inForce: boolean }) => [m.code, m.inForce])).toEqual([["QY-2024-03", true], ["QY-2024-03-YI", false]]);
  });

  it("notice says it too", () => {
    const r = run(["notice", "examples/乙市开办餐饮店.matter", "--on", "2027-01-01"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toContain("尚未施行");
    expect(run(["notice", "examples/乙市开办餐饮店.matter", "--on", "2025-12-31"]).stdout).toContain("截至2025年12月31日尚未施行");
  });

  it("refuses a date that does not exist, with exit 2", () => {
    for (const verb of [["build", "examples/开办餐饮店.matter", "-o", mkdtempSync(join(tmpdir(), "matterc-on-"))], ["notice", "examples/开办餐饮店.matter"]]) {
      const r = run([...verb, "--on", "2025-02-30"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("2025-02-30");
    }
  });
});
