// A real Camunda 7 Tasklist (7.24.0, the webapp from Maven Central on in-memory H2, server.ts) in
// headless Chromium: the camunda7 flavour of every example that is applied for is deployed through
// the REST API (process.bpmn, <编码>.form and tasks/*.form in one deployment, as docs/forms.md tells
// integrators), then, as an applicant would, the process is started in Tasklist with its start
// form, the headline situation answered and every field shown filled through the page (form-js as
// Tasklist bundles it; a repeating group's entries added), and submitted (with a repeating group,
// by the form's own button); the variables Tasklist stored are read back through the REST API and
// pass matterc validate's code as they are, but for the prefilled fields, which the platform then
// writes. For three examples each user task is then opened in Tasklist, claimed, its staff form
// filled and completed, until the instance ends. On CI a missing Java or Maven fails this test;
// elsewhere it is skipped, as test/engines does.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer, Model } from "../../compiler/model.js";
import { formTarget } from "../../targets/form/index.js";
import { processTarget } from "../../targets/process/index.js";
import { DEFAULT_TARGET_OPTIONS } from "../../targets/target.js";
import addMatterFormats from "../../targets/form/ajv-plugin.js";
import { applicationProblems } from "../../targets/form/application-errors.js";
import { normalizeApplication } from "../../targets/form/application-normalize.js";
import { completeApplication, setPath } from "../form/helpers/application.js";
import { exampleModels } from "../form/helpers/models.js";
import { missingTools, PASSWORD, startTasklist, USER, type Tasklist } from "./server.js";

const ARTIFACTS = join(import.meta.dirname, "../../test-artifacts/tasklist");
/** Every example that is applied for (a 免申办 matter starts from a message or a timer, with no
 * start form) is started in Tasklist; every staff task is completed for three: 开办运输企业 (告知承诺,
 * a 容缺 material supplied later, seven departments), 开办餐饮店 (a repeating group: its employees;
 * parallel sub-items) and 新生儿出生 (fields prefilled from sources, written by the platform). */
const COMPLETE = ["QY-2024-02", "QY-2024-03", "GR-2024-01"];
// TASKLIST_EXAMPLES=QY-2024-02,QY-2024-03 narrows the run while developing; CI runs them all.
const EXAMPLES = (process.env.CI ? undefined : process.env.TASKLIST_EXAMPLES)?.split(",");
const TYPED_TIME = "2024-05-06T10:30";
/** How long one step in the browser may take: generous, for a loaded 2-core machine. */
const STEP = 90_000;

interface Component {
  id: string;
  type: string;
  key?: string;
  path?: string;
  subtype?: string;
  disabled?: boolean;
  readonly?: boolean;
  properties?: Record<string, string>;
  values?: { label: string; value: string }[];
  components?: Component[];
}

let tasklist: Tasklist | undefined;
let browser: Browser;
let models: Model[] = [];

const skip = missingTools.length > 0 && !process.env.CI;

beforeAll(async () => {
  if (skip) return;
  if (missingTools.length > 0) throw new Error(`tasklist: ${missingTools.join(", ")} not found; .ci/run installs a JDK 17 and Maven`);
  models = (await exampleModels()).filter((m) => !m.proactive && (EXAMPLES?.includes(m.code) ?? true));
  tasklist = await startTasklist();
  process.stdout.write(`tasklist: Maven and javac ${tasklist.timings.build.toFixed(1)} s, Camunda 7 started in ${tasklist.timings.start.toFixed(1)} s\n`);
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await tasklist?.stop();
});

