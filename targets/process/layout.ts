// Where every element goes: columns by order (the longest path from the start, so a node stands
// right of everything it waits for), rows by lane (one lane per department, each lane as many
// tracks high as it needs). bpmn-auto-layout draws no pools or lanes, hence this file.
//
// Placement walks the columns left to right and gives each node the track of its predecessor in
// the same lane when that is free, else the first free track. A node also reserves the cells its
// outgoing flows run through on its own track (see routing.ts: a flow runs along its source's track
// and turns in the gap before its target), so no later node is placed on a line.
import { graphIndex, type ProcessGraph, type ProcessNode } from "./graph.js";

export const SIZE = {
  userTask: { w: 100, h: 80 },
  businessRuleTask: { w: 100, h: 80 },
  serviceTask: { w: 100, h: 80 },
  sendTask: { w: 100, h: 80 },
  exclusiveGateway: { w: 50, h: 50 },
  parallelGateway: { w: 50, h: 50 },
  startEvent: { w: 36, h: 36 },
  endEvent: { w: 36, h: 36 },
  boundaryEvent: { w: 36, h: 36 },
} as const;

export const GEOMETRY = {
  poolX: 0,
  poolY: 0,
  /** The pool's and each lane's vertical title band. */
  header: 30,
  /** Space between the lane title band and the first column, and after the last. */
  padding: 40,
  /** Horizontal space between columns; vertical flow segments run in its middle. */
  gap: 50,
  /** Height of one track: a margin above for skip flows, the node row, room below for labels. */
  track: 170,
  /** Node centres sit this far below the top of their track. */
  centre: 85,
  /** Skip flows run this far below the top of their track, above the tasks. */
  skipLine: 22,
  /** The flow back to an earlier element runs this far above the bottom of its source's track. */
  backLine: 22,
  /** A band track (督办, 终止办理) has no skip flows and no timers: it is lower. */
  bandTrack: 120,
  bandCentre: 55,
};

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Layout {
  boxes: Map<string, Box>;
  /** Column and global row of each node placed in the grid (not boundary events). */
  cells: Map<string, { col: number; row: number }>;
  /** Left edge of each column. */
  columnX: number[];
  /** Top of each global row (track); rows are numbered lane by lane. */
  rowY: number[];
  lanes: { id: string; box: Box }[];
  pool: Box;
}

/** Longest path from the start; a boundary event shares its host's column. */
export function columns(g: ProcessGraph): Map<string, number> {
  const edges = new Map<string, { to: string; w: number }[]>(g.nodes.map((n) => [n.id, []]));
  const indegree = new Map(g.nodes.map((n) => [n.id, 0]));
  const link = (from: string, to: string, w: number): void => {
    edges.get(from)!.push({ to, w });
    indegree.set(to, indegree.get(to)! + 1);
  };
  // The flow back to 统一受理 after 补正 closes the only cycle: it does not order columns.
  for (const f of g.flows) if (!f.back) link(f.source, f.target, 1);
  for (const n of g.nodes) if (n.attachedTo) link(n.attachedTo, n.id, 0);
  const col = new Map(g.nodes.map((n) => [n.id, 0]));
  const ready = g.nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  while (ready.length > 0) {
    const id = ready.shift()!;
    for (const e of edges.get(id)!) {
      col.set(e.to, Math.max(col.get(e.to)!, col.get(id)! + e.w));
      indegree.set(e.to, indegree.get(e.to)! - 1);
      if (indegree.get(e.to) === 0) ready.push(e.to);
    }
  }
  return col;
}

/** Nodes reached only through a boundary event: placed after the rest, into the space left. */
function reachedByTimer(g: ProcessGraph): Set<string> {
  const out = new Set<string>();
  const outgoing = graphIndex(g).outgoing;
  const visit = (id: string): void => {
    for (const f of outgoing.get(id) ?? []) if (!out.has(f.target)) (out.add(f.target), visit(f.target));
  };
  for (const n of g.nodes) if (n.kind === "boundaryEvent") visit(n.id);
  return out;
}

/** Flows drawn outside the grid cells: skip flows run above the tasks, timer flows below. */
export function isSkipFlow(g: ProcessGraph, flowId: string): boolean {
  return graphIndex(g).skipFlows.has(flowId);
}

