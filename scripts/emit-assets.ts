// Build step: writes the JSON Schemas of model.json and metrics.json next to the built library
// (dist/model.schema.json, dist/metrics.schema.json, dist/data-sharing.schema.json, dist/implementation-list.schema.json), where the package's export map publishes them.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { metricsSchema, modelSchema } from "../compiler/model-schema.js";
import { sharingSchema } from "../targets/sharing/schema.js";
import { implementationListSchema } from "../targets/implementation-list/schema.js";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..");
writeFileSync(join(dist, "model.schema.json"), JSON.stringify(modelSchema, null, 2) + "\n");
writeFileSync(join(dist, "data-sharing.schema.json"), JSON.stringify(sharingSchema, null, 2) + "\n");
writeFileSync(join(dist, "implementation-list.schema.json"), JSON.stringify(implementationListSchema, null, 2) + "\n");
writeFileSync(join(dist, "metrics.schema.json"), JSON.stringify(metricsSchema, null, 2) + "\n");
