// `--calendar 节假日.json`: the holiday calendar for working days (targets/calendar.ts), read and
// checked here. The file format (docs/process.md):
//   { "名称": "2026 年部分节假日安排", "依据": "国务院办公厅关于2026年部分节假日安排的通知",
//     "年份": [2026], "放假": ["2026-01-01", "2026-02-15/2026-02-23", …], "上班": ["2026-01-04", …] }
// English keys name, source, years, off, work are accepted too. A range "A/B" (ISO 8601 interval)
// stands for every date from A to B. Errors are thrown as CalendarError, in Chinese and English.
import { readFileSync } from "node:fs";
import { dateOf, dayNumber, type WorkCalendar } from "../targets/calendar.js";

export class CalendarError extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function fail(file: string, zh: string, en: string): never {
  throw new CalendarError(`节假日日历 ${file}：${zh}\nholiday calendar ${file}: ${en}`);
}

function validDate(s: string): boolean {
  return DATE.test(s) && Number.isFinite(dayNumber(s)) && dateOf(dayNumber(s)) === s;
}

function dates(file: string, key: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(file, `“${key}”应为日期列表`, `"${key}" should be a list of dates`);
  const out: string[] = [];
  for (const entry of value) {
    const [a, b = a] = typeof entry === "string" ? entry.split("/") : [];
    if (!a || !validDate(a) || !validDate(b) || dayNumber(b) < dayNumber(a)) {
      fail(file, `“${key}”中的 ${JSON.stringify(entry)} 不是日期（YYYY-MM-DD）或日期范围（YYYY-MM-DD/YYYY-MM-DD）`, `${JSON.stringify(entry)} in "${key}" is not a date (YYYY-MM-DD) or a range (YYYY-MM-DD/YYYY-MM-DD)`);
    }
    for (let d = dayNumber(a); d <= dayNumber(b); d++) out.push(dateOf(d));
  }
  return out;
}

/** Parses a calendar file's text; `file` names it in messages. */
export function parseCalendar(text: string, file: string): WorkCalendar {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    fail(file, `不是有效的 JSON（${(e as Error).message}）`, `not valid JSON (${(e as Error).message})`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail(file, "应为一个 JSON 对象", "should be a JSON object");
  const pick = (zh: string, en: string) => raw[zh] ?? raw[en];
  const name = pick("名称", "name");
  if (typeof name !== "string" || name === "") fail(file, "缺少“名称”", `"名称" (name) is missing`);
  const source = pick("依据", "source");
  const years = pick("年份", "years");
  if (!Array.isArray(years) || years.length === 0 || !years.every((y) => Number.isInteger(y) && y >= 1949 && y <= 9999)) {
    fail(file, "“年份”应为日历涵盖的年份列表，如 [2026]", `"年份" (years) should list the years the calendar covers, e.g. [2026]`);
  }
  const off = dates(file, "放假", pick("放假", "off"));
  const work = dates(file, "上班", pick("上班", "work"));
  for (const d of [...off, ...work]) {
    if (!years.includes(Number(d.slice(0, 4)))) fail(file, `${d} 不在“年份”${JSON.stringify(years)} 之内`, `${d} is outside the years ${JSON.stringify(years)}`);
  }
  const both = off.filter((d) => work.includes(d));
  if (both.length > 0) fail(file, `${both[0]} 既是放假又是上班`, `${both[0]} is both off and a working day`);
  return { name, ...(typeof source === "string" ? { source } : {}), years: years as number[], off, work };
}

export function readCalendar(file: string): WorkCalendar {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    fail(file, `无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseCalendar(text, file);
}
