// The condition tree: building, simplifying and evaluating it. Translators to other dialects
// (JSON Schema, FEEL, JSON Forms, Formily, Chinese sentences) live in targets/conditions/.
import { plainLetter } from "../grammar/words.js";
import type { Cond } from "./model.js";

export const TRUE: Cond = { op: "true" };
export const FALSE: Cond = { op: "false" };

/** A condition's JSON, kept per condition object: conditions are never changed once built, and
 * the same ones (a sub-item's, a material's) are combined again and again while a matter is lowered. */
const keys = new WeakMap<Cond, string>();
function keyOf(c: Cond): string {
  let key = keys.get(c);
  if (key === undefined) keys.set(c, (key = JSON.stringify(c)));
  return key;
}

/** Whether two conditions are the same (the same JSON). Conditions of another kind or another
 * subject differ without their JSON being written. */
function same(a: Cond, b: Cond): boolean {
  if (a === b) return true;
  if (a.op !== b.op || (a as { subject?: string }).subject !== (b as { subject?: string }).subject) return false;
  return keyOf(a) === keyOf(b);
}

/** Up to this many arguments, each is compared with those kept; beyond, each is keyed once (its
 * JSON in a set), so n arguments cost n keys, not n² comparisons. */
const FEW = 8;

/** Flattens `args` of a connective into one list without repeats. One argument needs no
 * comparison; a few are compared pairwise (most differ in kind or subject, which needs no key). */
function flatten(op: "and" | "or", args: Cond[], absorbing: "true" | "false"): Cond[] | undefined {
  // Most calls join a few conditions that stay as they are: their own list (a rest parameter,
  // new per call) is then the result.
  let plain = args.length <= FEW;
  let kept = 0;
  let alone: Cond | undefined;
  for (const a of args) {
    if (a.op === absorbing) return undefined;
    if (a.op === "true" || a.op === "false") {
      plain = false;
      continue;
    }
    if (a.op === op) plain = false;
    kept++;
    alone = a;
  }
  // One condition left among constants: itself, with no list.
  if (kept === 0) return [];
  if (kept === 1 && alone!.op !== op) return [alone!];
  for (let i = 1; plain && i < args.length; i++) for (let j = 0; plain && j < i; j++) if (same(args[j], args[i])) plain = false;
  if (plain) return args;
  const flat: Cond[] = [];
  let many = false;
  for (const a of args) {
    if (a.op === "true" || a.op === "false") continue;
    if (a.op === op) {
      for (const x of a.args) many = keep(flat, x, many);
    } else many = keep(flat, a, many);
  }
  if (!many) return flat;
  const out: Cond[] = [];
  const seen = new Set<string>();
  for (const x of flat) {
    const key = keyOf(x);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(x);
  }
  return out;
}

/** Adds `x` to `flat` unless one kept is the same; past FEW, adds everything and says so (the
 * caller then removes repeats by key). */
function keep(flat: Cond[], x: Cond, many: boolean): boolean {
  if (many || flat.length >= FEW) {
    flat.push(x);
    return true;
  }
  for (const y of flat) if (same(x, y)) return false;
  flat.push(x);
  return false;
}

export function and(...args: Cond[]): Cond {
  const flat = flatten("and", args, "false");
  if (!flat) return FALSE;
  return flat.length === 0 ? TRUE : flat.length === 1 ? flat[0] : { op: "and", args: flat };
}

export function or(...args: Cond[]): Cond {
  const flat = flatten("or", args, "true");
  if (!flat) return TRUE;
  return flat.length === 0 ? FALSE : flat.length === 1 ? flat[0] : { op: "or", args: flat };
}

export function not(a: Cond): Cond {
  if (a.op === "true") return FALSE;
  if (a.op === "false") return TRUE;
  if (a.op === "not") return a.arg;
  return { op: "not", arg: a };
}

/** The value a test reads: an answer by its name, or, for a test marked `field: true`, the form
 * field at its dotted key path in the same record (申请人.年龄 → data.申请人.年龄). */
