// The notice's due dates (matterc notice --date … [--calendar 节假日.json]): by the 2026 holiday
// arrangement when given, else by the 5 = 7 rule, and the notice says which.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { registerNotice } from "../../cli/notice.js";
import { runVerb } from "../helpers/run-verb.js";

const example = join(import.meta.dirname, "../../examples/开办餐饮店.matter");
const calendar = join(import.meta.dirname, "../engines/节假日-2026.json");

const run = (...args: string[]) => runVerb(registerNotice, "notice", args);

afterEach(() => {
  process.exitCode = undefined;
});

describe("matterc notice: due dates", () => {
  it("counts working days past the National Day holiday with the 2026 calendar", async () => {
    const { out, code } = await run(example, "--date", "2026-09-28", "--calendar", calendar);
    expect(code).toBe(0);
    // 9-29, 9-30, then 10-1…10-7 off, 10-8 and 10-9, and Saturday 10-10 is a working day.
    expect(out).toContain("营业执照办理（市场监管局，1个工作日，2026-09-29 前）");
    expect(out).toContain("食品经营许可（市场监管局，5个工作日，2026-10-10 前）");
    expect(out).toContain("（2026-09-28 受理，2026-10-21 前办结）");
    expect(out).toContain("工作日按节假日日历“2026 年部分节假日安排”");
  });

  it("without a calendar keeps the 5 = 7 rule and says so", async () => {
    const { out } = await run(example, "--date", "2026-09-28");
    expect(out).toContain("食品经营许可（市场监管局，5个工作日，2026-10-05 前）");
    expect(out).toContain("未提供节假日日历：工作日按 5 个工作日折合 7 个自然日估算，法定节假日未计入。");
  });

  it("says when a date falls in a year the calendar does not cover", async () => {
    const { out } = await run(example, "--date", "2026-12-28", "--calendar", calendar);
    expect(out).toContain("2027 年的节假日尚未列入日历，该年只扣除周末");
  });

  it("puts the dates in the HTML notice as <time>", async () => {
    const { out } = await run(example, "--date", "2026-09-28", "--calendar", calendar, "--html");
    expect(out).toContain('<time datetime="2026-10-21">2026-10-21</time> 前办结');
  });

  it("refuses a bad date or calendar with a message, exit 2", async () => {
    const bad = await run(example, "--date", "2026-02-30");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--date should be a date YYYY-MM-DD");
    const missing = await run(example, "--calendar", "/nonexistent/节假日.json");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("节假日日历 /nonexistent/节假日.json：无法读取（ENOENT）");
  });
});
