// Hostile text stays text (issue 20): a catalogue of strings that mean something in one of the
// output languages is written into every string position of a .matter program (hostile-source.ts)
// and every output is checked by its real consumer: HTML in a DOM that runs scripts, Markdown
// through micromark, process.bpmn through an XML parser in all four flavours, FEEL conditions in
// feelin and JUEL conditions in Tomcat's EL against the compiler's `evaluate`. The forms are
// rendered by Formily and form-js in hostile-forms.test.ts. Text the compiler rejects (control
// characters, names no FEEL engine can read) gets a diagnostic; the same text forced into a model
// by hand still leaves every output well-formed and inert.
import { evaluate as feel } from "feelin";
import { describe, expect, it } from "vitest";
import { evaluate, subjects } from "../../compiler/conditions.js";
import { renderText } from "../../compiler/diagnostics/render.js";
import type { Answer, Cond, Model } from "../../compiler/model.js";
import { toFeel } from "../../targets/conditions/feel.js";
import { toJuel } from "../../targets/conditions/juel.js";
import { DEFAULT_TARGET_OPTIONS, renderAll, type OutputFile } from "../../targets/index.js";
import { processTarget } from "../../targets/process/index.js";
import { flowableTarget } from "../../targets/flowable/index.js";
import { compileTexts } from "../helpers/memory-host.js";
import { domShape, haveJava, htmlDom, juelResults, linkProblems, markdownDom, rawControls, xmlProblems } from "./consumers.js";
import { BENIGN, compileHostile, CONTROLS, DATED_ON, dated, HOSTILE, hostileProactiveProgram, hostileProgram, replaceDeep } from "./hostile-source.js";

const FLAVOURS = ["camunda8", "camunda7", "flowable", "plain"] as const;

/** Every output, built on a date on which the matter and a sub-item are not in force (so the
 * notices of \`--on\` carry their names too). */
function outputs(undated: Model): Map<string, string> {
  const model = dated(undated);
  const files = new Map<string, string>();
  for (const f of renderAll([model], { process: "camunda8", on: DATED_ON }) as OutputFile[]) files.set(f.path.endsWith(".bpmn") ? `${f.path}#camunda8` : f.path, f.text);
  for (const flavour of FLAVOURS.slice(1)) {
    for (const f of processTarget.perMatter!(model, { ...DEFAULT_TARGET_OPTIONS, process: flavour, on: DATED_ON })) if (f.path.endsWith(".bpmn")) files.set(`${f.path}#${flavour}`, f.text);
  }
  // Flowable's form definitions (--process flowable).
  for (const f of flowableTarget.perMatter!(model, { ...DEFAULT_TARGET_OPTIONS, process: "flowable", on: DATED_ON })) files.set(f.path, f.text);
  return files;
}

// ---- conditions ----

function conditionsOf(model: Model): Cond[] {
  const all = [
    ...model.items.map((i) => i.when),
    ...model.materials.flatMap((m) => [m.uploadWhen, m.neededWhen]),
    ...model.fields.map((f) => f.neededWhen),
    ...model.commitments.map((c) => c.offeredWhen),
  ].filter((c) => c.op !== "true" && c.op !== "false");
  return [...new Map(all.map((c) => [JSON.stringify(c), c])).values()];
}

/** Answers that tell the conditions apart: the compiler's own situations, nothing, and each
 * option of each choice alone. */
function answerSets(model: Model): Record<string, Answer>[] {
  const sets: Record<string, Answer>[] = [{}, ...model.metrics.situations.map((s) => s.situation)];
  for (const s of model.situations) for (const o of s.options ?? []) sets.push({ [s.name]: s.type === "multiple" ? [o] : o });
  return sets;
}

