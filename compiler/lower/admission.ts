// Acceptance (#13): 不予受理 cases (matter level and inside 子事项), the matter's 补正 block, and
// a sub-item's 不予许可 effect, with their checks:
// - E1401–E1404 the field tests of a 不予受理 条件 (decode/field-condition.ts);
// - E1405 a sub-item others depend on declares 继续办理 (they cannot continue without its result);
// - W1406 in a matter that declares 不予许可 for some sub-item, a sub-item others depend on that
//   declares none (a refusal then ends the matter); a matter that declares none at all is said to
//   have declared nothing by the guide and the work guide instead;
// - W1407 / W1408 a 不予受理 condition over answers that holds in every / no case the compiler
//   enumerates (with field tests, nothing can be said);
import { nameText, type Entry, type Span } from "../../grammar/ast.js";
import { decodeBlock, requireKeys } from "../decode/block.js";
import { ConditionReader, type FieldScope } from "../decode/condition.js";
import type { FieldInfo } from "../decode/field-condition.js";
import type { Reporter } from "../decode/report.js";
import { bi } from "../diagnostics/types.js";
import { readDuration, readString, readTexts } from "../decode/values.js";
import { and, evaluate, testsFields, TRUE } from "../conditions.js";
import { enumerate } from "../enumerate.js";
import { assignIdsTo } from "../ids.js";
import type { Cond, Correction, FormGroup, Inadmissible, Model } from "../model.js";
import type { MatterContext } from "./context.js";
import type { LoweredField } from "./materials.js";
import type { LoweredItem } from "./items.js";

export interface LoweredInadmissible {
  case: Omit<Inadmissible, "id">;
  /** Its own condition, before the sub-item's 适用 is added. */
  own: Cond;
  nameSpan: Span;
  conditionSpan?: Span;
}

/** The fields a 不予受理 条件 may test: those on the form (asked by some sub-item); a declared field
 * no sub-item asks for is named as such (E1404). */
export function fieldScope(ctx: MatterContext, fields: LoweredField[], groups: FormGroup[]): FieldScope {
  // Built on the first question: most matters have no 不予受理 or 免申办 rules to ask.
  let byPath: Map<string, LoweredField> | undefined;
  let repeating: Set<string> | undefined;
  const fieldsByPath = () => (byPath ??= new Map(fields.map((f) => [f.path, f])));
  return {
    lookup(path: string): FieldInfo | undefined {
      const f = fieldsByPath().get(path);
      repeating ??= new Set(groups.filter((g) => g.repeat).flatMap((g) => g.fields));
      if (f) return { path, key: f.key, type: f.type, options: f.options, perEntry: repeating.has(path) };
      const decl = ctx.resolve("field", path, ctx.file.ast.span, ctx.r, false);
      return decl ? { path, key: path, type: "text", unasked: true } : undefined;
    },
    paths: () => fieldsByPath().keys(),
    onField(path: string, span: Span) {
      ctx.reference("field", path, span, ctx.resolve("field", path, span, ctx.r, false));
    },
  };
}

/** The 不予受理 entries of one block (the matter's, or a sub-item's with its 适用). */
export function lowerInadmissible(ctx: MatterContext, entries: readonly Entry[], r0: Reporter, scope: FieldScope, item?: { name: string; when: Cond }): LoweredInadmissible[] {
  const out: LoweredInadmissible[] = [];
  for (const e of entries) {
    const name = nameText(e.name!);
    const r = r0.at({ kind: "inadmissible", name });
    const first = out.find((o) => o.case.name === name);
    if (first) {
      r.report("E0102", e.name!.span, { kind: "inadmissible", name }, [{ span: first.nameSpan, key: "first" }]);
      continue;
    }
    const block = decodeBlock("inadmissible", e.block!.entries, e.block!.span, r);
    requireKeys(block, "inadmissible", e.name!.span, r);
    const condEntry = block.get("condition");
    const onRef = (n: string, span: Span) => ctx.reference("situation", n, span, ctx.situationDecls.get(n));
    const own = condEntry ? new ConditionReader(ctx.situations, r.at({ kind: "condition" }), ctx.brokenSituations, onRef, scope).read(condEntry) : undefined;
    const redirect = block.get("redirect") && readString(block.get("redirect")!, r);
    const basis = readTexts(block, "basis", r);
    if (!own) continue;
    out.push({
      case: { name, ...(item ? { item: item.name } : {}), when: item ? and(item.when, own) : own, ...(redirect ? { redirect: redirect.value } : {}), basis },
      own,
      nameSpan: e.name!.span,
      conditionSpan: condEntry?.value?.span,
    });
  }
  return out;
}

