// Waypoints of every sequence flow, orthogonal. The default route runs along the source's track
// (cells reserved by layout.ts), turns in the gap before the target's column, and enters the
// target from the left. Gateways fan out and in through their top and bottom corners when the
// column is clear; skip flows run above the task they skip; timer flows leave to the right; the
// flow back from 补正 to 统一受理 runs below.
import { graphIndex, type ProcessFlow, type ProcessGraph } from "./graph.js";
import { type Box, GEOMETRY, isSkipFlow, type Layout } from "./layout.js";

export interface Point {
  x: number;
  y: number;
}

const cx = (b: Box): number => b.x + b.w / 2;
const cy = (b: Box): number => b.y + b.h / 2;

/** No node of the grid in this column strictly between the two rows, nor at `also` if given. */
const cellsByColumn = new WeakMap<Layout, Map<number, { col: number; row: number }[]>>();

function cellsIn(l: Layout, col: number): { col: number; row: number }[] {
  let byCol = cellsByColumn.get(l);
  if (!byCol) {
    cellsByColumn.set(l, (byCol = new Map()));
    for (const cell of l.cells.values()) {
      let list = byCol.get(cell.col);
      if (!list) byCol.set(cell.col, (list = []));
      list.push(cell);
    }
  }
  return byCol.get(col) ?? [];
}

function columnClear(l: Layout, col: number, rowA: number, rowB: number, also?: number): boolean {
  const [lo, hi] = rowA < rowB ? [rowA, rowB] : [rowB, rowA];
  for (const cell of cellsIn(l, col)) {
    if ((cell.row > lo && cell.row < hi) || cell.row === also) return false;
  }
  return true;
}

export function route(g: ProcessGraph, l: Layout, f: ProcessFlow): Point[] {
  const ix = graphIndex(g);
  const source = ix.node.get(f.source)!;
  const target = ix.node.get(f.target)!;
  const s = l.boxes.get(source.id)!;
  const t = l.boxes.get(target.id)!;
  const tc = l.cells.get(target.id)!;
  const gapX = l.columnX[tc.col] - GEOMETRY.gap / 2;
  const intoLeft = (fromY: number): Point[] => [
    { x: gapX, y: fromY },
    { x: gapX, y: cy(t) },
    { x: t.x, y: cy(t) },
  ];

  if (source.kind === "boundaryEvent") {
    // From the event's right point, along the host's lower edge line, to the gap, then up or down.
    const y = cy(s);
    if (Math.abs(cy(t) - y) < 1) return [{ x: s.x + s.w, y }, { x: t.x, y }];
    return [{ x: s.x + s.w, y }, ...intoLeft(y)];
  }

  const sc = l.cells.get(source.id)!;
  if (f.back) {
    // Down from the source, back left along the bottom of its track, up into the target.
    const below = l.rowY[sc.row] + GEOMETRY.track - GEOMETRY.backLine;
    return [{ x: cx(s), y: s.y + s.h }, { x: cx(s), y: below }, { x: cx(t), y: below }, { x: cx(t), y: t.y + t.h }];
  }
  if (isSkipFlow(g, f.id)) {
    const above = l.rowY[sc.row] + GEOMETRY.skipLine;
    const up = [{ x: cx(s), y: s.y }, { x: cx(s), y: above }];
    if (sc.row === tc.row) return [...up, { x: cx(t), y: above }, { x: cx(t), y: t.y }];
    return [...up, ...intoLeft(above)];
  }

  if (sc.row === tc.row) return [{ x: s.x + s.w, y: cy(s) }, { x: t.x, y: cy(t) }];

  const down = tc.row > sc.row;
  const isGateway = (k: string): boolean => k === "exclusiveGateway" || k === "parallelGateway";
  // Fan out from a gateway's corner straight into the next column.
  if (isGateway(source.kind) && tc.col === sc.col + 1 && columnClear(l, sc.col, sc.row, tc.row, tc.row)) {
    const corner = down ? s.y + s.h : s.y;
    return [{ x: cx(s), y: corner }, { x: cx(s), y: cy(t) }, { x: t.x, y: cy(t) }];
  }
  // Fan in to a gateway's corner along the source's track.
  if (isGateway(target.kind) && columnClear(l, tc.col, sc.row, tc.row, sc.row)) {
    const corner = down ? t.y : t.y + t.h;
    return [{ x: s.x + s.w, y: cy(s) }, { x: cx(t), y: cy(s) }, { x: cx(t), y: corner }];
  }
  return [{ x: s.x + s.w, y: cy(s) }, ...intoLeft(cy(s))];
}
