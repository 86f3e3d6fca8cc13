// The models the process tests run over: the hand-written fixtures, and every example once the
// compiler front end can compile them.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Model } from "../../compiler/model.js";
import { FIXTURES } from "./fixtures/index.js";

export interface NamedModel {
  name: string;
  model: Model;
}

export function allModels(): NamedModel[] {
  return Object.entries(FIXTURES).map(([name, model]) => ({ name: `fixture ${name}`, model }));
}

export const EXAMPLES_DIR = join(import.meta.dirname, "../../examples");
export const exampleFiles = (): string[] =>
  existsSync(EXAMPLES_DIR) ? readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith(".matter")).sort().map((f) => join(EXAMPLES_DIR, f)) : [];
