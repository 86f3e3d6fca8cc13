// `matterc validate`: checks an application (JSON) against a matter's form.schema.json with ajv
// and the matterc/ajv formats. The work is in validate-run.ts, loaded only when the verb runs.
import type { Command } from "commander";

export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("用表单结构校验一份申请数据 / validate an application against a matter's form")
    .argument("<form>", "a matter's output directory (DIR/<编码>/) or its form.schema.json")
    .argument("<application>", "the application data, JSON")
    .option("-o, --out <file>", "写出规范化后的申请数据 / write the application in the documented representation")
    .addHelpText(
      "after",
      "\n退出码 / exit codes: 0 有效 valid · 1 无效 invalid（每个问题一行）· 2 无法读取 unreadable\n" +
        "\n示例 / Examples:\n  matterc validate out/QY-2024-03 申请.json\n  matterc validate out/QY-2024-03/form.schema.json 申请.json\n",
    )
    .action(async (target: string, applicationPath: string, opts: { out?: string }) => {
      const { runValidate } = await import("./validate-run.js");
      runValidate(target, applicationPath, opts);
    });
}
