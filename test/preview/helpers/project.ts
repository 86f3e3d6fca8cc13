// A project of one's own for each test: an example copied into a temporary folder (the standard
// library is still found from the package), and edits made the way an editor saves.
import { copyFileSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../helpers/memory-host.js";

export const RESTAURANT = { file: "开办餐饮店.matter", code: "QY-2024-03", name: "开办餐饮店" };

export interface Project {
  dir: string;
  file: string;
  /** Replaces one exact passage of the file, which must be there. */
  edit(from: string, to: string): void;
}

export function copyExample(name = RESTAURANT.file): Project {
  const dir = mkdtempSync(join(tmpdir(), "matterc-preview-"));
  const file = join(dir, name);
  copyFileSync(join(ROOT, "examples", name), file);
  return {
    dir,
    file,
    edit(from, to) {
      const text = readFileSync(file, "utf8");
      if (!text.includes(from)) throw new Error(`test edit: «${from}» is not in ${name}`);
      // Write a new file and rename it over the old one, as many editors do.
      writeFileSync(`${file}.tmp`, text.replace(from, to));
      renameSync(`${file}.tmp`, file);
    },
  };
}
