// 不予受理 and check characters in real renderers (Chromium, Asia/Shanghai): each flavour is
// answered into an inadmissible case, shows the exit message only then, and refuses to submit;
// form-js (1.19, 2.x, 1.8) refuses a wrong 身份证号 check character with a Chinese reason and shows
// the upload descriptions form-js's filepicker does not.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../compiler/conditions.js";
import type { Answer, Cond, Inadmissible, Model } from "../../compiler/model.js";
import { exitMessage } from "../../targets/form/inadmissible-keyword.js";
import { VALID_ID, WRONG_CHECK_ID, completeApplication, setPath } from "./helpers/application.js";
import { ARTIFACTS, FLAVOURS, browserSuite, files, formJsVersionOf, open } from "./helpers/browser.js";
import { DRIVERS, fjs, prefilled, typedDateTimes } from "./helpers/drivers.js";
import { expectedFor, materialPath } from "./helpers/expected.js";

const models = browserSuite();

/** A 不予受理 case for the test below: a headline answer (given through the page) and a data
 * field's value (given with the page's data: a nested text field the applicant types). */
function inadmissibleCase(model: Model, headline: Record<string, Answer>): Inadmissible {
  const s = model.situations.find((x) => headline[x.name] !== undefined && headline[x.name] !== false)!;
  const v = headline[s.name];
  const answer: Cond =
    s.type === "multiple" ? { op: "contains", subject: s.name, value: (v as string[])[0] } : s.type === "number" ? { op: "ge", subject: s.name, value: v as number } : { op: "eq", subject: s.name, value: v as string | boolean };
  const shown = new Set(expectedFor(model, headline).shown);
  const field = model.fields.find((f) => f.type === "text" && f.key.includes(".") && !f.source && !f.perEntry && shown.has(f.key))!;
  const value = field.key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], completeApplication(model, headline)) as string;
  return { name: `测试情形：${field.label}为“${value}”`, id: "inadmissible_test", when: { op: "and", args: [answer, { op: "eq", subject: field.key, value, field: true }] }, redirect: "测试去向（{{1}} =x）", basis: [] };
}

describe.each(FLAVOURS)("%s 不予受理 in Chromium", (flavour) => {
  it("shows the exit message once the answers make the application inadmissible; the form or matterc validate refuses it", async () => {
    const model0 = models.find((m) => m.code === "QY-2024-03") ?? models[0];
    const headline = model0.metrics.headline.situation as Record<string, Answer>;
    const c = inadmissibleCase(model0, headline);
    // The example's own cases over answers, each with a yes/no answer that makes it hold (开办餐饮店:
    // 仅销售预包装食品), given through the page last; and the test's case over a field.
    const own = model0.inadmissible.flatMap((x) => {
      const s = model0.situations.find((y) => y.type === "yesno" && headline[y.name] !== true && !evaluate(x.when, headline) && evaluate(x.when, { ...headline, [y.name]: true }));
      return s ? [{ c: x, answer: s.name }] : [];
    });
    const model: Model = { ...model0, inadmissible: [...own.map((o) => o.c), c] };
    // Every case the example declares over answers is given (the examples' cases are over answers).
    expect(own.length, "the example's own cases").toBe(model0.inadmissible.filter((x) => !JSON.stringify(x.when).includes('"field":true')).length);
    const messageOf = (x: Inadmissible) => exitMessage(x.name, x.redirect);
    const message = messageOf(c);
    const driver = DRIVERS[flavour];
    const f = files(model, flavour);
    const { p, errors } = await open(flavour, {
      mode: "apply",
      schema: f["form.schema.json"],
      uischema: f["form.uischema.json"],
      formily: f["form.formily.json"],
      formJs: f[`${model.code}.form`],
      data: prefilled(model, headline, flavour),
      formJsVersion: formJsVersionOf(flavour),
    });
    // Zero-width spaces keep "{{" and a leading "=" from being evaluated; they are not seen.
    const shown = (m: string) => p.evaluate((m) => [...document.querySelectorAll("body *")].some((e) => e.children.length === 0 && (e as HTMLElement).offsetParent !== null && (e.textContent ?? "").replace(/\u200b|\\/g, "") === m), m);
    expect(await shown(message), `${flavour}: shown before the answer`).toBe(false);
    for (const s of model.situations) if (headline[s.name] !== undefined) await driver.answer(p, model, s.name, headline[s.name]);
    const expected = completeApplication(model, headline);
    const on = new Set(expectedFor(model, headline).shown);
    for (const field of typedDateTimes(model).filter((x) => on.has(x.key))) await driver.dateTime(p, model, field.key);
    for (const name of Object.keys((expected.材料 as Record<string, unknown> | undefined) ?? {})) await driver.material(p, model, name);
    if (driver.entryMaterial) for (const m of model.materials.filter((m) => m.perEntry && on.has(materialPath(model, m)))) await driver.entryMaterial(p, model, m.name);
    // RJSF shows errors when the applicant submits; the others as soon as the case holds.
    if (flavour !== "rjsf") await expect.poll(() => shown(message), { timeout: 20_000, message: `${flavour}: exit message shown` }).toBe(true);
    for (const o of own) {
      expect(await shown(messageOf(o.c)), `${flavour}: ${o.c.name} shown before the answer`).toBe(false);
      await driver.answer(p, model, o.answer, true);
      if (flavour !== "rjsf") await expect.poll(() => shown(messageOf(o.c)), { timeout: 20_000, message: `${flavour}: ${o.c.name} shown` }).toBe(true);
    }
    await driver.submit(p);
    // Every flavour refuses by its own means: RJSF and JSON Forms by the schema's if/then, Formily
    // by the Alert's error (selfErrors), form-js by the read-only required field under the text.
    await p.waitForFunction(() => window.errorCount > 0, undefined, { timeout: 30_000 });
    await p.waitForTimeout(500); // a submit that was going to happen anyway would have by now
    expect(await p.evaluate(() => window.submitted), `${flavour}: submitted an inadmissible application`).toBeUndefined();
    for (const x of model.inadmissible) await expect.poll(() => shown(messageOf(x)), { timeout: 20_000, message: `${flavour}: ${x.name} shown after submit` }).toBe(true);
    if (flavour.startsWith("formjs")) await expect.poll(() => p.getByText("本申请不予受理，不能提交").first().isVisible()).toBe(true);
    // (With no case holding, the hidden Alert and field block nothing and add nothing to the data:
    // the round-trip test above submits every example, and compares the data's meaning.)
    await p.screenshot({ path: join(ARTIFACTS, `inadmissible-${flavour}.png`), fullPage: true });
    await p.close();
    expect(errors).toEqual([]);
  }, 180_000);
});

