// The per-case figures after the rework that made them linear (issue 20): the same answers as the
// straightforward definitions, on long chains and many materials. Speed is measured in the bench
// (`npm run bench -- cases`), never here.
import { describe, expect, it } from "vitest";
import { and, evaluate, or } from "../../compiler/conditions.js";
import { criticalPath } from "../../compiler/case-prep.js";
import type { Cond } from "../../compiler/model.js";
import { casesMatter } from "../../bench/cases.js";
import { compileTexts } from "../helpers/memory-host.js";

type Items = Parameters<typeof criticalPath>[0];

function chainOf(n: number, days: (k: number) => number): Items {
  return Array.from({ length: n }, (_, k) => ({ name: `子事项${k}`, workdays: days(k), after: k ? [`子事项${k - 1}`] : [] })) as unknown as Items;
}

describe("critical path", () => {
  it("passes through sub-items that do not apply, on a chain of 20,000 (no recursion)", () => {
    const items = chainOf(20_000, (k) => 1 + (k % 3));
    const p = criticalPath(items, (name) => Number(name.slice(3)) % 2 === 0);
    const expected = items.filter((_, k) => k % 2 === 0);
    expect(p.days).toBe(expected.reduce((n, i) => n + i.workdays, 0));
    expect(p.chain).toEqual(expected.map((i) => i.name));
  });

  it("takes the longest branch, the first of equals, and leaves zero-day sub-items off the chain", () => {
    const items = [
      { name: "甲", workdays: 3, after: [] },
      { name: "乙", workdays: 5, after: [] },
      { name: "丙", workdays: 5, after: [] },
      { name: "丁", workdays: 0, after: ["乙", "丙"] },
      { name: "戊", workdays: 2, after: ["丁", "甲"] },
    ] as unknown as Items;
    expect(criticalPath(items, () => true)).toEqual({ days: 7, chain: ["乙", "丁", "戊"] });
    expect(criticalPath(items, (n) => n !== "乙")).toEqual({ days: 7, chain: ["丙", "丁", "戊"] });
    expect(criticalPath(items, (n) => n === "丁")).toEqual({ days: 0, chain: [] });
  });
});

describe("connectives", () => {
  it("drop repeated arguments, however many, keeping the first of each", () => {
    const leaf = (k: number): Cond => ({ op: "eq", subject: `问${k % 50}`, value: true });
    const c = or(...Array.from({ length: 5_000 }, (_, k) => leaf(k)));
    expect(c.op === "or" && c.args.length).toBe(50);
    expect(and(leaf(1), and(leaf(2), leaf(1)), { op: "true" })).toEqual({ op: "and", args: [leaf(1), leaf(2)] });
    expect(or(leaf(1), { op: "true" }, leaf(2))).toEqual({ op: "true" });
    expect(evaluate(c, { 问49: true })).toBe(true);
  });
});

describe("the cases bench's matter", () => {
  it("compiles, and its figures count what the declarations say", () => {
    const r = compileTexts({ "m.matter": casesMatter({ situations: 3, items: 6, materials: 2 }) });
    expect(r.hasErrors).toBe(false);
    const m = r.models[0].metrics;
    expect(m.situations).toHaveLength(8);
    // All answers yes: every sub-item and every material applies.
    const all = m.situations.find((c) => Object.values(c.situation).every((v) => v === true))!;
    expect(all.items).toHaveLength(6);
    expect(all.materials).toMatchObject({ before: 12, handedIn: 12 });
    expect(all.time.criticalPath).toBe(12);
    // All answers no: nothing applies.
    const none = m.situations.find((c) => Object.values(c.situation).every((v) => v === false))!;
    expect(none.items).toEqual([]);
    expect(none.time.criticalPath).toBe(0);
  });
});
