// The models the form tests run over: the hand-written fixtures always, and every example once
// the compiler front end exports compileFiles (compiled without errors, or the test fails).
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Model } from "../../../compiler/model.js";
import { applicantForm } from "../../../targets/form/proactive.js";
import { newborn } from "../fixtures/newborn.js";
import { restaurant } from "../fixtures/restaurant.js";

// A string, not a URL object: under jsdom, URL is jsdom's and fileURLToPath rejects it.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");

export const FIXTURES: Model[] = [restaurant, newborn];

type Compile = (paths: string[]) => { models: Model[] };

async function compiler(): Promise<Compile | undefined> {
  if (!existsSync(join(ROOT, "index.ts"))) return undefined; // the front end is not there yet
  const mod = (await import(join(ROOT, "index.ts"))) as { compileFiles?: Compile };
  return mod.compileFiles;
}

/** Every example's model, or [] while the front end is not ready. An example that does not
 * compile yields no model (the compiler's own tests hold the examples to compiling). */
export async function exampleModels(): Promise<Model[]> {
  const compileFiles = await compiler();
  if (!compileFiles) return [];
  const dir = join(ROOT, "examples");
  const paths = readdirSync(dir).filter((f) => f.endsWith(".matter")).sort().map((f) => join(dir, f));
  return compileFiles(paths).models;
}

/** The models that have an application form: a 免申办 matter that only tells the person
 * (仅告知) has none (test/form/proactive.test.ts holds it to writing none). */
export async function allModels(): Promise<Model[]> {
  return [...FIXTURES, ...(await exampleModels())].filter((m) => applicantForm(m) !== "none");
}

/** The examples whose every combination of answers the renderer tests walk; the others are
 * sampled, to keep the suite fast on two shared cores. */
const THOROUGH = new Set(["开办餐饮店", "新生儿出生"]);

/** How many combinations of answers to try for a model: all of them (up to `all`) for the
 * fixtures and the thorough examples, `sample` otherwise. */
export function budget(model: Model, all: number, sample: number): number {
  return FIXTURES.includes(model) || THOROUGH.has(model.name) ? all : sample;
}
