// Markdown (guide.md, notice.md, the letters): text from a .matter file as inert Markdown, and the
// one place a link target is written.
import { dropInvalid } from "./controls.js";

const SPECIAL = /[\\`*_[\]<>#+|~&$\r\n]|^\s|\s$|^(?:[-=]|\d{1,9}[.)](?:\s|$))/;

/**
 * Every character that could open markup (emphasis, links, code, raw HTML, tables, entities, math)
 * is backslash-escaped (brackets and braces are inert once "[" is), line breaks become spaces (the
 * text lands in table cells and list items), and a leading block marker is escaped. Without any
 * of these, the text is returned as it is.
 */
export function markdownText(s: string): string {
  const clean = dropInvalid(s);
  if (!SPECIAL.test(clean)) return clean;
  const flat = clean.replace(/\s*[\r\n]+\s*/g, " ").trim();
  const escaped = flat.replace(/[\\`*_[\]<>#+|~&$]/g, (c) => `\\${c}`);
  // Text may land at the start of a line: "- x" and "---" would open a list or a rule, "===" a
  // heading, "1. x" a numbered list ("2024.1" would not, and stays as it is).
  return escaped.replace(/^(\s*)(?:([-=])|(\d{1,9})(?=[.)](?:\s|$)))/, (_, sp: string, mark?: string, digits?: string) => (mark ? `${sp}\\${mark}` : `${sp}${digits}\\`));
}

/** A link target for `[text](…)` or `<…>`: an http(s) URL or a relative path, with the characters
 * that would end the link percent-encoded; anything else (javascript:, data:, vbscript:…) gives "". */
export function markdownUrl(s: string): string {
  const clean = dropInvalid(s).trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(clean.replace(/[\u0000-\u0020]/g, ""))?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== "http" && scheme !== "https") return "";
  return clean.replace(/[\s()<>[\]\\`'"]/g, (c) => encodeURIComponent(c).replace(/[()']/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`));
}