function valueOf(c: Extract<Cond, { subject: string }>, data: Readonly<Record<string, unknown>>): unknown {
  if (!c.field) return data[c.subject];
  let v: unknown = data;
  for (const k of c.subject.split(".")) {
    if (v === null || typeof v !== "object" || Array.isArray(v) || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** Evaluates a condition for concrete answers. A missing answer counts as "no" / not chosen. The
 * record is the application data: answers at the top level, form fields at their key path (read
 * only by tests marked `field: true`). A missing field fails every test but `ne`. */
export function evaluate(c: Cond, answers: Readonly<Record<string, unknown>>): boolean {
  switch (c.op) {
    case "true":
      return true;
    case "false":
      return false;
    case "and":
      for (const a of c.args) if (!evaluate(a, answers)) return false;
      return true;
    case "or":
      for (const a of c.args) if (evaluate(a, answers)) return true;
      return false;
    case "not":
      return !evaluate(c.arg, answers);
    default:
      return testValue(c, valueOf(c, answers));
  }
}

/** Whether a test (eq, ne, gt, ge, lt, le, contains, in) holds for the value it reads (undefined
 * when there is none): `evaluate` for one test once its value is read. */
export function testValue(c: Extract<Cond, { subject: string }>, v: unknown): boolean {
  switch (c.op) {
    case "eq":
    case "ne": {
      const equal = typeof c.value === "boolean" ? (v === true) === c.value : v === c.value;
      return c.op === "eq" ? equal : !equal;
    }
    case "gt":
    case "ge":
    case "lt":
    case "le": {
      if (typeof v !== "number") return false;
      return c.op === "gt" ? v > c.value : c.op === "ge" ? v >= c.value : c.op === "lt" ? v < c.value : v <= c.value;
    }
    case "contains":
      return Array.isArray(v) && v.includes(c.value);
    case "in":
      return typeof v === "string" && c.values.includes(v);
  }
}

/** Whether a condition tests some form field (`field: true`). */
export function testsFields(c: Cond): boolean {
  switch (c.op) {
    case "and":
    case "or":
      return c.args.some(testsFields);
    case "not":
      return testsFields(c.arg);
    case "true":
    case "false":
      return false;
    default:
      return c.field === true;
  }
}

/** The names of the answers a condition reads, and the keys of the fields it tests (`field: true`). */
export function subjects(c: Cond, into = new Set<string>()): Set<string> {
  switch (c.op) {
    case "and":
    case "or":
      c.args.forEach((a) => subjects(a, into));
      break;
    case "not":
      subjects(c.arg, into);
      break;
    case "true":
    case "false":
      break;
    default:
      into.add(c.subject);
  }
  return into;
}

// Words FEEL reads as something else than a name (literals, operators, keywords of for/if/some/
// every/function and `instance of`).
const FEEL_RESERVED = new Set(["true", "false", "null", "and", "or", "not", "in", "for", "return", "if", "then", "else", "some", "every", "satisfies", "between", "instance", "of", "function", "external"]);
// Letters, decimal digits, combining marks and "_", starting with a letter or "_": what FEEL
// engines (feelin, which form-js uses; Camunda's FEEL on the JVM) and Java identifiers have in
// common. Not other numbers (①, ²) and not ª µ º, which feelin does not read as name characters.
const CONDITION_NAME = /^[\p{L}_][\p{L}\p{Nd}\p{Mn}\p{Mc}_]*$/u;

/**
 * Whether an answer's name (a situation or a commitment) can be a subject of conditions: written
 * bare in FEEL, it must read as that name and nothing else. (JUEL reads answers by a string,
 * JSON Schema and Formily by a key, so FEEL is the narrowest.)
 */
export function isConditionName(name: string): boolean {
  return (plainName(name) || (CONDITION_NAME.test(name) && !/[\u00aa\u00b5\u00ba]/.test(name))) && !FEEL_RESERVED.has(name);
}

/** The common names without the Unicode tables: the plain letters of the word rule
 * (grammar/words.ts: ASCII letters, "_", the original CJK ideographs, all letters to
 * CONDITION_NAME), then ASCII digits. False says only "not this common kind". */
function plainName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (plainLetter(c)) continue;
    if (i > 0 && c >= 0x30 && c <= 0x39) continue;
    return false;
  }
  return true;
}
