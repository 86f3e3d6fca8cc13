// mapList (compiler/arrays.ts) is `xs.map(f)` whose result has the same hidden class whichever tier
// of the engine runs it: packed, never holey. The second test runs the helper's own code in a child
// Node with the engine's test hooks, before and after forcing its optimization, and fails when the
// result of either is holey or the two differ in class (as `Array.prototype.map`'s do).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { mapList } from "../../compiler/arrays.js";

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
