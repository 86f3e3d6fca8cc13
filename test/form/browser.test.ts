// One real browser: form.schema.json rendered by react-jsonschema-form in headless Chromium.
// Answering a situation makes its fields appear; a wrong ID check character is refused with a
// Chinese message; the completed application submits without error. Prefilled fields (来源) are
// rendered read-only with the platform's values, and what RJSF submits passes matterc validate.
import { createServer, type Server } from "node:http";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restaurant } from "./fixtures/restaurant.js";
import { VALID_ID, WRONG_CHECK_ID, completeApplication } from "./helpers/application.js";
import { formFile } from "./helpers/files.js";
import { Ajv } from "ajv";
import addMatterFormats from "../../targets/form/ajv-plugin.js";
import { applicationProblems, problemLine } from "../../targets/form/application-errors.js";
import { normalizeApplication } from "../../targets/form/application-normalize.js";
import { PREFILLED, model as prefillModel, platform } from "./fixtures/prefill.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = join(HERE, "../../test-artifacts");

let server: Server;
let browser: Browser;
let url: string;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(HERE, "browser/rjsf.tsx")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  // Everything but the food-safety answers: the test gives those through the page.
  const data = completeApplication(restaurant, { 经营项目: [], 设置招牌: false, 主体类型: "有限责任公司", 营业面积: 120 });
  const page = (title: string, setup: unknown) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>
<body><div id="app"></div><script>window.SETUP=${JSON.stringify(setup).replace(/</g, "\\u003c")};</script><script src="/app.js"></script></body></html>`;
  const html = page(restaurant.name, { mode: "apply", schema: formFile(restaurant, "form.schema.json"), data });
  // The platform has filled the prefilled fields from their sources before the applicant opens the form.
  const prefillHtml = page(prefillModel.name, { mode: "apply", schema: formFile(prefillModel, "form.schema.json"), data: { 参保: true, ...structuredClone(platform) } });
  const js = bundle.outputFiles[0].contents;
  server = createServer((req, res) => {
    const isJs = req.url === "/app.js";
    res.writeHead(200, { "content-type": isJs ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8" });
    res.end(isJs ? js : req.url === "/prefill" ? prefillHtml : html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("react-jsonschema-form in Chromium", () => {
  it("shows a situation's fields once it is answered, and submits a complete application", async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(url);
    const manager = page.locator("#root_食品安全管理员_姓名");
    await expect(page.locator("#root_企业_名称").inputValue()).resolves.toBe("示例内容示例内容");
    expect(await manager.count()).toBe(0);

    await page.locator("#root_经营项目").selectOption(["热食类"]);
    await manager.waitFor();
    expect(await page.locator("#root_企业_统一社会信用代码").count()).toBe(1);

    await manager.fill("李四");
    await page.locator("#root_食品安全管理员_身份证号").fill(WRONG_CHECK_ID);
    await page.locator("#root_企业_统一社会信用代码").fill("914403001922038216");
    await page.locator("button[type=submit]").click();
    await page.getByText("校验码应为“X”").first().waitFor();
    expect(await page.evaluate(() => window.submitted)).toBeUndefined();

    const errorsBefore = await page.evaluate(() => window.errorCount);
    expect(errorsBefore).toBeGreaterThan(0);
    await page.locator("#root_食品安全管理员_身份证号").fill(VALID_ID);
    await page.locator("button[type=submit]").click();
    await page.waitForFunction(() => window.submitted !== undefined);
    const submitted = (await page.evaluate(() => window.submitted)) as Record<string, Record<string, string>>;
    expect(submitted["食品安全管理员"]).toEqual({ 姓名: "李四", 身份证号: VALID_ID });
    expect(submitted["经营项目"]).toEqual(["热食类"]);
    expect(await page.evaluate(() => window.errorCount)).toBe(errorsBefore);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "form-rjsf.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe("react-jsonschema-form with prefilled fields in Chromium", () => {
  it("shows the platform's values read-only, and submits an application matterc validate accepts", async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${url}prefill`);
    const id = (key: string) => `#root_${key.replace(/\./g, "_")}`;
    await page.locator(id("婴儿.姓名")).waitFor();
    for (const key of PREFILLED) {
      const input = page.locator(id(key));
      // RJSF renders JSON Schema readOnly as a read-only input: the applicant checks, not types.
      expect(await input.evaluate((el) => (el as HTMLInputElement).readOnly), key).toBe(true);
      await expect(input.fill("改过的值", { timeout: 1000 })).rejects.toThrow();
    }
    expect(await page.locator(id("母亲.姓名")).inputValue()).toBe(platform.母亲.姓名);
    expect(await page.locator(id("户口.户号")).inputValue()).toBe(platform.户口.户号);
    expect(await page.locator(id("婴儿.姓名")).evaluate((el) => (el as HTMLInputElement).readOnly)).toBe(false);
    await page.locator(id("婴儿.姓名")).fill("李小明");
    await page.locator(id("联系人.手机号")).fill("13800138000");
    await page.locator("button[type=submit]").click();
    await page.waitForFunction(() => window.submitted !== undefined || window.errorCount > 0);
    const submitted = (await page.evaluate(() => window.submitted)) as Record<string, Record<string, unknown>>;
    expect(submitted, await page.evaluate(() => document.body.innerText)).toBeDefined();
    expect(submitted.母亲).toEqual(platform.母亲);
    expect(submitted.户口).toEqual(platform.户口);
    // matterc validate's code path accepts it as submitted.
    const schema = formFile<object>(prefillModel, "form.schema.json");
    const ajv = addMatterFormats(new Ajv({ allErrors: true, verbose: true, strict: false }));
    const normalized = normalizeApplication(schema, submitted, (s, x) => ajv.validate(s, x) === true);
    expect(applicationProblems(ajv.compile(schema), schema, normalized).map(problemLine)).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "form-rjsf-prefill.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