async function rest<T>(path: string, init?: RequestInit): Promise<T> {
  const r = await fetch(`${tasklist!.rest}${path}`, init);
  const text = await r.text();
  if (!r.ok) throw new Error(`${init?.method ?? "GET"} ${path}: ${r.status} ${text.slice(0, 1000)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

type Files = Record<string, string>;
function camunda7Files(model: Model): Files {
  const options = { ...DEFAULT_TARGET_OPTIONS, process: "camunda7" as const };
  return Object.fromEntries([...processTarget.perMatter!(model, options), ...formTarget.perMatter!(model, options)].map((f) => [f.path, f.text]));
}

/** One deployment: process.bpmn, the application form and every staff form (docs/forms.md). */
async function deploy(model: Model, files: Files): Promise<string[]> {
  const body = new FormData();
  body.set("deployment-name", model.code);
  body.set("deployment-source", "matterc");
  const resources = Object.keys(files).filter((p) => p === "process.bpmn" || p.endsWith(".form"));
  for (const p of resources) body.set(p, new Blob([files[p]]), p.replace(/^tasks\//, ""));
  const d = await rest<{ deployedProcessDefinitions: Record<string, unknown> }>("/deployment/create", { method: "POST", body });
  expect(Object.keys(d.deployedProcessDefinitions ?? {}), model.name).toHaveLength(1);
  return resources;
}

const css = (s: string) => JSON.stringify(s);
/** A pattern that matches exactly this text (surrounding white space aside). */
const exactly = (s: string) => new RegExp(`^\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`);
/** form-js writes `fjs-form-<form>-<component id>` as an input's id. */
const fjs = (componentId: string) => `[id$=${css(`-${componentId}`)}]`;

async function login(p: Page): Promise<void> {
  await p.goto(`${tasklist!.base}/camunda/app/tasklist/default/`);
  await p.locator("input[ng-model=username]").fill(USER);
  await p.locator("input[ng-model=password]").fill(PASSWORD);
  await p.locator("button[type=submit]").click();
  await p.getByText("Start process").first().waitFor();
}

/** "Start process", the matter, its start form. Opening a start form changes nothing on the server,
 * so when the matter is not listed or its form does not show (a loaded machine: once, in CI, the
 * form never rendered after the click), the page is opened again and the whole step retried, at
 * most thrice; a failure says which matter and step. */
async function openStartForm(p: Page, model: Model): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    let step = "Start process";
    try {
      await p.getByText("Start process").first().click();
      step = "the matter in the list";
      await p.locator(".modal").getByText(model.name, { exact: true }).click({ timeout: 20_000 });
      step = "its start form";
      await p.locator(".modal .fjs-form").waitFor({ timeout: 45_000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw new Error(`${model.name}: ${step} not shown after ${attempt} attempts: ${(e as Error).message}`);
      await p.goto(`${tasklist!.base}/camunda/app/tasklist/default/`);
      await p.reload();
      await p.getByText("Start process").first().waitFor();
    }
  }
}

/** form-js 1.8 takes a typed value 300 ms after the last keystroke (docs/forms.md), as a person
 * pauses before the next field; this waits on the page's own clock (a timer set after that one
 * fires after it, however loaded the machine), then two frames, by when the page has rendered
 * what the value shows or hides. Not a blur instead: form-js 1.8.7 validates a field on its
 * first blur against the value before the flush and marks it empty ("Field is required"). */
const settle = (p: Page, typed: boolean) =>
  p.evaluate(
    (delay) => new Promise<void>((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => r())), delay)),
    typed ? 350 : 0,
  );

function valueAt(data: unknown, path: string[]): unknown {
  return path.reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), data);
}

/** Fills one keyed component shown on the page with `value`; `id` is its id on the page (in a
 * list's entry, `<id>_<index>`). */
async function fill(p: Page, c: Component, id: string, value: unknown): Promise<void> {
  const el = p.locator(fjs(id)).first();
  switch (c.type) {
    case "checkbox":
      await el.setChecked(value === true);
      break;
    case "checklist":
      for (const v of value as string[]) await p.locator(fjs(`${id}-${c.values!.findIndex((x) => x.value === v)}`)).first().check();
      break;
    case "radio":
      await p.locator(fjs(`${id}-${c.values!.findIndex((x) => x.value === value)}`)).first().check();
      break;
    case "select":
      // form-js 1.8 hides the input that carries the id; its parent is what a person clicks.
      await el.locator("xpath=..").click();
      await p.locator(".fjs-dropdownlist-item").getByText(String(value), { exact: true }).click();
      break;
    case "datetime": {
      const [date, time] = String(value).split("T");
      const d = p.locator(fjs(`${id}-date`)).first();
      await d.fill(date);
      await d.press("Enter");
      if (c.subtype === "datetime") {
        const t = p.locator(fjs(`${id}-time`)).first();
        await t.fill(time.slice(0, 5));
        await t.press("Enter");
      }
      break;
    }
    default:
      await el.fill(String(value));
  }
  await settle(p, c.type === "textfield" || c.type === "textarea" || c.type === "number");
}

/** The keyed components of a form, in page order, each with its data path. */
function* keyed(components: Component[], under: string[] = []): Generator<{ c: Component; path: string[] }> {
  for (const c of components) {
    if (c.type === "dynamiclist") continue; // its entries: fillLists
    const path = c.path ? [...under, ...c.path.split(".")] : under;
    if (c.key) yield { c, path: [...under, ...c.key.split(".")] };
    if (c.components) yield* keyed(c.components, path);
  }
}

async function shown(p: Page, c: Component, id = c.id): Promise<boolean> {
  const sel = c.type === "datetime" ? fjs(`${id}-date`) : c.type === "checklist" || c.type === "radio" ? fjs(`${id}-0`) : fjs(id);
  return (await p.locator(sel).count()) > 0;
}

function* lists(components: Component[]): Generator<Component> {
  for (const c of components) {
    if (c.type === "dynamiclist") yield c;
    else if (c.components) yield* lists(c.components);
  }
}

/** A repeating group's entries (a form-js dynamiclist, ids `<id>_<index>`): as many as the
 * application has, added with the list's "Add new", each entry's fields filled. */
async function fillLists(p: Page, form: Component, data: unknown): Promise<number> {
  let filled = 0;
  for (const list of lists(form.components!)) {
    const entries = valueAt(data, list.path!.split(".")) as Record<string, unknown>[] | undefined;
    const group = p.locator(`[role=group][aria-labelledby$=${css(`-${list.id}`)}]`);
    if (!entries || (await group.count()) === 0) continue;
    const children = [...keyed(list.components!)];
    const first = children[0].c;
    // One click per missing entry, each waited for (a second click before the entry shows would
    // add one too many).
    for (let i = 0; i < entries.length; i++) {
      if (await shown(p, first, `${first.id}_${i}`)) continue;
      await group.locator("button").getByText("Add new").click();
      await expect.poll(() => shown(p, first, `${first.id}_${i}`), { timeout: STEP, message: `entry ${i + 1} of ${list.path}` }).toBe(true);
    }
    filled++;
    for (const [i, entry] of entries.entries()) {
      for (const { c, path } of children) {
        const id = `${c.id}_${i}`;
        if (c.disabled || c.readonly || !(await shown(p, c, id))) continue;
        if (c.id.startsWith("material-")) await fill(p, c, id, `https://files.example.cn/${encodeURIComponent(path[path.length - 1])}-${i + 1}.pdf`);
        else if (valueAt(entry, path) !== undefined) await fill(p, c, id, c.type === "datetime" && c.subtype === "datetime" ? TYPED_TIME : valueAt(entry, path));
      }
    }
  }
  return filled;
}

