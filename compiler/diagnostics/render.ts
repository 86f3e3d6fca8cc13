// Diagnostics → text for people (with the source line and a caret underline), JSON for tools,
// and GitHub workflow annotations for CI.
import type { Span } from "../../grammar/ast.js";
import { displayWidth } from "../../grammar/width.js";
import { terminalText } from "../text/terminal.js";
import { CONTEXTS, type Lang } from "../schema.js";
import { CATALOG, TOKEN_WORDS, type Text } from "./catalog.js";
import type { Args, Diagnostic, PathStep } from "./types.js";

const KIND_WORDS: Record<string, { zh: string; en: string }> = {
  top: { zh: "文件顶层", en: "the top level" },
  duties: { zh: "职责", en: "duties" },
};
// Kinds first: where a kind and a key share an id (the kind 表单 `form`, the material key 形式
// `form`), a path step names the kind's block.
for (const role of ["kind", "key"] as const) {
  for (const entries of Object.values(CONTEXTS)) {
    for (const e of entries) {
      if (e.role !== role) continue;
      KIND_WORDS[e.id] ??= { zh: e.zhHans, en: e.en };
      // A block is named after the kind that opens it.
      if ("block" in e.body) KIND_WORDS[e.body.block] ??= { zh: e.zhHans, en: e.en };
    }
  }
}
KIND_WORDS.situationOrCommitment = { zh: "情形或告知承诺", en: "situation or commitment" };
KIND_WORDS.licence = { zh: "电子证照", en: "e-licence" };

export function kindWord(id: string, lang: Lang): string {
  const w = KIND_WORDS[id];
  return w ? w[lang] : id;
}

type Flat = Record<string, string | number>;

function localiseArgs(args: Args, lang: Lang): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(args)) out[k] = typeof v === "object" ? v[lang] : v;
  for (const k of ["kind", "context"]) if (typeof out[k] === "string") out[k] = kindWord(out[k] as string, lang);
  if (typeof out.found === "string") {
    const w = TOKEN_WORDS[out.found];
    out.found = w ? w[lang] : `「${out.image}」`;
  }
  return out;
}

function fill(template: string, args: Flat): string | undefined {
  let missing = false;
  const text = template.replace(/\{(\w+)\}/g, (_, k: string) => {
    if (args[k] === undefined || args[k] === "") missing = true;
    return String(args[k] ?? "");
  });
  return missing ? undefined : text;
}

function text(code: string, lang: Lang): Text {
  const entry = CATALOG[code];
  return entry ? entry[lang] : CATALOG.E0999[lang];
}

export function message(d: Diagnostic, lang: Lang): string {
  const args = localiseArgs(d.args, lang);
  const t = text(d.code, lang);
  return fill(t.message, args) ?? t.message.replace(/\{(\w+)\}/g, (_, k: string) => String(args[k] ?? "?"));
}

export function help(d: Diagnostic, lang: Lang): string | undefined {
  const args = localiseArgs(d.args, lang);
  const t = text(d.code, lang);
  return (t.help && fill(t.help, args)) || (t.helpElse && fill(t.helpElse, args)) || undefined;
}

export function domainPath(path: PathStep[] | undefined, lang: Lang): string | undefined {
  if (!path?.length) return undefined;
  return path.map((s) => (s.name !== undefined ? `${kindWord(s.kind, lang)} ${s.name}` : kindWord(s.kind, lang))).join(" › ");
}

export interface RenderOptions {
  lang: Lang;
  /** Source texts by file name, for the snippet. */
  sources: Map<string, string>;
  /** How a file name is shown (e.g. relative to the working directory). */
  displayPath?: (file: string) => string;
}

// Where each line starts, computed once per source text: rendering k diagnostics of one file
// must not split the whole file k times. The last few sources are remembered (diagnostics come
// sorted by file, so one is nearly always enough).
const lineStartCache: { text: string; starts: number[] }[] = [];
/** How many line indexes were built (for tests that bound the work). */
export const lineIndexStats = { builds: 0 };

/** Offsets at which the lines of `text` start (`\r\n`, `\r` and `\n` end a line). */
export function lineStarts(text: string): number[] {
  const hit = lineStartCache.find((c) => c.text === text);
  if (hit) return hit.starts;
  lineIndexStats.builds++;
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  lineStartCache.unshift({ text, starts });
  if (lineStartCache.length > 4) lineStartCache.pop();
  return starts;
}

function lineOf(text: string, line: number): string {
  const starts = lineStarts(text);
  if (line < 1 || line > starts.length) return "";
  const end = line < starts.length ? starts[line] : text.length;
  return text.slice(starts[line - 1], end).replace(/\r?\n$|\r$/, "");
}

