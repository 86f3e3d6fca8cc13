// The fixed words of the guide: labels for the model's enumerations, time limits and percentages.
// One place, so the HTML and the Markdown say the same thing.
import type { Duration, MaterialSource, Status } from "../../compiler/model.js";

export const STATUS_CLASS: Record<Status, string> = { 草稿: "draft", 试点: "pilot", 已发布: "published", 已废止: "retired" };

export const SITUATION_TYPE_LABEL = { yesno: "是/否", single: "单选", multiple: "多选", number: "数字" } as const;

export function durationText(d: Duration | undefined): string {
  if (!d) return "—";
  if (d.value === 0) return "即办";
  const base = `${d.value}个${d.unit}`;
  return d.unit === "自然日" ? `${base}（约${d.workdays}个工作日）` : base;
}

export function workdaysText(n: number, approximate = false): string {
  return `${approximate ? "约" : ""}${n}个工作日`;
}

export function sourceLabel(s: MaterialSource): string {
  switch (s.kind) {
    case "applicant":
      return "申请人自备";
    case "e-licence":
      return s.licence ? `电子证照（${s.licence}）` : "电子证照";
    case "data-sharing":
      return s.department ? `数据共享（${s.department}）` : "数据共享";
    case "prior-output":
      return s.item ? `前序产出（${s.item}）` : "前序产出";
    case "intermediary":
      return "中介机构出具";
    case "system":
      return "系统生成";
  }
}

/** Why the applicant does not hand a material in, for one fetched by a department. */
export function fetchedReason(s: MaterialSource): string | undefined {
  switch (s.kind) {
    case "e-licence":
      return `电子证照：由部门调取${s.licence ? `“${s.licence}”` : ""}电子证照`;
    case "data-sharing":
      return `数据共享：由${s.department ?? "相关部门"}共享核验`;
    case "prior-output":
      return `前序产出：“${s.item ?? "前序环节"}”办结后自动获取`;
    case "system":
      return "系统生成：根据申请表自动生成";
    default:
      return undefined;
  }
}

/** "70%" for a reduction from before to after; "—" when there was nothing before. */
export function reduction(before: number, after: number): string {
  if (before <= 0) return "—";
  const pct = Math.round(((before - after) / before) * 100);
  return `${pct}%`;
}
