// `matterc explain [CODE]`: each code's long explanation with a real example (the diagnostic as
// `matterc check` prints it), never a message template with raw placeholders; without a code, every
// code with its example's message.
import type { Command } from "commander";
import { CATALOG } from "../compiler/diagnostics/catalog.js";
import { EXAMPLES } from "../compiler/diagnostics/examples.js";
import type { Lang } from "../compiler/schema.js";
import { EXIT, type GlobalOptions } from "./report.js";

/** The example's message: its first line without the file position and code. */
function exampleMessage(code: string, lang: Lang): string {
  const first = EXAMPLES[code]?.[lang].split("\n")[0];
  return first ? first.replace(/^.*?\b[EW]\d{4} /, "") : CATALOG[code][lang].message.replace(/\{\w+\}/g, "…");
}

function explainText(code: string, lang: Lang): string | undefined {
  const entry = CATALOG[code];
  if (!entry) return undefined;
  const t = entry[lang];
  const sev = lang === "zh" ? (entry.severity === "error" ? "错误" : "警告") : entry.severity;
  const example = EXAMPLES[code]?.[lang];
  const shown = example ? `${lang === "zh" ? "例如：" : "For example:"}\n\n${example}\n` : "";
  return `${code} (${sev}) ${exampleMessage(code, lang)}\n\n${t.explain}\n\n${shown}`;
}

export function registerExplain(program: Command, globals: () => GlobalOptions): void {
  program
    .command("explain")
    .description("解释一个诊断代码 / explain a diagnostic code")
    .argument("[code]", "e.g. E0203; without it, list every code")
    .addHelpText("after", "\n示例 / Examples:\n  matterc explain E0203\n  matterc explain --lang en W0401\n  matterc explain\n")
    .action((code: string | undefined) => {
      const { lang } = globals();
      if (!code) {
        for (const c of Object.keys(CATALOG).sort()) process.stdout.write(`${c}  ${exampleMessage(c, lang)}\n`);
        return;
      }
      const text = explainText(code.toUpperCase(), lang);
      if (!text) {
        process.stderr.write(lang === "zh" ? `没有诊断代码 ${code}；运行 matterc explain 查看全部代码\n` : `no diagnostic code ${code}; run matterc explain for the list\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      process.stdout.write(text);
    });
}
