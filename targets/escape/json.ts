// JSON (model.json, the form schemas, the catalog): JSON.stringify escapes quotes, backslashes and
// controls, and writes unpaired surrogates as \u escapes, so any string is valid JSON. Text that a
// person reads from a JSON output (a form's labels) also leaves out what no output may carry.
import { dropInvalid } from "./controls.js";

/** Text that lands in a JSON output and is shown to people. */
export function jsonText(s: string): string {
  return dropInvalid(s);
}
