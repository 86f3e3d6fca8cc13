// matterc notice: the one-time notice (一次告知单) for the answers given, printed for window staff.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import type { Model } from "../compiler/model.js";
import { AnswerError, parseAnswers } from "../targets/guide/answers.js";
import { noticeFiles } from "../targets/guide/notice.js";
import { templateSet, unknownTemplateNames } from "../targets/guide/templates.js";
import { compilePaths } from "./compile-paths.js";
import { EXIT, exitCodeFor, printDiagnostics, type GlobalOptions } from "./report.js";

interface NoticeOptions {
  situation?: string[];
  name?: string;
  html?: boolean;
  templates?: string;
}

function readTemplates(dir: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!dir) return out;
  for (const name of readdirSync(dir).sort()) if (name.endsWith(".hbs")) out[name] = readFileSync(join(dir, name), "utf8");
  return out;
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

export function registerNotice(program: Command, globals: () => GlobalOptions = () => ({ lang: "zh", format: "text" })): void {
  program
    .command("notice")
    .description("打印一次告知单 / print the one-time notice for the answers given")
    .argument("<matter>", "a .matter file, or a directory (with --name when it holds several matters)")
    .option("-s, --situation <answers...>", "answers as 名称=值: 设置招牌=是 经营项目=热食类,冷食类 营业面积=80 消防承诺=否")
    .option("-n, --name <name>", "the matter's name or 编码, when the path holds several")
    .option("--html", "print HTML instead of Markdown")
    .option("--templates <dir>", "folder of Handlebars templates overriding the guide's, by file name")
    .addHelpText(
      "after",
      "\n未回答的情形按其默认值；告知承诺未回答时视为选择承诺。\nUnanswered situations take their default; commitments not answered count as taken.\n\n示例 / Examples:\n  matterc notice examples/开办餐饮店.matter --situation 设置招牌=是 经营项目=热食类,自制饮品\n  matterc notice examples --name 开办餐饮店 -s 营业面积=120 -s 消防承诺=否 --html > 告知单.html\n",
    )
    .action((path: string, opts: NoticeOptions) => {
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
      try {
        templates = readTemplates(opts.templates);
      } catch (e) {
        return fail((e as Error).message);
      }
      for (const name of unknownTemplateNames(templates)) process.stderr.write(`警告：模板 ${name} 不替换任何内置模板 / warning: template ${name} overrides nothing\n`);
      try {
        const answers = parseAnswers(model, opts.situation ?? []);
        const files = noticeFiles(model, templateSet(templates), answers);
        process.stdout.write(files.find((f) => f.path === (opts.html ? "notice.html" : "notice.md"))!.text);
      } catch (e) {
        if (e instanceof AnswerError) return fail(e.message);
        throw e;
      }
    });
}
