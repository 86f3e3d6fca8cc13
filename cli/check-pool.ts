// `check` on every core (#19): with many files, worker threads compile the input in parts, and the
// main thread merges what they send into exactly what one compile of the whole input reports.
//
// The parts are runs of consecutive files, handed out in order, each compiled on its own (a file
// that several parts use, the standard library say, is loaded by each). Merging relies on how
// compile() reports: diagnostics are sorted by place and code, without duplicates, so a file's
// problems reported by several parts count once, and ties keep the order of the parts, which is the
// order one compile meets them in. The one thing across files, a matter code used twice (E0113,
// E0123), is checked here, over every part's codes in file order, by the class compile() uses.
// Only inputs with one project root are split: a file's root (which bounds its `使用`) is that of
// the first file to load it, and with one root every part agrees. An internal error (E0999) in a
// part does not stop the other parts, as it stops a one-thread compile; it is reported all the same.
import { statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import type { CompileInput, CompileResult } from "../compiler/compile.js";
import { DiagnosticBag, sortDiagnostics, type Diagnostic } from "../compiler/diagnostics/types.js";
import { MatterCodes, type MatterCode } from "../compiler/matter-codes.js";
import { startWorker } from "./worker-start.js";
import { createNodeHost } from "./host.js";

/** What a worker sends back for one part. */
export interface PartResult {
  index: number;
  diagnostics: Diagnostic[];
  codes: MatterCode[];
  matters: number;
  /** Every file the part read (standard library included). */
  files: string[];
  /** The text of the files its diagnostics point into. */
  sources: [string, string][];
}

/** Below this many bytes of input the main thread alone is as fast as a worker: a worker warms
 * its own compiler up, which the larger young generation it is given (youngGenerationMb) pays back
 * only over some megabytes. Measured with the bench's corpora on 2 cores (wall time, medians of 5
 * interleaved pairs, 2026-11-30): 5 MB (1,000 synthetic matters), one worker 1.07 of the main
 * thread's time (1.35 s); 15 MB (3,000), 0.83. Work follows bytes more than files: the examples'
 * files are 2.5 times the synthetic ones. */
const MIN_BYTES = 8 << 20;
/** Bytes per worker beyond the first, so that each worker's warm-up is a small share of its work. */
const BYTES_PER_WORKER = 16 << 20;
/** Fewer files than this are not even weighed (a small check starts no worker). */
const MIN_FILES = 500;

/** A file's size in bytes, 0 when it cannot be read (the compile reports that). */
function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The cores other work leaves free: the cores less the last minute's load average (as `make -l`
 * reasons). Each worker warms its own compiler up, which costs CPU time: on a busy machine workers
 * do not shorten a check and only add to the load. */
export function idleCores(): number {
  const cores = availableParallelism();
  return Math.max(1, Math.min(cores, Math.round(cores - loadavg()[0])));
}

/** The cores one worker keeps busy: besides its own thread, V8 compiles its hot code and collects
 * its garbage on background threads. Measured on 2 cores (medians of 5 interleaved pairs): on 200
 * copies of the examples one worker used 1.4 cores, and two took 1.07 of one worker's wall time
 * for 1.49 times its CPU; on 10,000 synthetic matters (denser, smaller files) one used 1.2 cores,
 * and two took 0.82 of the wall time for 1.34 times the CPU. Real repositories hold matters like
 * the examples, and on a shared machine CPU spent for nothing is taken from others: one worker on
 * 2 cores. */
const CORES_PER_WORKER = 1.5;

/** How many workers a check of `inputs` uses: `MATTERC_WORKERS` when set (0: none, the main thread
 * compiles), else from MIN_BYTES of input on one per BYTES_PER_WORKER, at most one per
 * CORES_PER_WORKER idle cores and 8, and one even when no core is idle: a worker's heap is made
 * for the compiler (youngGenerationMb), the main thread's is fixed when Node starts. Inputs with
 * several project roots use none (above). */
export function checkWorkerCount(inputs: CompileInput[], cores = idleCores(), sizeOf: (file: string) => number = fileSize): number {
  const files = inputs.reduce((n, i) => n + i.files.length, 0);
  if (new Set(inputs.map((i) => i.root)).size !== 1) return 0;
  const env = process.env.MATTERC_WORKERS;
  const forced = env !== undefined && /^\d+$/.test(env) ? Number(env) : undefined;
  let n = forced;
  if (n === undefined) {
    let bytes = 0;
    if (files >= MIN_FILES) for (const i of inputs) for (const f of i.files) bytes += sizeOf(f);
    n = bytes >= MIN_BYTES ? Math.max(1, Math.min(Math.floor(cores / CORES_PER_WORKER), 8, Math.floor(bytes / BYTES_PER_WORKER))) : 0;
  }
  return n >= 1 && files >= 2 ? Math.min(n, files) : 0;
}

