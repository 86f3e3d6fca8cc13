// Compiler diagnostics → LSP diagnostics, grouped by the file they are in. Every file of the
// project gets its own, open or not, so an error in an imported file shows on that file (and in
// the problems list) rather than on the `使用` line that brought it in.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from "vscode-languageserver";
import { help, message } from "../../compiler/diagnostics/render.js";
import type { Diagnostic } from "../../compiler/diagnostics/types.js";
import type { Lang } from "../../compiler/schema.js";
import { fileToUri, spanToRange } from "./paths.js";
import { ui } from "./texts.js";

export function toLspDiagnostic(d: Diagnostic, lang: Lang, uris: Map<string, string>): LspDiagnostic | undefined {
  if (!d.span) return undefined;
  const h = help(d, lang);
  return {
    range: spanToRange(d.span),
    severity: d.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: "matterc",
    message: h ? `${message(d, lang)}\n${ui(lang).help}: ${h}` : message(d, lang),
    relatedInformation: d.labels?.map((l) => ({
      location: { uri: fileToUri(l.span.file, uris), range: spanToRange(l.span) },
      message: ui(lang).label(l.key),
    })),
  };
}

/** Diagnostics by URI, for every file that has some. */
export function diagnosticsByUri(ds: Diagnostic[], lang: Lang, uris: Map<string, string>): Map<string, LspDiagnostic[]> {
  const out = new Map<string, LspDiagnostic[]>();
  for (const d of ds) {
    const l = toLspDiagnostic(d, lang, uris);
    if (!l || !d.span) continue;
    const uri = fileToUri(d.span.file, uris);
    const list = out.get(uri) ?? [];
    list.push(l);
    out.set(uri, list);
  }
  return out;
}

/** Publishes the diagnostics of every file: only those of the files whose problems changed (a
 * workspace of thousands of files must not resend them all on every keystroke), clearing those
 * whose problems are gone. The compiler gives each file's list as the same array while it is
 * unchanged, so an unchanged file costs a comparison of references, not a conversion. */
export class DiagnosticsPublisher {
  private published = new Map<string, { parts: (readonly Diagnostic[])[]; text: string }>();
  /** Each diagnostic in LSP form, for the language and open URIs of `context`. */
  private converted = new WeakMap<Diagnostic, LspDiagnostic | undefined>();
  private context = "";
  /** File URIs of files that are not open (a pure function of the path, not cheap). */
  private uriOf = new Map<string, string>();

  constructor(private readonly send: (uri: string, diagnostics: LspDiagnostic[]) => void) {}

  /** `projects`: each project's diagnostics by file. */
  publish(projects: ReadonlyMap<string, readonly Diagnostic[]>[], lang: Lang, uris: Map<string, string>): void {
    const context = `${lang}\n${[...uris].join("\n")}`;
    const sameContext = context === this.context;
    if (!sameContext) {
      this.context = context;
      this.converted = new WeakMap();
    }
    const byUri = new Map<string, (readonly Diagnostic[])[]>();
    for (const files of projects) {
      for (const [file, list] of files) {
        let uri = uris.get(file) ?? this.uriOf.get(file);
        if (uri === undefined) this.uriOf.set(file, (uri = fileToUri(file)));
        const parts = byUri.get(uri);
        if (parts) parts.push(list);
        else byUri.set(uri, [list]);
      }
    }
    for (const uri of this.published.keys()) {
      if (byUri.has(uri)) continue;
      this.send(uri, []);
      this.published.delete(uri);
    }
    for (const [uri, parts] of byUri) {
      const had = this.published.get(uri);
      if (sameContext && had && had.parts.length === parts.length && had.parts.every((p, i) => p === parts[i])) continue;
      const list: LspDiagnostic[] = [];
      for (const part of parts) {
        for (const d of part) {
          let l = this.converted.get(d);
          if (l === undefined && !this.converted.has(d)) this.converted.set(d, (l = toLspDiagnostic(d, lang, uris)));
          if (l) list.push(l);
        }
      }
      const text = JSON.stringify(list);
      this.published.set(uri, { parts, text });
      if (had?.text !== text) this.send(uri, list);
    }
  }
}
