// A real browser reads the pages: headless Chromium renders every guide with no console errors and
// no network requests, prints it to A4 PDF, and keeps screenshots; the tables read from the DOM
// match the model; the hostile matter shows its markup as text and nothing of it runs.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { micromark } from "micromark";
import { gfmTable, gfmTableHtml } from "micromark-extension-gfm-table";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { PAYLOADS } from "./fixtures/hostile.js";
import { allModels, ARTIFACTS, keep, render, renderCatalog } from "./render.js";

let browser: Browser;
let models: Model[];

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  models = await allModels();
  for (const m of models) keep(m.code, render(m).files);
  keep(".", renderCatalog(models));
});

afterAll(async () => {
  await browser?.close();
});

interface Visit {
  page: Page;
  problems: string[];
}

/** Opens a kept file; anything the page logs as an error, throws, requests or pops up is a problem. */
async function visit(path: string, width = 1000): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("dialog", (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
  page.on("request", (r) => {
    if (!r.url().startsWith("file:")) problems.push(`request: ${r.url()}`);
  });
  await page.goto(pathToFileURL(join(ARTIFACTS, path)).href);
  return { page, problems };
}

interface GuideVisit {
  model: Model;
  problems: string[];
  materials: string[][];
  figures: string[][];
  pdf?: Buffer;
}

describe("every guide in Chromium", () => {
  // Each guide is opened once; printing is the slow part, so three are printed: a real example,
  // the hand-written fixture and the hostile one.
  const printed = new Set(["QY-2024-03", "FX-KBCYD", "HOSTILE-01"]);
  const visits: GuideVisit[] = [];
  beforeAll(async () => {
    for (const model of models) {
      const { page, problems } = await visit(`${model.code}/guide.html`);
      const cells = (selector: string) => page.$$eval(selector, (rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? "").trim())));
      const v: GuideVisit = { model, problems, materials: await cells("table.materials tbody tr"), figures: await cells("table.figures tbody tr") };
      if (printed.has(model.code)) {
        v.pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        writeFileSync(join(ARTIFACTS, model.code, "guide.pdf"), v.pdf);
      }
      if (model.code === "QY-2024-03") await page.screenshot({ path: join(ARTIFACTS, `${model.code}/guide.png`), fullPage: true });
      await page.close();
      visits.push(v);
    }
  });

  it("renders every guide with no console errors, page errors or requests", () => {
    expect(visits.length).toBe(models.length);
    for (const v of visits) expect(v.problems, v.model.code).toEqual([]);
  });

  it("prints to PDF on A4 pages", () => {
    const pdfs = visits.filter((v) => v.pdf);
    expect(pdfs.map((v) => v.model.code).sort()).toEqual([...printed].sort());
    for (const v of pdfs) {
      // A4 is 595.28 × 841.89 pt; Chromium writes the page box into each page object.
      const boxes = [...v.pdf!.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
      expect(boxes.length, v.model.code).toBeGreaterThan(1);
      for (const b of boxes) expect([Math.round(Number(b[1])), Math.round(Number(b[2]))], v.model.code).toEqual([595, 842]);
    }
  });

  it("shows the material table and the before/after table as the model has them", () => {
    for (const { model: m, materials, figures } of visits) {
      expect(materials.map((r) => r[1].replace(/（非必要）$/, "")), m.code).toEqual(m.materials.map((x) => x.name));
      expect(materials.map((r) => [r[2], r[3], r[4]]), m.code).toEqual(m.materials.map((x) => [x.form, String(x.copies), x.paperSize ?? "—"]));
      expect(materials.map((r) => r[6] !== "免提交"), m.code).toEqual(m.materials.map((x) => x.fromApplicant));
      const h = m.metrics.headline;
      const row = (f: { before: number; after: number }, a: boolean) => [`${a ? "约" : ""}${f.before}`, `${a ? "约" : ""}${f.after}`, f.before > 0 ? `${Math.round(((f.before - f.after) / f.before) * 100)}%` : "—"];
      const handedIn = { before: h.materials.before, after: h.materials.handedIn };
      const merged = { before: h.materials.before, after: h.materials.merged };
      expect(figures.map((r) => r.slice(1)), m.code).toEqual([row(handedIn, false), row(merged, false), row(h.fields, false), ...(m.metrics.basis.typed.prefilled.length || m.metrics.basis.proactive ? [row(h.typed, false)] : []), ...(m.metrics.basis.proactive && h.typed.confirmed !== undefined ? [row({ before: 0, after: h.typed.confirmed }, false)] : []), row(h.trips, false), row(h.time, h.time.approximate), row(h.steps, false)]);
    }
  });

  it("is readable on a phone: nothing wider than the screen but the tables' own scroll boxes", async () => {
    const { page, problems } = await visit("QY-2024-03/guide.html", 390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: join(ARTIFACTS, "QY-2024-03/guide-phone.png"), fullPage: false });
    await page.close();
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });
});

