// The figures decide conditions over all enumerated cases at once (enumerate.ts, truthsOf) and
// and/or compare their arguments without writing JSON when they can (conditions.ts). Both must
// answer exactly as the plain definitions do: evaluate over each case's record, and a list
// without repeats by JSON. Checked here on many seeded random conditions.
import { describe, expect, it } from "vitest";
import { and, evaluate, not, or } from "../../compiler/conditions.js";
import { enumerate, truthsOf } from "../../compiler/enumerate.js";
import type { Cond, Situation } from "../../compiler/model.js";

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const situations: Situation[] = [
  { name: "新办", id: "", type: "yesno", question: "" },
  { name: "类型", id: "", type: "single", question: "", options: ["公司", "分公司", "个体工商户"] },
  { name: "项目", id: "", type: "multiple", question: "", options: ["热食", "冷食", "饮品"] },
  { name: "面积", id: "", type: "number", question: "" },
  { name: "toString", id: "", type: "yesno", question: "" },
];
// A commitment, a name no situation declares, a field key and a dotted field path.
const subjects = ["新办", "类型", "项目", "面积", "toString", "承诺甲", "constructor", "无此项"];

function leaf(r: () => number): Cond {
  const subject = subjects[Math.floor(r() * subjects.length)];
  const field = r() < 0.15 ? (r() < 0.5 ? { field: true as const } : undefined) : undefined;
  const dotted = field && r() < 0.5 ? `${subject}.值` : subject;
  const pick = Math.floor(r() * 7);
  if (pick === 0) return { op: "eq", subject: dotted, value: r() < 0.5, ...field };
  if (pick === 1) return { op: r() < 0.5 ? "eq" : "ne", subject: dotted, value: ["公司", "分公司", "热食"][Math.floor(r() * 3)], ...field };
  if (pick === 2) return { op: (["gt", "ge", "lt", "le"] as const)[Math.floor(r() * 4)], subject: dotted, value: [100, 150, 150.5][Math.floor(r() * 3)], ...field };
  if (pick === 3) return { op: "contains", subject: dotted, value: ["热食", "饮品"][Math.floor(r() * 2)], ...field };
  if (pick === 4) return { op: "in", subject: dotted, values: ["公司", "个体工商户"], ...field };
  if (pick === 5) return { op: "true" };
  return { op: "eq", subject: dotted, value: 150, ...field };
}

function condition(r: () => number, depth: number, shared: Cond[]): Cond {
  if (shared.length && r() < 0.2) return shared[Math.floor(r() * shared.length)];
  if (depth === 0 || r() < 0.3) return leaf(r);
  const pick = Math.floor(r() * 3);
  const args = Array.from({ length: 1 + Math.floor(r() * 4) }, () => condition(r, depth - 1, shared));
  const c = pick === 0 ? and(...args) : pick === 1 ? or(...args) : not(args[0]);
  shared.push(c);
  return c;
}

describe("truthsOf", () => {
  it("decides every condition over every combination as evaluate does over its record", () => {
    const r = random(19);
    for (let round = 0; round < 60; round++) {
      const shared: Cond[] = [];
      const conditions = Array.from({ length: 6 }, () => condition(r, 3, shared));
      const e = enumerate(situations, conditions);
      for (const taken of [[], ["承诺甲"], ["承诺甲", "新办"]]) {
        const truths = truthsOf(e, taken);
        const records = e.combinations.map((c) => {
          const answers: Record<string, unknown> = { ...c };
          for (const t of taken) answers[t] = true;
          return answers;
        });
        for (const c of [...conditions, ...shared]) {
          const v = truths(c);
          expect(v.length).toBe(e.combinations.length);
          records.forEach((answers, k) => expect([k, v[k] === 1]).toEqual([k, evaluate(c, answers)]));
        }
      }
    }
  });

  it("reads a situation named __proto__ as the record would", () => {
    const odd: Situation[] = [{ name: "__proto__", id: "", type: "yesno", question: "" }, situations[0]];
    const c: Cond = or({ op: "eq", subject: "__proto__", value: true }, { op: "eq", subject: "新办", value: false });
    const e = enumerate(odd, [c]);
    const truths = truthsOf(e, ["新办"]);
    e.combinations.forEach((x, k) => expect(truths(c)[k] === 1).toBe(evaluate(c, { ...x, 新办: true })));
  });
});

describe("and / or", () => {
  /** The definition: flatten the same connective, drop constants, drop repeats by JSON. */
  function reference(op: "and" | "or", args: Cond[]): Cond {
    const absorbing = op === "and" ? "false" : "true";
    if (args.some((a) => a.op === absorbing)) return { op: absorbing };
    const all = args.flatMap((a) => (a.op === "true" || a.op === "false" ? [] : a.op === op ? a.args : [a]));
    const seen = new Set<string>();
    const flat = all.filter((x) => !seen.has(JSON.stringify(x)) && seen.add(JSON.stringify(x)));
    return flat.length === 0 ? { op: op === "and" ? "true" : "false" } : flat.length === 1 ? flat[0] : { op, args: flat };
  }

  it("give the same conditions as flattening and dropping repeats by JSON, for few and many arguments", () => {
    const r = random(7);
    for (let round = 0; round < 400; round++) {
      const shared: Cond[] = [];
      const args = Array.from({ length: Math.floor(r() * 14) }, () => (r() < 0.1 ? { op: r() < 0.5 ? "true" : "false" } : condition(r, 2, shared)) as Cond);
      // Equal conditions as distinct objects, too.
      if (args.length && r() < 0.5) args.push(JSON.parse(JSON.stringify(args[0])));
      for (const op of ["and", "or"] as const) {
        const got = op === "and" ? and(...args) : or(...args);
        expect(JSON.stringify(got)).toBe(JSON.stringify(reference(op, args)));
      }
    }
  });
});
