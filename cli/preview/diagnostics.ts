// Diagnostics as the page shows them: the same text `matterc check` prints (code, message, the
// source line with its underline, where in the matter, the suggestion), one block each.
import { isAbsolute, relative } from "node:path";
import { renderText } from "../../compiler/diagnostics/render.js";
import type { Diagnostic } from "../../compiler/diagnostics/types.js";
import type { Lang } from "../../compiler/schema.js";
import { escapeHtml } from "./html.js";

export interface DiagnosticsView {
  lang: Lang;
  sources: Map<string, string>;
}

function count(ds: Diagnostic[], lang: Lang): string {
  const errors = ds.filter((d) => d.severity === "error").length;
  const warnings = ds.length - errors;
  return lang === "zh" ? `${errors} 个错误，${warnings} 个警告` : `${errors} error(s), ${warnings} warning(s)`;
}

/** The text of each diagnostic, with file names as the user typed them (relative to where matterc runs). */
export function diagnosticTexts(ds: Diagnostic[], view: DiagnosticsView): string[] {
  // Absolute names (a path given as such) shown relative to the working folder when inside it.
  const displayPath = (f: string) => {
    if (!isAbsolute(f)) return f;
    const r = relative(process.cwd(), f);
    return r && !r.startsWith("..") ? r : f;
  };
  return ds.map((d) => renderText(d, { lang: view.lang, sources: view.sources, displayPath }));
}

export function diagnosticsHtml(ds: Diagnostic[], view: DiagnosticsView): string {
  if (!ds.length) return "";
  const hasErrors = ds.some((d) => d.severity === "error");
  const heading = hasErrors
    ? view.lang === "zh"
      ? "源文件有错误，改正并保存后页面会自动更新"
      : "The sources have errors; the page updates when you save a fix"
    : view.lang === "zh"
      ? "警告"
      : "Warnings";
  const texts = diagnosticTexts(ds, view);
  const items = ds.map((d, i) => `<li class="diagnostic ${d.severity}" data-code="${escapeHtml(d.code)}"><pre>${escapeHtml(texts[i])}</pre></li>`).join("\n");
  return `<section class="diagnostics ${hasErrors ? "has-errors" : "warnings-only"}" aria-label="${hasErrors ? "诊断" : "警告"}">
<h2>${escapeHtml(heading)}<small>${escapeHtml(count(ds, view.lang))}</small></h2>
<ol>
${items}
</ol>
</section>`;
}