describe("the catalog page", () => {
  it("sorts by a column when its header is clicked", async () => {
    const { page, problems } = await visit("index.html");
    const order = () => page.$$eval("#catalog tbody tr", (rows) => rows.map((r) => Number(r.children[6].getAttribute("data-value"))));
    await page.getByRole("button", { name: "申请材料" }).click();
    const up = await order();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.getByRole("button", { name: "申请材料" }).click();
    const down = await order();
    expect(down).toEqual([...up].reverse());
    expect(await page.getAttribute("#catalog thead th:nth-child(7)", "aria-sort")).toBe("descending");
    await page.screenshot({ path: join(ARTIFACTS, "index.png"), fullPage: true });
    await page.close();
    expect(problems).toEqual([]);
  });
});

/** What a hostile page must never hold, read from the live DOM. */
async function liveMarkup(page: Page, allowedScripts: number) {
  return page.evaluate((allowed) => {
    const bad: string[] = [];
    const all = [...document.querySelectorAll("*")];
    const scripts = all.filter((e) => e.localName === "script");
    if (scripts.length > allowed) bad.push(`${scripts.length} scripts`);
    for (const e of all) {
      if (["img", "iframe", "object", "embed", "b", "form", "input"].includes(e.localName)) bad.push(`<${e.localName}>`);
      for (const a of e.getAttributeNames()) if (a.toLowerCase().startsWith("on")) bad.push(`${e.localName}[${a}]`);
      for (const a of ["href", "src", "action", "formaction", "xlink:href"]) {
        const v = e.getAttribute(a);
        if (v !== null && /^\s*(javascript|data|vbscript):/i.test(v)) bad.push(`${e.localName}[${a}=${v}]`);
      }
    }
    return { bad, text: document.body.innerText };
  }, allowedScripts);
}

describe("a matter full of markup", () => {
  const pages = ["HOSTILE-01/guide.html", "HOSTILE-01/notice.html", "HOSTILE-01/commitment-xiaofang-chengnuo.html", "HOSTILE-01/correction-notice.html", "HOSTILE-01/work-guide.html", "index.html"];
  for (const path of pages)
    it(`${path} has no live markup and shows the strings as text`, async () => {
      const { page, problems } = await visit(path);
      const { bad, text } = await liveMarkup(page, path === "index.html" ? 1 : 0);
      await page.close();
      expect(bad).toEqual([]);
      expect(problems).toEqual([]);
      for (const p of PAYLOADS) expect(text).toContain(p);
    });

  for (const file of ["guide.md", "notice.md", "commitment-xiaofang-chengnuo.md", "correction-notice.md", "work-guide.md"])
    it(`HOSTILE-01/${file}, rendered with raw HTML allowed, has no live markup`, async () => {
      const md = readFileSync(join(ARTIFACTS, "HOSTILE-01", file), "utf8");
      const body = micromark(md, { allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
      const out = `HOSTILE-01/${file}.html`;
      writeFileSync(join(ARTIFACTS, out), `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>md</title></head><body>${body}</body></html>`);
      const { page, problems } = await visit(out);
      const { bad, text } = await liveMarkup(page, 0);
      const links = await page.$$eval("a", (as) => as.map((a) => a.getAttribute("href")));
      await page.close();
      expect(bad).toEqual([]);
      expect(problems).toEqual([]);
      for (const href of links) expect(href).toMatch(/^(https?:\/\/|commitment-|correction-notice\.md$)/);
      for (const p of PAYLOADS) expect(text).toContain(p);
    });
});
