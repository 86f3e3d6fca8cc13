// Working days by a holiday calendar (--calendar 节假日.json): the file format, the arithmetic on the
// 2026 arrangement of the General Office of the State Council, and what each flavour's timers say.
// test/engines runs the calendar timers in Flowable, Camunda 7 and Operaton.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CalendarError, parseCalendar, readCalendar } from "../../cli/calendar.js";
import { addWorkdays, isWorkday, workdaysAsDays } from "../../targets/calendar.js";
import { renderProcess } from "../../targets/process/index.js";
import type { Flavour } from "../../targets/process/flavours.js";
import { lint, lintConfigs, parse } from "./consumers.js";
import { allModels } from "./models.js";

const FILE = join(import.meta.dirname, "../engines/节假日-2026.json");
const cal = readCalendar(FILE);

describe("the 2026 holiday calendar", () => {
  it("reads ranges, holidays and the weekend working days (调休上班)", () => {
    expect(cal.years).toEqual([2026]);
    expect(cal.off).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(isWorkday(cal, "2026-02-14")).toBe(true); // a Saturday, worked
    expect(isWorkday(cal, "2026-02-16")).toBe(false); // a Monday in the Spring Festival
    expect(isWorkday(cal, "2026-03-07")).toBe(false); // an ordinary Saturday
    expect(isWorkday(undefined, "2026-10-01")).toBe(true); // no calendar: weekdays only
  });

  it("counts working days past the holidays", () => {
    expect(addWorkdays(cal, "2026-09-28", 10)).toBe("2026-10-16"); // 9-29, 9-30, 10-8, 10-9, 10-10 (Sat), 10-12…10-16
    expect(addWorkdays(cal, "2026-02-13", 1)).toBe("2026-02-14");
    expect(addWorkdays(cal, "2026-02-14", 1)).toBe("2026-02-24");
    expect(addWorkdays(cal, "2026-12-31", 1)).toBe("2027-01-01"); // past the calendar's years: weekends only
    expect(addWorkdays(cal, "2026-09-28", 0)).toBe("2026-09-28");
    expect(workdaysAsDays(cal, "2026-09-28", 10)).toBe(18);
    expect(workdaysAsDays(undefined, "2026-09-28", 10)).toBe(14);
  });

  it.each([
    ["{", "不是有效的 JSON"],
    ["[]", "应为一个 JSON 对象"],
    [`{"年份":[2026]}`, "缺少“名称”"],
    [`{"名称":"x","年份":[]}`, "“年份”应为"],
    [`{"名称":"x","年份":[2026],"放假":["2026-02-30"]}`, "不是日期"],
    [`{"名称":"x","年份":[2026],"放假":["2026-13-01"]}`, "不是日期"],
    [`{"名称":"x","年份":[2026],"放假":["2026-02-03/2026-02-01"]}`, "不是日期"],
    [`{"名称":"x","年份":[2026],"放假":["2025-12-31"]}`, "不在“年份”"],
    [`{"名称":"x","年份":[2026],"放假":["2026-01-04"],"上班":["2026-01-04"]}`, "既是放假又是上班"],
  ])("refuses %s with a message in Chinese and English", (text, zh) => {
    let error: unknown;
    try {
      parseCalendar(text, "节假日.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarError);
    expect((error as Error).message).toContain(zh);
    expect((error as Error).message).toContain("holiday calendar 节假日.json:");
  });
});

describe("timers with the calendar", () => {
  const { model } = allModels().find((m) => m.name.includes("开办餐饮店"))!;

  it("Flowable: the business calendar matterWorkdays reads P<N>D as N working days", () => {
    const xml = renderProcess(model, "flowable", cal);
    expect(xml).toMatch(/<bpmn:timerEventDefinition id="[^"]+" flowable:businessCalendarName="matterWorkdays">\s*<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P\d+D</);
    expect(xml).toContain("按节假日日历“2026 年部分节假日安排”");
  });

  it("Camunda 7: a due date from the bean matterWorkdays", () => {
    const xml = renderProcess(model, "camunda7", cal);
    expect(xml).toMatch(/<bpmn:timeDate xsi:type="bpmn:tFormalExpression">\$\{matterWorkdays\.after\(\d+\)\}</);
    expect(xml).not.toMatch(/<bpmn:timeDuration[^>]*>P\d+D</); // every limit of 开办餐饮店 is in working days
  });

  it("Camunda 8 and plain keep the 5 = 7 rule and say the calendar is not applied", () => {
    const timers = (xml: string) => [...xml.matchAll(/<bpmn:timeDuration[^>]*>([^<]+)</g)].map((m) => m[1]);
    for (const flavour of ["camunda8", "plain"] as const) {
      const xml = renderProcess(model, flavour, cal);
      expect(timers(xml)).toEqual(timers(renderProcess(model, flavour)));
      expect(timers(xml).length).toBeGreaterThan(0);
      expect(xml).toContain("此版本的引擎没有工作日历，节假日日历“2026 年部分节假日安排”未用于定时器。");
    }
  });

  it.each(["camunda7", "flowable"] as Flavour[])("%s with the calendar: bpmn-moddle without warnings, bpmnlint without reports", async (flavour) => {
    for (const { model: m } of allModels()) {
      const { rootElement, warnings } = await parse(renderProcess(m, flavour, cal), flavour);
      expect(warnings.map((w) => w.message)).toEqual([]);
      for (const config of lintConfigs(flavour)) expect((await lint(rootElement, config)).map((r) => r.message), config.join(" + ")).toEqual([]);
    }
  });
});
