// An in-memory compiler host for tests: project files from a record, the standard library from
// the package on disk (the real one, so tests see what users get).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compile, type CompileResult } from "../../compiler/compile.js";
import { renderText } from "../../compiler/diagnostics/render.js";
import type { CompilerHost } from "../../compiler/program.js";
import type { Lang } from "../../compiler/schema.js";

export const ROOT = join(import.meta.dirname, "..", "..");
const STDLIB = join(ROOT, "stdlib");

export function memoryHost(files: Record<string, string | Uint8Array>): CompilerHost {
  return {
    readFile: (p) => {
      const f = files[p];
      return f === undefined ? undefined : typeof f === "string" ? new TextEncoder().encode(f) : f;
    },
    readStdlib: (name) => {
      try {
        return readFileSync(join(STDLIB, name));
      } catch {
        return undefined;
      }
    },
    stdlibFiles: () => readdirSync(STDLIB).sort(),
  };
}

/** Compiles in-memory files; every file given is an entry, the root is ".". */
export function compileTexts(files: Record<string, string | Uint8Array>, entries = Object.keys(files)): CompileResult {
  return compile(memoryHost(files), [{ root: ".", files: entries }]);
}

export function renderAll(result: CompileResult, lang: Lang = "zh"): string {
  return result.diagnostics.map((d) => renderText(d, { lang, sources: result.sources })).join("\n\n") + "\n";
}

/** txtar-style fixtures: `-- name --` lines separate sections. */
export function parseTxtar(text: string): { comment: string; files: Record<string, string> } {
  const parts = text.split(/^-- (.+?) --$\n?/m);
  const files: Record<string, string> = {};
  for (let i = 1; i < parts.length; i += 2) files[parts[i]] = parts[i + 1] ?? "";
  return { comment: parts[0], files };
}

export function formatTxtar(comment: string, files: Record<string, string>): string {
  return comment + Object.entries(files).map(([name, body]) => `-- ${name} --\n${body.endsWith("\n") || body === "" ? body : body + "\n"}`).join("");
}
