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
  const server = createServer((req, res) => {
    // Only pages opened from this machine by this address: another site's page that resolves its
    // own name to 127.0.0.1 (DNS rebinding) must not read the sources.
    if (!allowedHosts.has(req.headers.host ?? "")) {
      res.writeHead(403, { "content-type": "text/plain; charset=utf-8" }).end("forbidden");
      return;
    }
    route(ctx, req, res);
  });
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