function feelProblems(model: Model): string[] {
  const out: string[] = [];
  for (const c of conditionsOf(model)) {
    for (const answers of answerSets(model)) {
      const vars = Object.fromEntries([...subjects(c)].map((s) => [s, answers[s] ?? null]));
      let got: unknown;
      try {
        got = feel(toFeel(c), vars).value;
      } catch (e) {
        got = `error ${(e as Error).message}`;
      }
      if (got !== evaluate(c, answers)) out.push(`FEEL ${toFeel(c)} with ${JSON.stringify(answers)}: ${String(got)}`);
    }
  }
  return out;
}

// ---- the checks of one model's outputs ----

interface Baseline {
  shapes: Map<string, string[]>;
}

function shapeOf(path: string, text: string): string[] | undefined {
  if (path.endsWith(".html")) return domShape(htmlDom(text).dom.window.document);
  if (path.endsWith(".md")) return domShape(markdownDom(text));
  return undefined;
}

function baseline(program = hostileProgram): Baseline {
  const { model, errors } = compileHostile(BENIGN, program);
  expect(errors).toEqual([]);
  const shapes = new Map<string, string[]>();
  for (const [path, text] of outputs(model!)) {
    const shape = shapeOf(path, text);
    if (shape) shapes.set(path.replace(/commitment-[^/]*\./, "commitment."), shape);
  }
  return { shapes };
}

/** Problems of every output of `model`, whose pages must have the shape of the benign program's;
 * `meaning`: its FEEL conditions must also decide like the compiler. */
async function outputProblems(model: Model, base: Baseline, meaning = true): Promise<string[]> {
  const problems: string[] = [];
  const files = outputs(model);
  for (const [path, text] of files) {
    const where = (p: string) => `${path}: ${p}`;
    if (!path.endsWith(".json") && !path.endsWith(".form")) for (const c of rawControls(text)) problems.push(where(`raw ${c}`));
    if (path.endsWith(".json") || path.endsWith(".form")) {
      try {
        JSON.parse(text);
      } catch (e) {
        problems.push(where(`not JSON: ${(e as Error).message}`));
      }
    }
    if (path.includes(".bpmn") || path.endsWith(".dmn")) problems.push(...xmlProblems(text).map(where));
    // Flowable's form engine evaluates only these keys and field types (expressions): none may be written.
    if (path.startsWith("flowable/")) {
      const form = JSON.parse(text) as { fields: Record<string, unknown>[] };
      for (const f of form.fields) {
        const params = (f.params ?? {}) as Record<string, unknown>;
        if ("expression" in f || "optionsExpression" in f || "hyperlinkUrl" in params || f.type === "expression" || f.type === "hyperlink") problems.push(where(`a Flowable form field the engine evaluates: ${String(f.id)}`));
      }
    }
    if (path.endsWith(".html")) {
      const { dom, alerts } = htmlDom(text);
      const doc = dom.window.document;
      if (alerts.length) problems.push(where(`script ran: alert(${alerts[0]})`));
      problems.push(...linkProblems(doc).map(where));
      const want = base.shapes.get(path.replace(/commitment-[^/]*\./, "commitment."));
      if (want && JSON.stringify(domShape(doc)) !== JSON.stringify(want)) problems.push(where("the page's elements differ from the benign program's"));
    }
    if (path.endsWith(".md")) {
      const doc = markdownDom(text);
      problems.push(...linkProblems(doc).map(where));
      const want = base.shapes.get(path.replace(/commitment-[^/]*\./, "commitment."));
      if (want && JSON.stringify(domShape(doc)) !== JSON.stringify(want)) problems.push(where("the Markdown's elements differ from the benign program's"));
    }
  }
  // Conditions keep their meaning for every text the compiler accepts; text it rejects is dropped
  // from FEEL literals, so only well-formedness is asked of a forced model.
  if (meaning) problems.push(...feelProblems(model));
  return problems;
}

