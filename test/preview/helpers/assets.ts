// The page's script and styles, bundled by the same function the build runs, into a folder of
// the test's own (tests of the sources must not depend on a build of dist/).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundlePreview } from "../../../scripts/bundle-preview.js";

export async function bundledAssets(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "matterc-preview-assets-"));
  await bundlePreview(dir);
  return dir;
}
