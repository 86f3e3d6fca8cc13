// Timers counted in working days by a holiday calendar (`--calendar 节假日.json`). No BPMN engine
// reads such a calendar from the document, so each engine is given what it understands, and the
// engine side registers the calendar once under the name below (docs/process.md):
// - Flowable: a business calendar of that name (`flowable:businessCalendarName`), which reads the
//   timer's duration `P<N>D` as N working days;
// - Camunda 7 (and Operaton): a due date computed by a bean of that name, `${matterWorkdays.after(N)}`,
//   as the timer's date;
// - Camunda 8 and plain BPMN have neither: their timers keep the 5 = 7 conversion, and say so.
import type { WorkCalendar } from "../calendar.js";
import type { Flavour } from "./flavours.js";
import type { TimerSpec } from "./graph.js";

/** The name the engine side registers the holiday calendar under (business calendar or bean). */
export const WORKDAYS_CALENDAR = "matterWorkdays";

export interface TimerXml {
  /** timeDuration or timeDate, and its body. */
  kind: "timeDuration" | "timeDate";
  body: string;
  /** Attributes of timerEventDefinition. */
  attrs: [string, string][];
  documentation: string;
}

function capital(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** How the flavour writes a timer, with the holiday calendar when there is one. */
export function timerXml(t: TimerSpec, flavour: Flavour, cal: WorkCalendar | undefined): TimerXml {
  const plain: TimerXml = { kind: "timeDuration", body: t.duration, attrs: [], documentation: t.documentation };
  if (!cal || t.workdays === undefined) return plain;
  const [zh, en] = t.what;
  const n = t.workdays;
  const source = cal.source ? `（${cal.source}）` : "";
  if (flavour === "flowable") {
    return {
      kind: "timeDuration",
      body: `P${n}D`,
      attrs: [["flowable:businessCalendarName", WORKDAYS_CALENDAR]],
      documentation:
        `${zh} ${n} 个工作日，按节假日日历“${cal.name}”${source}计算：引擎须以名称 ${WORKDAYS_CALENDAR} 注册该业务日历，它把 P${n}D 读作 ${n} 个工作日。` +
        `\n${capital(en)}: ${n} working days, counted by the holiday calendar "${cal.name}": the engine must register it as the business calendar ${WORKDAYS_CALENDAR}, which reads P${n}D as ${n} working days.`,
    };
  }
  if (flavour === "camunda7") {
    return {
      kind: "timeDate",
      body: `\${${WORKDAYS_CALENDAR}.after(${n})}`,
      attrs: [],
      documentation:
        `${zh} ${n} 个工作日，按节假日日历“${cal.name}”${source}计算：引擎须以名称 ${WORKDAYS_CALENDAR} 提供计算到期日的对象（after(${n}) 返回第 ${n} 个工作日的同一时刻）。` +
        `\n${capital(en)}: ${n} working days, counted by the holiday calendar "${cal.name}": the engine must provide the bean ${WORKDAYS_CALENDAR}, whose after(${n}) gives the same time on the ${n}th working day.`,
    };
  }
  return {
    ...plain,
    documentation: `${t.documentation}\n此版本的引擎没有工作日历，节假日日历“${cal.name}”未用于定时器。\nThis flavour's engine has no working-day calendar: the holiday calendar "${cal.name}" is not applied to its timers.`,
  };
}
