// Every staff task form of every example, in every flavour, completed in Chromium: one page per
// renderer, each task shown in it after the other (window.show, as a task list opens one task
// after another), with the applicant's application of the headline situation. The clerk sees the
// application read-only (the values the task's part of it holds are on the page), takes the
// step's decisions through the page (the first outcome and every text it shows), and the
// completed decision is what the task's own schema accepts: under the task's id alone in form-js,
// as Tasklist completes a task.
import { Ajv } from "ajv";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Answer, Model } from "../../compiler/model.js";
import { staffTasks, type StaffTask } from "../../targets/form/tasks.js";
import { taskScope } from "../../targets/form/task-plan.js";
import { completeApplication, setPath } from "./helpers/application.js";
import { FLAVOURS, browserSuite, files, formJsVersionOf, open, validate, type Files, type Flavour } from "./helpers/browser.js";
import { decideOnPage, formJsDecision, formilyUploads } from "./helpers/drivers.js";
import { expectedFor } from "./helpers/expected.js";
import { grantedItem } from "./helpers/proactive.js";

interface TaskEntry {
  id: string;
  kind: string;
  schema: object;
  uischema: object;
  formily: object;
}
interface TasksFile {
  tasks: TaskEntry[];
  /** The application as staff see it, where it is not the applicant's form (免申办). */
  application?: { schema: object; uischema: object; formily: object };
}

const models = browserSuite();

/** Where the time goes, per flavour (printed with the count). */
type Timing = { show: number; decide: number; submit: number; check: number };
const TEXT = "经审查，符合要求";
const ajv = new Ajv({ strict: false });

/** The text values of the application a task shows: the data fields its part of the application
 * holds (task-plan.ts), shown in the headline situation, outside repeating groups. */
function visibleValues(model: Model, task: StaffTask, data: Record<string, unknown>): { path: string; value: string }[] {
  const scope = taskScope(model, task);
  const shown = new Set(expectedFor(model, model.metrics.headline.situation as Record<string, Answer>).shown);
  const at = (key: string) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], data);
  return model.fields
    .filter((f) => !f.perEntry && shown.has(f.key) && (!scope || f.askedBy.some((i) => scope.has(i))))
    .filter((f) => ["text", "longText", "idCard", "creditCode", "mobile", "phone", "address", "email", "postcode"].includes(f.type))
    .flatMap((f) => (typeof at(f.key) === "string" ? [{ path: f.path, value: at(f.key) as string }] : []));
}

/** Every text and input value on the page, and its visible text. */
const pageTexts = (p: Page) => p.evaluate(() => [document.body.innerText, ...[...document.querySelectorAll("input, textarea")].map((e) => (e as HTMLInputElement).value)].join("\n"));

/** Clicks the page's (last) submit button and waits there for what the renderer submitted: one
 * round trip instead of a click and a wait. */
async function submitInPage(p: Page, button: string): Promise<unknown> {
  const result = await p.evaluate(
    (button) =>
      new Promise<{ submitted: unknown; errors: number; text: string }>((resolve) => {
        const until = Date.now() + 60_000;
        const poll = () => {
          if (window.submitted !== undefined || window.errorCount > 0 || Date.now() > until) resolve({ submitted: window.submitted, errors: window.errorCount, text: document.body.innerText.slice(-1500) });
          else setTimeout(poll, 5);
        };
        // Two frames after the last answer, as a person's click comes (JSON Forms reports its
        // data and errors to the host in an effect after rendering).
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const buttons = document.querySelectorAll<HTMLButtonElement>(button);
            // A click moves the focus to the button first (form-js takes a typed value on blur).
            buttons[buttons.length - 1].focus();
            buttons[buttons.length - 1].click();
            poll();
          }),
        );
      }),
    button,
  );
  if (result.submitted === undefined) throw new Error(`the form refused to submit (${result.errors} errors):\n${result.text}`);
  return result.submitted;
}

/** Shows one task's form in the page (the application first, when `application` is given),
 * takes its decisions and completes it; returns what the task stored. */
async function complete(p: Page, flavour: Flavour, f: Files, task: StaffTask, data: Record<string, unknown>, application: object | undefined, where: string, T: Timing): Promise<Record<string, unknown>> {
  const tasksFile = f["tasks.json"] as TasksFile;
  const entry = tasksFile.tasks.find((t) => t.id === task.id)!;
  const formJs = flavour.startsWith("formjs");
  let t0 = Date.now();
  await p.evaluate((s) => window.show(s as never), {
    mode: "task",
    task: entry,
    ...(formJs ? { formJs: f[`tasks/${task.id}.form`], data, formJsVersion: formJsVersionOf(flavour) } : application ?? {}),
  });
  if (!formJs) await p.locator(`[data-task=${JSON.stringify(task.id)}]`).waitFor();
  T.show += Date.now() - t0;
  t0 = Date.now();
  // The first outcome (受理, 准予, 已补交 …) and every text it then requires.
  const chosen = task.decisions.find((d) => d.key === "结果")?.options?.[0];
  const typed = task.decisions.filter((d) => d.type === "longText" && d.required && (!d.when || d.when.value === chosen));
  for (const [i, d] of task.decisions.entries()) {
    if (d.type === "single") await decideOnPage(p, flavour, task, i, d.options![0]);
    else if (typed.includes(d)) await decideOnPage(p, flavour, task, i, TEXT);
  }
  T.decide += Date.now() - t0;
  t0 = Date.now();
  const decision = (await submitInPage(p, flavour === "rjsf" ? "button[type=submit]" : "#host-submit").catch((e: Error) => {
    throw new Error(`${where}: ${e.message}`);
  })) as Record<string, unknown>;
  T.submit += Date.now() - t0;
  const taken = formJs ? formJsDecision(f[`tasks/${task.id}.form`], task, decision).decision : decision;
  if (chosen) expect(taken.结果, where).toBe(chosen);
  for (const d of task.decisions.filter((d) => d.type === "longText")) expect(taken[d.key] || undefined, `${where}: ${d.key}`).toBe(typed.includes(d) ? TEXT : undefined); // form-js: "" for an empty text
  expect(ajv.validate(entry.schema, taken), `${where}: ${JSON.stringify(taken)} ${ajv.errorsText()}`).toBe(true);
  return taken;
}

