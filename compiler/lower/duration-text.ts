// A time limit as the diagnostics write it ("20 工作日"). Its own module: the sub-item lowering and
// the special steps it lowers both use it, and an import cycle between them deadlocks an ES module
// bundle (esbuild) once a module in the graph has a top-level await (grammar/chevrotain.ts).
import type { Duration } from "../model.js";

export function formatDuration(d: Duration): string {
  return `${d.value} ${d.unit}`;
}