/** The start form, filled as an applicant: the headline answers, then every commitment offered,
 * then every field and material shown (a material's reference typed: form-js 1.8 has no upload). */
async function fillApplication(p: Page, model: Model, form: Component): Promise<number> {
  const headline = model.metrics.headline.situation as Record<string, Answer>;
  const data = completeApplication(model, headline, true);
  const all = [...keyed(form.components!)];
  const bySituation = all.filter(({ c }) => c.id.startsWith("situation-"));
  for (const { c, path } of bySituation) if (headline[path[0]] !== undefined && headline[path[0]] !== false) await fill(p, c, c.id, headline[path[0]]);
  for (const { c } of all.filter(({ c }) => c.id.startsWith("commitment-"))) if (await shown(p, c)) await fill(p, c, c.id, true);
  for (const { c, path } of all) {
    if (c.id.startsWith("situation-") || c.id.startsWith("commitment-") || c.disabled || c.readonly || !(await shown(p, c))) continue;
    if (c.id.startsWith("material-")) {
      await fill(p, c, c.id, `https://files.example.cn/${encodeURIComponent(path[path.length - 1])}.pdf`);
      continue;
    }
    const v = valueAt(data, path);
    if (v === undefined) continue;
    await fill(p, c, c.id, c.type === "datetime" && c.subtype === "datetime" ? TYPED_TIME : v);
  }
  return fillLists(p, form, data);
}

