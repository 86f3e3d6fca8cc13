// The diagram as people see it: bpmn-js (the renderer inside Camunda Modeler) in headless
// Chromium imports process.bpmn without warnings, draws every element, and the picture is kept
// under test-artifacts/process/ for a human to look at.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderProcess } from "../../targets/process/index.js";
import { exampleModels, fixtureModels } from "./models.js";

const require = createRequire(import.meta.url);
const VIEWER = require.resolve("bpmn-js/dist/bpmn-viewer.production.min.js");
const ASSETS = join(VIEWER, "../assets");
const OUT = join(import.meta.dirname, "../../test-artifacts/process");

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

// A fixture with every kind of element, the example with the most lanes, and the one with the
// most elements.
const examples = exampleModels();
const size = (m: (typeof examples)[number]) => renderProcess(m.model).length;
const subjects = [
  fixtureModels().find((m) => m.name === "fixture newborn")!,
  examples.reduce((a, b) => (b.model.departments.length > a.model.departments.length ? b : a)),
  examples.reduce((a, b) => (size(b) > size(a) ? b : a)),
].filter((m, i, all) => all.indexOf(m) === i);

describe.each(subjects)("bpmn-js renders $name", ({ model }) => {
  it("without import warnings, with a shape for every element, and keeps a screenshot", async () => {
    const xml = renderProcess(model, "camunda8");
    const page = await browser.newPage({ viewport: { width: 1800, height: 1000 } });
    try {
      await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><div id="canvas" style="width:100vw;height:100vh"></div></body></html>');
      await page.addStyleTag({ path: join(ASSETS, "diagram-js.css") });
      await page.addStyleTag({ path: join(ASSETS, "bpmn-js.css") });
      await page.addStyleTag({ content: "body, text, .djs-label { font-family: 'Noto Sans CJK SC', sans-serif !important; }" });
      await page.addScriptTag({ path: VIEWER });
      const result = await page.evaluate(async (source) => {
        const w = window as unknown as { BpmnJS: new (o: object) => any };
        const viewer = new w.BpmnJS({ container: "#canvas" });
        (window as unknown as { viewer: unknown }).viewer = viewer;
        const { warnings } = await viewer.importXML(source);
        const canvas = viewer.get("canvas");
        canvas.zoom("fit-viewport");
        const registry = viewer.get("elementRegistry");
        const drawn = registry.getAll().filter((e: { type: string }) => e.type !== "label").map((e: { id: string }) => e.id);
        const box = canvas.viewbox();
        return { warnings: warnings.map((x: { message: string }) => x.message), drawn, inner: box.inner };
      }, xml);
      expect(result.warnings).toEqual([]);
      const ids = [...xml.matchAll(/<bpmn:(?:\w+) id="([^"]+)"/g)].map((m) => m[1]);
      // Everything but the containers that have no shape of their own (the process is its pool).
      const expected = ids.filter((id) => id !== model.id && !/_(definitions|lanes|def|owner|collaboration)$/.test(id));
      expect([...result.drawn].sort()).toEqual(expect.arrayContaining(expected.sort()));
      // At zoom 1, the page as large as the diagram, so the picture is readable.
      const inner = result.inner as { x: number; y: number; width: number; height: number };
      const size = { width: Math.ceil(inner.width) + 40, height: Math.ceil(inner.height) + 40 };
      await page.setViewportSize(size);
      await page.evaluate((box) => {
        const viewer = (window as unknown as { viewer: any }).viewer;
        viewer.get("canvas").viewbox({ x: box.x - 20, y: box.y - 20, width: box.width + 40, height: box.height + 40 });
      }, inner);
      await page.screenshot({ path: join(OUT, `${model.code}.png`) });
    } finally {
      await page.close();
    }
  });
});