describe.each(["formjs-1.19", "formjs-2", "formjs-1.8"] as const)("%s check characters in Chromium", (flavour) => {
  it("refuses a wrong 身份证号 check character with a Chinese reason, accepts the right one, and shows upload descriptions", async () => {
    const model = models.find((m) => m.code === "QY-2024-03") ?? models[0];
    const headline = model.metrics.headline.situation as Record<string, Answer>;
    // One the applicant types: a prefilled (read-only) one is the platform's to fill.
    const field = model.fields.find((f) => f.type === "idCard" && !f.source && expectedFor(model, headline).shown.includes(f.key))!;
    const data = completeApplication(model, headline);
    setPath(data, field.key.split("."), WRONG_CHECK_ID);
    const f = files(model, flavour);
    const { p, errors } = await open(flavour, { mode: "apply", schema: {}, formJs: f[`${model.code}.form`], data, formJsVersion: formJsVersionOf(flavour) });
    const reason = p.getByText("居民身份证号码的校验码（最后一位）不正确，请核对。");
    await reason.first().waitFor();
    if (flavour === "formjs-2") await p.getByText("未选择文件").first().waitFor(); // form-js's own strings, in Chinese
    // form-js 1.19 has no translate service: its own strings stay English.
    if (flavour === "formjs-1.19") await p.getByText("No files selected").first().waitFor();
    // Upload descriptions are shown: the deadline of a material accepted as missing (容缺).
    const deferred = model.materials.find((m) => m.deferrable && expectedFor(model, headline).shown.includes(`材料.${m.name}`));
    if (deferred) await p.getByText(`可容缺受理，${deferred.deferrable!.value} 个${deferred.deferrable!.unit}内补交`).first().waitFor();
    await DRIVERS[flavour].submit(p);
    expect(await p.evaluate(() => window.errorCount)).toBeGreaterThan(0);
    expect(await p.evaluate(() => window.submitted)).toBeUndefined();
    const input = p.locator(fjs(`field-${field.id}`));
    await input.fill(VALID_ID);
    await input.press("Tab");
    await expect.poll(() => reason.count()).toBe(0);
    await p.close();
    expect(errors).toEqual([]);
  }, 120_000);
});
