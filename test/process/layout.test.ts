// The picture's geometry, for every matter: every element inside its lane, columns left to right,
// orthogonal flows, and no flow drawn across an element it does not connect.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../targets/process/build-graph.js";
import { type Box, layout } from "../../targets/process/layout.js";
import { route } from "../../targets/process/routing.js";
import { everyModel as allModels } from "./proactive-models.js";

const inside = (a: Box, b: Box) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Whether the segment p→q passes through the inside of the box (its border excluded). */
function crosses(p: { x: number; y: number }, q: { x: number; y: number }, b: Box): boolean {
  const [x1, x2] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
  const [y1, y2] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
  return x1 < b.x + b.w - 1 && x2 > b.x + 1 && y1 < b.y + b.h - 1 && y2 > b.y + 1;
}

describe.each(allModels())("layout of $name", ({ model }) => {
  const g = buildGraph(model);
  const l = layout(g);

  it("puts every element in its department's lane, and every lane in the pool", () => {
    for (const lane of l.lanes) expect(inside(lane.box, l.pool)).toBe(true);
    for (const n of g.nodes) {
      if (n.kind === "boundaryEvent") continue;
      const lane = l.lanes.find((x) => x.id === n.lane)!;
      expect(inside(l.boxes.get(n.id)!, lane.box), n.id).toBe(true);
    }
  });

  it("keeps elements apart, flows left to right and orthogonal", () => {
    const nodes = g.nodes.filter((n) => n.kind !== "boundaryEvent");
    for (const a of nodes) for (const b of nodes) if (a !== b) expect(overlap(l.boxes.get(a.id)!, l.boxes.get(b.id)!), `${a.id} / ${b.id}`).toBe(false);
    for (const f of g.flows) {
      const source = g.nodes.find((n) => n.id === f.source)!;
      // Left to right, except the one flow back (补正 → 统一受理), which goes right to left.
      const [from, to] = [l.cells.get(source.attachedTo ?? source.id)!.col, l.cells.get(f.target)!.col];
      if (f.back) expect(to, f.id).toBeLessThan(from);
      else expect(to, f.id).toBeGreaterThan(from);
      const points = route(g, l, f);
      for (let i = 1; i < points.length; i++) expect(points[i].x === points[i - 1].x || points[i].y === points[i - 1].y, f.id).toBe(true);
    }
  });

  it("draws no flow across an element it does not connect", () => {
    for (const f of g.flows) {
      const points = route(g, l, f);
      const source = g.nodes.find((n) => n.id === f.source)!;
      const own = new Set([f.source, f.target, source.attachedTo]);
      for (const n of g.nodes) {
        if (own.has(n.id)) continue;
        for (let i = 1; i < points.length; i++) expect(crosses(points[i - 1], points[i], l.boxes.get(n.id)!), `${f.id} crosses ${n.id}`).toBe(false);
      }
    }
  });
});
