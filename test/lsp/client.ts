// A language client for tests: starts the real server as a child process over stdio and speaks
// LSP to it with the protocol library editors use. The server is bundled from the TypeScript
// sources with esbuild (a fraction of a second), so the test needs no prior build and always runs
// the code under test.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  ShutdownRequest,
  ExitNotification,
  LogMessageNotification,
  MessageType,
  type Diagnostic,
  type ProtocolConnection,
} from "vscode-languageserver-protocol/node.js";
import { ROOT } from "../helpers/memory-host.js";

const OUT = join(ROOT, "test-artifacts", "lsp");

/** Bundles test/lsp/server-entry.ts; node_modules stay external. */
export async function buildServer(): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const outfile = join(OUT, "server.mjs");
  await build({ entryPoints: [join(ROOT, "test", "lsp", "server-entry.ts")], bundle: true, platform: "node", format: "esm", packages: "external", outfile, logLevel: "error" });
  return outfile;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export class TestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Errors the server logged (a handler that threw): a test run should end with none. */
  readonly loggedErrors: string[] = [];
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();

  private constructor(
    readonly conn: ProtocolConnection,
    private readonly child: ChildProcess,
    readonly stderr: string[],
  ) {
    conn.onNotification(LogMessageNotification.type, (p) => {
      if (p.type === MessageType.Error) this.loggedErrors.push(p.message);
    });
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      for (const w of this.waiters.splice(0)) w();
    });
  }

  /** `capabilities`: the client's, besides snippets; `before`: handlers of server requests to
   * install before the server starts talking. */
  static async start(server: string, folder: string | undefined, initializationOptions: object = {}, capabilities: object = {}, before?: (conn: ProtocolConnection) => void): Promise<TestClient> {
    const child = spawn(process.execPath, [server, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const stderr: string[] = [];
    child.stderr!.on("data", (d: Buffer) => stderr.push(d.toString()));
    const conn = createProtocolConnection(child.stdout!, child.stdin!);
    conn.listen();
    before?.(conn);
    const client = new TestClient(conn, child, stderr);
    await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder ? uriOf(folder) : null,
      workspaceFolders: folder ? [{ uri: uriOf(folder), name: "test" }] : null,
      capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } }, ...capabilities },
      initializationOptions,
    });
    await conn.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(path: string, text: string): Promise<string> {
    const uri = uriOf(path);
    this.versions.set(uri, 1);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "matter", version: 1, text } });
    return uri;
  }

  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Resolves when the diagnostics published for `uri` satisfy `ok`. */
  async diagnosticsFor(uri: string, ok: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const d = this.diagnostics.get(uri);
      if (d && ok(d)) return d;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri}; have ${JSON.stringify(d)}; stderr: ${this.stderr.join("")}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once("exit", (code) => resolve(code)));
    await this.conn.sendRequest(ShutdownRequest.type);
    await this.conn.sendNotification(ExitNotification.type);
    const code = await exited;
    this.conn.dispose();
    return code;
  }
}
