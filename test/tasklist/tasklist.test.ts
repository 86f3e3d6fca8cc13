// A real Camunda 7 Tasklist (7.24.0, the webapp from Maven Central on in-memory H2, server.ts) in
// headless Chromium: the camunda7 flavour of examples is deployed through the REST API (process.bpmn,
// <编码>.form and tasks/*.form in one deployment, as docs/forms.md tells integrators), then, as an
// applicant would, the process is started in Tasklist with its start form, the headline situation
// answered and every field shown filled through the page (form-js as Tasklist bundles it), and
// submitted; the variables Tasklist stored are read back through the REST API and pass
// matterc validate's code as they are. Then each user task is opened in Tasklist, claimed, its
// staff form filled and completed, until the instance ends. On CI a missing Java or Maven fails
// this test; elsewhere it is skipped, as test/engines does.
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
import { completeApplication } from "../form/helpers/application.js";
import { exampleModels } from "../form/helpers/models.js";
import { missingTools, PASSWORD, startTasklist, USER, type Tasklist } from "./server.js";

const ARTIFACTS = join(import.meta.dirname, "../../test-artifacts/tasklist");
/** 开办运输企业: 告知承诺 and a 容缺 material supplied later (补交材料), seven departments;
 * 残疾人服务: a personal matter with a select and parallel sub-items. */
// TASKLIST_EXAMPLES=QY-2024-02 narrows the run while developing; CI runs both.
const EXAMPLES = (process.env.CI ? undefined : process.env.TASKLIST_EXAMPLES)?.split(",") ?? ["QY-2024-02", "GR-2024-04"];
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
  values?: { label: string; value: string }[];
  components?: Component[];
}

let tasklist: Tasklist | undefined;
let browser: Browser;
let models: Model[] = [];
let everyExample: Model[] = [];

const skip = missingTools.length > 0 && !process.env.CI;

