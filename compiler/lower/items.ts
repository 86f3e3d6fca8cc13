// 子事项 → model items: department, times (promised within legal), order, condition, and the
// materials and fields they ask for.
import { mapList } from "../arrays.js";
import type { Entry, Span } from "../../grammar/ast.js";
import { decodeBlock, requireKeys, type DecodedBlock } from "../decode/block.js";
import { readDuration, readEnumOne, readFee, readInteger, readRefs, readString, type Located, readTexts } from "../decode/values.js";
import { DEFAULT_STEPS, type Duration, type Item, type RefusalEffect, type TimeBasis } from "../model.js";
import { ENUMS } from "../schema.js";
import type { Decl } from "../program.js";
import type { MatterContext } from "./context.js";
import { formatDuration } from "./duration-text.js";
import { hasElements, lowerElements, NO_ELEMENTS } from "./elements.js";
import { checkCountedSteps, lowerSpecialSteps, type LoweredSpecial } from "./special.js";

export interface LoweredItem {
  item: Omit<Item, "id">;
  decl: Decl;
  /** Its block, decoded (its dates are read once the model is built). */
  block: DecodedBlock;
  /** Where each material and field is named, for later checks. */
  materialRefs: Located<string>[];
  fieldRefs: Located<string>[];
  afterRefs: Located<string>[];
  departmentSpan?: Span;
  /** 特殊环节, with where they are written. */
  special: LoweredSpecial[];
  /** Its 不予受理 entries, lowered once the matter's fields are known (lower/admission.ts). */
  inadmissible: readonly Entry[];
  /** Its 免申办 block, lowered once the matter's fields are known (lower/proactive.ts). */
  proactive?: Entry;
  onRefusalSpan?: Span;
}

