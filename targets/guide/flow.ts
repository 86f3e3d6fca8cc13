// 办理流程: the steps and a flow diagram drawn from the model. Sub-items sit in columns by how many
// `前置` stand before them (those in one column run in parallel), in lanes by department; the lead
// department accepts at the start and hands out the results at the end (统一受理、统一出件). The layout
// is computed here as numbers and text; the SVG itself is a template, so house styles can redraw it.
import type { Model } from "../../compiler/model.js";
import { conditionSentence } from "../conditions/sentence.js";
import { sentenceContext } from "./materials.js";

export interface FlowBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: { text: string; x: number; y: number }[];
  /** Dashed: the sub-item applies only in some situations. */
  conditional: boolean;
  title: string;
  kind: "item" | "start" | "end";
}

export interface FlowView {
  width: number;
  height: number;
  lanes: { name: string; y: number; height: number; width: number; lead: boolean; lines: { text: string; x: number; y: number }[] }[];
  boxes: FlowBox[];
  edges: { d: string }[];
  /** A sentence for screen readers, saying what the picture shows. */
  description: string;
  hasConditional: boolean;
}

export interface FlowStep {
  index: number;
  title: string;
  department: string;
  parallel: boolean;
  items: { name: string; department: string; condition?: string; after: string[] }[];
}

const FONT = 13;
const LINE = 17;
const BOX_W = 136;
const PAD = 8;
const COL_GAP = 36;
const LANE_LABEL_W = 92;
const LANE_PAD = 12;

/** Columns (1-based) by the longest chain of 前置 before each sub-item. */
export function itemLevels(model: Model): Map<string, number> {
  const levels = new Map<string, number>();
  const byName = new Map(model.items.map((i) => [i.name, i]));
  const level = (name: string, seen: Set<string>): number => {
    const known = levels.get(name);
    if (known !== undefined) return known;
    if (seen.has(name)) return 1; // a cycle is the compiler's error to report; draw it flat
    seen.add(name);
    const before = (byName.get(name)?.after ?? []).filter((a) => byName.has(a)).map((a) => level(a, seen));
    const l = 1 + Math.max(0, ...before);
    levels.set(name, l);
    return l;
  };
  for (const i of model.items) level(i.name, new Set());
  return levels;
}

export function flowSteps(model: Model): FlowStep[] {
  const levels = itemLevels(model);
  const ctx = sentenceContext(model);
  const depth = Math.max(0, ...levels.values());
  const steps: FlowStep[] = [{ index: 1, title: "申请与受理", department: model.lead, parallel: false, items: [] }];
  for (let l = 1; l <= depth; l++) {
    const items = model.items.filter((i) => levels.get(i.name) === l);
    steps.push({
      index: steps.length + 1,
      title: items.length > 1 ? "并联办理" : "办理",
      department: [...new Set(items.map((i) => i.department))].join("、"),
      parallel: items.length > 1,
      items: items.map((i) => ({ name: i.name, department: i.department, condition: conditionSentence(i.when, ctx) || undefined, after: i.after })),
    });
  }
  steps.push({ index: steps.length + 1, title: "统一出件", department: model.lead, parallel: false, items: [] });
  return steps;
}

/** Approximate advance of a character at FONT px: CJK and fullwidth take a full em. */
function advance(ch: string): number {
  return /[\u1100-\uffff]/u.test(ch) && !/[\u2010-\u206f]/u.test(ch) ? FONT : FONT * 0.58;
}

