// form-js (<编码>.form): the viewer evaluates a label, description or text as FEEL when it starts
// with "=" and as a template (feelers) when it contains "{{…}}". Text from a .matter file gets a
// zero-width space before a leading "=" and between the braces of every "{{", which looks the
// same and is neither.
import { dropInvalid } from "./controls.js";

/** Text shown by a form-js form: never evaluated. */
export function formJsText(s: string): string {
  let clean = dropInvalid(s);
  if (clean.includes("{{")) clean = clean.replace(/\{(?=\{)/g, "{\u200b");
  return clean.startsWith("=") ? `\u200b${clean}` : clean;
}
