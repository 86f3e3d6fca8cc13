// form.schema.json: the merged form as one JSON Schema object. Questions shown always are plain
// properties; a question shown under a condition lives only in the `then` of an `if` (inside
// `allOf`), so that renderers which resolve conditions (RJSF) show it exactly when it applies and
// every validator requires it exactly then. Questions with the same condition share one if/then.
import type { Model } from "../../compiler/model.js";
import { toJsonSchema, type JsonSchema } from "../conditions/json-schema.js";
import type { TargetOptions } from "../target.js";
import { MATERIALS_KEY, allQuestions, planForm, type FormPlan, type Question } from "./plan.js";
import { valueSchema } from "./value-schema.js";
import { jsonText } from "../escape/json.js";

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

/** Titles of the objects that only group nested fields, e.g. {企业: {名称}} → "企业". */
function containerTitle(segment: string, depth: number): string {
  return depth === 0 && segment === MATERIALS_KEY ? "申请材料" : segment;
}

/** Puts the questions into a tree of object schemas following their data paths. */
function tree(questions: Question[], root: ObjectNode): ObjectNode {
  for (const q of questions) {
    let node = root;
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
  const questions = allQuestions(plan);
  const always = questions.filter((q) => q.when.op === "true");
  const root = tree(always, { type: "object", properties: {} });
  // One if/then per distinct condition, in order of first appearance on the form.
  const byCondition = new Map<string, Question[]>();
  for (const q of questions.filter((q) => q.when.op !== "true")) {
    const key = JSON.stringify(q.when);
    byCondition.set(key, [...(byCondition.get(key) ?? []), q]);
  }
  const allOf = [...byCondition.values()].map((qs) => {
    const { type: _type, ...then } = tree(qs, { type: "object", properties: {} });
    return { if: toJsonSchema(qs[0].when), then };
  });
  const { type, properties, required } = root;
  return {
    $schema: SCHEMA_URIS[draft],
    title: jsonText(plan.title),
    type,
    properties,
    ...(required ? { required } : {}),
    ...(allOf.length > 0 ? { allOf } : {}),
  };
}

export function formSchemaFile(model: Model, draft: TargetOptions["schemaDraft"]): JsonSchema {
  return formJsonSchema(planForm(model), draft);
}
