// Chevrotain, loaded from its prebuilt single-file bundle. The package entry pulls in some 640
// lodash-es modules one by one, which dominated a cold `matterc check`; the bundle is the same code
// in one file. The package's `exports` only expose the entry, so the bundle is found next to it;
// should it ever be missing, the entry is used instead.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Chevrotain from "chevrotain";

async function load(): Promise<typeof Chevrotain> {
  try {
    const entry = createRequire(import.meta.url).resolve("chevrotain"); // …/chevrotain/lib/src/api.js
    return (await import(pathToFileURL(join(dirname(entry), "..", "chevrotain.min.mjs")).href)) as typeof Chevrotain;
  } catch {
    return import("chevrotain");
  }
}

const chevrotain = await load();
export const { createToken, Lexer, EmbeddedActionsParser, EOF } = chevrotain;
