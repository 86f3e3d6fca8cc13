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

/** Publishes a new set: only the files whose problems changed (a workspace of thousands of files
 * must not resend them all on every keystroke), clearing those whose problems are gone. */
export class DiagnosticsPublisher {
  private published = new Map<string, string>();

  constructor(private readonly send: (uri: string, diagnostics: LspDiagnostic[]) => void) {}

  publish(byUri: Map<string, LspDiagnostic[]>): void {
    for (const uri of this.published.keys()) {
      if (byUri.has(uri)) continue;
      this.send(uri, []);
      this.published.delete(uri);
    }
    for (const [uri, list] of byUri) {
      const text = JSON.stringify(list);
      if (this.published.get(uri) === text) continue;
      this.published.set(uri, text);
      this.send(uri, list);
    }
  }
}
