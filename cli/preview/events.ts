// Server-Sent Events: each open page holds one /events response; a recompile writes one
// `change` event (its data: the new version) to every one of them.
import type { IncomingMessage, ServerResponse } from "node:http";

export class EventHub {
  private readonly clients = new Set<ServerResponse>();

  /** Keeps the response open; `hello` tells a (re)connected page the current version. */
  attach(req: IncomingMessage, res: ServerResponse, version: number): void {
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
    });
    // A page whose server restarted reconnects quickly and then sees a new version.
    res.write(`retry: 500\nevent: hello\ndata: ${version}\n\n`);
    this.clients.add(res);
    req.on("close", () => this.clients.delete(res));
  }

  broadcast(version: number): void {
    for (const res of this.clients) res.write(`event: change\ndata: ${version}\n\n`);
  }

  get size(): number {
    return this.clients.size;
  }

  closeAll(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
  }
}
