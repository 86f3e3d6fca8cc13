// How each flavour's test page is driven, by the ids and labels its renderer writes: the
// applicant's answers, date-times and uploads, the 免申办 confirmation, a staff task's decisions,
// and the data a page starts with.
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import type { Answer, Model } from "../../../compiler/model.js";
import type { StaffTask } from "../../../targets/form/tasks.js";
import { completeApplication } from "./application.js";
import type { Flavour } from "./browser.js";

export const TYPED_TIME = "2024-05-06T10:30"; // typed in a browser in Asia/Shanghai: 02:30 UTC
export const INSTANT = Date.parse("2024-05-06T10:30:00+08:00");

/** Date-time fields the applicant types: those without a 来源 (a prefilled one is read-only). */
export const typedDateTimes = (model: Model) => model.fields.filter((f) => f.type === "dateTime" && !f.source);

/** The data the page starts with: every data field (the prefilled ones as the platform fills
 * them), but no situation answer, typed date-time or upload. */
export function prefilled(model: Model, answers: Record<string, Answer>, flavour: Flavour): Record<string, unknown> {
  const data = completeApplication(model, answers);
  for (const s of model.situations) delete data[s.name];
  delete data.材料;
  delete data.本人确认; // 免申办: confirmed through the page
  delete data.确认意见;
  // A repeating group's entries keep their own uploads (每项一份) as data (a data URL, which every
  // renderer shows and submits as it is), except where the driver uploads them through the page.
  for (const g of model.form.groups) {
    for (const e of g.repeat && Array.isArray(data[g.repeat.key]) ? (data[g.repeat.key] as Record<string, Record<string, unknown>>[]) : []) {
      if (DRIVERS[flavour].entryMaterial) delete e.材料;
    }
  }
  for (const f of typedDateTimes(model)) {
    const path = f.key.split(".");
    const parent = path.slice(0, -1).reduce<Record<string, unknown> | undefined>((o, k) => o?.[k] as Record<string, unknown> | undefined, data);
    if (parent) delete parent[path[path.length - 1]];
  }
  return data;
}

export const css = (s: string) => JSON.stringify(s);
export const PDF = { name: "材料.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%matterc\n") };

/** How one flavour's page is driven: by ids and labels its renderer writes. */
export interface Driver {
  page: string;
  answer(p: Page, model: Model, name: string, value: Answer): Promise<void>;
  dateTime(p: Page, model: Model, key: string): Promise<void>;
  material(p: Page, model: Model, name: string): Promise<void>;
  /** A per-entry upload (每项一份) in every entry, where the renderer cannot take one as data. */
  entryMaterial?(p: Page, model: Model, name: string): Promise<void>;
  submit(p: Page): Promise<void>;
  decide(p: Page, value: string): Promise<void>;
}

export const rjsfId = (path: string[], prefix = "root") => `#${[prefix, ...path].join("_")}`;
const rjsf: Driver = {
  page: "rjsf",
  async answer(p, model, name, value) {
    const s = model.situations.find((x) => x.name === name)!;
    const el = p.locator(rjsfId([name]));
    if (s.type === "yesno") await el.setChecked(value === true);
    else if (s.type === "number") await el.fill(String(value));
    else await el.selectOption(value as string | string[]);
  },
  dateTime: (p, _m, key) => p.locator(rjsfId(key.split("."))).fill(TYPED_TIME),
  material: (p, _m, name) => p.locator(rjsfId(["材料", name])).setInputFiles(PDF),
  submit: (p) => p.locator("button[type=submit]").last().click(),
  decide: async (p, value) => void (await p.locator("#task_结果").selectOption(value)),
};

