// The ajv plugin published as `matterc/ajv`:
//
//   import Ajv from "ajv";
//   import addMatterFormats from "matterc/ajv";
//   const ajv = addMatterFormats(new Ajv({ allErrors: true }));
//   const validate = ajv.compile(schema);
//   validate(data);          // validate.errors[i].message is Chinese
//
// It registers the `cn-*` formats of form.schema.json with their full checks (GB 11643 and
// GB 32100 check characters, real birth dates, existing provinces), and the standard formats the
// schema uses where the instance does not have them yet, so a strict ajv compiles every form.
// It also makes the instance's errors Chinese: ajv has no hook for messages, so `compile` and
// `getSchema` hand out validators that localize their errors after each call (as ajv-i18n's
// `localize` would, which is also exported for validators made elsewhere). With RJSF:
// `customizeValidator({ extenderFn: addMatterFormats })`. Works with Ajv and Ajv2020 alike.
// It also declares the annotation `x-matterc-source` (where a prefilled field's value comes from,
// docs/forms.md), so that a strict ajv accepts the schema; it never affects validation; and
// `x-matterc-inadmissible` (a 不予受理 case), whose `then` fails with the case's message.
import type { Format, KeywordDefinition, ValidateFunction } from "ajv";
import { CN_FORMATS, STANDARD_FORMATS } from "./formats.js";
import { localize } from "./messages-zh.js";
import { SOURCE_KEYWORD } from "./value-schema.js";
import { INADMISSIBLE_KEYWORD } from "./inadmissible-keyword.js";

export { localize, messageZh, formatMessageZh, inadmissibleOf } from "./messages-zh.js";
export { CN_FORMATS, isFileValue } from "./formats.js";
export { DECLARED_ZONE, normalizeApplication, normalizeDateTime, normalizeFile, type SchemaTest } from "./application-normalize.js";

/** What the plugin needs of an ajv instance (Ajv, Ajv2019, Ajv2020). */
export interface FormatHost {
  readonly formats: Record<string, unknown>;
  addFormat(name: string, format: Format): unknown;
  addKeyword?(definition: KeywordDefinition): unknown;
  getKeyword?(keyword: string): unknown;
  compile?: unknown;
  getSchema?: unknown;
}

/** The annotation keywords form.schema.json uses besides the standard ones (docs/forms.md). */
export const ANNOTATION_KEYWORDS: { keyword: string; metaSchema: object }[] = [
  {
    // A repeating group's list: what one entry is called and its measure word (第2位股东).
    keyword: "x-matter-entry",
    metaSchema: { type: "object", properties: { entry: { type: "string" }, measureWord: { type: "string" } }, required: ["entry", "measureWord"], additionalProperties: false },
  },
  {
    // A 不予受理 case on the `then` that fails while it holds: the case, its 去向 and the message
    // the plugin gives that failure (exits.ts).
    keyword: INADMISSIBLE_KEYWORD,
    metaSchema: {
      type: "object",
      properties: { id: { type: "string" }, name: { type: "string" }, redirect: { type: "string" }, message: { type: "string" } },
      required: ["id", "name", "message"],
      additionalProperties: false,
    },
  },
];

export interface MatterFormatsOptions {
  /** Chinese messages on the instance's errors (default true). */
  messages?: boolean;
}

const localized = new WeakMap<ValidateFunction, ValidateFunction>();

/** The same validator, localizing its errors after each call; properties read and write through. */
function localizing(validate: ValidateFunction): ValidateFunction {
  let proxy = localized.get(validate);
  if (proxy === undefined) {
    proxy = new Proxy(validate, {
      apply(target, self, args) {
        const result: unknown = Reflect.apply(target, self, args);
        if (result instanceof Promise) {
          return result.catch((e: { errors?: Parameters<typeof localize>[0] }) => {
            localize(e?.errors, target.schema);
            throw e;
          });
        }
        localize(target.errors, target.schema);
        return result;
      },
    });
    localized.set(validate, proxy);
  }
  return proxy;
}

/** Marks an instance whose validators already localize, so a second call does not wrap again. */
const LOCALIZED = Symbol.for("matterc.ajv.localized");

function localizeInstance(ajv: FormatHost): void {
  const marked = ajv as { [LOCALIZED]?: true };
  if (marked[LOCALIZED]) return;
  marked[LOCALIZED] = true;
  const host = ajv as { compile: (...a: unknown[]) => ValidateFunction; getSchema: (...a: unknown[]) => ValidateFunction | undefined };
  if (typeof host.compile !== "function" || typeof host.getSchema !== "function") return;
  const compile = host.compile.bind(ajv);
  const getSchema = host.getSchema.bind(ajv);
  host.compile = (...args) => localizing(compile(...args));
  host.getSchema = (...args) => {
    const v = getSchema(...args);
    return v && localizing(v);
  };
}

export default function addMatterFormats<A extends FormatHost>(ajv: A, options: MatterFormatsOptions = {}): A {
  for (const [name, validate] of Object.entries(CN_FORMATS)) ajv.addFormat(name, { type: "string", validate });
  for (const [name, validate] of Object.entries(STANDARD_FORMATS)) {
    if (ajv.formats[name] === undefined) ajv.addFormat(name, { type: "string", validate });
  }
  if (ajv.addKeyword && !ajv.getKeyword?.(SOURCE_KEYWORD)) {
    const str = { type: "string" };
    ajv.addKeyword({
      keyword: SOURCE_KEYWORD,
      schemaType: "object",
      metaSchema: { type: "object", required: ["kind"], properties: { kind: { enum: ["data-sharing", "e-licence", "identity", "prior-output"] }, department: str, licence: str, item: str, dataItem: str }, additionalProperties: false },
    });
  }
  if (ajv.addKeyword) {
    for (const k of ANNOTATION_KEYWORDS) if (!ajv.getKeyword?.(k.keyword)) ajv.addKeyword({ ...k, schemaType: "object" });
  }
  if (options.messages !== false) localizeInstance(ajv);
  return ajv;
}
