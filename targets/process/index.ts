// The process target: process.bpmn, BPMN 2.0 with a diagram, for the engine chosen by
// `--process` (Camunda 8 by default; Camunda 7, Flowable, or plain BPMN). docs/process.md says
// what each flavour targets and how time limits are mapped.
import type { Model } from "../../compiler/model.js";
import type { WorkCalendar } from "../calendar.js";
import type { OutputFile, Target, TargetOptions } from "../target.js";
import { asOf, asOfMark, asOfText } from "../in-force.js";
import { buildGraph } from "./build-graph.js";
import type { Flavour } from "./flavours.js";
import { layout } from "./layout.js";
import { toDiagram } from "./to-di.js";
import { toDefinitions } from "./to-xml.js";
import { serialize } from "./xml.js";

/** process.bpmn for one matter, as text; `calendar` counts working-day timers (calendar-timers.ts). */
export function renderProcess(model: Model, flavour: Flavour = "camunda8", calendar?: WorkCalendar, on?: string): string {
  const g = buildGraph(model);
  const a = asOf(model, on);
  const notice = asOfText(a);
  const about = `“${model.name}”（${model.code}）集成办理流程：统一受理、并联办理、统一出件。由 matterc 生成。${notice ?? ""}`;
  // Not in force that day: the notice in the process's documentation, and a short mark after its
  // name (on the process and its pool), which the engines' task lists and cockpits show.
  const mark = asOfMark(a);
  const named = mark ? { ...g, name: `${g.name}（${mark}）` } : g;
  return serialize(toDefinitions(named, flavour, model.code, about, toDiagram(g, layout(g)), calendar));
}

export const processTarget: Target = {
  name: "process",
  perMatter(model: Model, options: TargetOptions): OutputFile[] {
    return [{ path: "process.bpmn", text: renderProcess(model, options.process, options.calendar, options.on) }];
  },
};
