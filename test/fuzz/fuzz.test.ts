// The fuzzer's short run (issue 20): a fixed seed, a bounded number of mutated inputs, every
// check of test/fuzz/engine.ts on each. A longer run: `npm run bench -- fuzz 5000` (or
// FUZZ_ITERATIONS / FUZZ_SEED for this test).
import { describe, expect, it } from "vitest";
import { checkInput, checkOutput, examples, runFuzz } from "./engine.js";

const iterations = Number(process.env.FUZZ_ITERATIONS ?? 60);
const seed = Number(process.env.FUZZ_SEED ?? 20);

describe("fuzz", () => {
  it(`${iterations} mutated inputs (seed ${seed}): no exception, valid models, outputs that parse, formatting that holds`, () => {
    const report = runFuzz({ seed, iterations });
    const shown = report.failures.slice(0, 5).map((f) => `#${f.iteration} ${f.mutation} — ${f.check}: ${f.detail}`);
    expect(shown).toEqual([]);
    expect(report.inputs).toBe(iterations);
    // The run reached every stage: mutated inputs still compile to models and format.
    expect(report.models).toBeGreaterThan(0);
    expect(report.outputs).toBeGreaterThan(0);
    expect(report.formatted).toBeGreaterThan(0);
  }, 300_000);

  it("the examples themselves pass every check", () => {
    for (const text of examples().slice(0, 3)) expect(checkInput(text)).toEqual([]);
  }, 120_000);

  it("the output checks catch what they are there for", () => {
    expect(checkOutput("a/model.json", '{"a": 1,}')).toMatch(/^JSON/);
    expect(checkOutput("a/process.bpmn", "<a><b></a>")).toMatch(/^XML/);
    expect(checkOutput("a/process.bpmn", "<a>\uffff</a>")).toMatch(/^XML/);
    expect(checkOutput("a/guide.html", "<!doctype html><html><body><p a=1 a=2>x</p></body></html>")).toMatch(/^HTML/);
    expect(checkOutput("a/guide.html", "<!doctype html><html><head><title>t</title></head><body><p>x</p></body></html>")).toBeUndefined();
  });

  it("schema-breaking inputs found before get a diagnostic or a valid model", () => {
    const base = examples().find((t) => /承诺时限: \d+ 工作日/.test(t) && /最长 \d+/.test(t))!;
    for (const edit of [
      (t: string) => t.replace(/承诺时限: \d+ 工作日/, "承诺时限: 0.5 工作日"),
      (t: string) => t.replace(/承诺时限: \d+ 工作日/, `承诺时限: ${"9".repeat(400)} 工作日`),
      (t: string) => t.replace(/最长 \d+/, "最长 1.5"),
    ]) {
      const input = edit(base);
      expect(input).not.toBe(base);
      expect(checkInput(input)).toEqual([]);
    }
  }, 120_000);
});
