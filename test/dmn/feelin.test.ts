// eligibility.dmn in the bpmn.io toolchain: every decision of every matter with proactive rules
// parses in dmn-moddle without a warning, and for many generated cases (cases.ts) its table,
// evaluated with feelin, gives what the compiler's own evaluation of the rules gives.
import { describe, expect, it } from "vitest";
import { renderEligibility } from "../../targets/dmn/index.js";
import { decisionCases, type DmnCase } from "./cases.js";
import { evaluateTable, parseDmn } from "./feelin-table.js";
import { proactiveModels } from "./models.js";

function wrongCases(table: Parameters<typeof evaluateTable>[0], cases: DmnCase[]): string[] {
  const wrong: string[] = [];
  for (const c of cases) {
    const r = evaluateTable(table, c.data);
    if (r.problems.length > 0 || JSON.stringify(r.outputs) !== JSON.stringify(c.expected)) wrong.push(`${JSON.stringify(c.data)} → ${JSON.stringify(r.outputs)} ${r.problems.join("; ")}, expected ${JSON.stringify(c.expected)}`);
  }
  return wrong;
}

describe("eligibility.dmn in dmn-moddle and feelin", () => {
  const models = proactiveModels();

  it("covers matter-level and sub-item-level decisions", () => {
    const all = models.flatMap(({ name, model }) => decisionCases(name, model, 10));
    expect(all.some((d) => !d.decision.includes("_Item_"))).toBe(true);
    expect(all.some((d) => d.decision.includes("_Item_"))).toBe(true);
  });

  it("a table with one test loosened gives other verdicts (the comparison can fail)", async () => {
    const { name, model } = models[models.length - 1];
    const xml = renderEligibility(model)!;
    // The first rule's first test that is not "-" becomes "-": that row now fails everyone.
    const loosened = xml.replace(/(<rule id="[^"]*_rule_1">[\s\S]*?<text>)(?!-<)[^<]*(<\/text>)/, "$1-$2");
    expect(loosened).not.toBe(xml);
    const parsed = await parseDmn(loosened);
    const g = decisionCases(name, model, 200)[0];
    expect(wrongCases(parsed.decisions.get(g.decision)!, g.cases).length).toBeGreaterThan(0);
  });

  for (const { name, model } of models) {
    it(`${name}: every decision gives the compiler's verdict`, { timeout: 180_000 }, async () => {
      const xml = renderEligibility(model)!;
      const parsed = await parseDmn(xml);
      expect(parsed.warnings).toEqual([]);
      const groups = decisionCases(name, model, 600);
      let checked = 0;
      for (const g of groups) {
        const table = parsed.decisions.get(g.decision);
        expect(table, g.decision).toBeDefined();
        expect(table!.hitPolicy).toBe("FIRST");
        const wrong = wrongCases(table!, g.cases);
        expect(wrong.slice(0, 5), `${g.decision}: ${wrong.length} of ${g.cases.length} cases wrong`).toEqual([]);
        // Both verdicts occur, and every rule is the reason at least once.
        expect(new Set(g.cases.map((c) => c.expected.未满足条件)).size).toBeGreaterThan(1);
        checked += g.cases.length;
      }
      expect(checked).toBeGreaterThan(100);
    });
  }
});
