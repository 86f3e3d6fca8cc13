// XML 1.0 text and attribute values (process.bpmn). Characters XML cannot hold at all are dropped
// (see controls.ts); & < > and carriage return are escaped in text (a parser turns a raw CR or CR LF
// into LF, which changed a text compared in a JUEL condition or a Flowable decision), and quotes,
// tab, newline and carriage return in attributes, where a parser would otherwise normalise them to
// spaces. A string with nothing to
// escape is returned as it is, without a copy.
import { dropInvalid } from "./controls.js";

const TEXT_SPECIAL = /[&<>\r]/;
const ATTR_SPECIAL = /[&<>"\t\n\r]/;
const ATTR_SPECIAL_ALL = /[&<>"\t\n\r]/g;
const TEXT_ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTR_ENTITY: Record<string, string> = { ...TEXT_ENTITY, '"': "&quot;", "\t": "&#9;", "\n": "&#10;" };

/** Escapes text content. `]]>` cannot end a CDATA section that does not exist, but its `>` is
 * escaped anyway, as XML asks of text. */
export function escapeXmlText(s: string): string {
  const clean = dropInvalid(s);
  return TEXT_SPECIAL.test(clean) ? clean.replace(/[&<>\r]/g, (c) => TEXT_ENTITY[c]) : clean;
}

/** Escapes an attribute value for double quotes. */
export function escapeXmlAttr(s: string): string {
  const clean = dropInvalid(s);
  return ATTR_SPECIAL.test(clean) ? clean.replace(ATTR_SPECIAL_ALL, (c) => ATTR_ENTITY[c]) : clean;
}
