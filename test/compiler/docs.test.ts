// Generated documentation stays current with the code it is generated from.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { keysMarkdown } from "../../scripts/gen-keys.js";
import { ROOT } from "../helpers/memory-host.js";

it("docs/keys.md matches the schema table (regenerate: node dist/scripts/gen-keys.js)", () => {
  expect(readFileSync(join(ROOT, "docs", "keys.md"), "utf8")).toBe(keysMarkdown());
});
