// 特殊环节 of a sub-item → model special steps, and the checks that keep time that does not count
// toward a limit honest (行政许可法第四十五条: 依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家
// 评审的，所需时间不计算在期限内，并应书面告知申请人):
// - W1101 the steps declared as counted take longer than the sub-item's own limit;
// - W1102 a step declared as counted whose 依据 says its time is not counted;
// - W1103 a step whose time does not count, without a 依据;
// - W1104 a step whose time does not count, without a 时限 (the applicant must be told it).
import { nameText, type Entry, type Span } from "../../grammar/ast.js";
import { decodeBlock } from "../decode/block.js";
import type { Reporter } from "../decode/report.js";
import { readDuration, readEnumOne, readString, readTexts } from "../decode/values.js";
import { TRUE } from "../conditions.js";
import { assignIdsTo } from "../ids.js";
import type { Item, SpecialStep } from "../model.js";
import type { MatterContext } from "./context.js";
import { formatDuration } from "./duration-text.js";

export interface LoweredSpecial {
  step: SpecialStep;
  nameSpan: Span;
  countedSpan?: Span;
}

/** Words in a 依据 that say the time is not counted (不计算在…期限内, 不计入…时限). */
const NOT_COUNTED = /不计[算入]|不列入|不包括在|不含在/;

export function lowerSpecialSteps(ctx: MatterContext, entries: readonly Entry[], r0: Reporter): LoweredSpecial[] {
  const out: LoweredSpecial[] = [];
  for (const e of entries) {
    const name = nameText(e.name!);
    const r = r0.at({ kind: "specialStep", name });
    if (out.some((o) => o.step.name === name)) {
      r.report("E0102", e.name!.span, { kind: "specialStep", name }, [{ span: out.find((o) => o.step.name === name)!.nameSpan, key: "first" }]);
      continue;
    }
    const block = decodeBlock("specialStep", e.block!.entries, e.block!.span, r);
    const time = block.get("time") && readDuration(block.get("time")!, r);
    const basis = readTexts(block, "basis", r);
    const counted = block.get("counted") && readEnumOne(block.get("counted")!, "yesNo", r);
    const position = block.get("position") && readEnumOne(block.get("position")!, "specialPosition", r);
    const note = block.get("note") && readString(block.get("note")!, r);
    const step: SpecialStep = {
      name,
      id: "",
      time: time?.value,
      basis,
      counted: counted?.value === "是",
      position: position?.value === "办理前" ? "before" : "after",
      when: ctx.condition(block.get("when"), r),
      note: note?.value,
      runsWhen: TRUE,
    };
    if (!step.counted && basis.length === 0) r.report("W1103", e.name!.span, { step: name });
    if (!step.counted && !step.time) r.report("W1104", e.name!.span, { step: name });
    const said = basis.find((b) => NOT_COUNTED.test(b));
    if (step.counted && said) r.at({ kind: "counted" }).report("W1102", counted?.span ?? e.name!.span, { step: name, basis: said });
    out.push({ step, nameSpan: e.name!.span, countedSpan: counted?.span });
  }
  return out;
}

/** The counted steps must fit in the sub-item's own limit: together they cannot take longer. */
export function checkCountedSteps(item: Pick<Item, "name" | "promisedTime" | "legalTime">, steps: LoweredSpecial[], r: Reporter): void {
  const counted = steps.filter((s) => s.step.counted && s.step.time);
  const limit = item.promisedTime ?? item.legalTime;
  if (!limit || counted.length === 0) return;
  const total = counted.reduce((n, s) => n + s.step.time!.workdays, 0);
  if (total <= limit.workdays) return;
  r.report("W1101", counted[0].countedSpan ?? counted[0].nameSpan, {
    item: item.name,
    steps: counted.map((s) => `${s.step.name} ${formatDuration(s.step.time!)}`).join("、"),
    total,
    limit: formatDuration(limit),
  });
}

/** Ids: the sub-item's id, then the step's (names are unique within a sub-item only). */
export function assignSpecialIds(items: Item[]): void {
  for (const i of items) {
    if (!i.specialSteps) continue;
    assignIdsTo(`${i.id}_Special`, i.specialSteps, (s) => s.name, false);
  }
}
