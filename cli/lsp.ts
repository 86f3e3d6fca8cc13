// matterc lsp: the language server for editors (VS Code through editors/vscode, or any LSP
// client). The server and its dependencies load only when this verb runs.
import type { Command } from "commander";

export function registerLsp(program: Command): void {
  program
    .command("lsp")
    .description("启动语言服务器（供编辑器使用）/ start the language server for editors (LSP)")
    .option("--stdio", "通过标准输入输出通信（默认）/ talk over stdin and stdout (the default)")
    .addHelpText(
      "after",
      "\n示例 / Examples:\n  matterc lsp --stdio\n  matterc --lang en lsp --stdio\n\n编辑器设置见 docs/editor.md / editor setup: docs/editor.md\n",
    )
    .action(async () => {
      // The global --lang, when the program defines one; a client's initializationOptions.language wins.
      const lang = (program.opts() as { lang?: string }).lang;
      const { startServer } = await import("./lsp/server.js");
      startServer({ lang: lang === "en" ? "en" : "zh" });
    });
}
