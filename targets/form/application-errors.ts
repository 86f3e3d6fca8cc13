// Checking an application against form.schema.json, with one Chinese line per problem that names
// the field by its label and its data path ("法定代表人身份证号（法定代表人.身份证号）：…"). Used
// by `matterc validate`; pure, so the CLI only reads files and prints.
import type { ErrorObject, ValidateFunction } from "ajv";
import { inadmissibleOf, messageZh } from "./messages-zh.js";

type Source = { kind?: string; department?: string; licence?: string; item?: string; dataItem?: string };
type Schema = {
  title?: string;
  type?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  then?: Schema;
  else?: Schema;
  "x-matterc-source"?: Source;
  "x-matter-entry"?: { entry: string; measureWord: string };
};

/** An index into a list: an entry of a repeating group. */
const INDEX = /^(0|[1-9]\d*)$/;

/** Where a prefilled field's value should have come from, said to whoever reads the problem. */
function sourceSentence(src: Source): string {
  const from =
    src.kind === "data-sharing"
      ? `${src.department ?? ""}共享数据“${src.dataItem ?? ""}”`
      : src.kind === "e-licence"
        ? `电子证照“${src.licence ?? ""}”的“${src.dataItem ?? ""}”`
        : src.kind === "identity"
          ? "统一身份认证"
          : `子事项“${src.item ?? ""}”的办理结果“${src.dataItem ?? ""}”`;
  return `此项应由平台根据来源预填（${from}），请检查预填是否成功`;
}

/** Every schema that may describe the property `key` of an object described by `nodes`: plain
 * properties and those added by if/then/else branches and allOf members; for an index, the
 * list's entries (`items`). */
function propertySchemas(nodes: Schema[], key: string): Schema[] {
  const out: Schema[] = [];
  const index = INDEX.test(key);
  const visit = (n: Schema | undefined) => {
    if (!n || typeof n !== "object") return;
    if (index && n.items && typeof n.items === "object" && !Array.isArray(n.items)) out.push(n.items);
    if (n.properties?.[key]) out.push(n.properties[key]);
    n.allOf?.forEach(visit);
    visit(n.then);
    visit(n.else);
  };
  nodes.forEach(visit);
  return out;
}

/** The schemas of the value at a data path (in no particular branch). */
export function schemasAt(root: Schema, path: string[]): Schema[] {
  return path.reduce<Schema[]>((nodes, key) => propertySchemas(nodes, key), [root]);
}

function pathOf(instancePath: string): string[] {
  return instancePath === "" ? [] : instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function isObjectSchema(schemas: Schema[]): boolean {
  return schemas.some((s) => s.type === "object" || s.properties !== undefined);
}

/** Data paths in the order the schema declares them: properties depth-first, then branches;
 * inside a list's entries, "*" stands for the index. */
function declarationOrder(root: Schema): Map<string, number> {
  const order = new Map<string, number>();
  const visit = (n: Schema | undefined, prefix: string) => {
    if (!n || typeof n !== "object") return;
    for (const [key, child] of Object.entries(n.properties ?? {})) {
      const path = prefix + key;
      if (!order.has(path)) order.set(path, order.size);
      visit(child, `${path}.`);
      if (child.items && typeof child.items === "object") visit(child.items, `${path}.*.`);
    }
    for (const member of n.allOf ?? []) {
      visit(member, prefix);
      visit(member.then, prefix);
      visit(member.else, prefix);
    }
  };
  visit(root, "");
  return order;
}

export interface Problem {
  /** Data path, dotted ("" for the whole application). */
  path: string;
  label: string;
  message: string;
  /** A 不予受理 case: its id in the model (model.json `inadmissible[].id`). */
  code?: string;
}

/** The label of the problem that says the application is not accepted (不予受理). */
export const INADMISSIBLE_LABEL = "不予受理";

/**
 * Validates, and reports each problem once. A required group of fields that is missing altogether
 * (e.g. no "企业" object) is reported as its missing fields, by validating again with the group
 * present but empty, so the applicant reads "企业名称" rather than "企业".
 */
export function applicationProblems(validate: ValidateFunction, schema: object, data: unknown): Problem[] {
  const root = schema as Schema;
  let current = structuredClone(data);
  let errors: ErrorObject[] = [];
  for (let round = 0; round < 16; round++) {
    if (validate(current)) return [];
    errors = validate.errors ?? [];
    const containers = errors.filter(
      (e) => e.keyword === "required" && isObjectSchema(schemasAt(root, [...pathOf(e.instancePath), String(e.params.missingProperty)])),
    );
    if (containers.length === 0) break;
    for (const e of containers) {
      const node = pathOf(e.instancePath).reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], current);
      (node as Record<string, unknown>)[String(e.params.missingProperty)] = {};
    }
  }
  const seen = new Set<string>();
  const problems: Problem[] = [];
  // `if` errors only say that some `then` failed; the failures themselves are reported too. A
  // Chinese data type fails both its pattern and its format: the format's message says more.
  const formatFailed = new Set(errors.filter((e) => e.keyword === "format").map((e) => e.instancePath));
  const reported = errors.filter((e) => e.keyword !== "if" && !(e.keyword === "pattern" && formatFailed.has(e.instancePath)));
  // 不予受理 first: the application as a whole is not accepted, whatever else is wrong.
  const cases = reported.filter((e) => e.keyword === "not").map((e) => inadmissibleOf(e, root)).filter((a) => a !== undefined);
  for (const a of cases) {
    const problem: Problem = { path: "", label: INADMISSIBLE_LABEL, message: a.redirect ? `${a.name}；去向：${a.redirect}` : a.name, code: a.id };
    const key = JSON.stringify(problem);
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  for (const e of reported) {
    if (inadmissibleOf(e, root)) continue;
    const path = pathOf(e.instancePath);
    if (e.keyword === "required") path.push(String(e.params.missingProperty));
    const title = schemasAt(root, path).find((s) => typeof s.title === "string")?.title;
    const value = path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), current);
    const source = e.keyword === "required" ? schemasAt(root, path).find((x) => x["x-matterc-source"])?.["x-matterc-source"] : undefined;
    const message = messageZh(e, value) + (source ? `；${sourceSentence(source)}` : "");
    const label = entryLabel(root, path, title ?? (path.length ? path[path.length - 1] : "申请数据"));
    const problem = { path: path.join("."), label, message };
    const key = JSON.stringify(problem);
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  // In form order, so the lines read like the form; ties keep ajv's order.
  const order = declarationOrder(root);
  const rank = (p: Problem) => (p.code !== undefined ? -1 : order.get(p.path.split(".").map((k) => (INDEX.test(k) ? "*" : k)).join(".")) ?? order.size);
  return problems.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p);
}

/** A label inside a repeating group's entry names the entry: 第2位股东的姓名. */
function entryLabel(root: Schema, path: string[], title: string): string {
  const names: string[] = [];
  path.forEach((k, i) => {
    if (!INDEX.test(k) || i === 0) return;
    const e = schemasAt(root, path.slice(0, i)).find((s) => s["x-matter-entry"])?.["x-matter-entry"];
    if (e) names.push(`第${Number(k) + 1}${e.measureWord}${e.entry}`);
  });
  if (names.length === 0) return title;
  // The entry itself (a wrong type of entry) is named alone.
  return INDEX.test(path[path.length - 1]) ? names.join("的") : `${names.join("的")}的${title}`;
}

export function problemLine(p: Problem): string {
  return `${p.label}（${p.path || "整份申请"}）：${p.message}${p.code ? `［${p.code}］` : ""}`;
}
