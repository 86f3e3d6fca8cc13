// Malformed input to `matterc lsp --stdio`, byte by byte as a broken or hostile client would send
// it. Each case ends in one of two ways, never in a server that is alive but silent: the frame is
// answered with a JSON-RPC error and the server goes on answering (the framing was intact), or the
// server says why on stderr and exits with code 1 so the editor restarts it (the framing is lost).
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { FrameParser, MAX_CONTENT_LENGTH } from "../../cli/lsp/frames.js";
import { buildServer } from "./client.js";

let server: string;
beforeAll(async () => {
  server = await buildServer();
});

function frame(body: string | Buffer): Buffer {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, "ascii"), bytes]);
}

const json = (m: object) => frame(JSON.stringify({ jsonrpc: "2.0", ...m }));

interface Raw {
  child: ChildProcessWithoutNullStreams;
  messages: Record<string, unknown>[];
  stderr: () => string;
  send(bytes: Buffer | string): void;
  /** The first message from the server that satisfies `ok`. */
  waitFor(ok: (m: Record<string, unknown>) => boolean, what: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  waitUntil<T>(found: () => T | undefined, what: string, timeoutMs?: number): Promise<T>;
  exited: Promise<number | null>;
}

/** The server with a client of raw bytes; initialized, with one document open. */
async function rawServer(): Promise<Raw> {
  const child = spawn(process.execPath, [server, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  const messages: Record<string, unknown>[] = [];
  let err = "";
  child.stderr.setEncoding("utf8").on("data", (c: string) => (err += c));
  // Bytes sent after the server has exited are lost, not an error of the test.
  child.stdin.on("error", () => {});
  const waiters = new Set<() => void>();
  const parser = new FrameParser(
    (m) => {
      messages.push(m as unknown as Record<string, unknown>);
      for (const w of waiters) w();
    },
    { reject: (e) => messages.push({ unparsable: e.message }), fatal: (r) => messages.push({ unparsable: r }) },
  );
  child.stdout.on("data", (d: Buffer) => parser.push(d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const raw: Raw = {
    child,
    messages,
    stderr: () => err,
    send: (bytes) => void child.stdin.write(bytes),
    waitFor(ok, what, timeoutMs = 45_000) {
      return raw.waitUntil(() => messages.find(ok), what, timeoutMs);
    },
    waitUntil<T>(found: () => T | undefined, what: string, timeoutMs = 45_000) {
      return new Promise<T>((resolve, reject) => {
        const check = () => {
          const m = found();
          if (m === undefined) return false;
          cleanup();
          resolve(m);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no ${what} within ${timeoutMs} ms; stderr: ${err}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        const wake = () => void check();
        if (!check()) waiters.add(wake);
      });
    },
    exited,
  };
  raw.send(json({ id: 1, method: "initialize", params: { processId: null, rootUri: null, workspaceFolders: null, capabilities: {} } }));
  await raw.waitFor((m) => m.id === 1 && "result" in m, "initialize result");
  raw.send(json({ method: "initialized", params: {} }));
  raw.send(json({ method: "textDocument/didOpen", params: { textDocument: { uri: DOC, languageId: "matter", version: 1, text: "材料   甲 {形式:原件}\n" } } }));
  return raw;
}

const DOC = "file:///tmp/matterc-frames/乱.matter";
let nextId = 100;

/** A real request (formatting the open document) is answered. */
async function stillAnswers(raw: Raw): Promise<void> {
  const id = nextId++;
  raw.send(json({ id, method: "textDocument/formatting", params: { textDocument: { uri: DOC }, options: { tabSize: 2, insertSpaces: true } } }));
  const reply = await raw.waitFor((m) => m.id === id, `an answer to request ${id}`);
  expect(reply.result).toEqual([{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, newText: "材料 甲 { 形式: 原件 }\n" }]);
}

async function stop(raw: Raw): Promise<void> {
  raw.send(json({ id: 9999, method: "shutdown" }));
  await raw.waitFor((m) => m.id === 9999, "the shutdown answer");
  raw.send(json({ method: "exit" }));
  expect(await raw.exited).toBe(0);
}

/** The server exits with 1 and says why on stderr, within a bounded wait. */
async function exitsSaying(raw: Raw, reason: RegExp): Promise<void> {
  const code = await Promise.race([raw.exited, new Promise<string>((r) => setTimeout(() => r("still running after 30 s"), 30_000))]);
  if (code === "still running after 30 s") raw.child.kill();
  expect(code).toBe(1);
  expect(raw.stderr()).toMatch(/输入流已损坏.*the input stream is corrupt/);
  expect(raw.stderr()).toMatch(reason);
}

// Each case starts a server of its own; on a loaded machine that alone can take seconds.
describe("matterc lsp with malformed frames", { timeout: 150_000 }, () => {
  it("answers a body that is not JSON with a parse error, and goes on answering", async () => {
    const raw = await rawServer();
    raw.send(frame("{ this is not json"));
    const err = await raw.waitFor((m) => (m.error as { code?: number } | undefined)?.code === -32700, "a parse error");
    expect(err.id).toBeNull();
    await stillAnswers(raw);
    await stop(raw);
  });

  it("answers a body that is not UTF-8 with a parse error, and goes on answering", async () => {
    const raw = await rawServer();
    raw.send(frame(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])));
    await raw.waitFor((m) => (m.error as { code?: number } | undefined)?.code === -32700, "a parse error");
    await stillAnswers(raw);
    await stop(raw);
  });

  it("answers JSON that is not a JSON-RPC message with Invalid Request, keeping its id, and goes on answering", async () => {
    const raw = await rawServer();
    raw.send(frame(JSON.stringify({ id: 7, method: "textDocument/hover" })));
    const noVersion = await raw.waitFor((m) => m.id === 7 && "error" in m, "an answer to id 7");
    expect((noVersion.error as { code: number }).code).toBe(-32600);
    raw.send(json({ id: 8, method: 42 }));
    expect(((await raw.waitFor((m) => m.id === 8, "an answer to id 8")).error as { code: number }).code).toBe(-32600);
    raw.send(frame("[1, 2, 3]"));
    raw.send(frame('"just a string"'));
    raw.send(json({ id: { nested: true }, method: "initialize" }));
    const invalid = () => raw.messages.filter((x) => x.id === null && (x.error as { code?: number } | undefined)?.code === -32600);
    expect(await raw.waitUntil(() => (invalid().length >= 3 ? invalid().length : undefined), "three Invalid Request answers")).toBe(3);
    await stillAnswers(raw);
    await stop(raw);
  });

  it("exits, saying why, on a frame without Content-Length (before: it stopped answering and stayed alive)", async () => {
    const raw = await rawServer();
    raw.send(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","id":5,"method":"shutdown"}`);
    raw.send(json({ id: 6, method: "shutdown" }));
    await exitsSaying(raw, /without Content-Length/);
  });

  it("exits, saying why, on a header line that is not a header", async () => {
    const raw = await rawServer();
    raw.send("hello there\r\n\r\n");
    await exitsSaying(raw, /malformed header line/);
  });

  it("exits, saying why, on a Content-Length that is not a number", async () => {
    const raw = await rawServer();
    raw.send("Content-Length: lots\r\n\r\n{}");
    await exitsSaying(raw, /Content-Length is not a number/);
  });

  it("refuses a huge Content-Length on its header, without reading its body (before: it buffered without limit)", async () => {
    const raw = await rawServer();
    raw.send(`Content-Length: ${MAX_CONTENT_LENGTH + 1}\r\n\r\n`);
    // A body that starts to arrive is not waited for.
    raw.send(Buffer.alloc(1024 * 1024, 0x20));
    await exitsSaying(raw, /over the limit/);
  });

  it("exits, saying why, when a header section never ends", async () => {
    const raw = await rawServer();
    raw.send(`X-Padding: ${"a".repeat(20_000)}`);
    await exitsSaying(raw, /header section longer/);
  });

  it("exits when the input ends in the middle of a frame", async () => {
    const raw = await rawServer();
    raw.send(`Content-Length: 100\r\n\r\n{"jsonrpc":"2.0",`);
    raw.child.stdin.end();
    await exitsSaying(raw, /ended in the middle/);
  });

  it("takes a frame split into single bytes, and two frames in one write", async () => {
    const raw = await rawServer();
    const id = nextId++;
    const bytes = json({ id, method: "textDocument/formatting", params: { textDocument: { uri: DOC }, options: { tabSize: 2, insertSpaces: true } } });
    for (const b of bytes) raw.send(Buffer.from([b]));
    await raw.waitFor((m) => m.id === id, "an answer to a frame sent byte by byte");
    const a = nextId++;
    const b = nextId++;
    const request = (n: number) => json({ id: n, method: "textDocument/formatting", params: { textDocument: { uri: DOC }, options: { tabSize: 2, insertSpaces: true } } });
    raw.send(Buffer.concat([request(a), request(b)]));
    await raw.waitFor((m) => m.id === a, "the first of two frames");
    await raw.waitFor((m) => m.id === b, "the second of two frames");
    await stop(raw);
  });
});
