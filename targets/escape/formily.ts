// Formily (form.formily.json): @formily/json-schema compiles any string of a schema that matches
// /^\s*\{\{([\s\S]*)\}\}\s*$/ with `new Function` when the form renders (title, description,
// default, enum, x-component-props, …). Text from a .matter file must never be such a string:
// every "{{" in it gets a zero-width space between the braces, which looks the same and matches
// no expression. Data values (options, defaults), which must stay what they are, are instead
// listed in the node's `x-compile-omitted` when one of them looks like an expression.
import { dropInvalid } from "./controls.js";

/** Formily's own test for an expression (compiler.ts in @formily/json-schema). */
export const FORMILY_EXPRESSION = /^\s*\{\{([\s\S]*)\}\}\s*$/;

/** Text shown by a Formily form: never compiled. */
export function formilyText(s: string): string {
  const clean = dropInvalid(s);
  return clean.includes("{{") ? clean.replace(/\{(?=\{)/g, "{\u200b") : clean;
}

/** Whether a data value would be compiled by Formily (a string, or a string inside a list). */
export function looksLikeFormilyExpression(v: unknown): boolean {
  if (typeof v === "string") return FORMILY_EXPRESSION.test(v);
  if (Array.isArray(v)) return v.some(looksLikeFormilyExpression);
  return false;
}
