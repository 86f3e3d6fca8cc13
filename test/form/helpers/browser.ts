// The browser harness of the renderer tests (test/form/renderers-*.test.ts, staff-tasks.test.ts):
// the test pages (test/form/browser/*) bundled with esbuild and served with an upload service, one
// headless Chromium set to Asia/Shanghai, and what the tests read back from a page. Each test
// file calls startHarness() in its beforeAll and stopHarness() in its afterAll.
import { createServer, type Server } from "node:http";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { build } from "esbuild";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { Model } from "../../../compiler/model.js";
import { DEFAULT_TARGET_OPTIONS } from "../../../targets/target.js";
import { formTarget } from "../../../targets/form/index.js";
import addMatterFormats from "../../../targets/form/ajv-plugin.js";
import { applicationProblems } from "../../../targets/form/application-errors.js";
import { normalizeApplication } from "../../../targets/form/application-normalize.js";
import { afterAll, beforeAll } from "vitest";
import { exampleModels } from "./models.js";

const HERE = dirname(fileURLToPath(import.meta.url));
export const ARTIFACTS = join(HERE, "../../../test-artifacts/forms");

export const FLAVOURS = ["rjsf", "jsonforms", "formily", "formjs-1.19", "formjs-2", "formjs-1.8"] as const;
export type Flavour = (typeof FLAVOURS)[number];
/** The form-js version a flavour renders with (the page picks the viewer by it). */
export const formJsVersionOf = (flavour: Flavour) => (flavour === "formjs-1.8" ? "1.8" : flavour === "formjs-1.19" ? "1.19" : "2");
/** The test page a flavour is rendered in. */
export const pageOf = (flavour: Flavour) => (flavour.startsWith("formjs") ? "formjs" : flavour);

interface Harness {
  server: Server;
  browser: Browser;
  context: BrowserContext;
  base: string;
}
let harness: Harness | undefined;

async function bundle(entry: string): Promise<Uint8Array> {
  const out = await build({
    entryPoints: [join(HERE, "../browser", entry)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    loader: { ".css": "empty" },
    logLevel: "silent",
  });
  return out.outputFiles[0].contents;
}

const ENTRIES: Record<string, string> = { rjsf: "rjsf.tsx", jsonforms: "jsonforms.tsx", formily: "formily.tsx", formjs: "formjs.ts" };

/** Bundles the pages `pages` (all by default), serves them and launches Chromium. */
export async function startHarness(pages: string[] = Object.keys(ENTRIES)): Promise<void> {
  const bundles = new Map<string, Uint8Array>(await Promise.all(pages.map(async (p) => [p, await bundle(ENTRIES[p])] as const)));
  const server = createServer((req, res) => {
    if (req.method === "POST" && req.url === "/upload") {
      // An upload service: answers with the stored file's address, as antd's Upload expects.
      req.resume();
      req.on("end", () => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ url: `https://files.example.cn/${Date.now()}.pdf` }));
      });
      return;
    }
    const js = bundles.get((req.url ?? "").replace(/^\/|\.js$/g, ""));
    if (js) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      res.end(js);
      return;
    }
    const page = (req.url ?? "").replace(/^\/page\/|\?.*$/g, "");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>form</title></head><body><div id="app"></div><script src="/${page}.js"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const context = await browser.newContext({ timezoneId: "Asia/Shanghai", locale: "zh-CN" });
  mkdirSync(ARTIFACTS, { recursive: true });
  harness = { server, browser, context, base };
}

export async function stopHarness(): Promise<void> {
  await harness?.browser.close();
  await new Promise((resolve) => (harness ? harness.server.close(resolve) : resolve(undefined)));
  harness = undefined;
}

/** A new page of the flavour's renderer, given `setup` (browser/host.ts) before its script runs;
 * `errors` collects the page's uncaught errors; `watch` sees the page before it loads. */
export async function open(flavour: Flavour, setup: Record<string, unknown> | null, watch?: (p: Page) => void): Promise<{ p: Page; errors: string[] }> {
  const p = await harness!.context.newPage();
  const errors: string[] = [];
  p.on("pageerror", (e) => errors.push(e.message));
  watch?.(p);
  await p.addInitScript((s) => {
    (window as unknown as { SETUP: unknown }).SETUP = s;
  }, setup);
  await p.goto(`${harness!.base}/page/${pageOf(flavour)}`);
  if (setup === null) await p.locator("body[data-host=true]").waitFor({ state: "attached" });
  else if (flavour.startsWith("formjs")) await p.locator("body[data-ready=true]").waitFor();
  else await p.locator("#app *").first().waitFor();
  return { p, errors };
}

/** What the page's renderer submitted, or an error with the page's text when it refused. */
export async function submitted(p: Page): Promise<unknown> {
  await p.waitForFunction(() => window.submitted !== undefined || window.errorCount > 0, undefined, { timeout: 90_000 });
  const result = await p.evaluate(() => ({ submitted: window.submitted, errors: window.errorCount, text: document.body.innerText.slice(0, 2000) }));
  if (result.submitted === undefined) throw new Error(`the form refused to submit (${result.errors} errors):\n${result.text}`);
  return result.submitted;
}

export type Files = Record<string, unknown>;
/** The form target's files of a model for a flavour (form-js 1.8 is the camunda7 flavour's). */
export function files(model: Model, flavour: Flavour, on?: string): Files {
  const process = flavour === "formjs-1.8" ? "camunda7" : "camunda8";
  return Object.fromEntries(formTarget.perMatter!(model, { ...DEFAULT_TARGET_OPTIONS, process, ...(on ? { on } : {}) }).map((f) => [f.path, JSON.parse(f.text)]));
}

/** matterc validate's code path: read in the documented representation, then the problems. */
export function validate(schema: object, data: unknown): { problems: string[]; normalized: unknown } {
  const ajv = addMatterFormats(new Ajv({ allErrors: true, verbose: true, strict: false }));
  const v = ajv.compile(schema);
  const normalized = normalizeApplication(schema, data, (s, x) => ajv.validate(s, x) === true);
  return { problems: applicationProblems(v, schema, normalized).map((p) => `${p.path}: ${p.message}`), normalized };
}

/** A browser test file's set-up: the harness started before its tests and stopped after, and the
 * examples it runs over, filled in before the first test. */
export function browserSuite(): Model[] {
  const models: Model[] = [];
  beforeAll(async () => {
    models.push(...(await browserModels()));
    await startHarness();
  }, 300_000);
  afterAll(stopHarness);
  return models;
}

/** The examples the browser tests run over; FORMS_EXAMPLES=GR-2024-01,QY-2024-03 narrows the
 * run while working on one renderer (the tests then say what they did not cover). */
export async function browserModels(): Promise<Model[]> {
  const only = process.env.FORMS_EXAMPLES?.split(",");
  return (await exampleModels()).filter((m) => !only || only.includes(m.code));
}
