// The notice's due dates: from the day of acceptance, by the holiday calendar when there is one
// (`--calendar 节假日.json`: the n-th working day after), else by the rule the process timers use
// without one (N working days = ⌈N × 7 ÷ 5⌉ calendar days, holidays not counted), and the notice
// says which.
import type { Duration } from "../../compiler/model.js";
import { addWorkdays, beyond, dateOf, dayNumber, type WorkCalendar } from "../calendar.js";

export interface NoticeDates {
  /** Day of acceptance, YYYY-MM-DD. */
  accepted: string;
  calendar?: WorkCalendar;
}

/** The last day of a limit counted from the day of acceptance. */
export function dueDate(d: Duration, dates: NoticeDates): string {
  const n = Math.ceil(d.value - 1e-9);
  if (d.unit === "自然日") return dateOf(dayNumber(dates.accepted) + n);
  if (dates.calendar) return addWorkdays(dates.calendar, dates.accepted, n);
  return dateOf(dayNumber(dates.accepted) + Math.ceil((d.value * 7) / 5 - 1e-9));
}

/** How the dates were counted, for the notice to say. */
export function dateRule(dates: NoticeDates, latest: string): string {
  const cal = dates.calendar;
  if (!cal) return "未提供节假日日历：工作日按 5 个工作日折合 7 个自然日估算，法定节假日未计入。";
  const source = cal.source ? `（${cal.source}）` : "";
  const past = beyond(cal, latest) ? `；${latest.slice(0, 4)} 年的节假日尚未列入日历，该年只扣除周末` : "";
  return `工作日按节假日日历“${cal.name}”${source}计算${past}。`;
}
