// The registered targets. A new target touches this list and its own folder.
import type { Model } from "../compiler/model.js";
import { dmnTarget } from "./dmn/index.js";
import { flowableTarget } from "./flowable/index.js";
import { formTarget } from "./form/index.js";
import { guideTarget } from "./guide/index.js";
import { implementationListTarget } from "./implementation-list/index.js";
import { modelTarget } from "./model/index.js";
import { processTarget } from "./process/index.js";
import { sharingTarget } from "./sharing/index.js";
import { DEFAULT_TARGET_OPTIONS, type OutputFile, type Target, type TargetOptions } from "./target.js";

export type { OutputFile, Target, TargetOptions } from "./target.js";
export { DEFAULT_TARGET_OPTIONS } from "./target.js";

export const TARGETS: Target[] = [modelTarget, formTarget, processTarget, dmnTarget, guideTarget, sharingTarget, implementationListTarget, flowableTarget];

/** Every file of every target, matter by matter and then across matters, paths relative to the
 * output directory. A generator, so that a large build need not hold every file at once. */
export function* renderEach(models: Model[], options: Partial<TargetOptions> = {}): Generator<OutputFile> {
  const opts = { ...DEFAULT_TARGET_OPTIONS, ...options };
  for (const model of models) yield* renderMatter(model, opts);
  yield* renderAcross(models, opts);
}

/** One matter's files, paths relative to the output directory (under `<编码>/`). */
export function renderMatter(model: Model, options: Partial<TargetOptions> = {}): OutputFile[] {
  const opts = { ...DEFAULT_TARGET_OPTIONS, ...options };
  const files: OutputFile[] = [];
  for (const t of TARGETS) for (const f of t.perMatter?.(model, opts) ?? []) files.push({ path: `${model.code}/${f.path}`, text: f.text });
  return files;
}

/** The files across matters (the catalog, the cross-matter lists). */
export function renderAcross(models: Model[], options: Partial<TargetOptions> = {}): OutputFile[] {
  const opts = { ...DEFAULT_TARGET_OPTIONS, ...options };
  return TARGETS.flatMap((t) => t.acrossMatters?.(models, opts) ?? []);
}

/** Every file of every target for these models, as one list. */
export function renderAll(models: Model[], options: Partial<TargetOptions> = {}): OutputFile[] {
  return [...renderEach(models, options)];
}
