// 免申办 in real renderers (Chromium, Asia/Shanghai): the 快申快享 application is refused on the
// page until 本人确认 is ticked, then submits its prefilled values as given, accepted by matterc
// validate; the 免申即享 confirmation form submits 确认 chosen on the page.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../compiler/model.js";
import { completeApplication } from "./helpers/application.js";
import { ARTIFACTS, FLAVOURS, browserSuite, files, formJsVersionOf, open, submitted, validate } from "./helpers/browser.js";
import { DRIVERS, confirmOnPage, prefilled, typedDateTimes } from "./helpers/drivers.js";
import { expectedFor } from "./helpers/expected.js";
import { granted, quick } from "./helpers/proactive.js";

const models = browserSuite();

describe.each(FLAVOURS)("%s 免申办 in Chromium", (flavour) => {
  const version = formJsVersionOf(flavour);
  it("快申快享: the prefilled application is refused until 本人确认 is ticked, then submits data matterc validate accepts", async () => {
    const base0 = models.find((m) => m.code === "GR-2024-01");
    if (!base0) return expect(process.env.FORMS_EXAMPLES, "新生儿出生 is left out only by FORMS_EXAMPLES").toBeDefined();
    const model = quick(base0);
    const headline = model.metrics.headline.situation as Record<string, Answer>;
    const f = files(model, flavour);
    const driver = DRIVERS[flavour];
    const { p, errors } = await open(flavour, { mode: "apply", schema: f["form.schema.json"] as never, uischema: f["form.uischema.json"] as never, formily: f["form.formily.json"] as never, formJs: f[`${model.code}.form`] as never, data: prefilled(model, headline, flavour), formJsVersion: version });
    for (const s of model.situations) if (headline[s.name] !== undefined) await driver.answer(p, model, s.name, headline[s.name]);
    const expected = completeApplication(model, headline);
    const shown = new Set(expectedFor(model, headline).shown);
    for (const field of typedDateTimes(model).filter((x) => shown.has(x.key))) await driver.dateTime(p, model, field.key);
    for (const name of Object.keys((expected.材料 as Record<string, unknown> | undefined) ?? {})) await driver.material(p, model, name);
    await driver.submit(p);
    await p.waitForFunction(() => window.errorCount > 0, undefined, { timeout: 30_000 });
    await p.waitForTimeout(500);
    expect(await p.evaluate(() => window.submitted), `${flavour}: submitted without 本人确认`).toBeUndefined();
    await p.evaluate(() => void (window.errorCount = 0));
    await confirmOnPage(p, flavour, "本人确认", true);
    await driver.submit(p);
    const data = (await submitted(p)) as Record<string, unknown>;
    await p.screenshot({ path: join(ARTIFACTS, `quick-${flavour}.png`), fullPage: true });
    await p.close();
    expect(errors).toEqual([]);
    expect(data.本人确认, flavour).toBe(true);
    expect(validate(f["form.schema.json"] as object, data).problems, `${flavour}: ${JSON.stringify(data).slice(0, 800)}`).toEqual([]);
    // The prefilled values come back as the platform put them (read-only on the page).
    const at = (d: unknown, key: string) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], d);
    for (const path of model.proactive!.confirmedFields) {
      const key = model.fields.find((x) => x.path === path)!.key;
      if (typedDateTimes(model).some((x) => x.key === key)) continue;
      expect(at(data, key), `${flavour}: ${path}`).toEqual(at(expected, key));
    }
  }, 180_000);

  it("免申即享 with consent: the confirmation form submits 确认 with the data as prefilled, accepted by matterc validate", async () => {
    const base0 = models.find((m) => m.code === "GR-2024-01");
    if (!base0) return expect(process.env.FORMS_EXAMPLES, "新生儿出生 is left out only by FORMS_EXAMPLES").toBeDefined();
    const model = granted(base0, "consent");
    const f = files(model, flavour);
    const data0 = completeApplication(model, {});
    delete data0.确认意见; // chosen on the page
    const { p, errors } = await open(flavour, { mode: "apply", schema: f["form.schema.json"] as never, uischema: f["form.uischema.json"] as never, formily: f["form.formily.json"] as never, formJs: f[`${model.code}.form`] as never, data: data0, formJsVersion: version });
    await confirmOnPage(p, flavour, "确认意见", "确认");
    await DRIVERS[flavour].submit(p);
    const data = (await submitted(p)) as Record<string, unknown>;
    await p.close();
    expect(errors).toEqual([]);
    expect(data.确认意见).toBe("确认");
    expect(validate(f["form.schema.json"] as object, data).problems, `${flavour}: ${JSON.stringify(data).slice(0, 800)}`).toEqual([]);
  }, 120_000);
});
