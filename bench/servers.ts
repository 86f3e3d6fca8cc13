// The long-running servers at province scale, as an editor and a browser see them:
// - language server: keystroke → diagnostics (the 200 ms debounce included) on one file of a
//   workspace of 1 / 1,000 / 5,000 files, with a client that watches the files and reports changes
//   on disk as VS Code does (workspace/didChangeWatchedFiles), and at the largest size also with a
//   client that does not (the server then looks at every file's time stamp on each compile);
// - preview: save → the open page notified (the 100 ms quiet period included) at 100 / 5,000 matters,
//   and the preview's peak memory.
// Workspaces are copies of the examples with distinct codes. Each figure is the median of several
// edits after a warm-up; the ratio to the smallest workspace is what to compare across machines.
// `node dist/bench/servers.js [--cli path/to/main.js] [--lsp 1,1000] [--preview 100] [--edits 4]` runs it
// alone (e.g. against an older build, or at other sizes).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  type ProtocolConnection,
} from "vscode-languageserver-protocol/node.js";
import { packageRoot } from "../cli/host.js";

/** A matter no other example uses (开办餐饮店 is the template of two local versions, which an edit
 * of it rightly re-does too). */
const EDITED = "企业信息变更.matter";

/** N .matter files copied from the examples, codes made distinct; the edited file is the first. */
export function exampleWorkspace(n: number, examples = join(packageRoot(), "examples")): { dir: string; edited: string } {
  const names = readdirSync(examples)
    .filter((f) => f.endsWith(".matter"))
    .sort((a, b) => (a === EDITED ? -1 : b === EDITED ? 1 : a < b ? -1 : 1));
  const texts = names.map((f) => readFileSync(join(examples, f), "utf8"));
  const dir = mkdtempSync(join(tmpdir(), "matterc-bench-servers-"));
  for (let k = 0; k < n; k++) {
    const folder = join(dir, `区${String(Math.floor(k / names.length)).padStart(4, "0")}`);
    if (k % names.length === 0) mkdirSync(folder);
    const text = texts[k % names.length].replace(/(编码\s*[:：]\s*["“])([^"”]+)/g, (_, open: string, code: string) => `${open}${code}-${k}`);
    writeFileSync(join(folder, names[k % names.length]), text);
  }
  return { dir, edited: join(dir, "区0000", EDITED) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms).unref())]);
}

/** Peak resident memory of a process, from /proc (Linux), in MiB. */
function peakRss(pid: number | undefined): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const ERROR = ["牵头部门: 市场监管局", "牵头部门: 市场监管"] as const;

/** The examples the workspaces are made of: those of the build measured (`--cli`), so an older
 * build gets the language it knows. */
let examplesDir: string | undefined;

async function lspLatency(cli: string, n: number, edits: number, watching: boolean): Promise<{ median: number; rss?: number }> {
  const ws = exampleWorkspace(n, examplesDir);
  const child = spawn(process.execPath, [cli, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "ignore"] });
  const conn: ProtocolConnection = createProtocolConnection(child.stdout!, child.stdin!);
  let waiting: ((count: number) => void) | undefined;
  const uri = pathToFileURL(ws.edited).href;
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    if (p.uri === uri) waiting?.(p.diagnostics.length);
  });
  // The server asks to watch files; nothing changes on disk during the bench.
  conn.onRequest(RegistrationRequest.type, () => undefined);
  conn.listen();
  try {
    const capabilities = watching ? { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } : {};
    await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(ws.dir).href, workspaceFolders: [{ uri: pathToFileURL(ws.dir).href, name: "bench" }], capabilities });
    await conn.sendNotification(InitializedNotification.type, {});
    const text = readFileSync(ws.edited, "utf8");
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "matter", version: 1, text } });
    let version = 1;
    /** One keystroke's worth of change, and the time until its diagnostics arrive. */
    const edit = async (broken: boolean) => {
      const next = new Promise<number>((resolve) => (waiting = (count) => (broken ? count > 0 : count === 0) && resolve(count)));
      const t0 = performance.now();
      await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ text: broken ? text.replace(ERROR[0], ERROR[1]) : text }] });
      await within(next, 600_000, `lsp at ${n} files`);
      return performance.now() - t0;
    };
    // Warm-up: the first compile of the workspace, and the JIT.
    await edit(true);
    await edit(false);
    const times: number[] = [];
    for (let i = 0; i < edits; i++) times.push(await edit(i % 2 === 0));
    return { median: median(times), rss: peakRss(child.pid) };
  } finally {
    conn.dispose();
    child.kill();
    rmSync(ws.dir, { recursive: true, force: true });
  }
}

