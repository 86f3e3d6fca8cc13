// @vitest-environment jsdom
// Hostile text in the forms (issue 20): form.formily.json rendered by Formily (@formily/react in
// jsdom) with Formily's expression compiler replaced by a trap, so that any text from the matter
// that Formily would compile with `new Function` is caught; the form-js form loaded in the form-js
// viewer with its FEEL and template services watched, so that any text from the matter it would
// evaluate is caught, and an answer must not leak into the form's text.
import { createRequire } from "node:module";
import { createForm, isField, type Form } from "@formily/core";
import { Schema } from "@formily/json-schema";
import { FormProvider } from "@formily/react";
import { formilySchemaField } from "../form/helpers/formily-host.js";
import { act, createElement } from "react";
import { createRoot } from "react-dom/client";
import { describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { formTarget } from "../../targets/form/index.js";
import { DEFAULT_TARGET_OPTIONS } from "../../targets/target.js";
import { BENIGN, compileHostile, CONTROLS, DATED_ON, dated, HOSTILE, hostileProactiveProgram, replaceDeep } from "./hostile-source.js";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// ---- Formily: a compiler trap in place of `new Function` ----

const SchemaField = formilySchemaField({ atLeastOne: true });

/** The expressions the form itself declares (its x-reactions), without the braces. */
function declaredExpressions(schema: unknown, into = new Set<string>(), inReaction = false): Set<string> {
  if (typeof schema === "string") {
    const m = /^\{\{([\s\S]*)\}\}$/.exec(schema);
    if (inReaction && m) into.add(m[1]);
  } else if (Array.isArray(schema)) schema.forEach((x) => declaredExpressions(x, into, inReaction));
  else if (schema && typeof schema === "object") for (const [k, v] of Object.entries(schema)) declaredExpressions(v, into, inReaction || k === "x-reactions");
  return into;
}

async function formilyProblems(schema: object): Promise<string[]> {
  const allowed = declaredExpressions(schema);
  const compiled: string[] = [];
  Schema.registerCompiler((expression: string, scope: Record<string, unknown>) => {
    if (!allowed.has(expression)) {
      compiled.push(expression);
      return undefined;
    }
    return new Function("$root", `with($root) { return (${expression}); }`)(scope);
  });
  let fields = 0;
  try {
    const form: Form = createForm();
    const root = createRoot(document.createElement("div"));
    await act(async () => root.render(createElement(FormProvider, { form }, createElement(SchemaField, { schema }))));
    form.query("*").forEach((f) => {
      if (isField(f)) fields++;
    });
    await act(async () => root.unmount());
  } finally {
    Schema.registerCompiler(undefined as never);
  }
  const problems = compiled.map((e) => `compiled text from the matter: {{${e}}}`);
  if (fields === 0) problems.push("no field rendered");
  return problems;
}

// ---- form-js: the viewer with its FEEL and template services watched ----

interface FormJs {
  importSchema(schema: unknown, data?: unknown): Promise<{ warnings: unknown[] }>;
  get(name: string): Record<string, (...args: unknown[]) => unknown>;
  on(event: string, cb: (e: unknown) => void): void;
  destroy(): void;
}
(globalThis as { DataTransfer?: unknown }).DataTransfer = class {
  items = { add() {} };
  get files() {
    const input = document.createElement("input");
    input.type = "file";
    return input.files;
  }
};
const { Form: FormJsViewer } = createRequire(import.meta.url)("@bpmn-io/form-js-viewer") as { Form: new (o: { container: Element }) => FormJs };

/** The FEEL conditions the form declares (conditional.hide). */
function declaredFeel(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((x) => declaredFeel(x, into));
  else if (schema && typeof schema === "object") {
    for (const [k, v] of Object.entries(schema)) {
      if (k === "conditional" && v && typeof (v as { hide?: unknown }).hide === "string") into.add((v as { hide: string }).hide);
      // A staff form's document preview reads the applicant's files by a FEEL path the form declares
      // (\`get value(材料, "<name>")\`, the name a FEEL string).
      else if (k === "dataSource" && typeof v === "string") into.add(v);
      else declaredFeel(v, into);
    }
  }
  return into;
}

const SECRET = "SECRET-ANSWER-4711";

async function formJsProblems(schema: object, answers: Record<string, unknown>): Promise<string[]> {
  const container = document.createElement("div");
  const form = new FormJsViewer({ container });
  const allowed = declaredFeel(schema);
  const evaluated: string[] = [];
  const feelService = form.get("expressionLanguage");
  const templating = form.get("templating");
  for (const [service, method] of [
    [feelService, "evaluate"],
    [templating, "evaluate"],
  ] as const) {
    const original = service[method].bind(service);
    service[method] = (text: unknown, ...rest: unknown[]) => {
      // A text component's text is a FEEL string literal (`="…"`), which shows the text as it is.
      const literal = typeof text === "string" && /^="(?:[^"\\]|\\[\s\S])*"$/.test(text);
      if (typeof text === "string" && !allowed.has(text) && !literal) evaluated.push(text);
      return original(text, ...rest);
    };
  }
  const errors: unknown[] = [];
  form.on("error", (e) => errors.push(e));
  await form.importSchema(schema, { ...answers, H: { 文本: SECRET } });
  const problems = evaluated.map((t) => `evaluated text from the matter: ${JSON.stringify(t).slice(0, 120)}`);
  if (errors.length) problems.push(`form-js error: ${String(errors[0])}`);
  if ((container.textContent ?? "").includes(SECRET)) problems.push("an answer leaked into the form's text");
  form.destroy();
  return problems;
}


