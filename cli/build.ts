import type { Command } from "commander";
import { EXIT, type GlobalOptions } from "./report.js";
import { readTemplateOverrides } from "./templates.js";

interface BuildOptions {
  out: string;
  schemaDraft: string;
  process: string;
  templates?: string;
  on?: string;
  calendar?: string;
}

export function registerBuild(program: Command, globals: () => GlobalOptions): void {
  program
    .command("build")
    .description("编译并写出所有产物 / compile and write every artefact")
    .argument("<paths...>", "files or directories (searched recursively for *.matter)")
    .option("-o, --out <dir>", "output directory; each matter goes to <dir>/<编码>/", "out")
    .option("--schema-draft <draft>", "JSON Schema draft of form.schema.json: 07 | 2020-12", "07")
    .option("--process <flavour>", "BPMN flavour: camunda8 | camunda7 | flowable | plain", "camunda8")
    .option("--templates <dir>", "folder of Handlebars templates overriding the guide's, by file name")
    .option("--on <date>", "mark what is not in force on this date (YYYY-MM-DD) in every page, and show it in the catalog")
    .option("--calendar <file>", "holiday calendar (节假日.json) counting working-day timers; see docs/process.md")
    .addHelpText("after", "\n示例 / Examples:\n  matterc build examples --out out\n  matterc build examples --on 2026-01-01\n  matterc build 开办餐饮店.matter -o dist --process camunda7\n  matterc build examples --templates 我的模板/\n  matterc build examples --process flowable --calendar 节假日.json\n")
    .action(async (paths: string[], opts: BuildOptions) => {
      const g = globals();
      if (!["07", "2020-12"].includes(opts.schemaDraft) || !["camunda8", "camunda7", "flowable", "plain"].includes(opts.process)) {
        process.stderr.write(g.lang === "zh" ? "选项取值无效：--schema-draft 为 07 或 2020-12；--process 为 camunda8、camunda7、flowable 或 plain\n" : "invalid option: --schema-draft is 07 or 2020-12; --process is camunda8, camunda7, flowable or plain\n");
        process.exitCode = EXIT.usage;
        return;
      }
      const { isDate } = await import("./dates.js");
      if (opts.on !== undefined && !isDate(opts.on)) {
        process.stderr.write(g.lang === "zh" ? `选项取值无效：--on 应为日期，如 2026-01-01（收到「${opts.on}」）\n` : `invalid option: --on takes a date such as 2026-01-01 (got '${opts.on}')\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      const { compilePaths } = await import("./compile-paths.js");
      const { exitCodeFor, printDiagnostics } = await import("./report.js");
      const result = compilePaths(paths);
      printDiagnostics(result, g);
      const code = exitCodeFor(result.diagnostics);
      if (code !== EXIT.ok) {
        process.exitCode = code;
        return;
      }
      let templates: Record<string, string>;
      let calendar;
      try {
        templates = await readTemplateOverrides(opts.templates);
        if (opts.calendar) calendar = (await import("./calendar.js")).readCalendar(opts.calendar);
      } catch (e) {
        process.stderr.write(`${(e as Error).message}\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      const { renderEach, DEFAULT_TARGET_OPTIONS } = await import("../targets/index.js");
      const { renderParallel, workerCount } = await import("./render-pool.js");
      const options = { ...DEFAULT_TARGET_OPTIONS, schemaDraft: opts.schemaDraft as "07" | "2020-12", process: opts.process as "camunda8", templates, on: opts.on, calendar };
      const workers = workerCount(result.models.length);
      const { publishOutputs, publishOutputsAsync, OutTreeError } = await import("./write.js");
      let stats;
      try {
        // Many matters: rendered on every core while the main thread publishes (cli/render-pool.ts).
        stats = workers ? await publishOutputsAsync(opts.out, renderParallel(result.models, options, workers)) : publishOutputs(opts.out, renderEach(result.models, options));
      } catch (e) {
        // A file-system failure is told in words and leaves the published tree as it was.
        const known = e instanceof OutTreeError;
        process.stderr.write(`${known ? e.text(g.lang) : (e as Error).message}\n`);
        process.exitCode = known ? EXIT.usage : EXIT.internal;
        return;
      }
      if (g.format === "text") {
        const n = result.models.length;
        process.stderr.write(
          g.lang === "zh"
            ? `已生成 ${n} 件事的 ${stats.files} 个文件到 ${opts.out}/（写入 ${stats.written} 个，${stats.reused} 个未变）\n`
            : `wrote ${stats.files} files for ${n} matter(s) to ${opts.out}/ (${stats.written} written, ${stats.reused} unchanged)\n`,
        );
      }
    });
}

