import type { Command } from "commander";
import { CATALOG } from "../compiler/diagnostics/catalog.js";
import { explain } from "../compiler/diagnostics/render.js";
import { EXIT, type GlobalOptions } from "./report.js";

export function registerExplain(program: Command, globals: () => GlobalOptions): void {
  program
    .command("explain")
    .description("解释一个诊断代码 / explain a diagnostic code")
    .argument("[code]", "e.g. E0203; without it, list every code")
    .addHelpText("after", "\n示例 / Examples:\n  matterc explain E0203\n  matterc explain --lang en W0401\n  matterc explain\n")
    .action((code: string | undefined) => {
      const { lang } = globals();
      if (!code) {
        for (const c of Object.keys(CATALOG).sort()) process.stdout.write(`${c}  ${CATALOG[c][lang].message}\n`);
        return;
      }
      const text = explain(code, lang);
      if (!text) {
        process.stderr.write(lang === "zh" ? `没有诊断代码 ${code}；运行 matterc explain 查看全部代码\n` : `no diagnostic code ${code}; run matterc explain for the list\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      process.stdout.write(text);
    });
}
