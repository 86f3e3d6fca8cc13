// Printing diagnostics in the format asked for, and the exit code they mean.
import type { CompileResult } from "../compiler/compile.js";
import { renderGithub, renderText, toJson, type RenderOptions } from "../compiler/diagnostics/render.js";
import type { Diagnostic } from "../compiler/diagnostics/types.js";
import type { Lang } from "../compiler/schema.js";

export type Format = "text" | "json" | "github";

export interface GlobalOptions {
  lang: Lang;
  format: Format;
}

export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;

export function exitCodeFor(diagnostics: Diagnostic[]): number {
  if (diagnostics.some((d) => d.code === "E0999")) return EXIT.internal;
  if (diagnostics.some((d) => d.code === "E0901")) return EXIT.usage;
  return diagnostics.some((d) => d.severity === "error") ? EXIT.input : EXIT.ok;
}

/** `checked` says what was checked ("3 个文件、13 件事"); with it, a clean run says so too. */
export function printDiagnostics(result: Pick<CompileResult, "diagnostics" | "sources">, opts: GlobalOptions, checked?: { zh: string; en: string }): void {
  const ro: RenderOptions = { lang: opts.lang, sources: result.sources };
  const ds = result.diagnostics;
  if (opts.format === "json") {
    process.stdout.write(JSON.stringify(ds.map((d) => toJson(d, ro)), null, 2) + "\n");
    return;
  }
  if (opts.format === "github") {
    for (const d of ds) process.stdout.write(renderGithub(d, ro) + "\n");
    return;
  }
  ds.forEach((d, i) => process.stderr.write(`${i ? "\n" : ""}${renderText(d, ro)}\n`));
  const errors = ds.filter((d) => d.severity === "error").length;
  const warnings = ds.length - errors;
  const what = checked?.[opts.lang];
  if (ds.length) {
    const tail = what ? (opts.lang === "zh" ? `（已检查 ${what}）` : ` (checked ${what})`) : "";
    process.stderr.write(opts.lang === "zh" ? `\n${errors} 个错误，${warnings} 个警告${tail}\n` : `\n${errors} error(s), ${warnings} warning(s)${tail}\n`);
  } else if (what) {
    process.stdout.write(opts.lang === "zh" ? `已检查 ${what}：没有错误或警告\n` : `checked ${what}: no errors or warnings\n`);
  }
}
