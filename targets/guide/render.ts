// Rendering one view through a template, for the format it lands in. HTML templates get the view
// as it is (Handlebars escapes every `{{value}}` for HTML text and quoted attributes); Markdown
// templates get a copy in which every string from the matter is already Markdown-escaped, and
// their output is formatted the way Prettier prints Markdown.
import { htmlView } from "../escape/html.js";
import { markdownText, markdownUrl } from "../escape/markdown.js";
import { mapStrings } from "../escape/controls.js";
import { formatMarkdown } from "./markdown.js";
import type { TemplateSet } from "./templates.js";

// Keys whose values are not prose: identifiers and class names (ASCII, made by the compiler and
// the view), and link targets (file names and checked URLs), which are written as link targets.
// A fixed list, not a pattern: a key made from a name in the matter must never be taken as one.
const IDENTIFIER_KEYS = new Set(["id", "statusClass"]);
const LINK_KEYS = new Set(["html", "md", "noticeHtml", "noticeMd", "workGuideHtml", "workGuideMd", "correctionHtml", "correctionMd", "proactiveHtml", "proactiveMd", "sampleUrl", "blankFormUrl", "onlineUrl"]);

export function escapeForMarkdown<T>(value: T): T {
  return mapStrings(value, (s, key) => (IDENTIFIER_KEYS.has(key) ? s : LINK_KEYS.has(key) ? markdownUrl(s) : markdownText(s)));
}

export function renderHtml(set: TemplateSet, name: string, view: unknown): string {
  const html = set.render(name, htmlView(view));
  // Templates indent freely; the page keeps one trailing newline and no trailing spaces.
  return html.replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

export function renderMarkdown(set: TemplateSet, name: string, view: unknown): string {
  return formatMarkdown(set.render(name, escapeForMarkdown(view)));
}
