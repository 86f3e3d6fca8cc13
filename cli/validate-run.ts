// `matterc validate`: checks an application (JSON) against a matter's form.schema.json with ajv
// and the matterc/ajv formats. The data is first read in the documented representation
// (normalizeApplication: renderer notations of date-times and files, defaults, hidden answers),
// so what RJSF, JSON Forms, Formily and form-js submit is checked as it is. Exit 0 when valid; 1
// with one Chinese line per problem, naming the field's label and data path; 2 when an input
// cannot be read, parsed or compiled. `--out` writes the normalized application.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addMatterFormats from "../targets/form/ajv-plugin.js";
import { applicationProblems, problemLine } from "../targets/form/application-errors.js";
import { normalizeApplication, type SchemaTest } from "../targets/form/application-normalize.js";

import { EXIT } from "./report.js";

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

function compile(schema: unknown, path: string): { validate: ValidateFunction; test: SchemaTest } {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) throw new Unreadable(`表单结构“${path}”不是 JSON Schema 对象`);
  const draft2020 = String((schema as { $schema?: unknown }).$schema ?? "").includes("2020-12");
  // verbose: errors carry the failing value, for precise check-character messages.
  const options = { allErrors: true, verbose: true, strict: false };
  const ajv = addMatterFormats(draft2020 ? new Ajv2020(options) : new Ajv(options));
  try {
    const validate = ajv.compile(schema);
    const tests = new Map<object, ValidateFunction>();
    const test: SchemaTest = (s, value) => {
      let v = tests.get(s);
      if (!v) tests.set(s, (v = ajv.compile(s)));
      return v(value) === true;
    };
    return { validate, test };
  } catch (e) {
    throw new Unreadable(`表单结构“${path}”无法编译：${(e as Error).message}`);
  }
}

/** Validates one application; sets the exit code (0 valid, 1 invalid, 2 unreadable). */
export function runValidate(target: string, applicationPath: string, options: { out?: string } = {}): void {
  try {
    const path = schemaPath(target);
    const schema = readJson(path, "表单结构");
    const { validate, test } = compile(schema, path);
    const application = normalizeApplication(schema as object, readJson(applicationPath, "申请数据"), test);
    if (options.out) {
      try {
        writeFileSync(options.out, JSON.stringify(application, null, 2) + "\n");
      } catch (e) {
        throw new Unreadable(`无法写入“${options.out}”：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    }
    const problems = applicationProblems(validate, schema as object, application);
    if (problems.length === 0) {
      process.stdout.write(`申请数据有效：${applicationPath}\n`);
      process.exitCode = EXIT.ok;
      return;
    }
    for (const p of problems) process.stdout.write(problemLine(p) + "\n");
    process.exitCode = EXIT.input;
  } catch (e) {
    if (!(e instanceof Unreadable)) throw e;
    process.stderr.write(e.message + "\n");
    process.exitCode = EXIT.usage;
  }
}
