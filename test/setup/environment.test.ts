// The machine check that runs before the suite: one line naming the Debian packages to install.
import { describe, expect, it } from "vitest";
import { missingLine, REQUIREMENTS } from "./environment.js";

describe("the fresh-machine check", () => {
  it("names every missing package in one line and points at .ci/run", () => {
    const line = missingLine([
      { pkg: "chromium", present: () => false },
      { pkg: "fonts-noto-cjk", present: () => true },
      { pkg: "poppler-utils", present: () => false },
    ]);
    expect(line).toBe("npm test 需要先安装 / needs: apt-get install chromium poppler-utils（或运行 / or run: bash .ci/run）");
    expect(line).not.toContain("\n");
  });

  it("says nothing when everything is there", () => {
    expect(missingLine([{ pkg: "chromium", present: () => true }])).toBeUndefined();
  });

  it("asks for what .ci/run installs, and this machine has it all", async () => {
    const { readFileSync } = await import("node:fs");
    const ci = readFileSync(new URL("../../.ci/run", import.meta.url), "utf8");
    for (const r of REQUIREMENTS) expect(ci, r.pkg).toContain(`need+=(${r.pkg})`);
    expect(missingLine()).toBeUndefined();
  });
});
