// Which response each address gets. Output files are looked up by exact name in the snapshot,
// never on disk, so no address can reach outside what the compiler produced.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Lang } from "../../compiler/schema.js";
import { matterView } from "./api.js";
import type { Assets } from "./assets.js";
import type { EventHub } from "./events.js";
import { indexPage, matterPage, missingPage } from "./pages.js";
import type { PreviewSession } from "./session.js";

export interface RouteContext {
  session: PreviewSession;
  events: EventHub;
  assets: Assets;
  lang: Lang;
}

const FILE_TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  json: "application/json; charset=utf-8",
  bpmn: "application/xml; charset=utf-8",
  form: "application/json; charset=utf-8",
  md: "text/markdown; charset=utf-8",
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  // Everything changes as the sources change: nothing may be cached.
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", "x-content-type-options": "nosniff" });
  res.end(body);
}

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The path of a request target: origin form (`/a/b?q`) only. An absolute URL, `*` or anything
 * the URL parser rejects (`http://[`) is not an address of this server. */
export function pathOf(target: string): string | undefined {
  if (!target.startsWith("/") || target.startsWith("//")) return undefined;
  try {
    return new URL(target, "http://preview.invalid").pathname;
  } catch {
    return undefined;
  }
}

export function route(ctx: RouteContext, req: IncomingMessage, res: ServerResponse): void {
  const s = ctx.session.snapshot;
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain; charset=utf-8", "只支持 GET");
  const path = pathOf(req.url ?? "/");
  if (path === undefined) return send(res, 400, "text/plain; charset=utf-8", "请求地址无效 / bad request target");
  if (path === "/") return send(res, 200, "text/html; charset=utf-8", indexPage(s, ctx.lang));
  if (path === "/events") return ctx.events.attach(req, res, s.version);
  const asset = path.startsWith("/assets/") ? ctx.assets.get(path.slice("/assets/".length)) : undefined;
  if (asset) return send(res, 200, asset.type, asset.body);

  const page = /^\/m\/([^/]+)\/$/.exec(path);
  if (page) {
    const code = decode(page[1]) ?? "";
    const m = ctx.session.matter(code);
    if (m) return send(res, 200, "text/html; charset=utf-8", matterPage(s, m));
    // While the sources have errors no matter is known; the page then shows them, not "missing".
    return send(res, s.hasErrors ? 200 : 404, "text/html; charset=utf-8", missingPage(s, code, ctx.lang));
  }
  const api = /^\/api\/matter\/([^/]+)$/.exec(path);
  if (api) return send(res, 200, "application/json; charset=utf-8", JSON.stringify(matterView(s, decode(api[1]) ?? "", ctx.lang)));
  const file = /^\/files\/([^/]+)\/([^/]+)$/.exec(path);
  const name = file && `${decode(file[1])}/${decode(file[2])}`;
  const text = name ? s.file(name) : undefined;
  if (name && text !== undefined) return send(res, 200, FILE_TYPES[name.split(".").pop()!] ?? "text/plain; charset=utf-8", text);
  send(res, 404, "text/plain; charset=utf-8", "找不到该页面");
}
