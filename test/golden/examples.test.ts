// Golden outputs: every file `matterc build examples` writes, for every example, is compared
// byte for byte with the copy committed under test/golden/examples/, so any change to any
// artefact shows in review. Update with `npx vitest run test/golden -u` and read the diff.
import { describe, expect, it } from "vitest";
import { compileFiles } from "../../index.js";
import { renderAll } from "../../targets/index.js";
import { join } from "node:path";
import { ROOT } from "../helpers/memory-host.js";

const result = compileFiles([join(ROOT, "examples")]);
const files = renderAll(result.models);

describe("golden outputs of the examples", () => {
  it("compile cleanly", () => {
    expect(result.diagnostics).toEqual([]);
  });

  for (const f of files) {
    it(f.path, async () => {
      await expect(f.text).toMatchFileSnapshot(join(import.meta.dirname, "examples", f.path));
    });
  }
});
