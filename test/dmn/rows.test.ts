// The rows of an eligibility table (targets/dmn/rows.ts): the failures of a rule as a disjunctive
// normal form, rows that cannot match dropped, a rule with too many failures in a column of its
// own. Whether the rows mean what the rules mean is checked in the engines (feelin.test.ts,
// test/engines/dmn.test.ts); these check the shape.
import { describe, expect, it } from "vitest";
import type { Cond, EligibilityRule } from "../../compiler/model.js";
import { dnf, ROW_LIMIT, table, type ColumnKind } from "../../targets/dmn/rows.js";

const t = (subject: string, op: "gt" | "le" | "eq" | "ne", value: number | string | boolean): Cond => ({ op, subject, value, field: true }) as Cond;
const rule = (name: string, when: Cond): EligibilityRule => ({ name, id: name, when, basis: [] });
const kind = (_: string, tests: { op: string; value?: unknown }[]): ColumnKind => (tests.some((x) => typeof x.value === "boolean") ? "boolean" : tests.some((x) => typeof x.value === "number") ? "number" : "string");

describe("eligibility rows", () => {
  it("a rule's failures are the DNF of its negation, one row each, then one row for eligible", () => {
    // 稳岗返还: (人数 > 30 且 裁员率 <= 5.5) 或 (人数 <= 30 且 裁员率 <= 20)
    const when: Cond = { op: "or", args: [{ op: "and", args: [t("人数", "gt", 30), t("裁员率", "le", 5.5)] }, { op: "and", args: [t("人数", "le", 30), t("裁员率", "le", 20)] }] };
    expect(dnf(when, true)).toHaveLength(4);
    const { columns, rows } = table([rule("裁员率", when)], kind);
    expect(columns.map((c) => c.subject)).toEqual(["人数", "裁员率"]);
    // Failing both halves: 人数 ≤ 30 (or missing) and > 30 (or missing) holds only when it is
    // missing, so that row stays; so does 裁员率 > 5.5 and > 20 (or missing).
    expect(rows.map((r) => r.entries)).toEqual([
      ["(? = null or ? <= 30) and (? = null or ? > 30)", "-"],
      ["<= 30, null", "> 20, null"],
      ["> 30, null", "> 5.5, null"],
      ["-", "(? = null or ? > 5.5) and (? = null or ? > 20)"],
      ["-", "-"],
    ]);
    expect(rows.map((r) => r.rule?.name ?? null)).toEqual(["裁员率", "裁员率", "裁员率", "裁员率", null]);
  });

  it("a row whose tests of one field cannot all hold is dropped", () => {
    // not(人数 = 1 或 人数 ≠ 1) holds for no value, missing included; nor not(持证 = 是 或 持证 = 否).
    const { rows } = table([rule("r", { op: "or", args: [t("人数", "eq", 1), t("人数", "ne", 1)] })], kind);
    expect(rows).toHaveLength(1);
    const yes = table([rule("b", { op: "or", args: [t("持证", "eq", true), t("持证", "eq", false)] })], kind);
    expect(yes.rows).toHaveLength(1);
  });

  it("a rule whose failures exceed the row limit gets a column of its own", () => {
    const alternatives = Array.from({ length: 7 }, (_, n) => ({ op: "and", args: [t("收入", "gt", n), t("年限", "le", n)] }) as Cond);
    expect(2 ** 7).toBeGreaterThan(ROW_LIMIT);
    const { columns, rows } = table([rule("任一", { op: "or", args: alternatives }), rule("类别", t("类别", "ne", "特困"))], kind);
    expect(columns.map((c) => c.rule?.name ?? c.subject)).toEqual(["类别", "任一"]);
    expect(rows.map((r) => r.entries)).toEqual([
      ["-", "false"],
      ['"特困"', "-"],
      ["-", "-"],
    ]);
  });
});