/** The fields form-js marks as wrong, with its messages. */
async function formErrors(p: Page): Promise<string[]> {
  return p.locator(".fjs-has-errors").evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, " ").slice(0, 200)));
}

/** The variables of an instance as the application: Json values parsed, the others as they are. */
async function variablesOf(instance: string): Promise<Record<string, unknown>> {
  const vars = await rest<Record<string, { type: string; value: unknown }>>(`/process-instance/${instance}/variables?deserializeValues=false`);
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, v.type === "Json" ? JSON.parse(String(v.value)) : v.value]));
}

/** The fields the platform prefills from their sources (read-only, with `matterc:source.*`), by
 * data path. */
function prefilled(form: Component): string[] {
  return [...keyed(form.components!)].filter(({ c }) => c.readonly && c.properties?.["matterc:source.kind"] !== undefined).map(({ path }) => path.join("."));
}

/** What `matterc validate` says of an application, by its code path (ajv with the matterc formats,
 * the stored data normalized as the CLI does). */
function problemsOf(files: Files, application: Record<string, unknown>): { path: string; message: string }[] {
  const schema = JSON.parse(files["form.schema.json"]) as object;
  const ajv = addMatterFormats(new Ajv({ allErrors: true, verbose: true, strict: false }));
  const v = ajv.compile(schema);
  const normalized = normalizeApplication(schema, application, (s, x) => ajv.validate(s, x) === true);
  return applicationProblems(v, schema, normalized).map((x) => ({ path: x.path, message: x.message }));
}

/** The applicant: Start process → the matter → its application form, filled and submitted. With a
 * repeating group, Tasklist's Start is disabled once a list is edited (form-js 1.8.7 leaves empty
 * error entries) and the form's own 提交申请 starts it (docs/forms.md). Returns the instance's id. */
async function startInTasklist(p: Page, model: Model, form: Component, diagnostics: () => string): Promise<string> {
  await openStartForm(p, model);
  const listsFilled = await fillApplication(p, model, form);
  await p.screenshot({ path: join(ARTIFACTS, `${model.code}-start.png`), fullPage: true });
  const hasList = [...lists(form.components!)].length > 0;
  const start = p.locator(".modal-footer button").getByText("Start", { exact: true });
  const submit = p.locator(".modal .fjs-form button.fjs-button[type=submit]");
  expect(await submit.count(), `${model.name}: the form's own submit button`).toBe(hasList ? 1 : 0);
  if (listsFilled > 0) await expect.poll(() => start.isDisabled(), { timeout: STEP, message: `${model.name}: Start disabled after a list was edited` }).toBe(true);
  const started = p.waitForResponse((r) => r.request().method() === "POST" && /\/process-definition\/[^/]+\/submit-form$/.test(r.url()), { timeout: STEP });
  started.catch(() => undefined);
  await (hasList ? submit : start).click({ timeout: STEP }).catch(async (e: Error) => {
    throw new Error(`${model.name}: ${hasList ? "提交申请" : "Start"} stays disabled; the form's errors: ${JSON.stringify(await formErrors(p))}\n${e.message}`);
  });
  const response = await started.catch(async (e: Error) => {
    throw new Error(`${model.name}: Tasklist did not submit the start form; the form's errors: ${JSON.stringify(await formErrors(p))} ${diagnostics()}\n${e.message}`);
  });
  expect(response.status(), `${model.name}: ${diagnostics()}`).toBe(200);
  await p.locator(".modal").waitFor({ state: "detached", timeout: STEP });
  return ((await response.json()) as { id: string }).id;
}

