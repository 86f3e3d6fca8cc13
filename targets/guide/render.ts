// Rendering one view through a template, for the format it lands in. HTML templates get the view
// as it is (Handlebars escapes every `{{value}}` for HTML text and quoted attributes); Markdown
// templates get a copy in which every string from the matter is already Markdown-escaped, and
// their output is formatted the way Prettier prints Markdown.
import { formatMarkdown, markdownText } from "./markdown.js";
import type { TemplateSet } from "./templates.js";

/** Keys whose values are not prose: identifiers, class names, file names and checked URLs. */
function isVerbatimKey(key: string): boolean {
  return key === "id" || key === "statusClass" || key === "html" || key === "md" || /Url$|Html$|Md$/.test(key);
}

export function escapeForMarkdown<T>(value: T, key = ""): T {
  if (typeof value === "string") return (isVerbatimKey(key) ? value : markdownText(value)) as T;
  if (Array.isArray(value)) return value.map((v) => escapeForMarkdown(v, key)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeForMarkdown(v, k);
    return out as T;
  }
  return value;
}

export function renderHtml(set: TemplateSet, name: string, view: unknown): string {
  const html = set.render(name, view);
  // Templates indent freely; the page keeps one trailing newline and no trailing spaces.
  return html.replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

export function renderMarkdown(set: TemplateSet, name: string, view: unknown): string {
  return formatMarkdown(set.render(name, escapeForMarkdown(view)));
}
