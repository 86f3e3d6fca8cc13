// matterc fmt: formats .matter files in place, or with --check only says which would change (for
// CI). A file with syntax errors is never touched; its errors are printed like the compiler's.
// Files are replaced atomically (a temporary file, then a rename), so an editor or a build that
// reads the file meanwhile never sees half of it.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { Option, type Command } from "commander";
import type { Diagnostic } from "../compiler/diagnostics/types.js";
import type { GlobalOptions } from "./report.js";

interface FmtOptions {
  check?: boolean;
  punctuation: "keep" | "ascii" | "fullwidth";
}

export function registerFmt(program: Command): void {
  program
    .command("fmt")
    .description("格式化 .matter 文件 / format .matter files")
    .argument("<paths...>", "files or directories (searched recursively for *.matter)")
    .option("--check", "不写入，只列出需要格式化的文件，有则退出码为 1 / write nothing; list the files that would change and exit 1 if any")
    .addOption(new Option("--punctuation <style>", "标点风格 / punctuation to write").choices(["keep", "ascii", "fullwidth"]).default("keep"))
    .addHelpText(
      "after",
      "\n示例 / Examples:\n  matterc fmt examples\n  matterc fmt --check .\n  matterc fmt --punctuation fullwidth 退休.matter\n",
    )
    .action(async (paths: string[], opts: FmtOptions) => {
      const globals = program.opts() as Partial<GlobalOptions>;
      process.exitCode = await runFmt(paths, opts, { lang: globals.lang ?? "zh", format: globals.format ?? "text" });
    });
}

async function runFmt(paths: string[], opts: FmtOptions, globals: GlobalOptions): Promise<number> {
  // The formatter and the compiler's pieces load only when the verb runs: `--help` stays fast.
  const { expandInputs, InputError } = await import("./inputs.js");
  const { decodeSource } = await import("../grammar/lex.js");
  const { formatMatter } = await import("../grammar/format/print.js");
  const { EXIT, exitCodeFor, printDiagnostics } = await import("./report.js");
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  let files: string[];
  try {
    files = [...new Set(expandInputs(paths).flatMap((i) => i.files))];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    diagnostics.push({ code: "E0901", severity: "error", args: { path: e.message, reason: "not found" } });
    printDiagnostics({ diagnostics, sources }, globals);
    return EXIT.usage;
  }

  const changed: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    const text = decodeSource(bytes);
    if (text === undefined) {
      const at = { offset: 0, line: 1, column: 1 };
      diagnostics.push({ code: "E0006", severity: "error", args: {}, span: { file, start: at, end: at } });
      continue;
    }
    sources.set(file, text);
    let result;
    try {
      result = formatMatter(text, { punctuation: opts.punctuation, file });
    } catch (e) {
      // The formatter refused its own output (it would have changed the file's meaning).
      diagnostics.push({ code: "E0999", severity: "error", args: { reason: (e as Error).message } });
      continue;
    }
    if (!result.ok) {
      for (const p of result.problems) diagnostics.push({ code: p.code, severity: "error", args: p.args, span: p.span });
      continue;
    }
    if (Buffer.from(result.text, "utf8").equals(bytes)) continue;
    changed.push(file);
    if (!opts.check) writeAtomically(file, result.text);
  }

  listChanged(changed, opts, globals);
  printDiagnostics({ diagnostics, sources }, globals);
  const code = exitCodeFor(diagnostics);
  return code !== EXIT.ok ? code : opts.check && changed.length ? EXIT.input : EXIT.ok;
}

/** The files changed (or, with --check, that would change): one per line on stdout; on stderr
 * when stdout carries JSON; as GitHub annotations for CI with `--format github`. */
function listChanged(changed: string[], opts: FmtOptions, globals: GlobalOptions): void {
  const zh = globals.lang === "zh";
  for (const f of changed) {
    if (globals.format === "github" && opts.check) {
      const file = f.replace(/[%\r\n:,]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
      process.stdout.write(`::error file=${file},title=matterc fmt::${zh ? "文件需要格式化（matterc fmt）" : "file is not formatted (matterc fmt)"}\n`);
    } else (globals.format === "json" ? process.stderr : process.stdout).write(`${f}\n`);
  }
  if (opts.check && changed.length) {
    process.stderr.write(zh ? `${changed.length} 个文件需要格式化（matterc fmt）\n` : `${changed.length} file(s) would be reformatted (matterc fmt)\n`);
  }
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text, { mode: statSync(file).mode });
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}
