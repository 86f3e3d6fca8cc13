// Starting the worker threads of `check` (cli/check-pool.ts) and `build` (cli/render-pool.ts) with
// the process's Node options, as far as Node lets a worker have them.
import { Worker, type WorkerOptions } from "node:worker_threads";

/** Node's options for a worker thread: the process's, less `--input-type` (only for code given on
 * the command line: a worker started from a file under `node --input-type=module -e …` would
 * refuse to start). */
export function workerExecArgv(): string[] {
  const out: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--input-type") i++;
    else if (!argv[i].startsWith("--input-type=")) out.push(argv[i]);
  }
  return out;
}

/** A worker thread with the process's Node options (workerExecArgv). Node refuses a worker given a
 * V8 option or one for the whole process (`node --max-old-space-size=8192 matterc check …`, as a
 * large repository may be checked); those already hold for every thread of the process, so the
 * worker starts without the ones Node names, or, failing that, without any. */
export function startWorker(script: URL, options: Omit<WorkerOptions, "execArgv">): Worker {
  let execArgv = workerExecArgv();
  for (let attempt = 0; ; attempt++) {
    try {
      return new Worker(script, { ...options, execArgv });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code !== "ERR_WORKER_INVALID_EXEC_ARGV" || execArgv.length === 0) throw e;
      const refused = new Set(err.message.replace(/^[^:]*:\s*/, "").split(/,\s*/));
      const kept = execArgv.filter((a) => !refused.has(a));
      execArgv = attempt === 0 && kept.length < execArgv.length ? kept : [];
    }
  }
}
