// The memos kept across compiles forget everything at their limit instead of growing without end.
import { describe, expect, it } from "vitest";
import { BoundedMap, BoundedSet } from "../../compiler/memo.js";

describe("bounded memos", () => {
  it("a map holds at most its limit, empties itself for a new key at the limit, keeps a known key", () => {
    const m = new BoundedMap<string, number>(3);
    for (const [i, k] of ["a", "b", "c"].entries()) m.set(k, i);
    m.set("b", 9);
    expect([...m]).toEqual([["a", 0], ["b", 9], ["c", 2]]);
    m.set("d", 3);
    expect([...m]).toEqual([["d", 3]]);
    for (let i = 0; i < 100; i++) m.set(`k${i}`, i);
    expect(m.size).toBeLessThanOrEqual(3);
  });

  it("a set does the same", () => {
    const s = new BoundedSet<string>(2);
    s.add("x").add("y").add("y");
    expect([...s]).toEqual(["x", "y"]);
    s.add("z");
    expect([...s]).toEqual(["z"]);
  });
});
