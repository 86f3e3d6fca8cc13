// The language server's input, frame by frame (`Content-Length: N\r\n\r\n` + N bytes of JSON),
// read more strictly than the protocol library does, so that no input can leave the server
// silent but alive:
// - a frame whose framing is intact but whose body is not a JSON-RPC message (not UTF-8, not JSON,
//   not a request, response or notification) is answered with a JSON-RPC error and skipped; the
//   server goes on answering;
// - a frame whose framing is broken (a header line without a colon, no or a non-numeric
//   Content-Length, a length over MAX_CONTENT_LENGTH, a header section that never ends) leaves no
//   way to find where the next message starts: the server says so on stderr and exits with code 1,
//   so the editor restarts it. A length over the limit is refused on its header, before any of its
//   body is read;
// - the input ending in the middle of a frame ends the server the same way.
import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageReader } from "vscode-languageserver/node.js";

/** The largest body accepted: far above any real document (a 50 MB .matter file fits). */
export const MAX_CONTENT_LENGTH = 64 * 1024 * 1024;
/** The largest header section: real clients send one or two short lines. */
export const MAX_HEADER_BYTES = 8 * 1024;

const HEADER_END = Buffer.from("\r\n\r\n", "ascii");

/** A JSON-RPC error the reader sends back for a frame it skipped. */
export interface FrameError {
  code: number;
  message: string;
  id: number | string | null;
}

export interface FrameSink {
  /** A body that is not a JSON-RPC message: answer it with this error. */
  reject(error: FrameError): void;
  /** The framing is lost (or the input ended mid-frame): nothing further can be read. */
  fatal(reason: string): void;
}

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;

function isId(x: unknown): x is number | string | null {
  return x === null || typeof x === "string" || (typeof x === "number" && Number.isFinite(x));
}

/** What is wrong with a parsed body as a JSON-RPC 2.0 message, or undefined when it is one. */
export function jsonRpcProblem(m: unknown): { message: string; id: number | string | null } | undefined {
  if (typeof m !== "object" || m === null || Array.isArray(m)) return { message: "not a JSON-RPC message object (batches are not supported)", id: null };
  const o = m as Record<string, unknown>;
  const id = "id" in o && isId(o.id) ? o.id : null;
  if (o.jsonrpc !== "2.0") return { message: 'missing "jsonrpc": "2.0"', id };
  if ("id" in o && !isId(o.id)) return { message: "id must be a number, a string or null", id: null };
  if ("method" in o) {
    if (typeof o.method !== "string" || o.method === "") return { message: "method must be a non-empty string", id };
    if ("params" in o && (typeof o.params !== "object" || o.params === null)) return { message: "params must be an object or an array", id };
    return undefined;
  }
  // A response to one of the server's own requests.
  if ("id" in o && ("result" in o || (typeof o.error === "object" && o.error !== null))) return undefined;
  return { message: "neither a request, a notification nor a response", id };
}

/** Splits a byte stream into frames and checks each; calls `deliver` with every good message. */
export class FrameParser {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The body length of the frame being read, or -1 while reading its headers. */
  private bodyLength = -1;
  private dead = false;

  constructor(
    private readonly deliver: (m: Message) => void,
    private readonly sink: FrameSink,
  ) {}

  get failed(): boolean {
    return this.dead;
  }

  /** True when no frame is half read. */
  get idle(): boolean {
    return this.buffered === 0 && this.bodyLength === -1;
  }

  push(data: Buffer): void {
    if (this.dead) return;
    this.chunks.push(data);
    this.buffered += data.length;
    for (;;) {
      if (this.bodyLength < 0) {
        const all = this.joined();
        const end = all.indexOf(HEADER_END);
        if (end < 0) {
          if (all.length > MAX_HEADER_BYTES) return this.fail(`header section longer than ${MAX_HEADER_BYTES} bytes`);
          return;
        }
        if (end > MAX_HEADER_BYTES) return this.fail(`header section longer than ${MAX_HEADER_BYTES} bytes`);
        const length = this.contentLength(all.subarray(0, end).toString("latin1"));
        if (length === undefined) return;
        this.bodyLength = length;
        this.keep(all.subarray(end + HEADER_END.length));
      }
      if (this.buffered < this.bodyLength) return;
      const all = this.joined();
      const body = all.subarray(0, this.bodyLength);
      this.keep(all.subarray(this.bodyLength));
      this.bodyLength = -1;
      this.message(body);
      if (this.dead) return;
    }
  }

  /** The input ended. */
  end(): void {
    if (!this.dead && !this.idle) this.fail("the input ended in the middle of a message");
  }

  private joined(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0];
  }

  private keep(rest: Buffer): void {
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
  }

  private fail(reason: string): void {
    this.dead = true;
    this.chunks = [];
    this.buffered = 0;
    this.sink.fatal(reason);
  }

  private contentLength(headers: string): number | undefined {
    let length: number | undefined;
    for (const line of headers.split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon <= 0) return void this.fail(`malformed header line ${JSON.stringify(line.slice(0, 80))}`);
      if (line.slice(0, colon).trim().toLowerCase() !== "content-length") continue;
      const value = line.slice(colon + 1).trim();
      if (!/^\d{1,16}$/.test(value)) return void this.fail(`Content-Length is not a number: ${JSON.stringify(value.slice(0, 80))}`);
      length = Number(value);
    }
    if (length === undefined) return void this.fail("a frame without Content-Length");
    if (length > MAX_CONTENT_LENGTH) return void this.fail(`Content-Length ${length} is over the limit of ${MAX_CONTENT_LENGTH} bytes`);
    return length;
  }

  private message(body: Buffer): void {
    let text: string;
    let parsed: unknown;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      return this.sink.reject({ code: PARSE_ERROR, message: "Parse error: the message body is not UTF-8", id: null });
    }
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return this.sink.reject({ code: PARSE_ERROR, message: `Parse error: ${(e as Error).message}`, id: null });
    }
    const problem = jsonRpcProblem(parsed);
    if (problem) return this.sink.reject({ code: INVALID_REQUEST, message: `Invalid Request: ${problem.message}`, id: problem.id });
    this.deliver(parsed as Message);
  }
}

/** A MessageReader over a byte stream (stdin), for `createConnection`. */
export class StrictStreamReader extends AbstractMessageReader implements MessageReader {
  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly sink: FrameSink,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const parser = new FrameParser(callback, this.sink);
    const onData = (d: Buffer | string) => parser.push(typeof d === "string" ? Buffer.from(d) : d);
    const onEnd = () => {
      parser.end();
      this.fireClose();
    };
    const onError = (e: Error) => this.fireError(e);
    this.input.on("data", onData);
    this.input.on("end", onEnd);
    this.input.on("error", onError);
    return {
      dispose: () => {
        this.input.off("data", onData);
        this.input.off("end", onEnd);
        this.input.off("error", onError);
      },
    };
  }
}
