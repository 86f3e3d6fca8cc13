// The rows of an eligibility table. A person is eligible when every rule holds, so the table
// lists, rule by rule in declaration order, the ways the rule can fail: the disjunctive normal form
// of its negation, one row per conjunction, each literal in the column of the field it reads. Hit
// policy FIRST and a last row that matches everything make the table total, and the first failed
// rule the reason. A rule whose negation needs more than ROW_LIMIT rows gets a column of its own
// holding its whole condition (targets/conditions/feel.ts) and one row testing it for false.
//
// The unary tests keep to the compiler's semantics (compiler/conditions.ts `evaluate`): a missing
// value fails every test but `ne`. They never leave a null to the engine's discretion: a negated
// comparison names `null` explicitly, and a test written as an expression of `?` is guarded so
// that it yields true or false, never null (an engine compares a non-boolean result with the input,
// and a null input equals a null result).
import { evaluate } from "../../compiler/conditions.js";
import type { Cond, EligibilityRule } from "../../compiler/model.js";
import type { Test } from "../conditions/infix.js";
import { feelString } from "../escape/feel.js";

export interface Literal {
  test: Test;
  negated: boolean;
}
/** A conjunction of literals; the empty one is true. */
export type Term = Literal[];

/** The value shape of a column: how its tests are written. */
export type ColumnKind = "boolean" | "number" | "string" | "list";

export const ROW_LIMIT = 64;

/** The DNF of `c` (of its negation when `negated`): [] is false, [[]] is true; undefined past `limit` terms. */
export function dnf(c: Cond, negated: boolean, limit = ROW_LIMIT): Term[] | undefined {
  switch (c.op) {
    case "true":
      return negated ? [] : [[]];
    case "false":
      return negated ? [[]] : [];
    case "not":
      return dnf(c.arg, !negated, limit);
    case "and":
    case "or": {
      const parts = c.args.map((a) => dnf(a, negated, limit));
      if (parts.some((p) => p === undefined)) return undefined;
      const conjunction = (c.op === "and") !== negated;
      if (!conjunction) {
        const all = (parts as Term[][]).flat();
        return all.length > limit ? undefined : all;
      }
      let acc: Term[] = [[]];
      for (const p of parts as Term[][]) {
        const next: Term[] = [];
        for (const t of acc) {
          for (const u of p) {
            next.push([...t, ...u]);
            if (next.length > limit) return undefined;
          }
        }
        acc = next;
      }
      return acc;
    }
    default:
      return [[{ test: c, negated }]];
  }
}

/** A FEEL number literal: plain decimal digits, never an exponent. */
export function feelNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`matterc: ${n} is not a number FEEL can write`);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

function literal(v: boolean | string | number): string {
  return typeof v === "string" ? feelString(v) : typeof v === "number" ? feelNumber(v) : String(v);
}

const ORDER = { gt: ">", ge: ">=", lt: "<", le: "<=" } as const;
const COMPLEMENT = { gt: "le", ge: "lt", lt: "ge", le: "gt" } as const;

/** Whether the literal holds for one value of its column (null: missing), by the compiler's rule. */
function holds(l: Literal, value: unknown): boolean {
  const data = value === null ? {} : { v: value };
  return evaluate({ ...l.test, subject: "v", field: undefined } as Cond, data) !== l.negated;
}

/** One literal as a boolean FEEL expression of `?` that is never null. */
function guarded(l: Literal): string {
  const t = l.test;
  const pos = !l.negated;
  switch (t.op) {
    case "eq":
    case "ne":
      return (t.op === "eq") === pos ? `(? != null and ? = ${literal(t.value)})` : `(? = null or ? != ${literal(t.value)})`;
    case "in": {
      const list = `[${t.values.map(literal).join(", ")}]`;
      return pos ? `(? != null and list contains(${list}, ?))` : `(? = null or not(list contains(${list}, ?)))`;
    }
    case "contains":
      return pos ? `(? != null and list contains(?, ${literal(t.value)}))` : `(? = null or not(list contains(?, ${literal(t.value)})))`;
    default:
      return pos ? `(? != null and ? ${ORDER[t.op]} ${feelNumber(t.value)})` : `(? = null or ? ${ORDER[COMPLEMENT[t.op]]} ${feelNumber(t.value)})`;
  }
}

/** One literal as the plainest unary test with the same meaning. */
function plain(l: Literal): string {
  const t = l.test;
  const pos = !l.negated;
  switch (t.op) {
    case "eq":
    case "ne":
      return (t.op === "eq") === pos ? literal(t.value) : `not(${literal(t.value)})`;
    case "in":
      return pos ? t.values.map(literal).join(", ") : `not(${t.values.map(literal).join(", ")})`;
    case "contains":
      return guarded(l).slice(1, -1);
    default:
      return pos ? `${ORDER[t.op]} ${feelNumber(t.value)}` : `${ORDER[COMPLEMENT[t.op]]} ${feelNumber(t.value)}, null`;
  }
}

