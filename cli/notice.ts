// matterc notice: the one-time notice (一次告知单) for the answers given, printed for window staff.
import type { Command } from "commander";
import type { Model } from "../compiler/model.js";
import { EXIT, exitCodeFor, printDiagnostics, type GlobalOptions } from "./report.js";
import { readTemplateOverrides } from "./templates.js";

interface NoticeOptions {
  situation?: string[];
  name?: string;
  html?: boolean;
  templates?: string;
  on?: string;
  date?: string;
  calendar?: string;
}

function fail(message: string, code: number = EXIT.usage): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = code;
}

/** The matter asked for: the only one, or the one named (by name or 编码) among several. */
function pick(models: Model[], name: string | undefined): Model | string {
  const found = name === undefined ? models : models.filter((m) => m.name === name || m.code === name);
  if (found.length === 1) return found[0];
  const known = models.map((m) => `${m.name}（${m.code}）`).join("、");
  if (models.length === 0) return "没有找到事项 / no matter found";
  return name === undefined ? `有多个事项，请用 --name 指定其一 / several matters, choose one with --name：${known}` : `没有名为“${name}”的事项 / no such matter；可选：${known}`;
}

/** The day of acceptance (given, or today in China Standard Time) and the holiday calendar, if any. */
async function noticeDates(opts: NoticeOptions): Promise<{ accepted: string; calendar?: import("../targets/calendar.js").WorkCalendar }> {
  const { isDate } = await import("./dates.js");
  const accepted = opts.date ?? new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (!isDate(accepted)) throw new Error(`--date 应为日期 YYYY-MM-DD：${accepted} / --date should be a date YYYY-MM-DD: ${accepted}`);
  if (!opts.calendar) return { accepted };
  const { readCalendar } = await import("./calendar.js");
  return { accepted, calendar: readCalendar(opts.calendar) };
}

export function registerNotice(program: Command, globals: () => GlobalOptions = () => ({ lang: "zh", format: "text" })): void {
  program
    .command("notice")
    .description("打印一次告知单 / print the one-time notice for the answers given")
    .argument("<matter>", "a .matter file, or a directory (with --name when it holds several matters)")
    .option("-s, --situation <answers...>", "answers as 名称=值: 设置招牌=是 经营项目=热食类,冷食类 营业面积=80 消防承诺=否")
    .option("-n, --name <name>", "the matter's name or 编码, when the path holds several")
    .option("--html", "print HTML instead of Markdown")
    .option("--templates <dir>", "folder of Handlebars templates overriding the guide's, by file name")
    .option("--on <date>", "say whether the matter is in force on this date (YYYY-MM-DD)")
    .option("--date <YYYY-MM-DD>", "day of acceptance the due dates count from (default: today, China Standard Time)")
    .option("--calendar <file>", "holiday calendar (节假日.json) for working days; without it 5 working days count as 7 days")
    .addHelpText(
      "after",
      "\n未回答的情形按其默认值；告知承诺未回答时视为选择承诺。\nUnanswered situations take their default; commitments not answered count as taken.\n\n示例 / Examples:\n  matterc notice examples/开办餐饮店.matter --situation 设置招牌=是 经营项目=热食类,自制饮品\n  matterc notice examples --name 开办餐饮店 -s 营业面积=120 -s 消防承诺=否 --html > 告知单.html\n  matterc notice examples/开办餐饮店.matter --date 2026-09-28 --calendar 节假日.json\n",
    )
    .action(async (path: string, opts: NoticeOptions) => {
      // Heavy modules (the compiler, Handlebars) load only when this verb runs.
      const { compilePaths } = await import("./compile-paths.js");
      const { AnswerError, parseAnswers } = await import("../targets/guide/answers.js");
      const { noticeFiles } = await import("../targets/guide/notice.js");
      const { templateSet } = await import("../targets/guide/templates.js");
      const { isDate } = await import("./dates.js");
      if (opts.on !== undefined && !isDate(opts.on)) return fail(`选项取值无效：--on 应为日期，如 2026-01-01 / --on takes a date such as 2026-01-01 (got '${opts.on}')`);
      const result = compilePaths([path]);
      const code = exitCodeFor(result.diagnostics);
      if (code !== EXIT.ok) {
        printDiagnostics(result, globals());
        process.exitCode = code;
        return;
      }
      const model = pick(result.models, opts.name);
      if (typeof model === "string") return fail(model);
      let templates: Record<string, string>;
      let dates;
      try {
        templates = await readTemplateOverrides(opts.templates);
        dates = await noticeDates(opts);
      } catch (e) {
        return fail((e as Error).message);
      }
      try {
        const answers = parseAnswers(model, opts.situation ?? []);
        const files = noticeFiles(model, templateSet(templates), answers, opts.on, dates);
        process.stdout.write(files.find((f) => f.path === (opts.html ? "notice.html" : "notice.md"))!.text);
      } catch (e) {
        if (e instanceof AnswerError) return fail(e.message);
        throw e;
      }
    });
}
