// The published JSON Schema (draft-07) of model.json. It mirrors model.ts; the tests validate
// every example's model against it with ajv in strict mode, so the two cannot drift apart.
import { MODEL_VERSION } from "./model.js";

const str = { type: "string" } as const;
const strs = { type: "array", items: str } as const;
const nonNegInt = { type: "integer", minimum: 0 } as const;
const ref = (name: string) => ({ $ref: `#/definitions/${name}` });
const obj = (properties: Record<string, unknown>, required: string[]) => ({ type: "object", additionalProperties: false, properties, required });

const answer = { anyOf: [{ type: "boolean" }, str, strs, { type: "number" }] };
const figure = obj({ before: nonNegInt, after: nonNegInt }, ["before", "after"]);

export const modelSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://matterc.dev/schema/model-1.json",
  title: "matterc model",
  description: "一件事的模型：matterc 编译器的中间表示，也是 model.json 的格式。The model of one integrated matter.",
  definitions: {
    duration: obj({ value: { type: "number", minimum: 0 }, unit: { enum: ["工作日", "自然日"] }, workdays: nonNegInt, approximate: { type: "boolean" } }, ["value", "unit", "workdays", "approximate"]),
    answer,
    cond: {
      oneOf: [
        obj({ op: { const: "true" } }, ["op"]),
        obj({ op: { const: "false" } }, ["op"]),
        obj({ op: { enum: ["and", "or"] }, args: { type: "array", items: ref("cond"), minItems: 2 } }, ["op", "args"]),
        obj({ op: { const: "not" }, arg: ref("cond") }, ["op", "arg"]),
        obj({ op: { enum: ["eq", "ne"] }, subject: str, value: { anyOf: [{ type: "boolean" }, str, { type: "number" }] } }, ["op", "subject", "value"]),
        obj({ op: { enum: ["gt", "ge", "lt", "le"] }, subject: str, value: { type: "number" } }, ["op", "subject", "value"]),
        obj({ op: { const: "contains" }, subject: str, value: str }, ["op", "subject", "value"]),
        obj({ op: { const: "in" }, subject: str, values: strs }, ["op", "subject", "values"]),
      ],
    },
    department: obj({ name: str, id: str, fullName: str, phone: str, address: str, role: { enum: ["lead", "cooperating"] }, duties: str }, ["name", "id", "fullName", "role"]),
    situation: obj({ name: str, id: str, type: { enum: ["yesno", "single", "multiple", "number"] }, question: str, options: strs, default: answer }, ["name", "id", "type", "question"]),
    item: obj(
      {
        name: str,
        id: str,
        department: str,
        code: str,
        type: obj({ name: str, code: str }, ["name", "code"]),
        legalTime: ref("duration"),
        promisedTime: ref("duration"),
        workdays: nonNegInt,
        tripsAlone: nonNegInt,
        after: strs,
        when: ref("cond"),
        materials: strs,
        fields: strs,
        fee: str,
        produces: str,
      },
      ["name", "id", "department", "workdays", "tripsAlone", "after", "when", "materials", "fields", "fee"],
    ),
    material: obj(
      {
        name: str,
        id: str,
        form: { enum: ["原件", "复印件", "原件或复印件", "电子"] },
        copies: nonNegInt,
        paperSize: { enum: ["A4", "A3"] },
        source: obj({ kind: { enum: ["applicant", "e-licence", "data-sharing", "prior-output", "intermediary", "system"] }, licence: str, department: str, item: str }, ["kind"]),
        necessity: { enum: ["必要", "非必要"] },
        deferrable: ref("duration"),
        note: str,
        sample: { type: "string", pattern: "^https?://" },
        askedBy: strs,
        replacedBy: strs,
        when: ref("cond"),
        neededWhen: ref("cond"),
        fromApplicant: { type: "boolean" },
        uploadWhen: ref("cond"),
      },
      ["name", "id", "form", "copies", "source", "necessity", "askedBy", "replacedBy", "when", "neededWhen", "fromApplicant", "uploadWhen"],
    ),
    field: obj(
      {
        path: str,
        id: str,
        key: str,
        type: { enum: ["text", "longText", "integer", "number", "amount", "date", "dateTime", "boolean", "single", "multiple", "file", "mobile", "phone", "email", "idCard", "creditCode", "division", "postcode", "address"] },
        label: str,
        description: str,
        required: { type: "boolean" },
        maxLength: nonNegInt,
        minLength: nonNegInt,
        minimum: { type: "number" },
        maximum: { type: "number" },
        pattern: str,
        default: answer,
        unit: str,
        example: str,
        options: strs,
        askedBy: strs,
        when: ref("cond"),
        neededWhen: ref("cond"),
      },
      ["path", "id", "key", "type", "label", "required", "askedBy", "when", "neededWhen"],
    ),
    commitment: obj(
      {
        name: str,
        id: str,
        question: str,
        replaces: strs,
        conditions: strs,
        offeredWhen: ref("cond"),
        verification: obj({ method: str, time: ref("duration") }, ["method"]),
        onBreach: strs,
        clauses: strs,
        department: str,
      },
      ["name", "id", "question", "replaces", "conditions", "offeredWhen", "onBreach", "clauses", "department"],
    ),
    figure,
    caseMetrics: obj(
      {
        situation: { type: "object", additionalProperties: answer },
        items: strs,
        materials: figure,
        fields: figure,
        trips: figure,
        time: obj({ before: nonNegInt, after: nonNegInt, criticalPath: nonNegInt, unit: { const: "工作日" }, approximate: { type: "boolean" } }, ["before", "after", "criticalPath", "unit", "approximate"]),
      },
      ["situation", "items", "materials", "fields", "trips", "time"],
    ),
    metrics: obj({ matter: str, code: str, headline: ref("caseMetrics"), situations: { type: "array", items: ref("caseMetrics"), minItems: 1 }, truncated: { type: "boolean" } }, ["matter", "code", "headline", "situations"]),
  },
  ...obj(
    {
      modelVersion: { const: MODEL_VERSION },
      name: str,
      id: str,
      code: { type: "string", pattern: "^[A-Za-z0-9_-][A-Za-z0-9._-]*$" },
      version: str,
      status: { enum: ["草稿", "试点", "已发布", "已废止"] },
      audience: strs,
      lead: str,
      departments: { type: "array", items: ref("department"), minItems: 1 },
      promisedTime: ref("duration"),
      channels: strs,
      scope: str,
      trips: obj({ value: nonNegInt, declared: { type: "boolean" } }, ["value", "declared"]),
      situations: { type: "array", items: ref("situation") },
      items: { type: "array", items: ref("item") },
      materials: { type: "array", items: ref("material") },
      fields: { type: "array", items: ref("field") },
      form: obj({ groups: { type: "array", items: obj({ name: str, id: str, fields: strs }, ["name", "id", "fields"]) } }, ["groups"]),
      commitments: { type: "array", items: ref("commitment") },
      guide: obj(
        { place: strs, hours: str, consultPhone: str, complaintPhone: str, onlineUrl: { type: "string", pattern: "^https?://" }, basis: strs, acceptance: strs, faq: { type: "array", items: obj({ question: str, answer: str }, ["question", "answer"]) } },
        ["place", "basis", "acceptance", "faq"],
      ),
      metrics: ref("metrics"),
    },
    ["modelVersion", "name", "id", "code", "status", "audience", "lead", "departments", "channels", "trips", "situations", "items", "materials", "fields", "form", "commitments", "guide", "metrics"],
  ),
};