describe("hostile text in every string position stays text in every output", () => {
  const base = baseline();

  it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 60), s]))("%s", async (_, s) => {
    const { model, errors } = compileHostile(s);
    expect(errors).toEqual([]);
    expect(await outputProblems(model!, base)).toEqual([]);
  });

  // A matter-level 免申办 started by a data event: the event names the BPMN start message, and the
  // matter writes eligibility.dmn, the 主动告知书 and a confirmation form instead of an application.
  describe("in a matter granted without application (免申即享, data event)", () => {
    const pbase = baseline(hostileProactiveProgram);
    it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 60), s]))("%s", async (_, s) => {
      const { model, errors } = compileHostile(s, hostileProactiveProgram);
      expect(errors).toEqual([]);
      expect(model!.proactive?.trigger).toMatchObject({ kind: "data-event", event: s });
      expect(await outputProblems(model!, pbase)).toEqual([]);
    });
  });

  it.each(CONTROLS.map((s) => [JSON.stringify(s), s]))("%s is rejected by the compiler, and inert if forced into a model", async (_, s) => {
    // An error: `matterc build` writes nothing.
    expect(compileHostile(s).errors).toContain("E0120");
    const { model: benign } = compileHostile(BENIGN);
    const forced = replaceDeep(benign!, BENIGN, `${BENIGN}${s}`);
    expect(await outputProblems(forced, base, false)).toEqual([]);
  });
});

describe.skipIf(!haveJava && !process.env.CI)("JUEL conditions with hostile options decide like the compiler (Tomcat EL)", () => {
  it("for every hostile string", () => {
    const cases: { expression: string; answers: Record<string, Answer>; cond: Cond }[] = [];
    for (const s of HOSTILE) {
      const { model } = compileHostile(s);
      for (const cond of conditionsOf(model!)) for (const answers of answerSets(model!)) cases.push({ expression: toJuel(cond), answers, cond });
    }
    const results = juelResults(cases);
    const wrong = cases.filter((c, i) => results[i] !== String(evaluate(c.cond, c.answers))).map((c) => `${c.expression} with ${JSON.stringify(c.answers)}`);
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe("names in conditions", () => {
  const program = (name: string) => `使用 "std/部门"
一件事 测试 {
  编码: "T-1"
  牵头部门: 市场监管局
  情形 ${name}: 是否 "是否？"
  子事项 甲 { 部门: 市场监管局  适用: ${name} }
}
`;
  it.each(["and", "or", "not", "in"])("%s is a keyword of the language itself, so no situation has that name", (name) => {
    expect(compileTexts({ "t.matter": program(name) }).models).toEqual([]);
  });

  it.each(["true", "false", "null", "for", "if", "then", "else", "some", "every", "satisfies", "between", "instance", "of", "return", "function", "甲①", "x²", "ª名"])(
    "a situation named %s is rejected with E0119",
    (name) => {
      const r = compileTexts({ "t.matter": program(name) });
      expect(r.diagnostics.map((d) => d.code)).toContain("E0119");
      expect(r.models).toEqual([]);
    },
  );

  it.each(["已有营业执照", "是否_1", "Ünter", "x1", "தமிழ்", "ཀུན"])("a situation named %s keeps its meaning in FEEL (feelin) and compiles", (name) => {
    const r = compileTexts({ "t.matter": program(name) });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const when = r.models[0].items[0].when;
    for (const v of [true, false, undefined]) expect(feel(toFeel(when), { [name]: v ?? null }).value).toBe(evaluate(when, v === undefined ? {} : { [name]: v }));
  });
});

describe("text diagnostics never send control characters to the terminal", () => {
  it("escapes controls from the source line and the message", () => {
    const src = `使用 "std/部门"\n一件事 测试\u001b[2J { // \u001b]0;pwned\u0007\n  编码: "T\u001b[31m-1"\n  牵头部门: 市场监管局\u009b1m\n}\n`;
    const r = compileTexts({ "t.matter": src });
    expect(r.diagnostics.length).toBeGreaterThan(0);
    for (const d of r.diagnostics) {
      for (const lang of ["zh", "en"] as const) {
        const text = renderText(d, { lang, sources: r.sources });
        expect(rawControls(text.replace(/\n/g, ""))).toEqual([]);
        expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      }
    }
  });
});