/** Reads a page's event stream; resolves `next()` at each `change` event. */
function events(url: URL) {
  let wake: (() => void) | undefined;
  let seen = 0;
  const req = request(new URL("/events", url), (res) => {
    res.setEncoding("utf8").on("data", (chunk: string) => {
      seen += chunk.split("event: change").length - 1;
      if (seen) wake?.();
    });
  });
  req.on("error", () => {}).end();
  return {
    next: () =>
      new Promise<void>((resolve) => {
        seen = 0;
        wake = resolve;
      }),
    close: () => req.destroy(),
  };
}

async function previewLatency(cli: string, n: number, saves: number): Promise<{ median: number; rss?: number }> {
  const ws = exampleWorkspace(n, examplesDir);
  const child: ChildProcess = spawn(process.execPath, [cli, "preview", ws.dir, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr = (stderr + c).slice(-2000)));
  const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`preview exited (${code}) at ${n} matters: ${stderr.split("\n").slice(-3).join(" ")}`))));
  try {
    const first = await within(Promise.race([new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once("line", resolve)), exited]), 900_000, `preview start at ${n}`);
    const stream = events(new URL(first));
    await new Promise((r) => setTimeout(r, 300));
    const original = readFileSync(ws.edited, "utf8");
    const save = async (i: number) => {
      const changed = stream.next();
      const t0 = performance.now();
      // As an editor saves: a new file renamed over the old one.
      writeFileSync(`${ws.edited}.tmp`, `${original}// 保存 ${i}\n`);
      renameSync(`${ws.edited}.tmp`, ws.edited);
      await within(Promise.race([changed, exited]), 600_000, `preview save at ${n}`);
      return performance.now() - t0;
    };
    await save(0);
    const times: number[] = [];
    for (let i = 1; i <= saves; i++) times.push(await save(i));
    stream.close();
    return { median: median(times), rss: peakRss(child.pid) };
  } finally {
    child.kill("SIGKILL");
    rmSync(ws.dir, { recursive: true, force: true });
  }
}

const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;

/** Runs both, printing one line per size and the ratios. Failures (a crash, no answer) are
 * reported as such: they are results too. */
export async function benchServers(cli = join(packageRoot(), "dist", "cli", "main.js"), sizes = { lsp: [1, 1000, 5000], preview: [100, 5000] }, edits = 6): Promise<void> {
  examplesDir = join(dirname(dirname(dirname(cli))), "examples");
  console.log(`\nlanguage server: keystroke → diagnostics (median of ${edits} edits; 200 ms of it is the debounce; the client watches files as VS Code does)`);
  let base: number | undefined;
  const runs = [...sizes.lsp.map((n) => ({ n, watching: true })), ...(sizes.lsp.length > 1 ? [{ n: sizes.lsp[sizes.lsp.length - 1], watching: false }] : [])];
  for (const { n, watching } of runs) {
    const what = `${String(n).padStart(5)} files${watching ? "" : " (a client that does not watch files)"}`;
    try {
      const r = await lspLatency(cli, n, edits, watching);
      base ??= r.median;
      console.log(`  ${what} ${fmt(r.median)}  ×${(r.median / base).toFixed(2)} of ${sizes.lsp[0]} file  peak rss ${r.rss?.toFixed(0) ?? "?"} MiB`);
    } catch (e) {
      console.log(`  ${what} FAILED: ${(e as Error).message}`);
    }
  }
  console.log(`preview: save → page notified (median of ${edits} saves; 100 ms of it is the quiet period)`);
  base = undefined;
  for (const n of sizes.preview) {
    try {
      const r = await previewLatency(cli, n, edits);
      base ??= r.median;
      console.log(`  ${String(n).padStart(5)} matters ${fmt(r.median)}  ×${(r.median / base).toFixed(2)} of ${sizes.preview[0]} matters  peak rss ${r.rss?.toFixed(0) ?? "?"} MiB`);
    } catch (e) {
      console.log(`  ${String(n).padStart(5)} matters FAILED: ${(e as Error).message}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf("--cli");
  const nums = (flag: string) => {
    const i = process.argv.indexOf(flag);
    return i > 0 ? process.argv[i + 1].split(",").map(Number) : undefined;
  };
  await benchServers(at > 0 ? process.argv[at + 1] : undefined, { lsp: nums("--lsp") ?? [1, 1000, 5000], preview: nums("--preview") ?? [100, 5000] }, nums("--edits")?.[0] ?? 6);
}

