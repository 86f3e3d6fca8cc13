// model.json and metrics.json: the model itself, for other systems, and the figures.
import type { Target } from "../target.js";
import { stableJson } from "../json.js";
import { asOf, notInForce } from "../in-force.js";

export const modelTarget: Target = {
  name: "model",
  perMatter(model, options) {
    // A build on a date says in model.json what is not in force that day; metrics.json says it only
    // when something is not (its `asOf`, in the published metrics schema).
    const a = asOf(model, options.on);
    const missing = notInForce(model, options.on);
    return [
      { path: "model.json", text: stableJson(a ? { ...model, asOf: a } : model) },
      { path: "metrics.json", text: stableJson(missing ? { ...model.metrics, asOf: missing } : model.metrics) },
    ];
  },
};