/** Wraps text into lines no wider than `width` px; long words are broken anywhere. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = "";
  let w = 0;
  for (const ch of text) {
    const a = advance(ch);
    if (w + a > width && cur !== "") {
      lines.push(cur);
      cur = "";
      w = 0;
    }
    cur += ch;
    w += a;
  }
  if (cur !== "" || lines.length === 0) lines.push(cur);
  return lines;
}

export function flowLayout(model: Model): FlowView {
  const levels = itemLevels(model);
  const depth = Math.max(0, ...levels.values());
  const ctx = sentenceContext(model);
  const laneNames = [model.lead, ...new Set(model.items.map((i) => i.department).filter((d) => d !== model.lead))];
  const colX = (c: number) => LANE_LABEL_W + COL_GAP / 2 + c * (BOX_W + COL_GAP);
  const textLines = (text: string) => wrap(text, BOX_W - 2 * PAD);
  const boxHeight = (n: number) => n * LINE + 2 * PAD;

  // Boxes per lane and column, stacked when several share a cell.
  type Cell = { key: string; text: string[]; kind: FlowBox["kind"]; conditional: boolean; title: string };
  const cells = new Map<string, Cell[]>();
  const put = (lane: string, col: number, cell: Cell) => {
    const k = `${lane}\u0000${col}`;
    cells.set(k, [...(cells.get(k) ?? []), cell]);
  };
  put(model.lead, 0, { key: "start", text: textLines("统一受理"), kind: "start", conditional: false, title: `${model.lead}统一受理` });
  for (const i of model.items) {
    const cond = conditionSentence(i.when, ctx);
    put(i.department, levels.get(i.name) ?? 1, { key: i.name, text: textLines(i.name), kind: "item", conditional: i.when.op !== "true", title: cond ? `${i.name}（${cond}）` : i.name });
  }
  put(model.lead, depth + 1, { key: "end", text: textLines("统一出件"), kind: "end", conditional: false, title: `${model.lead}统一出件` });

  const width = colX(depth + 2) - COL_GAP / 2;
  const lanes: FlowView["lanes"] = [];
  const boxes: FlowBox[] = [];
  const pos = new Map<string, FlowBox>();
  let y = 0;
  for (const lane of laneNames) {
    let laneH = 0;
    for (let c = 0; c <= depth + 1; c++) {
      const stack = cells.get(`${lane}\u0000${c}`) ?? [];
      let cy = y + LANE_PAD;
      for (const cell of stack) {
        const h = boxHeight(cell.text.length);
        const x = colX(c);
        const box: FlowBox = {
          id: cell.kind === "item" ? `flow-${model.items.find((i) => i.name === cell.key)!.id}` : `flow-${cell.kind}`,
          x,
          y: cy,
          width: BOX_W,
          height: h,
          lines: cell.text.map((t, n) => ({ text: t, x: x + BOX_W / 2, y: cy + PAD + FONT + n * LINE })),
          conditional: cell.conditional,
          title: cell.title,
          kind: cell.kind,
        };
        boxes.push(box);
        pos.set(cell.key, box);
        cy += h + LANE_PAD;
      }
      laneH = Math.max(laneH, cy - y);
    }
    laneH = Math.max(laneH, boxHeight(1) + 2 * LANE_PAD);
    const label = wrap(lane, LANE_LABEL_W - 2 * PAD);
    const top = y + laneH / 2 - ((label.length - 1) * LINE) / 2 + FONT / 2 - 2;
    lanes.push({ name: lane, y, height: laneH, width, lead: lane === model.lead, lines: label.map((t, n) => ({ text: t, x: LANE_LABEL_W / 2, y: top + n * LINE })) });
    y += laneH;
  }

  const edges: { d: string }[] = [];
  const link = (from: FlowBox, to: FlowBox) => {
    const x1 = from.x + from.width;
    const y1 = from.y + from.height / 2;
    const x2 = to.x - 4;
    const y2 = to.y + to.height / 2;
    const mx = (x1 + x2) / 2;
    edges.push({ d: `M${x1} ${y1} C${mx} ${y1} ${mx} ${y2} ${x2} ${y2}` });
  };
  const needed = new Set(model.items.flatMap((i) => i.after));
  for (const i of model.items) {
    const box = pos.get(i.name)!;
    const before = i.after.filter((a) => pos.has(a));
    if (before.length === 0) link(pos.get("start")!, box);
    for (const a of before) link(pos.get(a)!, box);
    if (!needed.has(i.name)) link(box, pos.get("end")!);
  }
  if (model.items.length === 0) link(pos.get("start")!, pos.get("end")!);

  const parallel = [...new Set(levels.values())].filter((l) => [...levels.values()].filter((x) => x === l).length > 1).length;
  const description = `${model.lead}统一受理后，${model.items.length}个子事项分${depth}个阶段办理${parallel > 0 ? "（同一阶段的并联办理）" : ""}，由${model.lead}统一出件。`;
  return { width, height: y, lanes, boxes, edges, description, hasConditional: boxes.some((b) => b.conditional) };
}
