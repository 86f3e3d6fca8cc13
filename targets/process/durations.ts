// Time limits → BPMN timers. BPMN durations are calendar time and none of the target engines has a
// working-day calendar for timers (Camunda 8 and 7 have none; Flowable's is per engine
// configuration), so working days are converted with the language's own ratio, inverted:
// 5 working days = 7 calendar days, rounded up to whole days so a timer never fires before the
// working time could have passed in an ordinary week. Public holidays are not counted; the
// documentation on every timer says so, and says what the limit was before conversion.
import type { Duration } from "../../compiler/model.js";
import type { TimerSpec } from "./graph.js";

/** Calendar days a limit stands for: working days × 7 ÷ 5, rounded up; calendar days rounded up. */
export function calendarDays(d: Duration): number {
  const days = d.unit === "工作日" ? (d.value * 7) / 5 : d.value;
  // 1e-9: 7 × 5 ÷ 5 must stay 7, not become 8 through floating point.
  return Math.max(1, Math.ceil(days - 1e-9));
}

function unitEn(d: Duration): string {
  const one = d.value === 1;
  return d.unit === "工作日" ? (one ? "working day" : "working days") : one ? "calendar day" : "calendar days";
}

/**
 * The timer for a limit, or undefined when there is none (no limit, or 0: handled on the spot).
 * `what` names the limit in Chinese and English, e.g. ["承诺时限", "promised time"].
 */
export function timerFor(d: Duration | undefined, what: [string, string]): TimerSpec | undefined {
  if (!d || d.value <= 0) return undefined;
  const days = calendarDays(d);
  const iso = `P${days}D`;
  const [zh, en] = what;
  const documentation =
    d.unit === "工作日"
      ? `${zh} ${d.value} 个工作日，按 5 个工作日折合 7 个自然日、向上取整换算为 ${days} 个自然日（${iso}）；法定节假日未计入。` +
        `\n${en[0].toUpperCase()}${en.slice(1)}: ${d.value} ${unitEn(d)}, converted at 5 working days = 7 calendar days, rounded up: ${days} calendar days (${iso}); public holidays are not counted.`
      : `${zh} ${d.value} 个自然日（${iso}）。` + `\n${en[0].toUpperCase()}${en.slice(1)}: ${d.value} ${unitEn(d)} (${iso}).`;
  return { duration: iso, documentation, what, ...(d.unit === "工作日" ? { workdays: Math.ceil(d.value - 1e-9) } : {}) };
}

/** A short label for the timer event, e.g. "承诺时限 10 工作日". */
export function limitLabel(zh: string, d: Duration): string {
  return `${zh} ${d.value} ${d.unit}`;
}
