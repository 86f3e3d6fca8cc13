// The face every target shares: a pure function from the model to files. Targets import the
// model's types and nothing else from the compiler; they never see source text or the AST.
import type { Model } from "../compiler/model.js";
import type { WorkCalendar } from "./calendar.js";

export interface OutputFile {
  /** Relative to the output directory, with "/" separators. */
  path: string;
  text: string;
}

export interface TargetOptions {
  /** JSON Schema draft of form.schema.json. */
  schemaDraft: "07" | "2020-12";
  /** BPMN flavour of process.bpmn. */
  process: "camunda8" | "camunda7" | "flowable" | "plain";
  /** Guide template overrides by file name (e.g. "guide.html.hbs" → its text), read by the CLI. */
  templates: Record<string, string>;
  /** A date (YYYY-MM-DD): mark what is not in force on it, and let the catalog show what is. */
  on?: string;
  /** Holiday calendar (`--calendar`): working-day timers are counted by it (targets/calendar.ts). */
  calendar?: WorkCalendar;
}

export const DEFAULT_TARGET_OPTIONS: TargetOptions = { schemaDraft: "07", process: "camunda8", templates: {} };

export interface Target {
  name: string;
  /** Files for one matter, relative to DIR/<编码>/. */
  perMatter?(model: Model, options: TargetOptions): OutputFile[];
  /** Files across all matters, relative to DIR/. */
  acrossMatters?(models: Model[], options: TargetOptions): OutputFile[];
}
