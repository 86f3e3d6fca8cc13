// One meaning per value, whichever renderer submitted the application. Renderers write some
// values in their own conventions; `normalizeApplication` rewrites them into the documented
// representation (docs/forms.md, "数据表示 / Value representation") before validation:
//
// - date-time: RFC 3339 with an offset. A local date-time without a zone (Formily/antd
//   "2024-05-06 10:30:00", form-js "2024-05-06T10:30") is a time in the declared zone, 中国标准时间
//   (UTC+08:00): "2024-05-06T10:30:00+08:00".
// - file: a string, either a data URL (the content itself, RJSF) or a reference to a file the
//   platform holds (a URI: "https://…", "files::…" for a form-js upload sent alongside the data,
//   "camunda-document:<documentId>" for a Camunda 8 Tasklist document). A Formily/antd Upload file
//   list of one uploaded file becomes that file's url; a Camunda document reference list of one
//   document becomes "camunda-document:<documentId>".
// - defaults: a question shown with a `default` and left out of the data has its default (what the
//   form displayed, and what 默认 means); an unanswered yes/no question (situation, commitment)
//   is `false`, as the data contract reads it.
// - multiple choice: the chosen options in the order of the options.
// - an empty string or null (form-js submits "" for an empty text field, null for an empty number,
//   choice or date, e.g. a read-only prefilled field Camunda 7 Tasklist could not fill) is no answer.
// - hidden answers: a value for a question that is not shown for the other answers (JSON Forms keeps
//   them after an answer changes) is dropped; conditions are re-evaluated until nothing changes.
import { schemasAt as schemasAtPath } from "./application-errors.js";

interface Schema {
  type?: unknown;
  items?: Schema & { enum?: unknown[] };
  format?: unknown;
  default?: unknown;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  if?: object;
  then?: Schema;
  else?: Schema;
}

const schemasAt = (root: Schema, path: string[]) => schemasAtPath(root as object, path) as Schema[];

/** 中国标准时间: the zone a date-time without an offset is read in. */
export const DECLARED_ZONE = "+08:00";

/** Evaluates an `if` schema on a value (an ajv-compiled check, supplied by the caller). */
export type SchemaTest = (schema: object, value: unknown) => boolean;

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;

