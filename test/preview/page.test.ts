// The preview page in headless Chromium, as a reform-office user sees it: the example's figures,
// form, diagram and guide; a situation's fields appearing once it is answered; and the page
// following the source file as it is edited: a renamed sub-item, then an error shown as its
// diagnostic, then the fix. The screenshot is the one in the README.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPreview, type Preview } from "../../cli/preview/server.js";
import { ROOT } from "../helpers/memory-host.js";
import { bundledAssets } from "./helpers/assets.js";
import { launchChromium } from "./helpers/browser.js";
import { copyExample, RESTAURANT, type Project } from "./helpers/project.js";

const ARTIFACTS = join(ROOT, "test-artifacts", "preview");
// Edits must show within a few seconds.
const SOON = { timeout: 5000 };

let project: Project;
let assetsDir: string;
let preview: Preview;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  let chromium: Browser;
  [assetsDir, chromium] = await Promise.all([bundledAssets(), launchChromium()]);
  browser = chromium;
  project = copyExample();
  preview = await startPreview({ paths: [project.dir], port: 0, assetsDir });
  page = await browser.newPage({ viewport: { width: 1440, height: 1500 } });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  // Every address the page asks for exists (no favicon.ico, no missing asset).
  page.on("response", (r) => {
    if (r.status() >= 400) pageErrors.push(`${r.status()} ${r.url()}`);
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(preview.url) && !r.url().startsWith("data:")) foreignRequests.push(r.url());
  });
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

/** The text of every label drawn in the diagram, one per SVG text element. */
function diagramLabels(p: Page): Promise<string[]> {
  return p.locator(".diagram svg text").evaluateAll((els) => els.map((e) => e.textContent ?? ""));
}

const guide = () => page.frameLocator('iframe[title="办事指南"]');

