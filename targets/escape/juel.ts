// JUEL (Camunda 7, Flowable): string literals. Names are never written bare: an answer is read
// with `execution.getVariable('…')` (targets/conditions/juel.ts), which any name survives.
import { dropInvalid } from "./controls.js";

/** A JUEL string literal: single quotes, with backslash and quote escaped. */
export function juelString(s: string): string {
  const clean = dropInvalid(s);
  return `'${/['\\]/.test(clean) ? clean.replace(/\\/g, "\\\\").replace(/'/g, "\\'") : clean}'`;
}
