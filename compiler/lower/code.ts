// A matter's code (编码) names its output folder DIR/<编码>/, next to the files the catalog writes
// at the top of DIR. So a code must be a safe folder name on every system a build may be copied
// to, must not be one of those top-level names, and must fit in a path component.
import type { Located } from "../decode/values.js";
import type { Reporter } from "../decode/report.js";

const SAFE_CODE = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Names at the top of the output folder that are not matters' folders (checked by a test against
 * every target's files across matters). */
export const TOP_LEVEL_OUTPUTS = ["catalog.json", "data-sharing.json", "data-sharing.md", "index.html"];

/** Device names Windows reserves, with or without an extension. */
const DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/** The longest code: folder names are limited to 255 bytes; a code is also copied into ids,
 * file names and links, so it is kept well below that. */
export const MAX_CODE_LENGTH = 100;

export function checkCode(code: Located<string>, r: Reporter): void {
  const c = code.value;
  if (!SAFE_CODE.test(c) || c.includes("..") || c.endsWith(".")) r.report("E0112", code.span, { code: c });
  else if (c.length > MAX_CODE_LENGTH) r.report("E0122", code.span, { code: `${c.slice(0, 24)}…`, length: c.length, max: MAX_CODE_LENGTH });
  else if (TOP_LEVEL_OUTPUTS.includes(c.toLowerCase()) || DEVICE.test(c)) r.report("E0121", code.span, { code: c });
}