beforeAll(async () => {
  if (skip) return;
  if (missingTools.length > 0) throw new Error(`tasklist: ${missingTools.join(", ")} not found; .ci/run installs a JDK 17 and Maven`);
  everyExample = await exampleModels();
  models = everyExample.filter((m) => EXAMPLES.includes(m.code));
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

/** "Start process", the matter, its start form (the page is opened again if the matter is not
 * listed, at most thrice). */
async function openStartForm(p: Page, model: Model): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await p.getByText("Start process").first().click();
    try {
      await p.locator(".modal").getByText(model.name, { exact: true }).click({ timeout: 20_000 });
      break;
    } catch (e) {
      if (attempt >= 3) throw e;
      await p.goto(`${tasklist!.base}/camunda/app/tasklist/default/`);
      await p.reload();
      await p.getByText("Start process").first().waitFor();
    }
  }
  await p.locator(".modal .fjs-form").waitFor();
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
async function fillLists(p: Page, form: Component, data: unknown): Promise<void> {
  for (const list of lists(form.components!)) {
    const entries = valueAt(data, list.path!.split(".")) as Record<string, unknown>[] | undefined;
    const group = p.locator(`[role=group][aria-labelledby$=${css(`-${list.id}`)}]`);
    if (!entries || (await group.count()) === 0) continue;
    const children = [...keyed(list.components!)];
    const first = children[0].c;
    while ((await p.locator(fjs(`${first.id}_${entries.length - 1}`)).count()) === 0) {
      await group.locator("button").getByText("Add new").click();
    }
    for (const [i, entry] of entries.entries()) {
      for (const { c, path } of children) {
        const id = `${c.id}_${i}`;
        if (c.disabled || c.readonly || !(await shown(p, c, id))) continue;
        if (c.id.startsWith("material-")) await fill(p, c, id, `https://files.example.cn/${encodeURIComponent(path[path.length - 1])}-${i + 1}.pdf`);
        else if (valueAt(entry, path) !== undefined) await fill(p, c, id, c.type === "datetime" && c.subtype === "datetime" ? TYPED_TIME : valueAt(entry, path));
      }
    }
  }
}

/** The start form, filled as an applicant: the headline answers, then every commitment offered,
 * then every field and material shown (a material's reference typed: form-js 1.8 has no upload). */
async function fillApplication(p: Page, model: Model, form: Component): Promise<void> {
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
  await fillLists(p, form, data);
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

describe.skipIf(skip)("Camunda 7 Tasklist", () => {
  it("two examples are deployed, started with their application form, and every staff task completed in Tasklist", { timeout: 900_000 }, async () => {
    expect(models.map((m) => m.code).sort()).toEqual([...EXAMPLES].sort());
    const context = await browser.newContext({ timezoneId: "Asia/Shanghai", locale: "zh-CN", viewport: { width: 1400, height: 1000 } });
    context.setDefaultTimeout(STEP);
    const p = await context.newPage();
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(e.message));
    const refused: string[] = [];
    p.on("response", async (r) => {
      if (r.status() >= 400 && r.url().includes("/engine-rest/")) refused.push(`${r.status()} ${r.url().replace(/^.*engine-rest/, "")}: ${(await r.text().catch(() => "")).slice(0, 500)}`);
    });
    await login(p);
    for (const model of models) {
      const files = camunda7Files(model);
      await deploy(model, files);
      const form = JSON.parse(files[`${model.code}.form`]) as Component;

      // The applicant: Start process → the matter → its application form.
      await openStartForm(p, model);
      await fillApplication(p, model, form);
      await p.screenshot({ path: join(ARTIFACTS, `${model.code}-start.png`), fullPage: true });
      const start = p.locator(".modal-footer button").getByText("Start", { exact: true });
      await start.click({ timeout: STEP }).catch(async (e: Error) => {
        throw new Error(`${model.name}: Start stays disabled; the form's errors: ${JSON.stringify(await formErrors(p))}\n${e.message}`);
      });
      await p.locator(".modal").waitFor({ state: "detached", timeout: STEP }).catch(async (e: Error) => {
        throw new Error(`${model.name}: Tasklist did not start the process: ${refused.join(" | ")} ${errors.join(" | ")}\n${e.message}`);
      });
      process.stdout.write(`tasklist: ${model.name} started\n`);

      const [instance] = await rest<{ id: string }[]>(`/process-instance?processDefinitionKey=${encodeURIComponent(model.id)}`);
      expect(instance, `${model.name}: an instance started`).toBeDefined();
      const application = await variablesOf(instance.id);

      // As Tasklist stored it, through matterc validate's code path.
      const schema = JSON.parse(files["form.schema.json"]) as object;
      const ajv = addMatterFormats(new Ajv({ allErrors: true, verbose: true, strict: false }));
      const v = ajv.compile(schema);
      const normalized = normalizeApplication(schema, application, (s, x) => ajv.validate(s, x) === true);
      const problems = applicationProblems(v, schema, normalized).map((x) => `${x.path}: ${x.message}`);
      expect(problems, `${model.name}: ${JSON.stringify(application).slice(0, 1500)}`).toEqual([]);

      // The staff: each task opened in Tasklist, claimed, decided, completed.
      const done: string[] = [];
      for (let round = 0; round < 40; round++) {
        const tasks = await rest<{ id: string; taskDefinitionKey: string; name: string }[]>(`/task?processInstanceId=${instance.id}`);
        if (tasks.length === 0) break;
        const t = tasks[0];
        await completeInTasklist(p, model, t, JSON.parse(files[`tasks/${t.taskDefinitionKey}.form`]) as Component);
        done.push(t.name);
        process.stdout.write(`tasklist: ${model.name} ${t.name} completed\n`);
      }
      const history = await rest<{ state: string }>(`/history/process-instance/${instance.id}`);
      expect(history.state, `${model.name}: ${done.join(" → ")}`).toBe("COMPLETED");
      // Each decision was stored by Tasklist as flat String variables `<task id>_<key>`, which the
      // camunda7 flavour's gateways read (docs/forms.md).
      const accepted = await rest<{ type: string; value: unknown }[]>(`/history/variable-instance?processInstanceId=${instance.id}&variableName=${encodeURIComponent(`${model.id}_accept_结果`)}`);
      expect(accepted.map((x) => [x.type, x.value]), model.name).toEqual([["String", "受理"]]);
      expect(done.length, model.name).toBeGreaterThan(model.items.length);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.skipIf(skip)("Camunda 7 Tasklist's known limits (docs/forms.md)", () => {
  it("a start form with a repeating group, or with prefilled read-only fields, cannot be started in Tasklist", { timeout: 300_000 }, async () => {
    const context = await browser.newContext({ timezoneId: "Asia/Shanghai", locale: "zh-CN", viewport: { width: 1400, height: 1000 } });
    const p = await context.newPage();
    await login(p);
    // 开办餐饮店: employees (dynamiclist); 新生儿出生: fields prefilled from the birth certificate.
    for (const code of ["QY-2024-03", "GR-2024-01"]) {
      const model = everyExample.find((m) => m.code === code)!;
      const files = camunda7Files(model);
      await deploy(model, files);
      await openStartForm(p, model);
      await fillApplication(p, model, JSON.parse(files[`${model.code}.form`]) as Component);
      const start = p.locator(".modal-footer button").getByText("Start", { exact: true });
      if (await start.isEnabled()) await start.click();
      await p.waitForTimeout(2000);
      expect(await p.locator(".modal").count(), `${model.name}: the start dialog stays open`).toBe(1);
      expect(await rest<unknown[]>(`/process-instance?processDefinitionKey=${encodeURIComponent(model.id)}`), model.name).toEqual([]);
      await p.goto(`${tasklist!.base}/camunda/app/tasklist/default/`);
      await p.getByText("Start process").first().waitFor();
    }
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
    await complete.click({ timeout: STEP });
    await expect.poll(async () => (await rest<unknown[]>(`/task?taskId=${t.id}`)).length, { timeout: STEP }).toBe(0);
  } catch (e) {
    await p.screenshot({ path: join(ARTIFACTS, `${model.code}-${t.taskDefinitionKey}-failed.png`), fullPage: true }).catch(() => undefined);
    const errors = await formErrors(p).catch(() => []);
    throw new Error(`${model.name}: task ${t.name} (${t.taskDefinitionKey}, id ${t.id}) failed while ${step.at}; the form's errors: ${JSON.stringify(errors)}\n${(e as Error).message}`);
  }
}