/** The young generation of a check worker's heap, in MB (V8's default: 16 MB semi-spaces, 48 MB).
 * Lowering a matter allocates much that dies with the matter; with the default, a scavenge finds
 * so much of the matter in progress still alive that it copies and promotes it, and the old
 * generation collects it later. With 192 MB (64 MB semi-spaces) a worker checks 10,000 matters on
 * about 0.7 of the CPU time (measured on the bench's corpus); more did not pay. Up to 768 MB
 * over all workers, so that 8 workers stay within bounds. */
export function youngGenerationMb(workers: number): number {
  return Math.max(48, Math.min(192, Math.floor(768 / Math.max(1, workers))));
}

/** The input cut into runs of consecutive files, each file once (a compile lowers a file once). */
export function splitInputs(inputs: CompileInput[], workers: number): CompileInput[][] {
  const seen = new Set<string>();
  const files: { root: string; file: string }[] = [];
  for (const input of inputs) {
    for (const file of input.files) {
      if (seen.has(file)) continue;
      seen.add(file);
      files.push({ root: input.root, file });
    }
  }
  // A few parts per worker, so that a worker done early takes another; each part parses the
  // standard library again, so not many more.
  const size = Math.min(128, Math.max(8, Math.ceil(files.length / (workers * 3))));
  const parts: CompileInput[][] = [];
  for (let i = 0; i < files.length; i += size) {
    const part: CompileInput[] = [];
    for (const { root, file } of files.slice(i, i + size)) {
      const last = part[part.length - 1];
      if (last?.root === root) last.files.push(file);
      else part.push({ root, files: [file] });
    }
    parts.push(part);
  }
  return parts;
}

/** Compiles the parts on `workers` threads; the results in the parts' order. */
async function compileParts(inputs: CompileInput[], parts: CompileInput[][], workers: number): Promise<PartResult[]> {
  const script = new URL("./check-worker.js", import.meta.url);
  const results: PartResult[] = new Array(parts.length);
  let next = 0;
  // Run from the bundle, the workers load it too (scripts/bundle-cli.ts defines the variable there).
  const bundled = process.env.MATTERC_IN_BUNDLE === "1";
  const pool = Array.from({ length: Math.min(workers, parts.length) }, () => startWorker(script, { workerData: { inputs, bundled }, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb(workers) } }));
  try {
    await Promise.all(
      pool.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (next >= parts.length) return resolve();
              const index = next++;
              w.postMessage({ index, part: parts[index] });
            };
            w.on("message", (m: PartResult | { index: number; error: string }) => {
              if ("error" in m) return reject(new Error(m.error));
              results[m.index] = m;
              give();
            });
            w.on("error", reject);
            w.on("exit", (code) => reject(new Error(`check worker exited with code ${code}`)));
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}

/** What one compile of `inputs` would report (diagnostics, sources of the files they point into,
 * every file read, the matters declared), compiled on `workers` threads. No models. */
export async function checkParallel(inputs: CompileInput[], workers: number): Promise<CompileResult> {
  const results = await compileParts(inputs, splitInputs(inputs, workers), workers);
  const bag = new DiagnosticBag();
  const codes = new MatterCodes();
  const sources = new Map<string, string>();
  let matters = 0;
  for (const r of results) {
    bag.items.push(...r.diagnostics);
    for (const c of r.codes) codes.take(c, bag);
    for (const f of r.files) if (!sources.has(f)) sources.set(f, "");
    for (const [f, text] of r.sources) sources.set(f, text);
    matters += r.matters;
  }
  const diagnostics = sortDiagnostics(bag.items);
  // A code used twice points into a file no part needed the text of: read it as the compiler did.
  const missing = [...new Set(diagnostics.map((d) => d.span?.file))].filter((f): f is string => f !== undefined && !sources.get(f));
  if (missing.length) {
    const { decodeSource } = await import("../grammar/lex.js");
    const host = createNodeHost(inputs);
    for (const f of missing) {
      const bytes = host.readFile(f);
      sources.set(f, (bytes && decodeSource(bytes)) ?? "");
    }
  }
  return { models: [], diagnostics, sources, symbols: { declarations: [], references: [] }, hasErrors: diagnostics.some((d) => d.severity === "error"), matters };
}