describe("the preview page of 开办餐饮店", () => {
  it("shows the figures, the diagram with the sub-items, the form and the guide", async () => {
    await page.goto(preview.url);
    await page.getByRole("link", { name: RESTAURANT.name }).click();
    await page.waitForURL(`**/m/${RESTAURANT.code}/`);
    await page.locator(".diagram svg text", { hasText: "户外招牌设置" }).first().waitFor();
    const labels = await diagramLabels(page);
    for (const item of ["营业执照办理", "食品经营许可", "消防安全检查", "户外招牌设置", "从业人员健康证明", "烟草专卖零售许可"]) expect(labels).toContain(item);

    await expect(page.locator('[data-figure="materials"] .values').innerText()).resolves.toMatch(/^21\s*→\s*7\s*份$/);
    await expect(page.locator('[data-figure="trips"] .values').innerText()).resolves.toMatch(/^11\s*→\s*1\s*次$/);
    await expect(page.locator('[data-figure="time"] .values').innerText()).resolves.toMatch(/^66\s*→\s*13\s*工作日$/);

    await page.locator("#root_企业_名称").waitFor();
    await guide().getByRole("heading", { name: /开办餐饮店/ }).first().waitFor();
    await expect(page.locator("#live").innerText()).resolves.toContain("实时预览");
  });

  it("shows a situation's fields and materials once it is answered", async () => {
    const signText = page.locator("#root_招牌_内容");
    const signPicture = page.locator("#root_材料_招牌设计效果图");
    expect(await signText.count()).toBe(0);
    expect(await signPicture.count()).toBe(0);
    await page.locator("#root_设置招牌").check();
    await signText.waitFor();
    await signPicture.waitFor();
    await signText.fill("老王家常菜");
    await page.locator("#root_营业面积").fill("120");
    await page.locator("#root_营业面积").blur();
    await page.evaluate(() => window.scrollTo(0, 0));
    // The README's picture: the whole top of the page with an answered situation. A test run
    // leaves the committed picture alone; UPDATE_SCREENSHOTS=1 refreshes it.
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "preview.png") });
    if (process.env.UPDATE_SCREENSHOTS === "1") copyFileSync(join(ARTIFACTS, "preview.png"), join(ROOT, "docs", "images", "preview.png"));
  });

  it("sums the form's problems up as matterc validate does: field labels, each problem once", async () => {
    await page.getByRole("button", { name: "检查填写" }).click();
    const summary = page.locator(".error-summary li");
    await summary.first().waitFor();
    const lines = await summary.allInnerTexts();
    expect(lines).toContain("企业名称（企业.名称）：必须填写");
    expect(new Set(lines).size).toBe(lines.length);
    for (const l of lines) expect(l).toMatch(/^[^（]+（[^）]+）：/);
    expect(lines.join("\n")).not.toMatch(/不符合要求|\bif\b/);
  });

  it("reads on a phone: at 360 px neither the index nor the matter page scrolls sideways", async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      const sideways = () =>
        phone.evaluate(() => {
          const w = document.documentElement.clientWidth;
          const out = [...document.querySelectorAll(".panel, .figure, .matters tr, .matters td, h1, .top, .error-summary")]
            .filter((e) => e.getBoundingClientRect().right > w + 0.5)
            .map((e) => `${e.tagName}.${e.className}`);
          return { scroll: document.documentElement.scrollWidth, w, out };
        });
      await phone.goto(preview.url);
      await phone.locator(".matters").waitFor();
      const index = await sideways();
      expect(index.scroll).toBeLessThanOrEqual(index.w);
      expect(index.out).toEqual([]);
      await phone.goto(`${preview.url}m/${encodeURIComponent(RESTAURANT.code)}/`);
      await phone.locator("#root_企业_名称").waitFor();
      await phone.locator(".diagram svg").first().waitFor();
      const matter = await sideways();
      expect(matter.scroll).toBeLessThanOrEqual(matter.w);
      expect(matter.out).toEqual([]);
      await phone.screenshot({ path: join(ARTIFACTS, "preview-360.png"), fullPage: true });
    } finally {
      await phone.close();
    }
  });

  it("follows the source: a renamed sub-item appears in the diagram and the guide, answers kept", async () => {
    project.edit("子事项 户外招牌设置 {", "子事项 户外广告招牌设置 {");
    await page.locator(".diagram svg text", { hasText: "户外广告招牌设置" }).first().waitFor(SOON);
    expect(await diagramLabels(page)).not.toContain("户外招牌设置");
    await guide().getByText("户外广告招牌设置").first().waitFor(SOON);
    await expect(page.locator("#root_招牌_内容").inputValue()).resolves.toBe("老王家常菜");
  });

  it("shows the diagnostic, in Chinese with the source line and suggestion, when the file has an error", async () => {
    project.edit("牵头部门: 市场监管局", "牵头部门: 市场监管");
    const diagnostic = page.locator('.diagnostic.error[data-code="E0103"] pre');
    await diagnostic.waitFor(SOON);
    const text = await diagnostic.innerText();
    expect(text).toContain("E0103 找不到部门「市场监管」");
    expect(text).toMatch(/\d+ \|   牵头部门: 市场监管\n/);
    expect(text).toContain("建议: 是否想写「市场监管局」？");
    // Not the stale page under it.
    expect(await page.locator(".diagram").count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, "preview-error.png") });
  });

  it("comes back when the error is fixed", async () => {
    project.edit("牵头部门: 市场监管", "牵头部门: 市场监管局");
    await page.locator(".diagram svg text", { hasText: "户外广告招牌设置" }).first().waitFor(SOON);
    expect(await page.locator(".diagnostic.error").count()).toBe(0);
  });

  it("reloads the server-rendered pages (the index, a page opened while in error) as the source changes", async () => {
    await page.goto(preview.url);
    project.edit("牵头部门: 市场监管局", "牵头部门: 市场监管");
    await page.locator('.diagnostic.error[data-code="E0103"]').waitFor(SOON);
    await page.goto(new URL(`/m/${RESTAURANT.code}/`, preview.url).href);
    await page.locator('.diagnostic.error[data-code="E0103"]').waitFor();
    project.edit("牵头部门: 市场监管", "牵头部门: 市场监管局");
    await page.locator(".diagram svg text", { hasText: "户外广告招牌设置" }).first().waitFor(SOON);
  });

  it("picks up a restarted preview with what changed while it was stopped", async () => {
    const port = Number(new URL(preview.url).port);
    await preview.close();
    await page.locator("#live.down").waitFor(SOON);
    project.edit("子事项 户外广告招牌设置 {", "子事项 户外招牌设置 {");
    // The new server counts versions from 1 again, as the page's first one did.
    preview = await startPreview({ paths: [project.dir], port, assetsDir });
    await page.locator(".diagram svg text", { hasText: "户外招牌设置" }).first().waitFor(SOON);
    await guide().getByText("户外招牌设置").first().waitFor(SOON);
    await expect(page.locator("#live").innerText()).resolves.toContain("实时预览");
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