/** The application form and the first staff task's form, built on a date on which the matter and
 * a sub-item are not in force, so that the notice on top carries their names. */
function formFiles(model: Model): { formily: object; formJs: object; taskFormily: object; taskFormJs: object } {
  const files = formTarget.perMatter!(dated(model), { ...DEFAULT_TARGET_OPTIONS, on: DATED_ON });
  const get = (end: string) => JSON.parse(files.find((f) => f.path.endsWith(end))!.text) as { tasks: { formily: object; formJs: string }[] };
  const task = get("tasks.json").tasks[0];
  return { formily: get("form.formily.json"), formJs: get(".form"), taskFormily: task.formily, taskFormJs: get(task.formJs) };
}

async function problems(model: Model): Promise<string[]> {
  const { formily, formJs, taskFormily, taskFormJs } = formFiles(model);
  // Answers under which every question is shown.
  const answers = Object.fromEntries(model.situations.map((s) => [s.name, s.type === "yesno" ? true : s.type === "multiple" ? [s.options![0]] : s.type === "single" ? s.options![0] : 1]));
  return [
    ...(await formilyProblems(formily)).map((p) => `form.formily.json: ${p}`),
    ...(await formJsProblems(formJs, answers)).map((p) => `.form: ${p}`),
    ...(await formilyProblems(taskFormily)).map((p) => `tasks.json formily: ${p}`),
    ...(await formJsProblems(taskFormJs, answers)).map((p) => `tasks/….form: ${p}`),
  ];
}

describe("hostile text in the forms is shown, never compiled or evaluated", () => {
  it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 60), s]))("%s", async (_, s) => {
    const { model, errors } = compileHostile(s);
    expect(errors).toEqual([]);
    expect(await problems(model!)).toEqual([]);
  });

  it.each(CONTROLS.map((s) => [JSON.stringify(s), s]))("%s forced into a model", async (_, s) => {
    const { model } = compileHostile(BENIGN);
    expect(await problems(replaceDeep(model!, BENIGN, `${BENIGN}${s}`))).toEqual([]);
  });
});

// A 免申即享 matter that asks for consent writes a confirmation form (the person confirms the data
// the decision read) in place of an application: its rule names, grants and the fields' sources are
// in it.
describe("hostile text in a 免申办 matter's confirmation form and task forms is shown, never compiled or evaluated", () => {
  it("the confirmation form carries the program's texts (so the strings below reach it)", () => {
    const { model } = compileHostile(BENIGN, hostileProactiveProgram);
    const { formily, formJs } = formFiles(model!);
    for (const form of [formily, formJs]) expect(JSON.stringify(form).split(BENIGN).length).toBeGreaterThan(3);
  });
  it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 60), s]))("%s", async (_, s) => {
    const { model, errors } = compileHostile(s, hostileProactiveProgram);
    expect(errors).toEqual([]);
    expect(await problems(model!)).toEqual([]);
  });
});

