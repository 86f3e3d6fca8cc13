// Working days for real: a holiday calendar as the State Council publishes it each year (dates off,
// and weekend dates that are working days instead, 调休上班). Pure date arithmetic on calendar
// dates (YYYY-MM-DD, no time zone): the CLI reads the file (cli/calendar.ts), the process target
// hands the calendar to the engines, the notice computes its due dates with it.

export interface WorkCalendar {
  /** What the calendar is, e.g. "2026 年部分节假日安排". */
  name: string;
  /** Where the dates come from, e.g. the notice of the General Office of the State Council. */
  source?: string;
  /** The years whose arrangement the calendar holds; past them only weekends are known. */
  years: number[];
  /** Dates off that would otherwise be working days, and every day of a holiday. */
  off: string[];
  /** Weekend dates that are working days (调休上班). */
  work: string[];
}

const DAY = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
}

export function dateOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** A working day: a weekday not off, or a weekend day the calendar makes a working day. */
export function isWorkday(cal: WorkCalendar | undefined, date: string): boolean {
  if (cal?.work.includes(date)) return true;
  if (cal?.off.includes(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** True when `date` lies in a year the calendar does not cover (only weekends are known there). */
export function beyond(cal: WorkCalendar, date: string): boolean {
  return !cal.years.includes(Number(date.slice(0, 4)));
}

/**
 * The day a limit of `n` working days counted from `start` ends: the n-th working day after
 * `start` (the day of acceptance is not counted); `start` itself when n is 0.
 */
export function addWorkdays(cal: WorkCalendar | undefined, start: string, n: number): string {
  let day = dayNumber(start);
  for (let counted = 0; counted < n; ) {
    day++;
    if (isWorkday(cal, dateOf(day))) counted++;
  }
  return dateOf(day);
}

/** Calendar days from `start` to the end of `n` working days (what a timer's duration must be). */
export function workdaysAsDays(cal: WorkCalendar | undefined, start: string, n: number): number {
  return dayNumber(addWorkdays(cal, start, n)) - dayNumber(start);
}