/** The application as the flavour's host shows it to staff: tasks.json's own where it has one,
 * else the applicant's form; Formily wants its uploads as its file lists. */
function applicationFor(flavour: Flavour, f: Files, data: Record<string, unknown>): object {
  const own = (f["tasks.json"] as TasksFile).application;
  const forms = own ?? { schema: f["form.schema.json"], uischema: f["form.uischema.json"], formily: f["form.formily.json"] };
  expect(forms.schema, "an application for staff to see").toBeDefined();
  return { ...forms, data: flavour === "formily" ? formilyUploads(data) : data };
}

/** The headline application, each plain text field given a value of its own (its label), so that
 * finding a value on the page means finding that field. */
function headlineApplication(model: Model, answers: Record<string, Answer>): Record<string, unknown> {
  const data = completeApplication(model, answers);
  const shown = new Set(expectedFor(model, answers).shown);
  for (const f of model.fields.filter((f) => !f.perEntry && !f.pattern && (f.type === "text" || f.type === "longText") && shown.has(f.key))) {
    const value = `${f.label}（示例）`;
    if (value.length >= (f.minLength ?? 1) && value.length <= (f.maxLength ?? 100)) setPath(data, f.key.split("."), value);
  }
  return data;
}

describe.each(FLAVOURS)("%s: every staff task form of every example in Chromium", (flavour) => {
  it("completes each user task with the headline application shown read-only", async () => {
    if (!process.env.FORMS_EXAMPLES) expect(models.length).toBeGreaterThan(10);
    const { p, errors } = await open(flavour, null);
    const T: Timing = { show: 0, decide: 0, submit: 0, check: 0 };
    const kinds = new Set<string>();
    let count = 0;
    for (const model of models) {
      const f = files(model, flavour);
      const headline = model.metrics.headline.situation as Record<string, Answer>;
      const data = headlineApplication(model, headline);
      // What the applicant submitted: an application matterc validate accepts.
      if (f["form.schema.json"]) expect(validate(f["form.schema.json"] as object, data).problems, model.name).toEqual([]);
      const tasks = staffTasks(model);
      expect(tasks.map((t) => t.id), model.name).toEqual((f["tasks.json"] as TasksFile).tasks.map((t) => t.id));
      for (const [n, task] of tasks.entries()) {
        const where = `${flavour} ${model.name} ${task.name} (${task.kind})`;
        await complete(p, flavour, f, task, data, n === 0 ? applicationFor(flavour, f, data) : undefined, where, T);
        // The clerk sees the application: each value of the task's part is on the page.
        const t0 = Date.now();
        const texts = await pageTexts(p);
        for (const v of visibleValues(model, task, data)) expect(texts.includes(v.value), `${where}: ${v.path} = ${v.value} not shown`).toBe(true);
        T.check += Date.now() - t0;
        kinds.add(task.kind);
        count++;
      }
    }
    expect(errors, flavour).toEqual([]);
    await p.close();
    if (!process.env.FORMS_EXAMPLES) {
      expect([...kinds].sort()).toEqual(["accept", "check", "correct", "issue", "post", "review", "special", "supply", "urge", "window"]);
      expect(count).toBe(models.reduce((n, m) => n + staffTasks(m).length, 0));
    }
    console.log(`${flavour}: ${count} staff task forms completed; ms showing, deciding, submitting, checking: ${JSON.stringify(T)}`);
  }, 1_200_000);

  it("shows a sub-item granted without application (免申办) its fields, confirmed from data, on its review form", async () => {
    const newborn = models.find((m) => m.code === "GR-2024-01");
    if (!newborn) return expect(process.env.FORMS_EXAMPLES, "新生儿出生 is left out only by FORMS_EXAMPLES").toBeDefined();
    const model = grantedItem(newborn, "生育医疗费用报销");
    const item = model.items.find((i) => i.name === "生育医疗费用报销")!;
    const task = staffTasks(model).find((t) => t.id === item.id)!;
    const answers = { ...(model.metrics.headline.situation as Record<string, Answer>), 报销生育费用: true };
    const data = headlineApplication(model, answers);
    // The platform's data, not the applicant's answers: the sub-item's own fields.
    const own = { 开户银行: "示例银行示例市分行营业部", 户名: "王小红", 账号: "6222020200112233445" };
    for (const [k, v] of Object.entries(own)) setPath(data, model.fields.find((x) => x.path === `银行账户.${k}`)!.key.split("."), v);
    const f = files(model, flavour);
    const { p, errors } = await open(flavour, null);
    const where = `${flavour} ${model.name} ${task.name}`;
    await complete(p, flavour, f, task, data, applicationFor(flavour, f, data), where, { show: 0, decide: 0, submit: 0, check: 0 });
    const texts = await pageTexts(p);
    for (const v of Object.values(own)) expect(texts.includes(v), `${where}: ${v} not shown`).toBe(true);
    await p.close();
    expect(errors).toEqual([]);
  }, 120_000);
});