export function layout(g: ProcessGraph): Layout {
  const col = columns(g);
  const byTimer = reachedByTimer(g);
  const laneIndex = new Map(g.lanes.map((l, i) => [l.id, i]));
  const gridNodes = g.nodes.filter((n) => n.kind !== "boundaryEvent");
  const ix = graphIndex(g);
  const order = (a: ProcessNode, b: ProcessNode): number =>
    Number(byTimer.has(a.id)) - Number(byTimer.has(b.id)) || col.get(a.id)! - col.get(b.id)! || laneIndex.get(a.lane)! - laneIndex.get(b.lane)!;
  const sorted = gridNodes.map((n, i) => ({ n, i })).sort((a, b) => order(a.n, b.n) || a.i - b.i).map((x) => x.n);

  // taken: "lane/track/col" → a node or a line passes there.
  const taken = new Set<string>();
  const track = new Map<string, number>();
  // Nodes reached through a timer (督办, 终止办理) go in a band below the lane's own tracks, so
  // they neither fill the holes of the main picture nor push it apart.
  const band = new Map<string, number>();
  const key = (lane: string, t: number, c: number): string => `${lane}/${t}/${c}`;
  for (const n of sorted) {
    if (byTimer.has(n.id) && !band.has(n.lane)) {
      band.set(n.lane, Math.max(-1, ...gridNodes.filter((m) => m.lane === n.lane && !byTimer.has(m.id)).map((m) => track.get(m.id)!)) + 1);
    }
    const lowest = byTimer.has(n.id) ? band.get(n.lane)! : 0;
    const c = col.get(n.id)!;
    const reach = Math.max(c, ...(ix.outgoing.get(n.id) ?? []).filter((f) => !isSkipFlow(g, f.id)).map((f) => col.get(f.target)! - 1));
    const preferred = (ix.incoming.get(n.id) ?? [])
      .map((f) => ix.node.get(f.source)!)
      .filter((p) => p.lane === n.lane && track.has(p.id))
      .map((p) => track.get(p.id)!);
    const fits = (t: number): boolean => {
      if (t < lowest) return false;
      for (let x = c; x <= reach; x++) if (taken.has(key(n.lane, t, x))) return false;
      return true;
    };
    let t = preferred.find(fits);
    if (t === undefined) for (t = lowest; !fits(t); t++);
    track.set(n.id, t);
    for (let x = c; x <= reach; x++) taken.add(key(n.lane, t, x));
  }

  // Columns: as wide as their widest node, separated by the gap.
  const ncols = Math.max(0, ...gridNodes.map((n) => col.get(n.id)!)) + 1;
  const width = Array.from({ length: ncols }, () => SIZE.startEvent.w as number);
  for (const n of gridNodes) width[col.get(n.id)!] = Math.max(width[col.get(n.id)!], SIZE[n.kind].w);
  const { poolX, poolY, header, padding, gap } = GEOMETRY;
  const columnX: number[] = [];
  let x = poolX + 2 * header + padding;
  for (let i = 0; i < ncols; i++) (columnX.push(x), (x += width[i] + gap));
  const contentRight = x - gap + padding;

  // Rows: lane by lane, each lane as many tracks as it uses (at least one).
  const rowY: number[] = [];
  const rowCentre: number[] = [];
  const rowOf = new Map<string, number>();
  const lanes: Layout["lanes"] = [];
  let y = poolY;
  for (const l of g.lanes) {
    const used = gridNodes.filter((n) => n.lane === l.id).map((n) => track.get(n.id)!);
    const tracks = Math.max(0, ...used) + 1;
    const top = y;
    for (let t = 0; t < tracks; t++) {
      const inBand = band.has(l.id) && t >= band.get(l.id)!;
      rowOf.set(`${l.id}/${t}`, rowY.length);
      rowY.push(y);
      rowCentre.push(y + (inBand ? GEOMETRY.bandCentre : GEOMETRY.centre));
      y += inBand ? GEOMETRY.bandTrack : GEOMETRY.track;
    }
    lanes.push({ id: l.id, box: { x: poolX + header, y: top, w: contentRight - poolX - header, h: y - top } });
  }

  const boxes = new Map<string, Box>();
  const cells = new Map<string, { col: number; row: number }>();
  for (const n of gridNodes) {
    const c = col.get(n.id)!;
    const row = rowOf.get(`${n.lane}/${track.get(n.id)}`)!;
    const { w, h } = SIZE[n.kind];
    cells.set(n.id, { col: c, row });
    boxes.set(n.id, { x: columnX[c] + (width[c] - w) / 2, y: rowCentre[row] - h / 2, w, h });
  }
  for (const n of g.nodes) {
    if (n.kind !== "boundaryEvent") continue;
    // On the host's lower right corner: the flow leaving it runs right along the host's lower edge
    // line, clear of the host and of the event's label below.
    const host = boxes.get(n.attachedTo!)!;
    const { w, h } = SIZE.boundaryEvent;
    boxes.set(n.id, { x: host.x + host.w - w, y: host.y + host.h - h / 2, w, h });
  }
  return { boxes, cells, columnX, rowY, lanes, pool: { x: poolX, y: poolY, w: contentRight - poolX, h: y - poolY } };
}
