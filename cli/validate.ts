// `matterc validate`: checks an application (JSON) against a matter's form.schema.json with ajv
// and the matterc/ajv formats. Exit 0 when valid; 1 with one Chinese line per problem, naming the
// field's label and data path; 2 when an input cannot be read, parsed or compiled.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addMatterFormats from "../targets/form/ajv-plugin.js";
import { applicationProblems, problemLine } from "../targets/form/application-errors.js";

const EXIT_VALID = 0;
const EXIT_INVALID = 1;
const EXIT_UNREADABLE = 2;

class Unreadable extends Error {}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Unreadable(`无法读取${what}“${path}”：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new Unreadable(`${what}“${path}”不是有效的 JSON：${(e as Error).message}`);
  }
}

/** A matter's output directory holds form.schema.json; a file is taken as the schema itself. */
function schemaPath(target: string): string {
  try {
    return statSync(target).isDirectory() ? join(target, "form.schema.json") : target;
  } catch {
    return target; // reported by readJson
  }
}

function compile(schema: unknown, path: string): ValidateFunction {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) throw new Unreadable(`表单结构“${path}”不是 JSON Schema 对象`);
  const draft2020 = String((schema as { $schema?: unknown }).$schema ?? "").includes("2020-12");
  // verbose: errors carry the failing value, for precise check-character messages.
  const options = { allErrors: true, verbose: true, strict: false };
  const ajv = addMatterFormats(draft2020 ? new Ajv2020(options) : new Ajv(options));
  try {
    return ajv.compile(schema);
  } catch (e) {
    throw new Unreadable(`表单结构“${path}”无法编译：${(e as Error).message}`);
  }
}

export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("用表单结构校验一份申请数据 / validate an application against a matter's form")
    .argument("<form>", "a matter's output directory (DIR/<编码>/) or its form.schema.json")
    .argument("<application>", "the application data, JSON")
    .addHelpText(
      "after",
      "\n退出码 / exit codes: 0 有效 valid · 1 无效 invalid（每个问题一行）· 2 无法读取 unreadable\n" +
        "\n示例 / Examples:\n  matterc validate out/QY-2024-03 申请.json\n  matterc validate out/QY-2024-03/form.schema.json 申请.json\n",
    )
    .action((target: string, applicationPath: string) => {
      try {
        const path = schemaPath(target);
        const schema = readJson(path, "表单结构");
        const validate = compile(schema, path);
        const application = readJson(applicationPath, "申请数据");
        const problems = applicationProblems(validate, schema as object, application);
        if (problems.length === 0) {
          process.stdout.write(`申请数据有效：${applicationPath}\n`);
          process.exitCode = EXIT_VALID;
          return;
        }
        for (const p of problems) process.stdout.write(problemLine(p) + "\n");
        process.exitCode = EXIT_INVALID;
      } catch (e) {
        if (!(e instanceof Unreadable)) throw e;
        process.stdout.write(e.message + "\n");
        process.exitCode = EXIT_UNREADABLE;
      }
    });
}
