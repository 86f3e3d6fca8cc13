// The baseline a team would pick instead of a language: the same matters written as YAML, read with
// js-yaml and checked with ajv against the model's published schema. matterc's `check` does more
// (it resolves names, checks meaning, enumerates situation cases and computes the figures), so the
// ratio says what that costs, not that the two are equivalent.
//
// What the YAML holds: each matter's model without its figures (`metrics`), i.e. what a person
// would have to write by hand in YAML to say the same, with every default and condition spelled out.
// The YAML is larger than the .matter source; both sizes are printed so the reader can judge.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Ajv } from "ajv";
import yaml from "js-yaml";
import { compilePaths } from "../cli/compile-paths.js";
import { modelSchema } from "../compiler/model-schema.js";

export interface BaselineResult {
  matterMs: number;
  yamlMs: number;
  matterBytes: number;
  yamlBytes: number;
}

/** Times `check` of the .matter files in `src` against js-yaml + ajv on the same matters as YAML
 * (written to `dir/yaml`); the faster of three runs of each, interleaved. */
export function benchBaseline(src: string, dir: string): BaselineResult {
  const compiled = compilePaths([src]);
  if (compiled.hasErrors) throw new Error("baseline corpus does not compile");
  const yamlDir = join(dir, "yaml");
  mkdirSync(yamlDir, { recursive: true });
  let yamlBytes = 0;
  compiled.models.forEach((model, i) => {
    const { metrics: _figures, ...declared } = model;
    const text = yaml.dump(declared, { noRefs: true, lineWidth: -1 });
    yamlBytes += Buffer.byteLength(text);
    writeFileSync(join(yamlDir, `m${String(i).padStart(5, "0")}.yaml`), text);
  });
  const matterBytes = readdirSync(src).reduce((sum, f) => sum + readFileSync(join(src, f)).length, 0);
  // The schema without the figures' part: the YAML carries no metrics.
  const schema = { ...modelSchema, required: modelSchema.required.filter((k) => k !== "metrics") };
  const validate = new Ajv({ strict: true, allErrors: false }).compile(schema);
  const yamlRun = (): number => {
    const t0 = performance.now();
    for (const f of readdirSync(yamlDir)) {
      const data = yaml.load(readFileSync(join(yamlDir, f), "utf8"));
      if (!validate(data)) throw new Error(`baseline YAML ${f} does not validate: ${JSON.stringify(validate.errors?.[0])}`);
    }
    return performance.now() - t0;
  };
  const matterRun = (): number => {
    const t0 = performance.now();
    const r = compilePaths([src]);
    if (r.hasErrors) throw new Error("corpus does not compile");
    return performance.now() - t0;
  };
  let matterMs = Infinity;
  let yamlMs = Infinity;
  for (let k = 0; k < 3; k++) {
    matterMs = Math.min(matterMs, matterRun());
    yamlMs = Math.min(yamlMs, yamlRun());
  }
  return { matterMs, yamlMs, matterBytes, yamlBytes };
}
