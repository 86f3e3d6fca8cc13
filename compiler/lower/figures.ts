// The figures for every combination of answers, and the checks that need them: the matter's
// promised time against the critical path, deferrals against the promised time, and earlier
// results (前序产出) that might not exist when needed.
import type { Span } from "../../grammar/ast.js";
import { evaluate } from "../conditions.js";
import { COMBINATION_LIMIT, enumerate, truthsOf } from "../enumerate.js";
import { figureInputs, isOriginal } from "../case-prep.js";
import { caseFigures, diagnosticFigures, findingsOf, headlineOf } from "../metrics.js";
import type { Answer, Cond, Metrics, Model } from "../model.js";
import { bi, type Bilingual } from "../diagnostics/types.js";
import type { MatterContext } from "./context.js";
import { formatDuration } from "./duration-text.js";
import type { LoweredItem } from "./items.js";
import { postBasis } from "./cross-region.js";

/** The answers of a case, for a diagnostic ("已有执照=是"). */
export function describe(situation: Record<string, Answer>): Bilingual {
  const parts = Object.entries(situation).map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.join("、")}]` : v === true ? "是" : v === false ? "否" : v}`);
  return parts.length ? bi(parts.join("，"), parts.join(", ")) : bi("任何情形", "any answers");
}

export interface FigureOptions {
  promisedSpan: Span;
  /** 头条情形: the case the office publishes. */
  headlineWhen?: Cond;
  headlineSpan?: Span;
  materialsBasis: "handedIn" | "merged";
  /** Where 跑动次数 is declared. */
  tripsSpan?: Span;
}

/** basis.uncounted: every special step whose time counts toward no limit, with its 依据. */
function uncountedBasis(model: Model): Pick<Metrics["basis"], "uncounted"> {
  const list = model.items.flatMap((i) =>
    (i.specialSteps ?? []).filter((s) => !s.counted).map((s) => ({ item: i.name, step: s.name, workdays: s.time?.workdays ?? 0, approximate: s.time?.approximate ?? false, basis: s.basis })),
  );
  return list.length ? { uncounted: list } : {};
}

/** basis.fallbackSources: materials counted by their first source, with the source used otherwise. */
function fallbackBasis(model: Model): Pick<Metrics["basis"], "fallbackSources"> {
  const list = model.materials.filter((m) => m.fallback).map((m) => ({ material: m.name, source: m.source.kind, fallback: m.fallback!.kind }));
  return list.length ? { fallbackSources: list } : {};
}

/** The figures of every case and the checks that read them; undefined, with the same
 * diagnostics, when the compile keeps no models (CompileOptions.models false: `check`), which
 * then works out only what the checks read (metrics.ts, diagnosticFigures). */
