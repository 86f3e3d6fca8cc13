// form.schema.json: the merged form as one JSON Schema object. Questions shown always are plain
// properties; a question shown under a condition lives only in the `then` of an `if` (inside
// `allOf`), so that renderers which resolve conditions (RJSF) show it exactly when it applies and
// every validator requires it exactly then. Questions with the same condition share one if/then.
import type { Model } from "../../compiler/model.js";
import { toJsonSchema, type JsonSchema } from "../conditions/json-schema.js";
import type { TargetOptions } from "../target.js";
import { MATERIALS_KEY, planForm, type FormPlan, type Question, type RepeatPlan } from "./plan.js";
import { entryBounds } from "../repeat.js";
import { valueSchema } from "./value-schema.js";
import { jsonText } from "../escape/json.js";
import { INADMISSIBLE_KEYWORD, inadmissibleAnnotation } from "./exits.js";

export const SCHEMA_URIS = {
  "07": "http://json-schema.org/draft-07/schema#",
  "2020-12": "https://json-schema.org/draft/2020-12/schema",
} as const;

interface ObjectNode {
  title?: string;
  type: "object";
  properties: Record<string, JsonSchema>;
  required?: string[];
}

/** The list of a repeating group's entries. `x-matter-entry` names one entry (第2位股东) for
 * `matterc validate` and the matterc/ajv messages; the plugin declares the keyword. */
interface ArrayNode {
  title: string;
  description: string;
  type: "array";
  minItems?: number;
  maxItems?: number;
  items: ObjectNode;
  "x-matter-entry": { entry: string; measureWord: string };
}

/** A question and, for one asked per entry, its repeating group. */
interface Placed {
  q: Question;
  repeat?: RepeatPlan;
  title?: string;
}

function arrayNode(p: Placed): ArrayNode {
  const r = p.repeat!;
  return {
    title: jsonText(p.title ?? r.entry),
    description: jsonText(`每${r.measureWord}${r.entry}填写一项；${entryBounds(r)}`),
    type: "array",
    ...(r.min > 0 ? { minItems: r.min } : {}),
    ...(r.max !== undefined ? { maxItems: r.max } : {}),
    items: { title: jsonText(r.entry), type: "object", properties: {} },
    "x-matter-entry": { entry: jsonText(r.entry), measureWord: jsonText(r.measureWord) },
  };
}

/** Titles of the objects that only group nested fields, e.g. {企业: {名称}} → "企业". */
function containerTitle(segment: string, depth: number): string {
  return depth === 0 && segment === MATERIALS_KEY ? "申请材料" : segment;
}

/** Puts the questions into a tree of object schemas following their data paths; a question asked
 * per entry goes into the entries' object schema of its group's list. */
function tree(placed: Placed[], root: ObjectNode): ObjectNode {
  for (const p of placed) {
    const q = p.q;
    let node = root;
    if (p.repeat) {
      const key = p.repeat.key;
      let list = node.properties[key] as unknown as ArrayNode | undefined;
      if (list === undefined) node.properties[key] = (list = arrayNode(p)) as unknown as JsonSchema;
      // The group is shown whenever one of its questions is: then it needs its fewest entries.
      if (p.repeat.min > 0) addRequired(node, key);
      node = list.items;
    }
    q.path.slice(0, -1).forEach((segment, depth) => {
      let child = node.properties[segment] as unknown as ObjectNode | undefined;
      if (child === undefined) {
        child = { title: containerTitle(segment, depth), type: "object", properties: {} };
        node.properties[segment] = child as unknown as JsonSchema;
      }
      if (q.required) addRequired(node, segment);
      node = child;
    });
    const leaf = q.path[q.path.length - 1];
    node.properties[leaf] = valueSchema(q);
    if (q.required) addRequired(node, leaf);
  }
  return root;
}

function addRequired(node: ObjectNode, key: string): void {
  node.required ??= [];
  if (!node.required.includes(key)) node.required.push(key);
}

export function formJsonSchema(plan: FormPlan, draft: TargetOptions["schemaDraft"]): JsonSchema {
  const placed: Placed[] = plan.sections.flatMap((s) => s.questions.map((q) => ({ q, repeat: s.repeat, title: s.title })));
  const always = placed.filter((p) => p.q.when.op === "true");
  const root = tree(always, { type: "object", properties: {} });
  // One if/then per distinct condition, in order of first appearance on the form. The conditions
  // are over top-level answers, so a question inside a repeating group is lifted to the root's
  // if/then too, reaching into the list's entries.
  const byCondition = new Map<string, Placed[]>();
  for (const p of placed.filter((p) => p.q.when.op !== "true")) {
    const key = JSON.stringify(p.q.when);
    const branch = byCondition.get(key) ?? [];
    // A branch that reaches into a list's entries holds the entries' unconditional questions too,
    // so that the branch alone describes a whole entry (JSON Forms scopes a list into it).
    if (p.repeat && !branch.some((b) => b.repeat === p.repeat)) branch.push(...placed.filter((u) => u.repeat === p.repeat && u.q.when.op === "true"));
    byCondition.set(key, [...branch, p]);
  }
  const allOf: JsonSchema[] = [...byCondition.entries()].map(([when, ps]) => {
    const { type: _type, ...then } = tree(ps, { type: "object", properties: {} });
    return { if: toJsonSchema(JSON.parse(when) as Question["when"]), then };
  });
  // 不予受理: while a case holds, its `then` fails (`not: {}`, which every validator refuses);
  // the annotation names the case for the matterc/ajv messages and `matterc validate` (exits.ts).
  // After the questions' branches, so their `allOf` indexes (JSON Forms scopes) stay as they are.
  for (const e of plan.exits ?? []) {
    const a = inadmissibleAnnotation(e);
    const annotation = Object.fromEntries(Object.entries(a).map(([k, v]) => [k, jsonText(v)]));
    allOf.push({ if: toJsonSchema(e.when), then: { [INADMISSIBLE_KEYWORD]: annotation, not: {} } });
  }
  const { type, properties, required } = root;
  return {
    $schema: SCHEMA_URIS[draft],
    title: jsonText(plan.title),
    ...(plan.notice ? { description: jsonText(plan.notice) } : {}),
    type,
    properties,
    ...(required ? { required } : {}),
    ...(allOf.length > 0 ? { allOf } : {}),
  };
}

/** The conditions of the schema's if/then branches, in `allOf` order (JSON stringified). */
export function branchConditions(plan: FormPlan): string[] {
  return [...new Set(plan.sections.flatMap((s) => s.questions.filter((q) => q.when.op !== "true").map((q) => JSON.stringify(q.when))))];
}

export function formSchemaFile(model: Model, draft: TargetOptions["schemaDraft"]): JsonSchema {
  return formJsonSchema(planForm(model), draft);
}
