// `build --on DATE` in the real renderers: a matter not in force that day (乙市's local version
// before it takes effect, with a sub-item that joins later) and a matter that has ended, built on
// that date, rendered in headless Chromium by every flavour (RJSF, JSON Forms, Formily with
// @formily/antd-v5, form-js 1.19 / 2.x / 1.8.7): the notice is on the page a person sees, above
// the form, in the application form and in the 统一受理 staff form. A sub-item named with text that
// means something to the renderers shows that text literally and runs nothing. The same build on
// a day when all is in force shows no notice.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { compileTexts, ROOT } from "../helpers/memory-host.js";
import { FLAVOURS, files, formJsVersionOf, open, startHarness, stopHarness, type Flavour } from "./helpers/browser.js";

// Markup, a Formily expression, a template and a FEEL-looking start: each would act if a renderer
// read the name as anything but text.
const EVIL = `<img src=x onerror="window.pwned=1">{{window.pwned=2}}\${window.pwned=3}=window.pwned`;

const read = (f: string) => readFileSync(join(ROOT, "examples", f), "utf8");
/** 开办餐饮店 with the tobacco licence joining on 1 March 2026, and 乙市's version (from 2026-01-01). */
function models(): { local: Model; ended: Model } {
  const template = read("开办餐饮店.matter").replace("  子事项 烟草专卖零售许可 {", '  子事项 烟草专卖零售许可 {\n    生效日期: "2026-03-01"');
  const r = compileTexts({ "开办餐饮店.matter": template, "乙市开办餐饮店.matter": read("乙市开办餐饮店.matter") });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const local = r.models.find((m) => m.code === "QY-2024-03-YI")!;
  const province = r.models.find((m) => m.code === "QY-2024-03")!;
  // The province's matter ended on 1 January 2026; one sub-item bears a hostile name (forced into
  // the model: the compiler would refuse it), only where the notice reads it.
  const ended: Model = { ...province, effective: { until: "2026-01-01" }, items: province.items.map((i) => (i.name === "烟草专卖零售许可" ? { ...i, name: EVIL } : i)) };
  return { local, ended };
}

beforeAll(() => startHarness(), 300_000);
afterAll(stopHarness);

/** The page's visible text, once the renderer has drawn the form; and what a hostile name could
 * have done: page errors, dialogs, an injected image, the global it would set. */
async function shown(flavour: Flavour, setup: Record<string, unknown>): Promise<{ text: string; acted: unknown[] }> {
  const acted: unknown[] = [];
  const { p, errors } = await open(flavour, setup, (page) =>
    page.on("dialog", (d) => {
      acted.push(`dialog: ${d.message()}`);
      void d.dismiss();
    }),
  );
  // The form has drawn its fields (the first question of the application) before the text is read.
  await p.waitForFunction(() => document.body.innerText.includes("是否已经取得营业执照"), undefined, { timeout: 30_000 });
  const state = await p.evaluate(() => ({
    text: document.body.innerText,
    pwned: (window as { pwned?: unknown }).pwned,
    images: document.querySelectorAll("img[src=x]").length,
    importError: (window as { importError?: string }).importError,
  }));
  await p.close();
  acted.push(...errors.map((e) => `page error: ${e}`));
  if (state.pwned !== undefined) acted.push(`window.pwned = ${String(state.pwned)}`);
  if (state.images) acted.push(`${state.images} injected image(s)`);
  if (state.importError) acted.push(`import error: ${state.importError}`);
  return { text: state.text, acted };
}

function setups(model: Model, flavour: Flavour, on: string): { apply: Record<string, unknown>; task: Record<string, unknown> } {
  const f = files(model, flavour, on);
  const accept = (f["tasks.json"] as { tasks: { id: string; kind: string }[] }).tasks.find((t) => t.kind === "accept")!;
  const common = { schema: f["form.schema.json"], uischema: f["form.uischema.json"], formily: f["form.formily.json"], data: {}, formJsVersion: formJsVersionOf(flavour) };
  return {
    apply: { ...common, mode: "apply", formJs: f[`${model.code}.form`] },
    task: { ...common, mode: "task", formJs: f[`tasks/${accept.id}.form`], task: accept },
  };
}

describe.each(FLAVOURS)("--on DATE in %s (Chromium)", (flavour) => {
  it("shows the notice above the application form and the 统一受理 staff form of a matter not yet in force", async () => {
    const { local } = models();
    const notice = "截至2025年10月1日，本事项尚未施行；子事项“烟草专卖零售许可”尚未施行。";
    for (const [form, setup] of Object.entries(setups(local, flavour, "2025-10-01"))) {
      const { text, acted } = await shown(flavour, setup);
      expect(acted, form).toEqual([]);
      expect(text, form).toContain(notice);
      // Above the form: before the first label of the application.
      expect(text.indexOf(notice), form).toBeLessThan(text.indexOf("是否已经取得营业执照"));
    }
    // The same matter on a day it is in force (and the sub-item too): no notice.
    for (const [form, setup] of Object.entries(setups(local, flavour, "2026-03-01"))) {
      const { text } = await shown(flavour, setup);
      expect(text, form).not.toMatch(/尚未施行|已停止施行/);
    }
  }, 120_000);

  it("shows an ended matter's notice with a hostile sub-item name as text, running nothing", async () => {
    const { ended } = models();
    const notice = `截至2026年1月1日，本事项已停止施行；子事项“${EVIL}”尚未施行。`;
    for (const [form, setup] of Object.entries(setups(ended, flavour, "2026-01-01"))) {
      const { text, acted } = await shown(flavour, setup);
      expect(acted, form).toEqual([]);
      // Formily's text keeps "{{" from opening an expression with a zero-width space between the
      // braces (targets/escape/formily.ts): invisible, so the person reads the name as written.
      expect(flavour === "formily" ? text.replaceAll("\u200b", "") : text, form).toContain(notice);
    }
  }, 120_000);
});
