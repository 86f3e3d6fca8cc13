// The registered targets. A new target touches this list and its own folder.
import type { Model } from "../compiler/model.js";
import { formTarget } from "./form/index.js";
import { guideTarget } from "./guide/index.js";
import { modelTarget } from "./model/index.js";
import { processTarget } from "./process/index.js";
import { DEFAULT_TARGET_OPTIONS, type OutputFile, type Target, type TargetOptions } from "./target.js";

export type { OutputFile, Target, TargetOptions } from "./target.js";
export { DEFAULT_TARGET_OPTIONS } from "./target.js";

export const TARGETS: Target[] = [modelTarget, formTarget, processTarget, guideTarget];

/** Every file of every target for these models, paths relative to the output directory. */
export function renderAll(models: Model[], options: Partial<TargetOptions> = {}): OutputFile[] {
  const opts = { ...DEFAULT_TARGET_OPTIONS, ...options };
  const files: OutputFile[] = [];
  for (const model of models) {
    for (const t of TARGETS) for (const f of t.perMatter?.(model, opts) ?? []) files.push({ path: `${model.code}/${f.path}`, text: f.text });
  }
  for (const t of TARGETS) files.push(...(t.acrossMatters?.(models, opts) ?? []));
  return files;
}
