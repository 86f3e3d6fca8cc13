// A complete, valid application for given answers: every question shown gets a real-format value
// (IDs with correct check characters), nested by its data path.
import type { Answer, Field, Model } from "../../../compiler/model.js";
import { asData, type Answers } from "./combinations.js";
import { dataPath, expectedFor, materialPath } from "./expected.js";

export const VALID_ID = "11010519491231002X";
export const WRONG_CHECK_ID = "110105194912310021";
export const MALFORMED_ID = "1101051949";
export const FILE = "data:application/pdf;name=%E6%9D%90%E6%96%99.pdf;base64,JVBERi0xLjQK";

function sample(f: Field): Answer {
  if (f.example !== undefined) return f.type === "integer" || f.type === "number" || f.type === "amount" ? Number(f.example) : f.example;
  const low = f.minimum ?? 1;
  switch (f.type) {
    case "integer":
      return Math.ceil(low);
    case "number":
    case "amount":
      return Math.min(low, f.maximum ?? low);
    case "date":
      return "2024-03-01";
    case "dateTime":
      return "2024-03-01T09:30:00+08:00";
    case "boolean":
      return true;
    case "single":
      return f.options![0];
    case "multiple":
      return [f.options![0]];
    case "file":
      return FILE;
    case "mobile":
      return "13800138000";
    case "phone":
      return "010-12345678";
    case "email":
      return "shenqing@example.cn";
    case "idCard":
      return VALID_ID;
    case "creditCode":
      return "914403001922038216";
    case "division":
      return "440305";
    case "postcode":
      return "518000";
    case "address":
      return "示例市示例区示例路1号".slice(0, f.maxLength ?? 100);
    default:
      return text(f);
  }
}

/** A text within the length limits that matches the field's own 正则, if it has one. */
function text(f: Field): string {
  const min = f.minLength ?? 1;
  const max = f.maxLength ?? 64;
  const lengths = [Math.max(min, Math.min(max, 8)), ...Array.from({ length: max - min + 1 }, (_, i) => min + i)];
  for (const unit of ["示例内容", "12345678", "ABCDEFGH", "A1B2C3D4"]) {
    for (const n of lengths) {
      const t = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
      if (!f.pattern || new RegExp(f.pattern, "u").test(t)) return t;
    }
  }
  throw new Error(`no sample text for ${f.path} (${f.pattern}): give it a 示例`);
}

/** Sets a value at a data path; "*" is every entry of a repeating group's list (ENTRIES of them,
 * or the list's own length once it exists). */
export function setPath(data: Record<string, unknown>, path: string[], value: unknown, entries = ENTRIES): void {
  let node = data;
  for (const [i, segment] of path.slice(0, -1).entries()) {
    if (path[i + 1] === "*") {
      const list = (node[segment] ??= Array.from({ length: entries }, () => ({}))) as Record<string, unknown>[];
      for (const entry of list) setPath(entry, path.slice(i + 2), value, entries);
      return;
    }
    node = (node[segment] ??= {}) as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

/** How many entries a complete application gives each repeating group: two, so that the second
 * entry is checked too, within the group's bounds. */
export const ENTRIES = 2;

function entriesOf(model: Model, key: string): number {
  const r = model.form.groups.find((g) => g.repeat?.key === key)?.repeat;
  return r ? Math.min(Math.max(ENTRIES, r.min), r.max ?? ENTRIES) : ENTRIES;
}

/** Every required situation answered, as a complete application needs. */
export function answersComplete(model: Model, answers: Answers): boolean {
  return model.situations.every((s) => !(s.type === "single" || s.type === "number") || answers[s.name] !== undefined);
}

/** The answers, and a value for every question shown; with `everything`, for those hidden too. */
export function completeApplication(model: Model, answers: Answers, everything = false): Record<string, unknown> {
  const data: Record<string, unknown> = { ...asData(answers) };
  const shown = new Set(expectedFor(model, answers).shown);
  for (const f of model.fields) {
    const path = dataPath(model, f);
    if (everything || shown.has(path)) setPath(data, path.split("."), sample(f), entriesOf(model, path.split(".")[0]));
  }
  for (const m of model.materials) {
    const path = materialPath(model, m);
    if (everything ? m.fromApplicant : shown.has(path)) setPath(data, path.split("."), FILE, entriesOf(model, path.split(".")[0]));
  }
  // 免申办: 快申快享's 本人确认 ticked, 免申即享's consent given.
  if (shown.has("本人确认")) data.本人确认 = true;
  if (shown.has("确认意见")) data.确认意见 = "确认";
  return data;
}
