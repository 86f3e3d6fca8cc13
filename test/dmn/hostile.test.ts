// Hostile text stays text in eligibility.dmn: every string of the catalogue (test/safety) as a
// rule's name, a field's label, an option a rule tests and a text a rule compares with. The file
// must stay well-formed XML that dmn-moddle reads without a warning, with the same rows and
// columns as with benign text, and (for text the compiler accepts) feelin must still give the
// compiler's verdict: a quote, a backslash or a newline in a FEEL string literal must not change
// what a test means. Control characters, which the compiler rejects in source, forced into a model
// leave the file well-formed and without them.
import { describe, expect, it } from "vitest";
import { renderEligibility } from "../../targets/dmn/index.js";
import { rawControls, xmlProblems } from "../safety/consumers.js";
import { BENIGN, CONTROLS, HOSTILE, replaceDeep } from "../safety/hostile-source.js";
import { decisionCases } from "./cases.js";
import { evaluateTable, parseDmn } from "./feelin-table.js";
import { hostileNewborn as hostile } from "./models.js";

/** The file's element names and attribute names in order, with the ids and texts left out. */
function shape(xml: string): string {
  return xml.replace(/<text>[\s\S]*?<\/text>|<description>[\s\S]*?<\/description>/g, "").replace(/="[^"]*"/g, "");
}

describe("eligibility.dmn with hostile text", () => {
  const benign = renderEligibility(hostile(BENIGN))!;
  const benignJuel = renderEligibility(hostile(BENIGN), "juel")!;

  // The Flowable dialect (--process flowable): the same shape for every string, well-formed, read
  // by dmn-moddle; Flowable's DMN engine evaluates these models' decisions in
  // test/engines/dmn.test.ts, each to the compiler's verdict.
  it("the Flowable dialect keeps its shape and stays well-formed for every hostile string", async () => {
    for (const s of [...HOSTILE, ...CONTROLS]) {
      const xml = renderEligibility(hostile(s), "juel")!;
      expect(xmlProblems(xml), JSON.stringify(s)).toEqual([]);
      expect(rawControls(xml), JSON.stringify(s)).toEqual([]);
      expect(shape(xml), JSON.stringify(s)).toBe(shape(benignJuel));
      expect((await parseDmn(xml)).warnings, JSON.stringify(s)).toEqual([]);
    }
  });

  for (const [n, s] of HOSTILE.entries()) {
    it(`hostile string ${n}: ${JSON.stringify(s.slice(0, 40))}`, { timeout: 120_000 }, async () => {
      const model = hostile(s);
      const xml = renderEligibility(model)!;
      expect(xmlProblems(xml)).toEqual([]);
      expect(shape(xml)).toBe(shape(benign));
      const parsed = await parseDmn(xml);
      expect(parsed.warnings).toEqual([]);
      for (const g of decisionCases("hostile", model, 120)) {
        const table = parsed.decisions.get(g.decision)!;
        const wrong = g.cases.filter((c) => {
          const r = evaluateTable(table, c.data);
          return r.problems.length > 0 || JSON.stringify(r.outputs) !== JSON.stringify(c.expected);
        });
        expect(wrong.slice(0, 3).map((c) => JSON.stringify(c.data)), `${g.decision}: ${wrong.length} of ${g.cases.length} wrong`).toEqual([]);
      }
    });
  }

  it("control characters forced into a model leave the file well-formed and without them", async () => {
    for (const s of CONTROLS) {
      const xml = renderEligibility(hostile(s))!;
      expect(xmlProblems(xml), JSON.stringify(s)).toEqual([]);
      expect(rawControls(xml), JSON.stringify(s)).toEqual([]);
      expect((await parseDmn(xml)).warnings).toEqual([]);
    }
  });
});
