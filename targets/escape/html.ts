// HTML text and quoted attribute values. The guide's templates are Handlebars, which escapes
// every `{{value}}` for text and quoted attributes (& < > " ' ` =); what it does not do is drop the
// characters no output may carry, which `htmlView` does to the view before rendering. `escapeHtml`
// is the same rule for code that writes HTML without a template.
import { dropInvalid, mapStrings } from "./controls.js";

const SPECIAL = /[&<>"'`=]/;
const SPECIAL_ALL = /[&<>"'`=]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "`": "&#x60;", "=": "&#x3D;" };

/** Text for HTML content or a quoted attribute value. */
export function escapeHtml(s: string): string {
  const clean = dropInvalid(s);
  return SPECIAL.test(clean) ? clean.replace(SPECIAL_ALL, (c) => ENTITY[c]) : clean;
}

/** A template's view with the characters no output may carry dropped from every string;
 * Handlebars escapes the rest. */
export function htmlView<T>(view: T): T {
  return mapStrings(view, dropInvalid);
}
