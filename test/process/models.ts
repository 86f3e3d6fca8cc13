// The models the process tests run over: the hand-written fixtures and every example, compiled
// once per test file by the real front end.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { compileFiles } from "../../index.js";
import type { Model } from "../../compiler/model.js";
import { FIXTURES } from "./fixtures/index.js";

export interface NamedModel {
  name: string;
  model: Model;
}

export const EXAMPLES_DIR = join(import.meta.dirname, "../../examples");

let examples: NamedModel[] | undefined;

/** Every example, compiled; a compile error is a failure of the examples, reported loudly. */
export function exampleModels(): NamedModel[] {
  if (examples) return examples;
  const files = existsSync(EXAMPLES_DIR) ? readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith(".matter")).sort() : [];
  const { models, diagnostics } = compileFiles(files.map((f) => join(EXAMPLES_DIR, f)));
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`examples do not compile: ${JSON.stringify(errors.slice(0, 3))}`);
  examples = models.map((model) => ({ name: `example ${model.code} ${model.name}`, model })).sort((a, b) => a.name.localeCompare(b.name));
  return examples;
}

export function fixtureModels(): NamedModel[] {
  return Object.entries(FIXTURES).map(([name, model]) => ({ name: `fixture ${name}`, model }));
}

export function allModels(): NamedModel[] {
  return [...fixtureModels(), ...exampleModels()];
}

/** Whether the process starts from an application and calls no eligibility decision. 免申办 (a
 * matter or a sub-item granted from data) starts from a message or timer and calls a decision:
 * proactive.test.ts and the engines' proactive runs (test/engines/proactive*) run those. */
export function startsFromApplication(model: Model): boolean {
  return !model.proactive && !model.items.some((i) => i.proactive);
}

/** The models whose runs start from the application's data (engine.test, paths.test, the engines). */
export function applicationModels(): NamedModel[] {
  return allModels().filter((m) => startsFromApplication(m.model));
}
