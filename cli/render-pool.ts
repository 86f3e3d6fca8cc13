// Rendering on every core (#19): when a build has many matters, worker threads render them while
// the main thread publishes. The published tree is byte-identical to a one-thread build: matters
// are handed out in order and their files consumed in order, and the files across matters (the
// catalog, the lists) are rendered last on the main thread. At most a few matters per worker are
// in flight, so memory does not grow with the number of matters.
import { availableParallelism } from "node:os";
import type { Model } from "../compiler/model.js";
import { startWorker } from "./worker-start.js";
import { renderAcross, type OutputFile, type TargetOptions } from "../targets/index.js";

/** Below this many matters one thread is faster than starting workers. */
const MIN_MATTERS = 50;
/** Matters in flight per worker. */
const AHEAD = 2;

/** How many workers a build of `matters` matters uses: `MATTERC_WORKERS` when set (0: none), else
 * every core up to 8 once there are at least MIN_MATTERS matters and two cores. */
export function workerCount(matters: number): number {
  const env = process.env.MATTERC_WORKERS;
  const forced = env !== undefined && /^\d+$/.test(env) ? Number(env) : undefined;
  const cores = Math.min(availableParallelism(), 8);
  const n = forced ?? (matters >= MIN_MATTERS && cores >= 2 ? cores : 0);
  return n >= 1 && matters >= 2 ? Math.min(n, matters) : 0;
}

/** Every file of every matter, rendered by `workers` threads, in the order a one-thread build gives. */
export async function* renderParallel(models: Model[], options: TargetOptions, workers: number): AsyncGenerator<OutputFile> {
  const script = new URL("./render-worker.js", import.meta.url);
  const waiting = new Map<number, { resolve: (files: OutputFile[]) => void; reject: (e: Error) => void }>();
  const results = new Map<number, Promise<OutputFile[]>>();
  const failAll = (e: Error) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  const pool = Array.from({ length: workers }, () => {
    const w = startWorker(script, { workerData: { options } });
    w.on("message", (m: { index: number; files?: OutputFile[]; error?: string }) => {
      const p = waiting.get(m.index);
      waiting.delete(m.index);
      if (m.files) p?.resolve(m.files);
      else p?.reject(new Error(m.error ?? "render worker failed"));
    });
    w.on("error", failAll);
    w.on("exit", (code) => code !== 0 && failAll(new Error(`render worker exited with code ${code}`)));
    return w;
  });
  let next = 0;
  const submit = () => {
    const i = next++;
    const p = new Promise<OutputFile[]>((resolve, reject) => waiting.set(i, { resolve, reject }));
    p.catch(() => undefined); // awaited in order below; a rejection before then is not unhandled
    results.set(i, p);
    pool[i % workers].postMessage({ index: i, model: models[i] });
  };
  try {
    for (let i = 0; i < models.length; i++) {
      while (next < models.length && next < i + workers * AHEAD) submit();
      const files = await results.get(i)!;
      results.delete(i);
      yield* files;
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  yield* renderAcross(models, options);
}