const jsonforms: Driver = {
  page: "jsonforms",
  async answer(p, model, name, value) {
    const s = model.situations.find((x) => x.name === name)!;
    if (s.type === "yesno") await p.locator(`[id=${css(`#/properties/${name}-input`)}]`).setChecked(value === true);
    else if (s.type === "number") await p.locator(`[id=${css(`#/properties/${name}-input`)}]`).fill(String(value));
    else if (s.type === "single" && (s.options?.length ?? 0) <= 4) await p.locator(`input[type=radio][name=${css(`#/properties/${name}`)}][value=${css(String(value))}]`).check();
    else if (s.type === "single") await p.locator(`[id=${css(`#/properties/${name}-input`)}]`).selectOption(String(value));
    else {
      // A list of choices: the vanilla table control, one row per choice.
      const control = p.locator("label").getByText(s.question, { exact: true }).first().locator("xpath=../..");
      // One row per choice; the list may start with the question's default.
      const values = async () => control.locator("select").evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
      for (const v of value as string[]) {
        if ((await values()).includes(v)) continue;
        await control.locator("button").first().click();
        await expect.poll(async () => (await values()).includes("")).toBe(true);
        await control.locator("select").nth((await values()).indexOf("")).selectOption(v);
      }
    }
  },
  dateTime: (p, _m, key) => p.locator(`[id=${css(`#/properties/${key.split(".").join("/properties/")}-input`)}]`).fill(TYPED_TIME),
  // Vanilla JSON Forms has no upload: the file's reference is typed.
  material: (p, _m, name) => p.locator(`[id=${css(`#/properties/材料/properties/${name}-input`)}]`).fill(`https://files.example.cn/${encodeURIComponent(name)}.pdf`),
  submit: (p) => p.locator("#host-submit").click(),
  decide: (p, value) => p.locator(`#task input[type=radio][value=${css(value)}]`).check(),
};

/** Checks a box, clicking again when a click did not take. Formily re-renders a checkbox group
 * from its reactions after each answer; a click that lands during that render can be lost (seen
 * once in CI: "Clicking the checkbox did not change its state"). A person clicks again; so does
 * this, at most three times, and then fails with the renderer's own message. */
export async function checkSurely(box: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await box.check({ timeout: 10_000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      await box.page().waitForTimeout(250);
    }
  }
}

/** Picks an option of an antd Select and waits until its dropdown is gone. The dropdown opens over
 * the items below it (残疾人服务: 残疾类别's list covers 残疾等级's radios); on a loaded machine its
 * closing animation, or a re-render from Formily's reactions while it closes, can leave it open,
 * and the next answer's click is then intercepted (seen once in CI). A person would press Escape;
 * so does this, and then checks the choice took. */
async function selectSurely(p: Page, item: Locator, value: string): Promise<void> {
  await item.locator(".ant-select-selector").click();
  await p.locator(`.ant-select-dropdown:visible .ant-select-item-option[title=${css(value)}]`).click();
  const open = p.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
  try {
    await expect.poll(() => open.count(), { timeout: 5_000 }).toBe(0);
  } catch {
    await p.keyboard.press("Escape");
    await expect.poll(() => open.count(), { timeout: 10_000, message: `the list of ${value} stays open` }).toBe(0);
  }
  await expect.poll(() => item.locator(".ant-select-selection-item").getAttribute("title"), { timeout: 10_000 }).toBe(value);
}

export const formilyItem = (p: Page, label: string) => p.locator(".ant-formily-item").filter({ has: p.locator(".ant-formily-item-label").getByText(label, { exact: true }) }).first();
const formily: Driver = {
  page: "formily",
  async answer(p, model, name, value) {
    const s = model.situations.find((x) => x.name === name)!;
    const item = formilyItem(p, s.question);
    if (s.type === "yesno") await item.locator("label.ant-radio-wrapper").filter({ hasText: value === true ? /^是$/ : /^否$/ }).click();
    else if (s.type === "number") await item.locator("input").fill(String(value));
    else if (s.type === "multiple") for (const v of value as string[]) await checkSurely(item.locator(`input[type=checkbox][value=${css(v)}]`));
    else if ((s.options?.length ?? 0) <= 4) await checkSurely(item.locator(`input[type=radio][value=${css(String(value))}]`));
    else await selectSurely(p, item, String(value));
  },
  async dateTime(p, model, key) {
    const f = model.fields.find((x) => x.key === key)!;
    const input = formilyItem(p, f.label).locator(".ant-picker input");
    await input.click();
    await input.fill(TYPED_TIME.replace("T", " ") + ":00");
    await input.press("Enter");
  },
  async material(p, _m, name) {
    const item = formilyItem(p, name);
    await item.locator("input[type=file]").setInputFiles(PDF);
    await item.locator(".ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-uploading)").first().waitFor();
  },
  submit: (p) => p.locator("#host-submit").click(),
  decide: (p, value) => p.locator(`#task input[type=radio][value=${css(value)}]`).check(),
};

export const fjs = (componentId: string) => `[id$=${css(`-${componentId}`)}]`;
function formJsDriver(version: "2" | "1.19" | "1.8"): Driver {
  return {
    page: "formjs",
    async answer(p, model, name, value) {
      const s = model.situations.find((x) => x.name === name)!;
      const id = `situation-${s.id}`;
      if (s.type === "yesno") await p.locator(fjs(id)).setChecked(value === true);
      else if (s.type === "number") await p.locator(fjs(id)).fill(String(value));
      else if (s.type === "multiple") for (const v of value as string[]) await p.locator(fjs(`${id}-${s.options!.indexOf(v)}`)).check();
      else if ((s.options?.length ?? 0) <= 4) await p.locator(fjs(`${id}-${s.options!.indexOf(String(value))}`)).check();
      else {
        await p.locator(fjs(id)).click();
        await p.locator(".fjs-dropdownlist-item").getByText(String(value), { exact: true }).click();
      }
    },
    async dateTime(p, model, key) {
      const f = model.fields.find((x) => x.key === key)!;
      const [date, time] = TYPED_TIME.split("T");
      const d = p.locator(fjs(`field-${f.id}-date`));
      await d.fill(date);
      await d.press("Enter");
      const t = p.locator(fjs(`field-${f.id}-time`));
      await t.fill(time);
      await t.press("Enter");
    },
    async material(p, model, name) {
      const m = model.materials.find((x) => x.name === name)!;
      if (version === "1.8") await p.locator(fjs(`material-${m.id}`)).fill(`https://files.example.cn/${encodeURIComponent(name)}.pdf`);
      else await p.locator(`${fjs(`material-${m.id}`)}[type=file], ${fjs(`material-${m.id}`)} input[type=file]`).first().setInputFiles(PDF);
    },
    // The filepicker (1.19, 2.x) holds a key of files sent alongside the data, so each entry's copy
    // is uploaded through the page; form-js 1.8's text field takes the reference as data.
    entryMaterial:
      version !== "1.8"
        ? async (p, model, name) => {
            const m = model.materials.find((x) => x.name === name)!;
            const inputs = p.locator(`[id*=${css(`material-${m.id}`)}][type=file], [id*=${css(`material-${m.id}`)}] input[type=file]`);
            for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).setInputFiles(PDF);
          }
        : undefined,
    submit: (p) => p.locator("#host-submit").click(),
    decide: (p, value) => p.locator("input[type=radio]").and(p.locator(fjs(`decision-accept-1-${["受理", "补正", "不予受理"].indexOf(value)}`))).check(),
  };
}

export const DRIVERS: Record<Flavour, Driver> = { rjsf, jsonforms, formily, "formjs-1.19": formJsDriver("1.19"), "formjs-2": formJsDriver("2"), "formjs-1.8": formJsDriver("1.8") };

/** The confirmation question of a 免申办 form (proactive.ts), answered through each flavour's page. */
export async function confirmOnPage(p: Page, flavour: Flavour, key: "本人确认" | "确认意见", value: true | string): Promise<void> {
  if (flavour === "rjsf") {
    if (value === true) await p.locator(rjsfId([key])).setChecked(true);
    else await p.locator(rjsfId([key])).selectOption(value as string);
  } else if (flavour === "jsonforms") {
    if (value === true) await p.locator(`[id=${css(`#/properties/${key}-input`)}]`).setChecked(true);
    else await p.locator(`input[type=radio][name=${css(`#/properties/${key}`)}][value=${css(value as string)}]`).check();
  } else if (flavour === "formily") {
    const item = formilyItem(p, value === true ? "本人确认以上信息真实无误" : "是否同意按以上信息办理");
    if (value === true) await checkSurely(item.locator("input[type=checkbox]"));
    else await checkSurely(item.locator(`input[type=radio][value=${css(value as string)}]`));
  } else if (value === true) await p.locator(fjs("confirmation-confirm")).setChecked(true);
  else await p.locator(fjs(`confirmation-consent-${["确认", "不同意"].indexOf(value as string)}`)).check();
}

/** The application as Formily holds it: each upload as antd's list of one uploaded file (a
 * string there breaks antd's Upload), as the round trip above gets it from Formily itself. */
export function formilyUploads(data: Record<string, unknown>): Record<string, unknown> {
  const out = structuredClone(data);
  const lists = (node: Record<string, unknown>) => {
    const m = node.材料 as Record<string, unknown> | undefined;
    if (m) for (const k of Object.keys(m)) if (typeof m[k] === "string") m[k] = [{ uid: k, name: "材料.pdf", status: "done", url: m[k] }];
    for (const v of Object.values(node)) if (Array.isArray(v)) for (const e of v) if (e && typeof e === "object") lists(e as Record<string, unknown>);
  };
  lists(out);
  return out;
}

/** One decision of a staff task form answered through the page: a choice by its option, a text typed. */
export async function decideOnPage(p: Page, flavour: Flavour, task: StaffTask, i: number, value: string): Promise<void> {
  const d = task.decisions[i];
  const task0 = p.locator("#task");
  if (flavour === "rjsf") {
    const el = p.locator(rjsfId([d.key], "task"));
    if (d.type === "single") await el.selectOption(value);
    else await el.fill(value);
  } else if (flavour === "jsonforms") {
    if (d.type === "single") await task0.locator(`input[type=radio][value=${css(value)}]`).check();
    // JSON Forms numbers an id again when the same scope mounts again (#/properties/意见2-input).
    else await task0.locator(`[id^=${css(`#/properties/${d.key}`)}][id$="-input"]`).fill(value);
  } else if (flavour === "formily") {
    if (d.type === "single") await checkSurely(task0.locator(`input[type=radio][value=${css(value)}]`));
    else await task0.locator(".ant-formily-item").filter({ has: p.locator(".ant-formily-item-label").getByText(d.label, { exact: true }) }).first().locator("textarea, input").first().fill(value);
  } else {
    const id = `decision-${task.kind}-${i + 1}`;
    if (d.type === "single") await p.locator("input[type=radio]").and(p.locator(fjs(`${id}-${d.options!.indexOf(value)}`))).check();
    else await p.locator(fjs(id)).fill(value);
  }
}

/** The decision a form-js staff form submitted, read by the keys of the form's own decision
 * components: nested under the task's id (`<task id>.结果`: the form submits `{ "<task id>": {…} }`)
 * or flat (`<task id>_结果`); either way nothing of the (disabled) application is submitted. */
export function formJsDecision(form: unknown, task: StaffTask, submitted: Record<string, unknown>): { keys: string[]; decision: Record<string, unknown> } {
  const all = (c: Record<string, unknown>): Record<string, unknown>[] => [c, ...((c.components as Record<string, unknown>[] | undefined) ?? []).flatMap(all)];
  const keys = all(form as Record<string, unknown>)
    .filter((c) => String(c.id ?? "").startsWith(`decision-${task.kind}-`) && typeof c.key === "string")
    .map((c) => c.key as string);
  const nested = keys.every((k) => k.startsWith(`${task.id}.`));
  const decision = nested ? ((submitted[task.id] ?? {}) as Record<string, unknown>) : Object.fromEntries(keys.filter((k) => k in submitted).map((k) => [k.slice(task.id.length + 1), submitted[k]]));
  // What the form submitted at the top level: the task's id, or the flat decision keys.
  const top = nested ? [task.id] : keys.filter((k) => k in submitted);
  expect(Object.keys(submitted).sort(), "form-js submitted only the decision").toEqual(top.sort());
  return { keys, decision };
}
