// The figures as the guide publishes them: the before/after rows, the sentence at the top, and
// what each figure counts (口径说明). Every sentence here says only what the model declares or the
// compiler computed; where the office declared nothing (no promise, no legal time), it says so.
import type { FieldSource, Model, TimeBasis } from "../../compiler/model.js";
import { DEFAULT_STEPS } from "../../compiler/model.js";
import { durationText, reduction, workdaysText } from "./words.js";
import { specialRows, uncountedClause } from "./special.js";

export interface FigureRow {
  /** Stable key: materialsHandedIn, materialsMerged, fields, typed, confirmed, trips, time, steps. */
  key: string;
  label: string;
  unit: string;
  before: number;
  after: number;
  reduction: string;
  approximate: boolean;
  /** True for the materials count the office publishes as its headline (材料口径). */
  headline: boolean;
}

export function figureRows(model: Model): FigureRow[] {
  const h = model.metrics.headline;
  const merged = model.metrics.basis.materialsAfter === "merged";
  const row = (key: string, label: string, unit: string, before: number, after: number, approximate = false, headline = false): FigureRow => ({
    key,
    label,
    unit,
    before,
    after,
    reduction: reduction(before, after),
    approximate,
    headline,
  });
  // 申请人填写字段 only where some field is prefilled: otherwise it repeats 表单字段.
  // A 免申办 matter also shows the fields shown to the person to confirm (信息确认).
  const proactive = model.metrics.basis.proactive !== undefined;
  const typed = model.metrics.basis.typed.prefilled.length > 0 || proactive ? [row("typed", "表单字段·申请人填写", "项", h.typed.before, h.typed.after)] : [];
  const confirmed = proactive && h.typed.confirmed !== undefined ? [row("confirmed", "信息确认·本人核对", "项", 0, h.typed.confirmed)] : [];
  return [
    row("materialsHandedIn", "申请材料·申请人提交", "份", h.materials.before, h.materials.handedIn, false, !merged),
    row("materialsMerged", "申请材料·合并清单", "份", h.materials.before, h.materials.merged, false, merged),
    row("fields", "表单字段", "项", h.fields.before, h.fields.after),
    ...typed,
    ...confirmed,
    row("trips", "跑动次数", "次", h.trips.before, h.trips.after),
    row("time", "办理时限", "工作日", h.time.before, h.time.after, h.time.approximate),
    row("steps", "办理环节", "个", h.steps.before, h.steps.after),
  ];
}

export interface Promise {
  /** True when the matter declares 承诺时限. */
  declared: boolean;
  /** "13个工作日", "即办", or the estimate with what it is. */
  text: string;
  /** Whether any sub-item declares a time at all. */
  anyTime: boolean;
}

export function promiseText(model: Model): Promise {
  const anyTime = model.items.some((i) => i.promisedTime || i.legalTime);
  if (model.promisedTime) return { declared: true, text: durationText(model.promisedTime), anyTime };
  const h = model.metrics.headline.time;
  if (!anyTime) return { declared: false, text: "未声明", anyTime };
  return { declared: false, text: `预计${workdaysText(h.criticalPath, h.approximate)}（本事项未声明承诺时限，按各子事项时限估算）`, anyTime };
}

/** The sentence at the top of the guide: materials (as the office counts them), trips, time. */
export function headlineSentence(model: Model, materialsMost: number, promise: Promise): string {
  const h = model.metrics.headline;
  const materials =
    model.metrics.basis.materialsAfter === "merged"
      ? `合并后的材料清单共${h.materials.merged}份`
      : materialsMost === 0
        ? "申请人无需提交材料"
        : `申请人最多提交${materialsMost}份材料`;
  const time = promise.declared
    ? model.promisedTime!.value === 0
      ? "承诺即办"
      : `承诺${promise.text}内办结`
    : promise.anyTime
      ? `预计${workdaysText(h.time.criticalPath, h.time.approximate)}内办结（本事项未声明承诺时限，按各子事项时限估算）`
      : "办结时限未声明";
  const p = model.metrics.basis.proactive;
  if (p) {
    const typed = p.mode === "快申快享" ? `只需填写${h.typed.after}项信息、核对${h.typed.confirmed ?? 0}项预填信息` : `${h.typed.confirmed ?? 0}项信息确认`;
    const told = p.confirmation === "consent" ? "本人确认后给予" : "符合条件即给予并告知本人";
    return `${p.mode}：无需提交申请，申请材料${h.materials.after}份，跑动${h.trips.after}次，${typed}，${told}`;
  }
  return `${materials}，跑动${h.trips.after}次，${time}${promise.anyTime ? uncountedClause(specialRows(model)) : ""}${postClause(model)}`;
}

/** "；另有寄递3个工作日，不计入办理时限" for a 跨域办 matter that declares a 寄递 time. */
export function postClause(model: Model): string {
  const post = model.metrics.basis.post;
  if (!post) return "";
  return `；异地代收的另有寄递${workdaysText(post.workdays, post.approximate)}，${post.counted ? "计入" : "不计入"}办理时限`;
}

/** 法定时限合计, honest about the sub-items that declare none. */
export function legalTotalText(model: Model): string {
  const { total, missing, approximate } = model.metrics.legalTime;
  const n = model.items.length;
  if (n === 0 || missing.length === n) return "各子事项均未声明法定时限";
  const sum = workdaysText(total, approximate);
  if (missing.length === 0) return `各子事项法定时限合计${sum}`;
  return `已声明法定时限的${n - missing.length}个子事项法定时限合计${sum}，${missing.join("、")}未声明法定时限，未计入`;
}