describe.skipIf(skip)("Camunda 7 Tasklist", () => {
  it("every applied-for example is started in Tasklist with its application form; every staff task of a few is completed there", { timeout: 1_800_000 }, async () => {
    expect(models.length).toBeGreaterThanOrEqual(process.env.CI ? 12 : 1);
    const context = await browser.newContext({ timezoneId: "Asia/Shanghai", locale: "zh-CN", viewport: { width: 1400, height: 1000 } });
    context.setDefaultTimeout(STEP);
    const p = await context.newPage();
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(e.message));
    const refused: string[] = [];
    p.on("response", async (r) => {
      if (r.status() >= 400 && r.url().includes("/engine-rest/")) refused.push(`${r.status()} ${r.url().replace(/^.*engine-rest/, "")}: ${(await r.text().catch(() => "")).slice(0, 500)}`);
    });
    const diagnostics = () => `${refused.join(" | ")} ${errors.join(" | ")}`;
    await login(p);
    const completed: string[] = [];
    for (const model of models) {
      const t0 = Date.now();
      const files = camunda7Files(model);
      await deploy(model, files);
      const form = JSON.parse(files[`${model.code}.form`]) as Component;
      const instance = await startInTasklist(p, model, form, diagnostics);
      const application = await variablesOf(instance);

      // As Tasklist stored it, through matterc validate's code path: complete but for the required
      // fields the platform prefills from their sources (Tasklist gives a start form no data), each
      // reported as such; once the platform has written every prefilled field shown, accepted.
      const fromSources = prefilled(form);
      const problems = problemsOf(files, application);
      const shown = completeApplication(model, model.metrics.headline.situation as Record<string, Answer>);
      const toPrefill = fromSources.filter((path) => valueAt(shown, path.split(".")) !== undefined);
      expect(
        problems.filter((x) => !(toPrefill.includes(x.path) && x.message.includes("预填"))),
        `${model.name}: ${JSON.stringify(application).slice(0, 1500)}`,
      ).toEqual([]);
      if (toPrefill.length > 0) {
        const roots = new Set(toPrefill.map((path) => path.split(".")[0]));
        const updated = structuredClone(application);
        for (const path of toPrefill) setPath(updated, path.split("."), valueAt(shown, path.split(".")));
        const modifications = Object.fromEntries(
          [...roots].map((k) => [k, typeof updated[k] === "object" ? { type: "Json", value: JSON.stringify(updated[k]) } : { value: updated[k] }]),
        );
        await rest(`/process-instance/${instance}/variables`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ modifications }) });
        expect(problemsOf(files, await variablesOf(instance)), `${model.name}, prefilled`).toEqual([]);
      }
      process.stdout.write(`tasklist: ${model.name} started (${toPrefill.length} prefilled fields written through REST) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
      if (!COMPLETE.includes(model.code)) continue;

      // The staff: each task opened in Tasklist, claimed, decided, completed.
      const done: string[] = [];
      for (let round = 0; round < 40; round++) {
        const tasks = await rest<{ id: string; taskDefinitionKey: string; name: string }[]>(`/task?processInstanceId=${instance}`);
        if (tasks.length === 0) break;
        const t = tasks[0];
        await completeInTasklist(p, model, t, JSON.parse(files[`tasks/${t.taskDefinitionKey}.form`]) as Component);
        done.push(t.name);
        process.stdout.write(`tasklist: ${model.name} ${t.name} completed\n`);
      }
      const history = await rest<{ state: string }>(`/history/process-instance/${instance}`);
      expect(history.state, `${model.name}: ${done.join(" → ")}`).toBe("COMPLETED");
      // Each decision was stored by Tasklist as flat String variables `<task id>_<key>`, which the
      // camunda7 flavour's gateways read (docs/forms.md).
      const accepted = await rest<{ type: string; value: unknown }[]>(`/history/variable-instance?processInstanceId=${instance}&variableName=${encodeURIComponent(`${model.id}_accept_结果`)}`);
      expect(accepted.map((x) => [x.type, x.value]), model.name).toEqual([["String", "受理"]]);
      expect(done.length, model.name).toBeGreaterThan(model.items.length);
      process.stdout.write(`tasklist: ${model.name} ${done.length} staff tasks completed in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
      completed.push(model.code);
    }
    expect(completed.sort(), "the examples whose every staff task was completed").toEqual(COMPLETE.filter((c) => models.some((m) => m.code === c)).sort());
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Opens a task in Tasklist, claims it, takes the first (favourable) choice of each decision and
 * writes an opinion where one is asked, and completes it. Every step waits for the state it needs
 * (on a loaded machine the page lags well behind the engine): the page is loaded afresh (a URL that
 * differs only in its hash would keep the previous task's view), the card must show this task, the
 * claim must be reflected (the card offers to unclaim, the engine has the assignee), the form must
 * be loaded and enabled. A failure names the task and leaves a screenshot. */
async function completeInTasklist(p: Page, model: Model, t: { id: string; taskDefinitionKey: string; name: string }, form: Component): Promise<void> {
  const step = { at: "opening" };
  try {
    await p.goto("about:blank");
    await p.goto(`${tasklist!.base}/camunda/app/tasklist/default/#/?task=${t.id}`);
    const card = p.locator(".task-card");
    await card.locator("h2.task").filter({ hasText: exactly(t.name) }).waitFor({ timeout: STEP });
    step.at = "claiming";
    await card.locator("button.claim").click({ timeout: STEP });
    await card.locator(".assignee .unclaim").waitFor({ timeout: STEP });
    await expect.poll(async () => (await rest<{ assignee: string | null }>(`/task/${t.id}`)).assignee, { timeout: STEP }).toBe(USER);
    step.at = "loading the form";
    await card.locator("[cam-tasklist-form-camunda] .fjs-form").waitFor({ timeout: STEP });
    await card.locator(".disabled-form").waitFor({ state: "detached", timeout: STEP });
    const complete = card.locator(".form-actions button.btn-primary[type=submit]");
    await complete.waitFor({ timeout: STEP });
    step.at = "deciding";
    const decision = form.components!.find((c) => c.id === "section-decision")!;
    for (const { c } of keyed(decision.components!)) {
      if (!(await shown(p, c))) continue;
      if (c.type === "radio" || c.type === "select") await fill(p, c, c.id, c.values![0].value);
      else if (c.type === "textarea" || c.type === "textfield") await fill(p, c, c.id, "符合条件");
    }
    step.at = "completing";
    // With a repeating group, the form's own button (Complete stays disabled: docs/forms.md).
    const submit = card.locator(".fjs-form button.fjs-button[type=submit]");
    expect(await submit.count(), "the form's own submit button").toBe([...lists(form.components!)].length > 0 ? 1 : 0);
    await ((await submit.count()) > 0 ? submit : complete).click({ timeout: STEP });
    await expect.poll(async () => (await rest<unknown[]>(`/task?taskId=${t.id}`)).length, { timeout: STEP }).toBe(0);
  } catch (e) {
    await p.screenshot({ path: join(ARTIFACTS, `${model.code}-${t.taskDefinitionKey}-failed.png`), fullPage: true }).catch(() => undefined);
    const errors = await formErrors(p).catch(() => []);
    throw new Error(`${model.name}: task ${t.name} (${t.taskDefinitionKey}, id ${t.id}) failed while ${step.at}; the form's errors: ${JSON.stringify(errors)}\n${(e as Error).message}`);
  }
}
