// A check worker's work (cli/check-pool.ts, started by cli/check-worker.ts): compiles the parts of
// the input it is sent, one at a time, each as a compile of its own, and sends back what the main
// thread merges: the diagnostics, the matters' codes (checked across parts on the main thread), the
// files read and the text of those a diagnostic points into.
import { parentPort, workerData } from "node:worker_threads";
import { compile, type CompileInput } from "../compiler/compile.js";
import type { MatterCode } from "../compiler/matter-codes.js";
import { createNodeHost } from "./host.js";
import type { PartResult } from "./check-pool.js";

export function serveCheckParts(): void {
  const host = createNodeHost((workerData as { inputs: CompileInput[] }).inputs);
  parentPort?.on("message", ({ index, part }: { index: number; part: CompileInput[] }) => {
    try {
      const codes: MatterCode[] = [];
      const result = compile(host, part, { symbols: false, models: false, onCode: (c) => codes.push(c) });
      const shown = new Set(result.diagnostics.map((d) => d.span?.file).filter((f): f is string => f !== undefined));
      const out: PartResult = {
        index,
        diagnostics: result.diagnostics,
        codes,
        matters: result.matters ?? 0,
        files: [...result.sources.keys()],
        sources: [...result.sources].filter(([f]) => shown.has(f)),
      };
      parentPort?.postMessage(out);
    } catch (e) {
      parentPort?.postMessage({ index, error: (e as Error).stack ?? String(e) });
    }
  });
}
