// matterc's command line: one file per verb; this one wires them, parses the global options and
// turns any unexpected failure into exit code 3 instead of a stack trace. cli/main.ts runs it (from
// the bundle that `npm run build` makes, see scripts/bundle-cli.ts, or from these modules).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { registerBuild } from "./build.js";
import { registerCheck } from "./check.js";
import { registerDiff } from "./diff.js";
import { registerExplain } from "./explain.js";
import { registerFmt } from "./fmt.js";
import { registerNotice } from "./notice.js";
import { registerLsp } from "./lsp.js";
import { registerPreview } from "./preview.js";
import { registerValidate } from "./validate.js";
import { packageRoot } from "./host.js";
import { EXIT, type GlobalOptions } from "./report.js";

/** Runs matterc with `argv` (as process.argv: node, script, arguments…). */
export async function run(argv: string[]): Promise<void> {
  const version = (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;

  const program = new Command("matterc")
    .description("高效办成一件事 · matter 语言编译器 / compiler for the matter language")
    .version(version, "-v, --version")
    .addOption(new Option("--lang <lang>", "language of messages").choices(["zh", "en"]).default("zh"))
    .addOption(new Option("--format <format>", "diagnostics format").choices(["text", "json", "github"]).default("text"))
    .showHelpAfterError()
    .exitOverride();

  const globals = (): GlobalOptions => program.opts() as GlobalOptions;
  registerCheck(program, globals);
  registerBuild(program, globals);
  registerExplain(program, globals);
  registerDiff(program, globals);
  registerFmt(program);
  registerValidate(program);
  registerNotice(program, globals);
  registerPreview(program);
  registerLsp(program);
  program.commands.forEach((c) => c.exitOverride());

  // `matterc explain | head`: a reader that stops early is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(EXIT.ok);
  });

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else {
      const err = e as Error;
      process.stderr.write(`E0999 matterc 内部错误 / internal error: ${err.name}: ${err.message}\n`);
      process.exitCode = EXIT.internal;
    }
  }
}