export function lowerItem(ctx: MatterContext, decl: Decl, licences: string[] = []): LoweredItem | undefined {
  const r = ctx.r.at({ kind: "item", name: decl.name });
  const block = decodeBlock("item", decl.entry.block!.entries, decl.entry.block!.span, r);
  requireKeys(block, "item", decl.nameSpan, r);

  const deptEntry = block.get("department");
  const rd = deptEntry && r.at({ kind: "department" });
  const dept = deptEntry && readRefs(deptEntry, rd!)[0];
  const department = dept && ctx.resolve("department", dept.value, dept.span, rd!) ? dept.value : undefined;

  const type = block.get("type") && readEnumOne(block.get("type")!, "itemType", r);
  const legal = block.get("legalTime") && readDuration(block.get("legalTime")!, r);
  const promised = block.get("promisedTime") && readDuration(block.get("promisedTime")!, r);
  if (legal && promised && promised.value.workdays > legal.value.workdays) {
    r.at({ kind: "promisedTime" }).report("E0201", promised.span, { promised: formatDuration(promised.value), legal: formatDuration(legal.value) });
  }
  const trips = block.get("tripsAlone") ? readInteger(block.get("tripsAlone")!, r) : undefined;
  const alone = block.get("timeAlone") && readDuration(block.get("timeAlone")!, r);
  const steps = readTexts(block, "steps", r);

  // One reporter per key, not per name (they stand at the same place).
  const afterRefs = block.get("after") ? readRefs(block.get("after")!, r) : [];
  const after: string[] = [];
  const ra = afterRefs.length ? r.at({ kind: "after" }) : r;
  for (const a of afterRefs) if (ctx.resolveItem(a.value, a.span, ra) && !after.includes(a.value)) after.push(a.value);

  const when = ctx.condition(block.get("when"), r);

  const materialRefs = block.get("materials") ? readRefs(block.get("materials")!, r) : [];
  const materials: string[] = [];
  const rm = materialRefs.length ? r.at({ kind: "materials" }) : r;
  for (const m of materialRefs) if (ctx.resolve("material", m.value, m.span, rm) && !materials.includes(m.value)) materials.push(m.value);

  const fieldRefs = block.get("fields") ? readRefs(block.get("fields")!, r) : [];
  const fields: string[] = [];
  const rf = fieldRefs.length ? r.at({ kind: "fields" }) : r;
  for (const f of fieldRefs) {
    // A sub-item may list the situations it depends on among its fields; they are answers, not data.
    if (ctx.situations.has(f.value) || ctx.commitments.has(f.value)) {
      ctx.reference(ctx.situations.has(f.value) ? "situation" : "commitment", f.value, f.span, ctx.situationDecls.get(f.value) ?? ctx.commitments.get(f.value));
      continue;
    }
    if (ctx.resolve("field", f.value, f.span, rf) && !fields.includes(f.value)) fields.push(f.value);
  }

  const fee = block.get("fee") ? readFee(block.get("fee")!, r) : undefined;
  const produces = block.get("produces") && readString(block.get("produces")!, r);
  const code = block.get("code") && readString(block.get("code")!, r);
  const typeCode = type ? ENUMS.itemType.find((v) => v.zhHans === type.value)?.code : undefined;

  const refusal = block.get("onRefusal") && readEnumOne(block.get("onRefusal")!, "refusalEffect", r.at({ kind: "onRefusal" }));
  const reviewPoints = readTexts(block, "reviewPoints", r);
  const onSiteCheck = block.get("onSiteCheck") && readString(block.get("onSiteCheck")!, r);
  const special = lowerSpecialSteps(ctx, block.each("specialStep"), r);
  if (special.length) checkCountedSteps({ name: decl.name, promisedTime: promised?.value, legalTime: legal?.value }, special, r);
  const time = promised?.value ?? legal?.value;
  const el = hasElements(block) ? lowerElements(ctx, block, r, licences, { department, departmentSpan: dept?.span, time, feeWord: fee, feeEntry: block.get("fee") }) : NO_ELEMENTS;
  if (!department) return undefined;
  // "Before" is what the sub-item took alone: 单独时限, else its legal time, else its promised time.
  const [aloneTime, aloneBasis]: [Duration | undefined, TimeBasis] = alone
    ? [alone.value, "timeAlone"]
    : legal
      ? [legal.value, "legalTime"]
      : promised
        ? [promised.value, "promisedTime"]
        : [undefined, "none"];
  return {
    decl,
    block,
    materialRefs,
    fieldRefs,
    afterRefs,
    departmentSpan: dept?.span,
    special,
    inadmissible: block.each("inadmissible"),
    proactive: block.get("proactive"),
    onRefusalSpan: refusal?.span,
    item: {
      name: decl.name,
      department,
      code: code?.value,
      type: type && typeCode ? { name: type.value, code: typeCode } : undefined,
      legalTime: legal?.value,
      promisedTime: promised?.value,
      timeAlone: alone?.value,
      workdays: time?.workdays ?? 0,
      alone: { workdays: aloneTime?.workdays ?? 0, basis: aloneBasis, approximate: aloneTime?.approximate ?? false },
      tripsAlone: trips?.value ?? 1,
      steps: steps.length ? steps : [...DEFAULT_STEPS],
      stepsDeclared: steps.length > 0,
      after,
      when,
      materials,
      fields,
      fee: fee ?? el.feeWhenItems ?? "不收费",
      produces: produces?.value ?? (el.resultNames.length ? el.resultNames.join("、") : undefined),
      ...el.elements,
      ...(special.length ? { specialSteps: mapList(special, (s) => s.step) } : {}),
      onRefusal: refusal ? { effect: refusal.value as RefusalEffect, declared: true } : { effect: "终止办理", declared: false },
      ...(reviewPoints.length ? { reviewPoints } : {}),
      ...(onSiteCheck ? { onSiteCheck: onSiteCheck.value } : {}),
    },
  };
}

/** Reports cycles in `after`, each once, with the cycle spelled out. Returns the items on cycles. */
export function findCycles(items: LoweredItem[], ctx: MatterContext): Set<string> {
  const byName = new Map(items.map((i) => [i.item.name, i]));
  const state = new Map<string, "visiting" | "done">();
  const onCycle = new Set<string>();
  const stack: string[] = [];
  const visit = (name: string): void => {
    state.set(name, "visiting");
    stack.push(name);
    const it = byName.get(name);
    for (const next of it?.item.after ?? []) {
      if (!byName.has(next)) continue;
      if (state.get(next) === "visiting") {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        if (!cycle.some((c) => onCycle.has(c))) {
          const ref = it!.afterRefs.find((a) => a.value === next);
          ctx.r.at({ kind: "item", name }).at({ kind: "after" }).report("E0204", ref?.span ?? it!.decl.nameSpan, { cycle: cycle.join(" → ") });
        }
        cycle.forEach((c) => onCycle.add(c));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(name, "done");
  };
  for (const i of items) if (!state.has(i.item.name)) visit(i.item.name);
  return onCycle;
}
