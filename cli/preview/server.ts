// The preview server: compiles the paths, serves the pages on 127.0.0.1, watches the sources and
// tells every open page when a recompile has a new version for it.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Lang } from "../../compiler/schema.js";
import { defaultAssetsDir, loadAssets } from "./assets.js";
import { EventHub } from "./events.js";
import { route } from "./routes.js";
import { PreviewSession, type Snapshot } from "./session.js";
import { watchSources } from "./watch.js";

export interface PreviewOptions {
  paths: string[];
  /** 0 for any free port. */
  port: number;
  lang?: Lang;
  /** Where app.js and app.css are; the built package's dist/preview/ by default. */
  assetsDir?: string;
  /** Called after each recompile caused by a change of the sources. */
  onRecompile?: (s: Snapshot) => void;
  /** How long a client may take to send a request's headers before its connection is closed
   * (a half-sent request must not hold a connection for ever). */
  headersTimeoutMs?: number;
}

export interface Preview {
  url: string;
  session: PreviewSession;
  close(): Promise<void>;
}

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} is in use`);
  }
}

const HOST = "127.0.0.1";

export async function startPreview(opts: PreviewOptions): Promise<Preview> {
  const assets = loadAssets(opts.assetsDir ?? defaultAssetsDir());
  const session = new PreviewSession(opts.paths);
  const events = new EventHub();
  const ctx = { session, events, assets, lang: opts.lang ?? "zh" };
  let allowedHosts = new Set<string>();
  const headersTimeout = opts.headersTimeoutMs ?? 10_000;
  const server = createServer(
    {
      headersTimeout,
      requestTimeout: headersTimeout * 3,
      // How often those timeouts are checked.
      connectionsCheckingInterval: Math.min(1000, headersTimeout),
      // A page sends a few short headers; Node's default (16 KiB) already answers more with 431.
      maxHeaderSize: 16 * 1024,
    },
    (req, res) => {
      // Only pages opened from this machine by this address: another site's page that resolves its
      // own name to 127.0.0.1 (DNS rebinding) must not read the sources.
      // Node keeps the first of several Host headers; such a request is malformed (RFC 9112).
      if ((req.headersDistinct.host?.length ?? 0) > 1) {
        res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("bad request");
        return;
      }
      if (!allowedHosts.has(req.headers.host ?? "")) {
        res.writeHead(403, { "content-type": "text/plain; charset=utf-8" }).end("forbidden");
        return;
      }
      // No request, however malformed, may take the server down with it.
      try {
        route(ctx, req, res);
      } catch (e) {
        if (res.headersSent) res.destroy();
        else res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(`internal error: ${(e as Error).message}`);
      }
    },
  );
  // Requests Node's parser rejects (a bad method, oversized headers, not HTTP at all, headers too
  // slow) get Node's own answer (400, 431, 408) and their connection closed: no listener replaces it.
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) => reject(e.code === "EADDRINUSE" ? new PortInUseError(opts.port) : e));
    server.listen(opts.port, HOST, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);

  const watching = watchSources(opts.paths, () => {
    const s = session.recompile();
    events.broadcast(s.version);
    opts.onRecompile?.(s);
  });

  let closing: Promise<void> | undefined;
  return {
    url: `http://${HOST}:${port}/`,
    session,
    close() {
      closing ??= new Promise<void>((resolve) => {
        watching.close();
        // Open event streams would keep the server from closing.
        events.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
