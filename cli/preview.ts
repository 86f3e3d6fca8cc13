// `matterc preview <paths…> [--port N]`: a local web server showing each matter's form, process
// diagram, guide and before/after figures, updated whenever a .matter file is saved.
import { type Command, InvalidArgumentError } from "commander";
import type { Lang } from "../compiler/schema.js";

export const DEFAULT_PREVIEW_PORT = 4173;

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError("端口应为 0 到 65535 的整数（0 表示任选一个空闲端口）/ a port is an integer from 0 to 65535");
  return n;
}

export function registerPreview(program: Command): void {
  program
    .command("preview")
    .description("在浏览器中预览表单、流程图、办事指南和改革前后对比，保存后自动更新 / live preview in the browser")
    .argument("<paths...>", "files or directories (searched recursively for *.matter)")
    .option("-p, --port <port>", "port on 127.0.0.1 (0: any free port)", parsePort, DEFAULT_PREVIEW_PORT)
    .addHelpText("after", "\n示例 / Examples:\n  matterc preview examples\n  matterc preview 开办餐饮店.matter --port 8080\n")
    .action(async (paths: string[], opts: { port: number }) => {
      const lang = ((program.opts() as { lang?: Lang }).lang ?? "zh") as Lang;
      // The server and the compiler load only when this verb runs.
      const { runPreview } = await import("./preview/run.js");
      process.exitCode = await runPreview(paths, opts.port, lang);
    });
}
