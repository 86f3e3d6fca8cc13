// mapList (compiler/arrays.ts) is `xs.map(f)` whose result has the same hidden class whichever tier
// of the engine runs it: packed, never holey. The second test runs the helper's own code in a child
// Node with the engine's test hooks, before and after forcing its optimization, and fails when the
// result of either is holey or the two differ in class (as `Array.prototype.map`'s do).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { copyWith, mapList } from "../../compiler/arrays.js";

describe("mapList", () => {
  it("gives what xs.map(f) gives: the same elements, in order, with their indexes", () => {
    const xs = ["a", "b", "c"];
    expect(mapList(xs, (x, i) => `${x}${i}`)).toEqual(xs.map((x, i) => `${x}${i}`));
    expect(mapList([], (x) => x)).toEqual([]);
    const objs = mapList([1, 2], (n) => ({ n }));
    expect(objs).toEqual([{ n: 1 }, { n: 2 }]);
    // Every index is an own element (no holes), as with map.
    expect(Object.keys(mapList([undefined, undefined], (x) => x))).toEqual(["0", "1"]);
  });

  it("is packed, with one hidden class, before and after the optimizing compiler takes it", () => {
    const probe = `
      const mapList = ${mapList.toString()};
      const run = (xs) => mapList(xs, (x) => ({ x }));
      const runMap = (xs) => xs.map((x) => ({ x }));
      const out = {};
      for (const [name, f] of [["mapList", run], ["map", runMap]]) {
        %PrepareFunctionForOptimization(f);
        %PrepareFunctionForOptimization(mapList);
        const before = f([1, 2, 3]);
        f([1, 2, 3]);
        %OptimizeFunctionOnNextCall(f);
        const after = f([1, 2, 3]);
        out[name] = { holeyBefore: %HasHoleyElements(before), holeyAfter: %HasHoleyElements(after), sameClass: %HaveSameMap(before, after), optimized: (%GetOptimizationStatus(f) & 16) !== 0 };
      }
      console.log(JSON.stringify(out));`;
    const r = spawnSync(process.execPath, ["--allow-natives-syntax", "-e", probe], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.mapList).toEqual({ holeyBefore: false, holeyAfter: false, sameClass: true, optimized: true });
    // The probe still tells the two apart: map's result changes class once optimized (if a later
    // engine stops doing so, mapList is no longer needed).
    expect(out.map.optimized).toBe(true);
  });
});

describe("copyWith", () => {
  it("gives what { ...base, ...extra } gives: the same keys, values and order, undefined values kept", () => {
    const base = { name: "甲", when: { op: "true" }, note: undefined as string | undefined, department: "乙" };
    const extra = { offeredWhen: { op: "false" }, department: "丙" };
    const got = copyWith(base, extra);
    expect(Object.entries(got)).toEqual(Object.entries({ ...base, ...extra }));
    expect(JSON.stringify(got)).toBe(JSON.stringify({ ...base, ...extra }));
    expect(got).not.toBe(base);
    expect(base.department).toBe("乙");
  });

  it("gives copies of one shape one hidden class, where a spread followed by keys does not", () => {
    const probe = `
      const copyWith = ${copyWith.toString()};
      const make = (i) => ({ name: "c" + i, replaces: [], when: { op: "true" } });
      const a = [], b = [];
      for (let i = 0; i < 200; i++) a.push(copyWith(make(i), { offeredWhen: i })), b.push({ ...make(i), offeredWhen: i });
      let sameA = 0, sameB = 0;
      for (let i = 1; i < 200; i++) sameA += %HaveSameMap(a[0], a[i]) ? 1 : 0, sameB += %HaveSameMap(b[0], b[i]) ? 1 : 0;
      console.log(JSON.stringify({ sameA, sameB }));`;
    const r = spawnSync(process.execPath, ["--allow-natives-syntax", "-e", probe], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.sameA).toBe(199);
    // The probe still tells the two apart (if a later engine shares the spread's classes, copyWith
    // is no longer needed).
    expect(out.sameB).toBeLessThan(199);
  });
});