/** How a prefilled field's value is obtained, as the guide says it. */
export const SOURCE_WORD: Record<FieldSource["kind"], string> = { "data-sharing": "数据共享", "e-licence": "电子证照", identity: "身份认证", "prior-output": "前序产出" };

const TIME_BASIS: Record<TimeBasis, string> = { timeAlone: "单独时限", legalTime: "法定时限", promisedTime: "承诺时限", none: "未声明时限，按0计" };

/** 口径说明: what each published figure counts, in the order of the rows. */
export function basisLines(model: Model): string[] {
  const m = model.metrics;
  const h = m.headline;
  const lines: string[] = [];
  lines.push(
    m.basis.headline === "declared"
      ? "数字按改革办指定的情形（头条情形）计算；有多种符合时取适用子事项最多的一种。"
      : "数字按适用子事项最多、其次申请人提交材料最多的情形（最全情形）计算。",
  );
  const conditional = h.materials.conditional ? `另有${h.materials.conditional}份材料只在说明所述情形下提交，未计入。` : "";
  lines.push(
    `申请材料：改革前为各子事项单独办理时所需材料之和；改革后“申请人提交”为仍需申请人提交的不同材料，“合并清单”为合并去重后的材料清单（含由部门获取和可承诺免交的）；对外公布的口径为${m.basis.materialsAfter === "merged" ? "合并清单" : "申请人提交"}。${conditional}`,
  );
  lines.push("表单字段：改革前为各子事项字段之和，改革后为合并表单中的不同字段。");
  if (m.basis.typed.prefilled.length > 0) {
    lines.push(
      `表单字段·申请人填写：改革前按各子事项单独办理时由申请人填写其全部字段计；改革后为合并表单中未声明来源、仍由申请人填写的不同字段；声明来源的${m.basis.typed.prefilled.length}个字段由平台预填、申请人核对（见“预填字段”）。`,
    );
  }
  lines.push(
    `跑动次数：改革前为各子事项单独跑动次数之和；改革后${m.basis.trips === "declared" ? "为改革办声明的次数" : "按材料推算（可网上办理且无需提交原件为0次，否则1次）"}。`,
  );
  const groups = new Map<TimeBasis, string[]>();
  for (const t of m.basis.timeBefore) groups.set(t.basis, [...(groups.get(t.basis) ?? []), t.item]);
  const byBasis = [...groups].map(([b, items]) => `${items.join("、")}按${TIME_BASIS[b]}`).join("；");
  lines.push(
    `办理时限：改革前为各子事项单独办理时限之和（${byBasis || "无子事项"}）；改革后${m.basis.timeAfter === "promisedTime" ? "为一件事的承诺时限" : "为按各子事项承诺时限估算的关键路径，本事项未声明承诺时限"}。`,
  );
  if (m.basis.fallbackSources) {
    lines.push(`备用来源：${m.basis.fallbackSources.map((f) => f.material).join("、")}按首选来源计为无需申请人提交；首选来源无法获取时改用备用来源（见申请材料表），不计入申请人提交的材料数。`);
  }
  if (m.basis.uncounted) {
    lines.push(
      `特殊环节：${m.basis.uncounted.map((u) => `${u.item}·${u.step}${u.basis.length ? `（依据：${u.basis.join("；")}）` : "（未声明依据）"}`).join("；")}的时间不计入办理时限，改革前后的办理时限和关键路径均不含；metrics.json 的 time.uncounted 单独列出这些时间及连同它们的最长路径。`,
    );
  }
  if (m.basis.proactive) {
    const p = m.basis.proactive;
    lines.push(
      `免申办：本事项为${p.mode}，${p.confirmation === "consent" ? "经本人确认后给予" : "符合条件即给予、给予后告知本人"}；改革后按无需申请计，申请材料${h.materials.after}份、跑动${h.trips.after}次，“表单字段·申请人填写”为${p.mode === "快申快享" ? "预填后仍需本人填写的字段" : "0（资格由共享数据判断）"}，“信息确认·本人核对”为展示给本人核对的预填信息（${h.typed.confirmed ?? 0}项）。`,
    );
  }
  if (m.basis.post) {
    const post = m.basis.post;
    lines.push(
      `寄递：异地代收代办时材料由收件窗口寄递至办理地，需${workdaysText(post.workdays, post.approximate)}，${post.counted ? "计入办理时限" : "不计入办理时限，改革前后的办理时限均不含"}${post.basis.length ? `（依据：${post.basis.join("；")}）` : "（未声明依据）"}。`,
    );
  }
  const declaredSteps = model.items.some((i) => i.stepsDeclared);
  lines.push(
    `办理环节：改革前为各子事项环节数之和（${declaredSteps ? "未声明环节的子事项" : "各子事项"}按${DEFAULT_STEPS.join("、")}${DEFAULT_STEPS.length}个计）；改革后${m.basis.steps === "declared" ? `为一件事声明的环节：${model.steps.names.join("、")}` : `按默认的${DEFAULT_STEPS.join("、")}${DEFAULT_STEPS.length}个计`}。`,
  );
  return lines;
}
