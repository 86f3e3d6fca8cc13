// One file written atomically: a temporary file beside it, then a rename, so a reader never sees
// half of it and a failed write leaves what was there.
import { renameSync, rmSync, writeFileSync } from "node:fs";

export function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}.matterc-${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
