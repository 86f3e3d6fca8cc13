import type { Command } from "commander";
import type { GlobalOptions } from "./report.js";

export function registerCheck(program: Command, globals: () => GlobalOptions): void {
  program
    .command("check")
    .description("检查 .matter 文件，报告错误和警告 / check .matter files and report problems")
    .argument("<paths...>", "files or directories (searched recursively for *.matter)")
    .addHelpText("after", "\n示例 / Examples:\n  matterc check examples\n  matterc check 开办餐饮店.matter --format json\n  matterc check . --format github --lang en\n")
    .action(async (paths: string[]) => {
      // The compiler loads only when a verb needs it: `--help` and `--version` stay fast.
      const { checkPaths } = await import("./compile-paths.js");
      const { exitCodeFor, printDiagnostics } = await import("./report.js");
      // Models are not built (nothing here reads them) nor symbols collected: memory stays flat in
      // the number of matters. Many files are checked on every core.
      const result = await checkPaths(paths);
      // Say what was checked: the files given (not the standard library) and the matters in them.
      const files = [...result.sources.keys()].filter((f) => !f.startsWith("std/")).length;
      const matters = result.matters ?? 0;
      printDiagnostics(result, globals(), { zh: `${files} 个文件、${matters} 件事`, en: `${matters} matter(s) in ${files} file(s)` });
      process.exitCode = exitCodeFor(result.diagnostics);
    });
}
