// `--templates DIR`: the Handlebars files a reform office overrides, read by file name, with a
// warning for any name that replaces no built-in template (usually a typo).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export async function readTemplateOverrides(dir: string | undefined): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  if (!dir) return out;
  for (const name of readdirSync(dir).sort()) if (name.endsWith(".hbs")) out[name] = readFileSync(join(dir, name), "utf8");
  const { unknownTemplateNames } = await import("../targets/guide/templates.js");
  for (const name of unknownTemplateNames(out)) process.stderr.write(`警告：模板 ${name} 不替换任何内置模板 / warning: template ${name} overrides nothing\n`);
  return out;
}
