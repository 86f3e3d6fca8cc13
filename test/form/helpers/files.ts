// The form target's files for a model, parsed.
import type { Model } from "../../../compiler/model.js";
import { DEFAULT_TARGET_OPTIONS, type TargetOptions } from "../../../targets/target.js";
import { formTarget } from "../../../targets/form/index.js";

export function formFile<T = Record<string, unknown>>(model: Model, path: string, options: Partial<TargetOptions> = {}): T {
  const files = formTarget.perMatter!(model, { ...DEFAULT_TARGET_OPTIONS, ...options });
  const name = path === ".form" ? `${model.code}.form` : path;
  const file = files.find((f) => f.path === name);
  if (!file) throw new Error(`no ${name} among ${files.map((f) => f.path).join(", ")}`);
  return JSON.parse(file.text) as T;
}
