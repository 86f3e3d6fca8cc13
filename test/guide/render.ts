// Renders the fixtures (and, once the compiler is there, every example) through the guide target,
// and keeps the files under test-artifacts/guide/ for people and for the browser test to look at.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Model } from "../../compiler/model.js";
import { guideTarget } from "../../targets/guide/index.js";
import { DEFAULT_TARGET_OPTIONS, type OutputFile, type TargetOptions } from "../../targets/target.js";
import { hostile, hostileOf } from "./fixtures/hostile.js";
import { crossMatter, proactiveItem, proactiveMatter } from "./fixtures/modes.js";
import { restaurant } from "./fixtures/restaurant.js";

export const ARTIFACTS = join(import.meta.dirname, "../../test-artifacts/guide");

export interface Rendered {
  model: Model;
  files: Map<string, string>;
}

export function render(model: Model, options: Partial<TargetOptions> = {}): Rendered {
  const files = guideTarget.perMatter!(model, { ...DEFAULT_TARGET_OPTIONS, ...options });
  return { model, files: new Map(files.map((f) => [f.path, f.text])) };
}

export function renderCatalog(models: Model[], options: Partial<TargetOptions> = {}): Map<string, string> {
  return new Map(guideTarget.acrossMatters!(models, { ...DEFAULT_TARGET_OPTIONS, ...options }).map((f) => [f.path, f.text]));
}

export function keep(dir: string, files: OutputFile[] | Map<string, string>): void {
  const list = files instanceof Map ? [...files].map(([path, text]) => ({ path, text })) : files;
  for (const f of list) {
    const p = join(ARTIFACTS, dir, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.text);
  }
}

/** The models the oracles run over: the fixtures, and every example once the compiler exists. */
export async function allModels(): Promise<Model[]> {
  return [restaurant(), hostile(), ...(await exampleModels()), ...(await modeModels())];
}

/** 免申办 and 跨域办 (issue 16) on compiled examples, plain and hostile, with codes of their own. */
export async function modeModels(): Promise<Model[]> {
  const examples = await exampleModels();
  const baby = examples.find((m) => m.name === "新生儿出生")!;
  const card = examples.find((m) => m.name === "社会保障卡居民服务")!;
  const made = [proactiveMatter(baby), proactiveMatter(baby, "快申快享"), proactiveItem(baby), crossMatter(card)];
  const tagged = made.map((m, n) => Object.assign(m, { code: `MODES-0${n + 1}`, id: `modes${n + 1}` }));
  const evil = [proactiveMatter(baby, "快申快享"), crossMatter(proactiveItem(baby))].map(hostileOf);
  return [...tagged, ...evil.map((m, n) => Object.assign(m, { code: `HOSTILE-MODES-0${n + 1}`, id: `hostilemodes${n + 1}` }))];
}

let examples: Model[] | undefined;

/** Every example of the repository, compiled once per test file; an example that does not compile
 * fails here rather than being skipped. */
export async function exampleModels(): Promise<Model[]> {
  if (!examples) {
    const { compileFiles } = await import("../../index.js");
    const { models, diagnostics } = compileFiles([join(import.meta.dirname, "../../examples")]);
    const errors = diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) throw new Error(`the examples do not compile: ${JSON.stringify(errors.slice(0, 3))}`);
    examples = models;
  }
  return examples;
}
