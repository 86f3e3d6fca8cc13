// /api/matter/<编码>: what a matter's page draws, as one JSON document, so the page can redraw
// itself after each recompile without reloading (and without losing the answers typed in).
import type { Lang } from "../../compiler/schema.js";
import { diagnosticsHtml } from "./diagnostics.js";
import type { Snapshot } from "./session.js";

export type MatterView =
  | {
      status: "ok";
      version: number;
      name: string;
      code: string;
      schema: unknown;
      bpmn: string;
      metrics: unknown;
      /** Every output file of the matter, for the links under the page. */
      files: string[];
      /** Warnings only (errors never reach this branch). */
      diagnosticsHtml: string;
    }
  | { status: "errors"; version: number; diagnosticsHtml: string }
  | { status: "missing"; version: number };

export function matterView(s: Snapshot, code: string, lang: Lang): MatterView {
  const html = diagnosticsHtml(s.diagnostics, { lang, sources: s.sources });
  if (s.hasErrors) return { status: "errors", version: s.version, diagnosticsHtml: html };
  const m = s.models.find((x) => x.code === code);
  const file = (name: string) => s.file(`${code}/${name}`);
  const schema = file("form.schema.json");
  const bpmn = file("process.bpmn");
  const metrics = file("metrics.json");
  if (!m || schema === undefined || bpmn === undefined || metrics === undefined) return { status: "missing", version: s.version };
  const files = s.filesOf(code);
  // Warnings that belong to other matters' files are still worth seeing: they are few, and the
  // preview shows one project.
  return { status: "ok", version: s.version, name: m.name, code, schema: JSON.parse(schema), bpmn, metrics: JSON.parse(metrics), files, diagnosticsHtml: html };
}
