// model.json and metrics.json: the model itself, for other systems, and the figures.
import type { Target } from "../target.js";
import { stableJson } from "../json.js";

export const modelTarget: Target = {
  name: "model",
  perMatter(model) {
    return [
      { path: "model.json", text: stableJson(model) },
      { path: "metrics.json", text: stableJson(model.metrics) },
    ];
  },
};
