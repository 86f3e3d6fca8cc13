// The preview server without a browser: what each address answers, the event stream a page
// listens to, recompiles on save (and the diagnostics when the save has an error), the busy
// port, and pages of other origins turned away.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PortInUseError, startPreview, type Preview } from "../../cli/preview/server.js";
import { bundledAssets } from "./helpers/assets.js";
import { copyExample, RESTAURANT, type Project } from "./helpers/project.js";
import { Recompiles } from "./helpers/recompiles.js";

let assetsDir: string;
let project: Project;
let preview: Preview;
const recompiles = new Recompiles();

beforeAll(async () => {
  assetsDir = await bundledAssets();
  project = copyExample();
  preview = await startPreview({ paths: [project.dir], port: 0, assetsDir, onRecompile: recompiles.onRecompile });
});
afterAll(async () => {
  await preview?.close();
});

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, preview.url), { headers }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    });
    req.on("error", reject).end();
  });
}

const api = async () => JSON.parse((await get(`/api/matter/${RESTAURANT.code}`)).body);

describe("matterc preview server", () => {
  it("listens on 127.0.0.1 and lists the matters with their figures", async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await get("/");
    expect(index.status).toBe(200);
    expect(index.body).toContain(`<a href="/m/${RESTAURANT.code}/">开办餐饮店</a>`);
    expect(index.body).toContain("<td class=\"num\">21 → 7</td>");
    expect(index.body).toContain('<script src="/assets/app.js"></script>');
    const js = await get("/assets/app.js");
    expect(js.type).toBe("text/javascript; charset=utf-8");
    expect(js.body.length).toBeGreaterThan(100_000);
  });

  it("serves a matter's page, its view and its output files, and nothing else", async () => {
    const page = await get(`/m/${RESTAURANT.code}/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`data-code="${RESTAURANT.code}"`);
    const view = await api();
    expect(view.status).toBe("ok");
    expect(view.name).toBe("开办餐饮店");
    expect(Object.keys(view.schema.properties)).toContain("设置招牌");
    expect(view.bpmn).toContain('name="户外招牌设置"');
    expect(view.metrics.headline.materials).toMatchObject({ before: 21, after: 7 });
    expect(view.files).toEqual(expect.arrayContaining(["form.schema.json", "process.bpmn", "guide.html", "metrics.json"]));
    const guide = await get(`/files/${RESTAURANT.code}/guide.html`);
    expect(guide.type).toBe("text/html; charset=utf-8");
    expect(guide.body).toContain("开办餐饮店");
    expect((await get(`/files/${RESTAURANT.code}/..%2F..%2Fpackage.json`)).status).toBe(404);
    const missing = await get("/m/没有这件事/");
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("找不到编码为「没有这件事」的事项");
  });

  it("answers only requests addressed to itself (no DNS rebinding)", async () => {
    const res = await get("/", { host: "evil.example:80" });
    expect(res.status).toBe(403);
    expect((await get("/", { host: new URL(preview.url).host.replace("127.0.0.1", "localhost") })).status).toBe(200);
  });

  it("recompiles on save, pushes the new version to open pages, and shows the diagnostics of an error", async () => {
    const stream = openEvents();
    expect(await stream.next()).toEqual({ event: "hello", version: preview.session.snapshot.version });

    const renamed = recompiles.next();
    project.edit("子事项 户外招牌设置 {", "子事项 户外广告招牌设置 {");
    const s = await renamed;
    expect(await stream.next()).toEqual({ event: "change", version: s.version });
    expect((await api()).bpmn).toContain('name="户外广告招牌设置"');

    const broken = recompiles.next();
    project.edit("牵头部门: 市场监管局", "牵头部门: 市场监管");
    await broken;
    const view = await api();
    expect(view.status).toBe("errors");
    expect(view.diagnosticsHtml).toContain("E0103 找不到部门「市场监管」");
    expect(view.diagnosticsHtml).toContain("牵头部门: 市场监管");
    expect(view.diagnosticsHtml).toContain("建议: 是否想写「市场监管局」？");
    expect((await get("/")).body).toContain('class="diagnostic error" data-code="E0103"');
    // No stale output: the files of the last good compile are gone too.
    expect((await get(`/files/${RESTAURANT.code}/guide.html`)).status).toBe(404);

    const fixed = recompiles.next();
    project.edit("牵头部门: 市场监管", "牵头部门: 市场监管局");
    await fixed;
    expect((await api()).status).toBe("ok");
    stream.close();
  });

  it("says so when the port is taken", async () => {
    const port = Number(new URL(preview.url).port);
    await expect(startPreview({ paths: [project.dir], port, assetsDir })).rejects.toEqual(new PortInUseError(port));
  });
});

/** A page's event stream, read one event at a time. */
function openEvents() {
  const events: { event: string; version: number }[] = [];
  let wake: (() => void) | undefined;
  let buffer = "";
  const req = request(new URL("/events", preview.url), (res) => {
    res.setEncoding("utf8").on("data", (chunk: string) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event) events.push({ event, version: Number(data) });
      }
      wake?.();
    });
  });
  req.on("error", () => {}).end();
  return {
    async next() {
      while (!events.length) await new Promise<void>((r) => (wake = r));
      return events.shift()!;
    },
    close: () => req.destroy(),
  };
}
