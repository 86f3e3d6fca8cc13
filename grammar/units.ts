// Unit words that turn a number into a duration. Values are the canonical unit.
export const DURATION_UNITS: Record<string, "工作日" | "自然日"> = {
  工作日: "工作日",
  个工作日: "工作日",
  個工作日: "工作日",
  workday: "工作日",
  workdays: "工作日",
  自然日: "自然日",
  日: "自然日",
  天: "自然日",
  day: "自然日",
  days: "自然日",
};
