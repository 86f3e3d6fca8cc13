// A render worker (cli/render-pool.ts): renders the matters it is sent, one at a time, in order.
import { parentPort, workerData } from "node:worker_threads";
import type { Model } from "../compiler/model.js";
import { renderMatter, type TargetOptions } from "../targets/index.js";

const options = (workerData as { options: TargetOptions }).options;
parentPort?.on("message", ({ index, model }: { index: number; model: Model }) => {
  try {
    parentPort?.postMessage({ index, files: renderMatter(model, options) });
  } catch (e) {
    parentPort?.postMessage({ index, error: (e as Error).stack ?? String(e) });
  }
});