export function lowerCorrection(entry: Entry | undefined, r0: Reporter): Correction | undefined {
  if (!entry) return undefined;
  const r = r0.at({ kind: "correction" });
  const block = decodeBlock("correction", entry.block!.entries, entry.block!.span, r);
  requireKeys(block, "correction", entry.key.span, r);
  const what = readTexts(block, "what", r);
  const within = block.get("within") && readDuration(block.get("within")!, r);
  const notice = block.get("noticeWithin") && readDuration(block.get("noticeWithin")!, r);
  const late = block.get("late") && readString(block.get("late")!, r);
  const basis = readTexts(block, "basis", r);
  return {
    what,
    ...(within ? { within: within.value } : {}),
    ...(notice ? { noticeWithin: notice.value } : {}),
    ...(late ? { late: late.value } : {}),
    basis,
  };
}

/** Ids: one per case, derived from the sub-item's name (if any) and the case's. */
export function assignInadmissibleIds(cases: Inadmissible[]): void {
  const keyOf = (c: Inadmissible) => (c.item === undefined ? c.name : `${c.item}\u0000${c.name}`);
  assignIdsTo("Inadmissible", cases, keyOf);
}

/** Who depends on each sub-item: 前置 (directly) and the materials or fields it produces (前序产出). */
export function dependents(model: Model): Map<string, { name: string; why: "after" | "material" | "field"; via?: string }[]> {
  const out = new Map<string, { name: string; why: "after" | "material" | "field"; via?: string }[]>();
  const add = (producer: string, d: { name: string; why: "after" | "material" | "field"; via?: string }) => {
    if (d.name === producer) return;
    const list = out.get(producer) ?? [];
    if (!list.some((x) => x.name === d.name)) list.push(d);
    out.set(producer, list);
  };
  for (const i of model.items) for (const a of i.after) add(a, { name: i.name, why: "after" });
  for (const m of model.materials) if (m.source.kind === "prior-output") for (const c of m.askedBy) add(m.source.item!, { name: c, why: "material", via: m.name });
  for (const f of model.fields) if (f.source?.kind === "prior-output") for (const c of f.askedBy) add(f.source.item!, { name: c, why: "field", via: f.path });
  return out;
}

/** The refusal effects against the dependencies, and the conditions of the cases against the
 * situations. */
export function checkAdmission(ctx: MatterContext, model: Model, items: LoweredItem[], cases: LoweredInadmissible[]): void {
  const decides = items.some((li) => li.item.onRefusal.declared);
  // Both checks below are about declared effects: none declared, nothing to say.
  const deps: ReturnType<typeof dependents> = decides ? dependents(model) : new Map();
  for (const li of items) {
    const list = deps.get(li.item.name);
    if (!list?.length) continue;
    const r = ctx.r.at({ kind: "item", name: li.item.name });
    const named = list.map((d) => d.name).join("、");
    if (li.item.onRefusal.effect === "继续办理" && li.item.onRefusal.declared) {
      const d = list[0];
      const how = d.why === "after" ? bi("前置", "`前置`") : bi(`前序产出「${d.via}」`, `the earlier result '${d.via}'`);
      r.at({ kind: "onRefusal" }).report("E1405", li.onRefusalSpan, { item: li.item.name, dependents: named, how });
    } else if (!li.item.onRefusal.declared && decides) {
      r.report("W1406", li.decl.nameSpan, { item: li.item.name, dependents: named });
    }
  }
  // Over answers only: a case with field tests depends on what is typed, which is not enumerated.
  // A sub-item's case is judged where the sub-item applies.
  for (const c of cases) {
    if (testsFields(c.own)) continue;
    const itemWhen = c.case.item !== undefined ? (model.items.find((i) => i.name === c.case.item)?.when ?? TRUE) : TRUE;
    const { combinations } = enumerate(model.situations, [c.own, itemWhen]);
    const relevant = combinations.filter((x) => evaluate(itemWhen, x));
    const holds = relevant.filter((x) => evaluate(c.own, x)).length;
    const r = (c.case.item !== undefined ? ctx.r.at({ kind: "item", name: c.case.item }) : ctx.r).at({ kind: "inadmissible", name: c.case.name });
    if (relevant.length && holds === relevant.length) r.report("W1407", c.conditionSpan ?? c.nameSpan, { name: c.case.name });
    else if (holds === 0) r.report("W1408", c.conditionSpan ?? c.nameSpan, { name: c.case.name });
  }
}