/** Longest stretch of a source line shown around the caret; longer lines are cut with `…`. */
const MAX_SNIPPET = 400;

function snippet(span: Span, source: string): string[] {
  let rawLine = lineOf(source, span.start.line);
  let startCol = span.start.column - 1;
  let endCol = span.end.line === span.start.line ? Math.max(span.end.column - 1, startCol + 1) : rawLine.length;
  if (rawLine.length > MAX_SNIPPET) {
    const from = Math.max(0, Math.min(startCol - MAX_SNIPPET / 4, rawLine.length - MAX_SNIPPET));
    const to = Math.min(rawLine.length, from + MAX_SNIPPET);
    const head = from > 0 ? "…" : "";
    rawLine = `${head}${rawLine.slice(from, to)}${to < rawLine.length ? "…" : ""}`;
    startCol = Math.min(startCol - from, to - from) + head.length;
    endCol = Math.min(endCol - from, to - from) + head.length;
  }
  const line = rawLine.replace(/\t/g, "    ");
  const pad = displayWidth(rawLine.slice(0, startCol));
  const width = Math.max(1, displayWidth(rawLine.slice(startCol, endCol)));
  const gutter = String(span.start.line);
  const blank = " ".repeat(gutter.length);
  return [`${blank} |`, `${gutter} | ${line}`, `${blank} | ${" ".repeat(pad)}${"^".repeat(width)}`];
}

export function renderText(d: Diagnostic, opts: RenderOptions): string {
  const { lang } = opts;
  const where = d.span ? `${(opts.displayPath ?? ((f) => f))(d.span.file)}:${d.span.start.line}:${d.span.start.column}: ` : "";
  const out = [`${where}${d.code} ${message(d, lang)}`];
  const src = d.span && opts.sources.get(d.span.file);
  if (d.span && src !== undefined) out.push(...snippet(d.span, src));
  const p = domainPath(d.path, lang);
  const pad = d.span ? " ".repeat(String(d.span.start.line).length) : "";
  if (p) out.push(`${pad} = ${lang === "zh" ? "位置" : "in"}: ${p}`);
  for (const l of d.labels ?? []) {
    const where2 = `${(opts.displayPath ?? ((f) => f))(l.span.file)}:${l.span.start.line}:${l.span.start.column}`;
    out.push(`${pad} = ${lang === "zh" ? "参见" : "see"}: ${where2}`);
  }
  const h = help(d, lang);
  if (h) out.push(`${pad} = ${lang === "zh" ? "建议" : "help"}: ${h}`);
  // Source lines and names may hold escape sequences; the terminal must not run them.
  return terminalText(out.join("\n"));
}

export interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  help?: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  path?: string;
}

export function toJson(d: Diagnostic, opts: RenderOptions): JsonDiagnostic {
  const s = d.span;
  return {
    code: d.code,
    severity: d.severity,
    message: message(d, opts.lang),
    help: help(d, opts.lang),
    file: s ? (opts.displayPath ?? ((f) => f))(s.file) : undefined,
    line: s?.start.line,
    column: s?.start.column,
    endLine: s?.end.line,
    endColumn: s?.end.column,
    path: domainPath(d.path, opts.lang),
  };
}

function ghEscapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function ghEscapeProp(s: string): string {
  return ghEscapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** GitHub Actions workflow command: `::error file=…,line=…::message`. */
export function renderGithub(d: Diagnostic, opts: RenderOptions): string {
  const j = toJson(d, opts);
  const props = [
    j.file !== undefined ? `file=${ghEscapeProp(j.file)}` : undefined,
    j.line !== undefined ? `line=${j.line}` : undefined,
    j.column !== undefined ? `col=${j.column}` : undefined,
    j.endLine !== undefined ? `endLine=${j.endLine}` : undefined,
    j.endColumn !== undefined ? `endColumn=${j.endColumn}` : undefined,
    `title=${ghEscapeProp(j.code)}`,
  ].filter(Boolean);
  const body = j.help ? `${j.message}\n${j.help}` : j.message;
  return `::${d.severity === "error" ? "error" : "warning"} ${props.join(",")}::${ghEscapeData(body)}`;
}

export function explain(code: string, lang: Lang): string | undefined {
  const entry = CATALOG[code.toUpperCase()];
  if (!entry) return undefined;
  const t = entry[lang];
  const sev = lang === "zh" ? (entry.severity === "error" ? "错误" : "警告") : entry.severity;
  return `${code.toUpperCase()} (${sev})\n\n${t.message}\n\n${t.explain}\n`;
}
