// Readers for the value shapes of the schema table. Each reads an entry's value, reports what
// does not fit (with an example of what would), and returns undefined then.
import { DURATION_UNITS } from "../../grammar/parser.js";
import { mapList } from "../arrays.js";
import type { Atom, Entry, Expr, Span } from "../../grammar/ast.js";
import type { Duration } from "../model.js";
import { booleanWord, ENUMS, findEnumValue, spellingsOf, WORDS, type EnumId } from "../schema.js";
import { nearest } from "../suggest.js";
import { bi, type Bilingual } from "../diagnostics/types.js";
import type { Reporter } from "./report.js";

export interface Located<T> {
  value: T;
  span: Span;
}

/** The single atom of an expression, when it is one. */
export function singleAtom(e: Expr): Atom | undefined {
  return e.type === "Phrase" && e.atoms.length === 1 ? e.atoms[0] : undefined;
}

/** Text of a name-like atom: word, path or string. */
export function atomName(a: Atom | undefined): string | undefined {
  if (!a) return undefined;
  if (a.type === "Word" || a.type === "Path") return a.text;
  if (a.type === "String") return a.value;
  return undefined;
}

const A_STRING = bi("一个字符串", "a string");
const A_DURATION = bi("时限（数字加单位：工作日 或 自然日）", "a time limit (a number and 工作日 or 自然日)");
const A_FEE = bi("「不收费」或收费说明字符串", "不收费 or a string describing the fee");

/** `example` is what would fit after the key (`key: example`): the whole example, and an
 * `expected` that needs building, are made only when something does not fit (the readers run for
 * every entry). */
function shapeError(entry: Entry, r: Reporter, expected: Bilingual | (() => Bilingual), example: string): undefined {
  const key = entry.key.text;
  r.report("E0106", entry.value?.span ?? entry.span, { key, expected: typeof expected === "function" ? expected() : expected, example: `${key}: ${example}` });
  return undefined;
}

function one(entry: Entry, r: Reporter, expected: Bilingual | (() => Bilingual), example: string): Atom | undefined {
  const items = entry.value?.items ?? [];
  const a = items.length === 1 ? singleAtom(items[0]) : undefined;
  if (!a) return shapeError(entry, r, expected, example);
  return a;
}

export function readString(entry: Entry, r: Reporter): Located<string> | undefined {
  const a = one(entry, r, A_STRING, `"…"`);
  if (!a) return undefined;
  if (a.type === "String" || a.type === "Word" || a.type === "Path") return { value: a.type === "String" ? a.value : a.text, span: a.span };
  if (a.type === "Number") return { value: a.raw, span: a.span };
  return shapeError(entry, r, A_STRING, `"…"`);
}

/** A list for the values of an entry, of its length (a list grown from empty takes room for 16);
 * `done` cuts it to what was read. */
function listFor<T>(items: readonly unknown[]): T[] {
  return new Array<T>(items.length);
}
function done<T>(out: T[], n: number): T[] {
  if (n < out.length) out.length = n;
  return out;
}

const NO_ITEMS: readonly Expr[] = [];

/** The texts a key lists (readStrings' values), none when the block lacks the key. Built by push,
 * so that the list has one hidden class whichever tier of the engine runs this (compiler/arrays.ts). */
export function readTexts(block: { get(id: string): Entry | undefined }, id: string, r: Reporter): string[] {
  const entry = block.get(id);
  return entry ? mapList(readStrings(entry, r), (x) => x.value) : [];
}

/** The values a key lists of an enumeration (readEnum's), none when the block lacks the key; built
 * as readTexts. */
export function readEnumValues(block: { get(id: string): Entry | undefined }, id: string, enumId: EnumId, r: Reporter): string[] {
  const entry = block.get(id);
  return entry ? mapList(readEnum(entry, enumId, r), (x) => x.value) : [];
}

export function readStrings(entry: Entry, r: Reporter): Located<string>[] {
  const items = entry.value?.items ?? NO_ITEMS;
  const out = listFor<Located<string>>(items);
  let n = 0;
  for (const item of items) {
    const a = singleAtom(item);
    const text = a?.type === "Number" ? a.raw : atomName(a);
    if (text === undefined || !a) {
      shapeError(entry, r, bi("用逗号分隔的字符串", "strings separated by commas"), `"…", "…"`);
      continue;
    }
    out[n++] = { value: text, span: a.span };
  }
  return done(out, n);
}