export function computeMetrics(ctx: MatterContext, model: Model, items: LoweredItem[], o: FigureOptions): Metrics | undefined {
  const r = ctx.r;
  const m = figureInputs(model);
  const promisedSpan = o.promisedSpan;
  const conditions: Cond[] = [];
  for (const i of m.items) conditions.push(i.when);
  for (const x of m.materials) conditions.push(x.when);
  for (const f of m.fields) conditions.push(f.when);
  for (const c of m.commitments) conditions.push(c.offeredWhen);
  for (const i of m.items) for (const s of i.specialSteps ?? []) conditions.push(s.when);
  if (o.headlineWhen) conditions.push(o.headlineWhen);
  const e = enumerate(m.situations, conditions);
  if (e.total > COMBINATION_LIMIT) r.report("W0608", promisedSpan, { count: e.total, limit: COMBINATION_LIMIT });
  const figures = ctx.program.keepsModels ? caseFigures(m, e, o.materialsBasis) : undefined;
  // Everything reported below reads these findings, never the cases' figures, so the two ways of
  // working them out give the same diagnostics (test/compiler/check-figures.test.ts).
  const { worst, longest, tripsOver } = figures ? findingsOf(m, figures) : diagnosticFigures(m, e);

  // No promise declared: the guide can only give an estimate from the sub-items' times.
  if (!m.promisedTime && m.items.some((i) => i.promisedTime || i.legalTime)) {
    r.report("W0205", promisedSpan, { critical: worst.days });
  }
  // 跑动次数 declared lower than the declarations allow: originals to hand in at a window.
  if (tripsOver >= 0) {
    const situation = e.combinations[tripsOver];
    const answers: Record<string, Answer> = { ...situation };
    for (const k of m.commitments) answers[k.name] = true;
    const originals = m.materials.filter((x) => isOriginal(x.form) && evaluate(x.uploadWhen, answers)).map((x) => x.name);
    r.at({ kind: "trips" }).report("W0206", o.tripsSpan, { trips: m.trips.value, materials: originals.join("、") || "—", situation: describe(situation) });
  }

  // The matter's promise must cover the longest chain in every case.
  if (m.promisedTime) {
    if (worst.days > m.promisedTime.workdays) {
      r.at({ kind: "promisedTime" }).report("E0202", promisedSpan, { promised: formatDuration(m.promisedTime), critical: worst.days, path: worst.chain.join(" → ") });
    }
  }
  const limit = m.promisedTime?.workdays ?? longest;
  for (const x of m.materials) {
    if (x.deferrable && x.deferrable.workdays > limit) {
      const decl = ctx.resolve("material", x.name, promisedSpan, r, false);
      const entry = decl?.entry.block?.entries.find((en) => ["容缺", "deferrable"].includes(en.key.text));
      r.at({ kind: "material", name: x.name }).report("E0203", entry?.value?.span ?? decl?.nameSpan, {
        deferrable: formatDuration(x.deferrable),
        promised: m.promisedTime ? formatDuration(m.promisedTime) : `${limit} 工作日`,
      });
    }
  }
  // 前序产出: in every case where a sub-item needs the result, its producer must apply.
  // Looked up by name once, not searched per case (issue 20: nothing grows as cases × items).
  const itemByName = new Map(m.items.map((i) => [i.name, i]));
  const loweredByName = new Map(items.map((i) => [i.item.name, i]));
  // Over the answers alone (no commitment taken).
  const truths = truthsOf(e);
  for (const x of m.materials) {
    const source = x.source;
    if (source.kind !== "prior-output") continue;
    const producer = itemByName.get(source.item!)!;
    const consumers = x.askedBy.map((name) => itemByName.get(name)!);
    const asked = truths(x.when);
    const produced = truths(producer.when);
    outer: for (let k = 0; k < e.combinations.length; k++) {
      if (!asked[k] || produced[k]) continue;
      const c = e.combinations[k];
      for (const ci of consumers) {
        const consumer = ci.name;
        if (!truths(ci.when)[k]) continue;
        const li = loweredByName.get(consumer)!;
        const ref = li.materialRefs.find((at) => at.value === x.name);
        r.at({ kind: "item", name: consumer }).at({ kind: "materials" }).report("E0302", ref?.span ?? li.decl.nameSpan, { material: x.name, producer: producer.name, consumer, situation: describe(c) });
        break outer;
      }
    }
  }
  // 头条情形 naming no case: the headline falls back to all of them.
  const named = o.headlineWhen && truths(o.headlineWhen);
  const none = named !== undefined && named.indexOf(1) < 0;
  if (none) r.at({ kind: "headline" }).report("E0609", o.headlineSpan, {});
  if (!figures) return undefined;
  const all = figures.cases;
  const headline = headlineOf(named && !none ? all.filter((_, k) => named[k]) : all)!;
  const legalMissing = model.items.filter((i) => !i.legalTime).map((i) => i.name);
  return {
    matter: model.name,
    code: model.code,
    basis: {
      headline: o.headlineWhen ? "declared" : "mostItems",
      materialsAfter: o.materialsBasis,
      timeBefore: model.items.map((i) => ({ item: i.name, workdays: i.alone.workdays, basis: i.alone.basis })),
      timeAfter: model.promisedTime ? "promisedTime" : "criticalPath",
      trips: model.trips.declared ? "declared" : "derived",
      steps: model.steps.declared ? "declared" : "default",
      typed: { before: "eachItemAlone", after: "withoutSource", prefilled: model.fields.filter((f) => f.source).map((f) => ({ field: f.path, source: f.source!.kind })) },
      ...uncountedBasis(model),
      ...fallbackBasis(model),
      ...postBasis(model),
      ...(model.proactive ? { proactive: { mode: model.proactive.mode, confirmation: model.proactive.confirmation } } : {}),
    },
    legalTime: {
      total: model.items.reduce((n, i) => n + (i.legalTime?.workdays ?? 0), 0),
      missing: legalMissing,
      approximate: model.items.some((i) => i.legalTime?.approximate),
    },
    headline,
    situations: all,
    ...(e.total > COMBINATION_LIMIT ? { truncated: true } : {}),
  };
}