/**
 * The input entry of one column for the literals of one row that read it: "-" for none, null when
 * they cannot all hold (the row is dropped). A yes/no column lists the values among true, false
 * and null (missing) that pass every literal.
 */
export function cell(lits: Literal[], kind: ColumnKind): string | null {
  if (lits.length === 0) return "-";
  if (kind === "boolean") {
    const pass = [true, false, null].filter((v) => lits.every((l) => holds(l, v)));
    return pass.length === 0 ? null : pass.length === 3 ? "-" : pass.map(String).join(", ");
  }
  if (lits.some((l) => l.test.op === "in" && l.test.values.length === 0)) {
    // `in` nothing: never holds; its negation always does.
    const rest = lits.filter((l) => !(l.test.op === "in" && l.test.values.length === 0));
    if (lits.some((l) => l.test.op === "in" && l.test.values.length === 0 && !l.negated)) return null;
    return cell(rest, kind);
  }
  if (lits.length === 1) return plain(lits[0]);
  return satisfiable(lits, kind) ? lits.map(guarded).join(" and ") : null;
}

/**
 * Whether some value passes every literal. For numbers and text the tests only compare with
 * constants, so the values that can differ are: missing, each constant, a value between two
 * neighbouring constants, below and above them all, and a text equal to none of them. Lists are
 * assumed satisfiable (a row that never matches is harmless).
 */
function satisfiable(lits: Literal[], kind: ColumnKind): boolean {
  if (kind === "list") return true;
  const constants = lits.flatMap((l) => ("values" in l.test ? l.test.values : [l.test.value]));
  let candidates: unknown[];
  if (kind === "number") {
    const ns = [...new Set(constants.filter((c): c is number => typeof c === "number"))].sort((a, b) => a - b);
    candidates = ns.length === 0 ? [0] : [ns[0] - 1, ...ns.flatMap((n, i) => (i + 1 < ns.length ? [n, (n + ns[i + 1]) / 2] : [n, n + 1]))];
  } else {
    const ts = constants.map(String);
    candidates = [...ts, `${ts.join("")}_`];
  }
  return [...candidates, null].some((v) => lits.every((l) => holds(l, v)));
}

/** A column: the FEEL path it reads (a field's key or an answer's name), or a whole rule. */
export interface Column {
  subject: string;
  kind: ColumnKind;
  /** Set for a rule too large to spread over the field columns. */
  rule?: EligibilityRule;
}

export interface Row {
  /** The input entry per column, in column order (FEEL unary tests). */
  entries: string[];
  /** The literals each column's entry tests (none for "-"; for a whole-rule column, none: its
   * entry tests the rule for false), for dialects that write the same row otherwise (juel.ts). */
  literals: Literal[][];
  /** The rule that fails when this row matches; absent for the last row (eligible). */
  rule?: EligibilityRule;
}

function subjectsOf(term: Term): string[] {
  return [...new Set(term.map((l) => l.test.subject))];
}

/** The columns and rows of the table for these rules; `kindOf` tells each subject's value shape. */
export function table(rules: EligibilityRule[], kindOf: (subject: string, tests: Test[]) => ColumnKind): { columns: Column[]; rows: Row[] } {
  const perRule = rules.map((rule) => ({ rule, terms: dnf(rule.when, true) }));
  const tests = new Map<string, Test[]>();
  for (const { terms } of perRule) for (const t of terms ?? []) for (const l of t) tests.set(l.test.subject, [...(tests.get(l.test.subject) ?? []), l.test]);
  const columns: Column[] = [...tests].map(([subject, ts]) => ({ subject, kind: kindOf(subject, ts) }));
  for (const { rule, terms } of perRule) if (!terms) columns.push({ subject: rule.id, kind: "boolean", rule });
  const index = new Map(columns.filter((c) => !c.rule).map((c, i) => [c.subject, i]));
  const rows: Row[] = [];
  for (const { rule, terms } of perRule) {
    if (!terms) {
      rows.push({ rule, entries: columns.map((c) => (c.rule === rule ? "false" : "-")), literals: columns.map(() => []) });
      continue;
    }
    const seen = new Set<string>();
    for (const term of terms) {
      const entries = columns.map(() => "-");
      const literals: Literal[][] = columns.map(() => []);
      let possible = true;
      for (const s of subjectsOf(term)) {
        const i = index.get(s)!;
        literals[i] = term.filter((l) => l.test.subject === s);
        const e = cell(literals[i], columns[i].kind);
        if (e === null) possible = false;
        else entries[i] = e;
        if (e === "-") literals[i] = [];
      }
      const key = entries.join("\u0000");
      if (!possible || seen.has(key)) continue;
      seen.add(key);
      rows.push({ rule, entries, literals });
    }
  }
  rows.push({ entries: columns.map(() => "-"), literals: columns.map(() => []) });
  return { columns, rows };
}
