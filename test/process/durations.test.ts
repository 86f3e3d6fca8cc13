// Working days → ISO-8601 timers, the rule docs/process.md states.
import { describe, expect, it } from "vitest";
import type { Duration } from "../../compiler/model.js";
import { calendarDays, timerFor } from "../../targets/process/durations.js";

const wd = (value: number): Duration => ({ value, unit: "工作日", workdays: value, approximate: false });
const cd = (value: number): Duration => ({ value, unit: "自然日", workdays: Math.ceil((value * 5) / 7), approximate: true });

describe("timers for time limits", () => {
  it.each([
    [1, 2],
    [2, 3],
    [3, 5],
    [5, 7],
    [10, 14],
    [20, 28],
    [0.5, 1],
  ])("%d working days → %d calendar days", (n, days) => {
    expect(calendarDays(wd(n))).toBe(days);
    expect(timerFor(wd(n), ["承诺时限", "promised time"])!.duration).toBe(`P${days}D`);
  });

  it("keeps calendar days, rounded up", () => {
    expect(timerFor(cd(20), ["核查时限", "time for the check"])!.duration).toBe("P20D");
    expect(timerFor(cd(1.5), ["核查时限", "time for the check"])!.duration).toBe("P2D");
  });

  it("gives no timer for no limit or a limit of 0", () => {
    expect(timerFor(undefined, ["承诺时限", "promised time"])).toBeUndefined();
    expect(timerFor(wd(0), ["承诺时限", "promised time"])).toBeUndefined();
  });

  it("states the limit and the rule in the timer's documentation", () => {
    const doc = timerFor(wd(10), ["承诺时限", "promised time"])!.documentation;
    expect(doc).toContain("承诺时限 10 个工作日");
    expect(doc).toContain("5 个工作日折合 7 个自然日");
    expect(doc).toContain("Promised time: 10 working days");
    expect(doc).toContain("P14D");
  });
});