export function readUrl(entry: Entry, r: Reporter): Located<string> | undefined {
  const s = readString(entry, r);
  if (!s) return undefined;
  if (!/^https?:\/\/[^\s<>"'`]+$/i.test(s.value)) {
    r.report("E0304", s.span, { key: entry.key.text, url: s.value });
    return undefined;
  }
  return s;
}

export function readInteger(entry: Entry, r: Reporter, min = 0): Located<number> | undefined {
  const integer = () => bi(`不小于 ${min} 的整数`, `a whole number of at least ${min}`);
  const a = one(entry, r, integer, "1");
  if (!a) return undefined;
  if (a.type !== "Number" || a.percent || !Number.isInteger(a.value) || a.value < min) return shapeError(entry, r, integer, "1");
  return { value: a.value, span: a.span };
}

/** A time limit as written, and in whole working days (what the figures add up): a fraction of a
 * working day (`0.5 工作日`) counts as a whole one, and is marked approximate like natural days. */
export function toDuration(value: number, unitWord: string): Duration {
  const unit = DURATION_UNITS[unitWord] ?? "工作日";
  if (unit === "工作日") return Number.isInteger(value) ? { value, unit, workdays: value, approximate: false } : { value, unit, workdays: Math.ceil(value), approximate: true };
  return { value, unit, workdays: Math.ceil((value * 5) / 7), approximate: true };
}

/** `即办` (handled on the spot) is a duration of zero working days. */
const IMMEDIATE = new Set(["即办", "即辦", "immediate"]);

export function readDurationAtom(a: Atom | undefined): Duration | undefined {
  if (a?.type === "Duration") return toDuration(a.value, a.unit);
  if (a?.type === "Word" && IMMEDIATE.has(a.text)) return { value: 0, unit: "工作日", workdays: 0, approximate: false };
  return undefined;
}

export function readDuration(entry: Entry, r: Reporter): Located<Duration> | undefined {
  const a = one(entry, r, A_DURATION, "20 工作日");
  const d = readDurationAtom(a);
  if (!a) return undefined;
  if (!d) return shapeError(entry, r, A_DURATION, "20 工作日");
  return { value: d, span: a.span };
}

export function readEnumWord(word: string, span: Span, enumId: EnumId, key: string, r: Reporter): string | undefined {
  const v = findEnumValue(enumId, word);
  if (v) return v.zhHans;
  const options = ENUMS[enumId].map((x) => x.zhHans);
  r.report("E0107", span, { value: word, key, options: options.join("、"), suggestion: nearest(word, ENUMS[enumId].flatMap(spellingsOf)) ?? "" });
  return undefined;
}

export function readEnum(entry: Entry, enumId: EnumId, r: Reporter): Located<string>[] {
  const out = listFor<Located<string>>(entry.value?.items ?? NO_ITEMS);
  let n = 0;
  eachEnum(entry, enumId, r, (v) => (out[n++] = v));
  return done(out, n);
}

/** `readEnum(…)[0]` without the list: every value is read (and reported) as there, the first
 * that is valid returned. */
export function readEnumOne(entry: Entry, enumId: EnumId, r: Reporter): Located<string> | undefined {
  let first: Located<string> | undefined;
  eachEnum(entry, enumId, r, (v) => (first ??= v));
  return first;
}

/** Reads each of an entry's values as a value of the enumeration, reporting what is not one. */
function eachEnum(entry: Entry, enumId: EnumId, r: Reporter, take: (v: Located<string>) => void): void {
  for (const item of entry.value?.items ?? NO_ITEMS) {
    const a = singleAtom(item);
    const word = atomName(a);
    if (!a || word === undefined) {
      shapeError(entry, r, bi(`以下之一：${ENUMS[enumId].map((x) => x.zhHans).join("、")}`, `one of ${ENUMS[enumId].map((x) => x.en).join(", ")}`), ENUMS[enumId][0].zhHans);
      continue;
    }
    const v = readEnumWord(word, a.span, enumId, entry.key.text, r);
    if (v !== undefined) take({ value: v, span: a.span });
  }
}

export function readRefs(entry: Entry, r: Reporter): Located<string>[] {
  const items = entry.value?.items ?? NO_ITEMS;
  const out = listFor<Located<string>>(items);
  let n = 0;
  for (const item of items) {
    const a = singleAtom(item);
    const name = atomName(a);
    if (!a || name === undefined) {
      const quoted = bracketedName(item);
      if (quoted) shapeError(entry, r, bi("名称；名称中有括号时要加引号", "names; a name with brackets in it is quoted"), `"${quoted}"`);
      else shapeError(entry, r, bi("用逗号分隔的名称", "names separated by commas"), "名称一, 名称二");
      continue;
    }
    out[n++] = { value: name, span: a.span };
  }
  return done(out, n);
}

/** 「身份证（正反面）」 written without quotes reads as a name followed by a parenthesis: the name
 * as it was meant, to show quoted, or undefined when the item is something else. */
export function bracketedName(e: Expr): string | undefined {
  if (e.type !== "Phrase" || e.atoms.length < 2 || !e.atoms.some((a) => a.type === "Paren")) return undefined;
  const text = (a: Atom): string | undefined => {
    if (a.type === "Paren") {
      const inner = a.expr.type === "Phrase" ? a.expr.atoms.map(text) : [undefined];
      return inner.every((x) => x !== undefined) ? `（${inner.join("")}）` : undefined;
    }
    return a.type === "Number" ? a.raw : atomName(a);
  };
  const parts = e.atoms.map(text);
  return parts.every((x) => x !== undefined) ? parts.join("") : undefined;
}

export function readFee(entry: Entry, r: Reporter): string | undefined {
  const a = one(entry, r, A_FEE, "不收费");
  if (!a) return undefined;
  if (a.type === "String") return a.value;
  if (a.type === "Word") return readEnumWord(a.text, a.span, "fee", entry.key.text, r);
  return shapeError(entry, r, A_FEE, "不收费");
}

const A_DATE = bi("日期字符串，如 \"2026-01-01\" 或 \"2026年1月1日\"", "a date string such as \"2026-01-01\" or \"2026年1月1日\"");

/** A calendar date as "YYYY-MM-DD"; "2026年1月1日" is accepted and normalised. */
export function readDate(entry: Entry, r: Reporter): Located<string> | undefined {
  const s = readString(entry, r);
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.value) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s.value);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (!m || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return shapeError(entry, r, A_DATE, `"2026-01-01"`);
  return { value: `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`, span: s.span };
}

const A_BOOLEAN = bi("是 或 否", "是 (yes) or 否 (no)");

/** 是 / 否 (yes / no) in any spelling. */
export function readBoolean(entry: Entry, r: Reporter): Located<boolean> | undefined {
  const a = one(entry, r, A_BOOLEAN, WORDS.yes.zhHans);
  const value = a && (a.type === "Word" || a.type === "String") ? booleanWord(atomName(a)!) : undefined;
  if (!a) return undefined;
  if (value === undefined) return shapeError(entry, r, A_BOOLEAN, WORDS.yes.zhHans);
  return { value, span: a.span };
}
