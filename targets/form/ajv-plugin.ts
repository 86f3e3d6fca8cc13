// The ajv plugin published as `matterc/ajv`:
//
//   import Ajv from "ajv";
//   import addMatterFormats, { localize } from "matterc/ajv";
//   const ajv = addMatterFormats(new Ajv());
//   const validate = ajv.compile(schema);
//   if (!validate(data)) { localize(validate.errors); … }   // messages in Chinese
//
// It registers the `cn-*` formats of form.schema.json with their full checks (GB 11643 and
// GB 32100 check characters, real birth dates, existing provinces), and the standard formats the
// schema uses where the instance does not have them yet, so a strict ajv compiles every form.
// Works with Ajv (draft-07) and Ajv2020 alike: both share the core's addFormat.
import type { Format } from "ajv";
import { CN_FORMATS, STANDARD_FORMATS } from "./formats.js";

export { localize, messageZh, formatMessageZh } from "./messages-zh.js";
export { CN_FORMATS } from "./formats.js";

/** What the plugin needs of an ajv instance (Ajv, Ajv2019, Ajv2020). */
export interface FormatHost {
  readonly formats: Record<string, unknown>;
  addFormat(name: string, format: Format): unknown;
}

export default function addMatterFormats<A extends FormatHost>(ajv: A): A {
  for (const [name, validate] of Object.entries(CN_FORMATS)) ajv.addFormat(name, { type: "string", validate });
  for (const [name, validate] of Object.entries(STANDARD_FORMATS)) {
    if (ajv.formats[name] === undefined) ajv.addFormat(name, { type: "string", validate });
  }
  return ajv;
}
