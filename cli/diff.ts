// matterc diff <old> <new>: what changed for applicants between two versions of the matters —
// files, folders, or git revisions (`REV:PATH`) of one project. Equal models print nothing.
import type { Command } from "commander";
import type { CompileResult } from "../compiler/compile.js";
import { EXIT, exitCodeFor, printDiagnostics, type GlobalOptions } from "./report.js";

interface DiffOptions {
  html?: string;
  exitCode?: boolean;
}

export function registerDiff(program: Command, globals: () => GlobalOptions): void {
  program
    .command("diff")
    .description("比较两个版本的事项，列出对申请人的变更 / what changed between two versions of the matters")
    .argument("<old>", "file, folder, or git revision as REV:PATH (e.g. HEAD~1:examples)")
    .argument("<new>", "file, folder, or REV:PATH")
    .option("--html <file>", "also write a 变更说明 page (HTML) to this file")
    .option("--exit-code", "exit with 1 when there are changes (as git diff --exit-code)")
    .addHelpText(
      "after",
      "\n--format text（默认，逐条变更）、json（结构化）、github（拉取请求用的 Markdown 摘要）。没有变更时不输出，退出码为 0。\n" +
        "--format text (default), json, or github (a Markdown summary for pull requests). Equal models print nothing and exit 0.\n\n" +
        "示例 / Examples:\n  matterc diff 旧/开办餐饮店.matter examples/开办餐饮店.matter\n  matterc diff HEAD~1:examples examples --format github\n  matterc diff main:examples examples --html 变更说明.html\n",
    )
    .action(async (oldArg: string, newArg: string, opts: DiffOptions) => {
      const g = globals();
      const sides: CompileResult[] = [];
      for (const arg of [oldArg, newArg]) {
        const result = await compileSide(arg);
        if (typeof result === "string") {
          process.stderr.write(`${result}\n`);
          process.exitCode = EXIT.usage;
          return;
        }
        const code = exitCodeFor(result.diagnostics);
        if (code !== EXIT.ok) {
          printDiagnostics(result, g);
          process.exitCode = code;
          return;
        }
        sides.push(result);
      }
      const { diffModels } = await import("../targets/diff/compare.js");
      const { diffHtml, diffMarkdown, diffText } = await import("../targets/diff/render.js");
      const d = diffModels(sides[0].models, sides[1].models);
      const out = g.format === "json" ? (d.matters.length ? JSON.stringify(d, null, 2) + "\n" : "") : g.format === "github" ? diffMarkdown(d, g.lang) : diffText(d, g.lang);
      process.stdout.write(out);
      if (opts.html) {
        const { writeFileAtomic } = await import("./write-one.js");
        try {
          writeFileAtomic(opts.html, diffHtml(d, g.lang));
        } catch (e) {
          process.stderr.write(`${opts.html}: ${(e as Error).message}\n`);
          process.exitCode = EXIT.usage;
          return;
        }
      }
      process.exitCode = opts.exitCode && d.matters.length ? 1 : EXIT.ok;
    });
}

async function compileSide(arg: string): Promise<CompileResult | string> {
  const { parseGitSide, gitTree } = await import("./git-tree.js");
  const side = parseGitSide(arg);
  if (!side) {
    const { compilePaths } = await import("./compile-paths.js");
    return compilePaths([arg]);
  }
  const tree = gitTree(side);
  if (typeof tree === "string") return tree;
  const { compile } = await import("../compiler/compile.js");
  return compile(tree.host, tree.inputs);
}