/** A date-time in a renderer's local notation, with the declared zone; others unchanged. */
export function normalizeDateTime(value: string): string {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return value;
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? "00"}${m[5] ?? ""}${DECLARED_ZONE}`;
}

/** The reference string of one uploaded file in a renderer's notation, or undefined. */
function fileReference(item: unknown): string | undefined {
  if (!isObj(item)) return undefined;
  // Camunda 8 Tasklist document reference.
  if (item["camunda.document.type"] !== undefined && typeof item.documentId === "string") return `camunda-document:${item.documentId}`;
  // antd/Formily Upload file: done, with the url the upload service answered.
  if (item.status !== undefined && item.status !== "done") return undefined;
  if (typeof item.url === "string") return item.url;
  const response = item.response;
  if (isObj(response) && typeof response.url === "string") return response.url;
  return undefined;
}

/** A file value as a string (data URL or reference); values it cannot read stay as they are. */
export function normalizeFile(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1) return fileReference(value[0]) ?? value;
  if (isObj(value)) return fileReference(value) ?? value;
  return value;
}

/** A multiple choice in the order of its options (renderers keep the order of the clicks). */
function sortByOptions(value: unknown[], options: unknown[]): unknown[] {
  const rank = (v: unknown) => (options.includes(v) ? options.indexOf(v) : options.length);
  return [...value].sort((a, b) => rank(a) - rank(b));
}

function formats(root: Schema, path: string[]): Set<string> {
  return new Set(schemasAt(root, path).flatMap((s) => (typeof s.format === "string" ? [s.format] : [])));
}

/** Rewrites date-times and files at every path the schema gives a format to. */
function normalizeValues(root: Schema, data: Obj, prefix: string[]): void {
  for (const [key, value] of Object.entries(data)) {
    const path = [...prefix, key];
    const f = formats(root, path);
    const choices = schemasAt(root, path).find((s) => Array.isArray(s.items?.enum))?.items?.enum;
    if ((value === "" || value === null) && schemasAt(root, path).length > 0) delete data[key]; // an empty field is no answer
    else if (f.has("date-time") && typeof value === "string") data[key] = normalizeDateTime(value);
    else if (choices && Array.isArray(value)) data[key] = sortByOptions(value, choices);
    else if (f.has("data-url")) data[key] = normalizeFile(value);
    else if (isObj(value)) normalizeValues(root, value, path);
    else if (Array.isArray(value)) value.forEach((entry, i) => isObj(entry) && normalizeValues(root, entry, [...path, String(i)]));
  }
}

/** The entries of a repeating group's list: "*" in a declared path stands for every index. */
const EACH = "*";

interface Declared {
  /** Every data path some branch declares, "." joined. */
  all: Set<string>;
  /** Paths declared by the branches that apply to the data, with their defaults. */
  shown: Map<string, Schema>;
}

/** Walks the schema along the data: which paths exist at all, and which apply now. */
function declared(root: Schema, data: Obj, test: SchemaTest): Declared {
  const all = new Set<string>();
  const shown = new Map<string, Schema>();
  const visit = (node: Schema | undefined, value: unknown, prefix: string, active: boolean) => {
    if (!node || typeof node !== "object") return;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix + key;
      all.add(path);
      if (active && !shown.has(path)) shown.set(path, child);
      visit(child, isObj(value) ? value[key] : undefined, `${path}.`, active);
      // A repeating group's entries: the conditions are over top-level answers, the same for all.
      if (child.items?.properties) visit(child.items, undefined, `${path}.${EACH}.`, active);
    }
    for (const member of node.allOf ?? []) {
      visit(member, value, prefix, active);
      if (member.if === undefined) continue;
      const holds = active && test(member.if, value ?? {});
      visit(member.then, value, prefix, active && holds);
      visit(member.else, value, prefix, active && !holds);
    }
  };
  visit(root, data, "", true);
  return { all, shown };
}

/** Drops values of declared paths that do not apply; fills in defaults of those that do. */
function settle(data: Obj, d: Declared, prefix: string): boolean {
  let changed = false;
  for (const key of Object.keys(data)) {
    const path = prefix + key;
    if (d.all.has(path) && !d.shown.has(path)) {
      delete data[key];
      changed = true;
    } else if (isObj(data[key])) {
      changed = settle(data[key] as Obj, d, `${path}.`) || changed;
    } else if (Array.isArray(data[key])) {
      for (const entry of data[key] as unknown[]) if (isObj(entry)) changed = settle(entry, d, `${path}.${EACH}.`) || changed;
    }
  }
  if (prefix !== "") return changed;
  for (const [path, schema] of d.shown) {
    if (path.includes(`.${EACH}.`)) {
      changed = entryDefault(data, path, schema) || changed;
      continue;
    }
    // An unanswered yes/no question (a situation, a commitment) means "no".
    if (schema.default === undefined && schema.type === "boolean" && !path.includes(".") && data[path] === undefined) {
      data[path] = false;
      changed = true;
    }
    if (schema.default === undefined) continue;
    const keys = path.split(".");
    let node = data;
    for (const k of keys.slice(0, -1)) {
      if (node[k] === undefined) node[k] = {};
      if (!isObj(node[k])) break;
      node = node[k] as Obj;
    }
    const last = keys[keys.length - 1];
    if (node[last] === undefined) {
      node[last] = structuredClone(schema.default);
      changed = true;
    }
  }
  return changed;
}

/** A default inside a repeating group's entries, filled into every entry the data has. */
function entryDefault(data: Obj, path: string, schema: Schema): boolean {
  if (schema.default === undefined) return false;
  const [list, ...rest] = path.split(`.${EACH}.`);
  if (rest.length !== 1) return false; // lists inside lists: none on matterc's forms
  let node: unknown = data;
  for (const k of list.split(".")) node = isObj(node) ? node[k] : undefined;
  if (!Array.isArray(node)) return false;
  let changed = false;
  for (const entry of node) {
    if (!isObj(entry)) continue;
    const keys = rest[0].split(".");
    let at: Obj = entry;
    for (const k of keys.slice(0, -1)) {
      if (at[k] === undefined) at[k] = {};
      if (!isObj(at[k])) break;
      at = at[k] as Obj;
    }
    const last = keys[keys.length - 1];
    if (isObj(at) && at[last] === undefined) {
      at[last] = structuredClone(schema.default);
      changed = true;
    }
  }
  return changed;
}

/**
 * The application in the documented representation: renderer notations of date-times and files
 * rewritten, defaults of shown questions filled in, hidden answers dropped. Pure: `data` is not
 * changed. Values it cannot read are left for validation to report.
 */
export function normalizeApplication(schema: object, data: unknown, test: SchemaTest): unknown {
  if (!isObj(data)) return data;
  const root = schema as Schema;
  const out = structuredClone(data);
  normalizeValues(root, out, []);
  for (let round = 0; round < 16; round++) {
    if (!settle(out, declared(root, out, test), "")) break;
  }
  return out;
}
