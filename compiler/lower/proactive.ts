// 免申办 (#16, 国发〔2024〕3号 "推进政策服务免申办"): a matter, or a sub-item, granted without an
// application. Its trigger (a data event, a periodic run, or for a sub-item an earlier result), its
// eligibility rules (资格: conditions over fields by declared path, read like 不予受理's field tests),
// what is granted, and whether the person confirms or is only told. The fields it asks for split
// into those a 来源 fills (shown to confirm) and those the person still types (快申快享 only).
// Checks:
// - E1901 免申即享 asks for a field that has no 来源 (the person would have to type it);
// - E1902 a 免申办 matter declares 情形 (there is no application to answer them in);
// - E1903 it asks the applicant for a material (source applicant or intermediary);
// - E1904 a 资格 condition names something that is not a field it may test;
// - E1905 an earlier result (前序产出) as the trigger of the whole matter;
// - E1906 a sub-item triggered by an earlier result that is not among its 前置;
// - E1907 确认时限 with 仅告知; E1908 快申快享 with 仅告知 (the person must submit it);
// - E1909 跑动次数 above 0 on a 免申办 matter; E1910 nothing granted (给予);
// - E1911 免申办 on a sub-item of a matter that is 免申办 as a whole;
// - W1951 仅告知 without 告知方式 (the notice has no way to reach the person).
import { copyWith, mapList } from "../arrays.js";
import { nameText, type Entry, type Span } from "../../grammar/ast.js";
import { decodeBlock, requireKeys } from "../decode/block.js";
import type { FieldScope } from "../decode/condition.js";
import { ConditionReader } from "../decode/condition.js";
import type { Reporter } from "../decode/report.js";
import { atomName, readDuration, readEnumOne, readTexts } from "../decode/values.js";
import { bi, type Bilingual } from "../diagnostics/types.js";
import { assignIds } from "../ids.js";
import type { Cond, Duration, EligibilityRule, Model, Proactive, ProactiveTrigger } from "../model.js";
import { ENUMS, findEnumValue, matchesSpelling, spellingsOf, WORDS } from "../schema.js";
import { nearest } from "../suggest.js";
import { transitiveAfter } from "./checks.js";
import type { MatterContext } from "./context.js";
import type { LoweredItem } from "./items.js";

/** A 免申办 block as read, before the model gives it its fields. */
export interface LoweredProactive {
  proactive: Omit<Proactive, "missingFields" | "confirmedFields" | "rules"> & { rules: Omit<EligibilityRule, "id">[] };
  /** The 免申办 word, where block-wide problems are reported. */
  span: Span;
  triggerSpan?: Span;
  confirmationDeclared: boolean;
  confirmationSpan?: Span;
  confirmWithinSpan?: Span;
}

const CYCLES: Record<string, string> = { 每日: "P1D", 每周: "P1W", 每月: "P1M", 每季度: "P3M", 每年: "P1Y" };

const TRIGGER_EXAMPLES = {
  dataEvent: `数据事件 公安局 "出生登记办结"`,
  periodic: `定期 每年 起始 "2026-01-01"`,
  priorOutput: "前序产出 出生登记",
};

function triggerShape(entry: Entry, r: Reporter, example: string, expected: Bilingual): undefined {
  r.report("E0106", entry.value?.span ?? entry.span, { key: entry.key.text, expected, example: `${entry.key.text}: ${example}` });
  return undefined;
}

/** `数据事件 部门 "事件"`, `定期 每年 [起始 "2026-01-01"]`, `前序产出 子事项`. The department or
 * sub-item is resolved by the caller (it knows the level). */
export function readTrigger(entry: Entry, r: Reporter): { trigger: ProactiveTrigger; refSpan?: Span } | undefined {
  const items = entry.value?.items ?? [];
  const atoms = items.length === 1 && items[0].type === "Phrase" ? items[0].atoms : undefined;
  const first = atoms?.[0];
  const word = first?.type === "Word" ? first.text : undefined;
  const T = WORDS.trigger;
  const all = [T.dataEvent, T.periodic, WORDS.source.priorOutput];
  const any = bi(`触发：${TRIGGER_EXAMPLES.dataEvent}、${TRIGGER_EXAMPLES.periodic} 或 ${TRIGGER_EXAMPLES.priorOutput}`, `a trigger: ${TRIGGER_EXAMPLES.dataEvent}, ${TRIGGER_EXAMPLES.periodic} or ${TRIGGER_EXAMPLES.priorOutput}`);
  if (!atoms || !first || word === undefined) return triggerShape(entry, r, TRIGGER_EXAMPLES.dataEvent, any);
  if (matchesSpelling(T.dataEvent, word)) {
    const dept = atomName(atoms[1]);
    const event = atoms[2]?.type === "String" ? atoms[2].value : undefined;
    if (atoms.length !== 3 || dept === undefined || atoms[1].type === "String" || event === undefined || !event.trim()) {
      return triggerShape(entry, r, TRIGGER_EXAMPLES.dataEvent, bi("「数据事件」后跟报告事件的部门和加引号的事件", "`数据事件` followed by the department that reports the event and the event in quotes"));
    }
    return { trigger: { kind: "data-event", department: dept, event }, refSpan: atoms[1].span };
  }
  if (matchesSpelling(T.periodic, word)) {
    const periodWord = atoms[1]?.type === "Word" ? atoms[1].text : undefined;
    const startWord = atoms[2]?.type === "Word" ? atoms[2].text : undefined;
    const shapeOk = periodWord !== undefined && (atoms.length === 2 || (atoms.length === 4 && startWord !== undefined && matchesSpelling(T.start, startWord) && atoms[3].type === "String"));
    if (!shapeOk) return triggerShape(entry, r, TRIGGER_EXAMPLES.periodic, bi(`「定期」后跟周期（${ENUMS.period.map((p) => p.zhHans).join("、")}），可再写「起始 "日期"」`, `\`定期\` followed by a period (${ENUMS.period.map((p) => p.en).join(", ")}), optionally \`起始 "DATE"\``));
    const period = findEnumValue("period", periodWord);
    if (!period) {
      r.report("E0107", atoms[1].span, { value: periodWord, key: entry.key.text, options: ENUMS.period.map((p) => p.zhHans).join("、"), suggestion: nearest(periodWord, ENUMS.period.flatMap(spellingsOf)) ?? "" });
      return undefined;
    }
    const interval = CYCLES[period.zhHans];
    if (atoms.length === 2) return { trigger: { kind: "periodic", period: period.zhHans as "每年", cycle: `R/${interval}` } };
    const date = isoDate(atoms[3].type === "String" ? atoms[3].value : "");
    if (!date) return triggerShape(entry, r, TRIGGER_EXAMPLES.periodic, bi("「起始」后跟日期字符串，如 \"2026-01-01\" 或 \"2026年1月1日\"", "`起始` followed by a date string such as \"2026-01-01\" or \"2026年1月1日\""));
    return { trigger: { kind: "periodic", period: period.zhHans as "每年", cycle: `R/${date}T00:00:00/${interval}` } };
  }
  if (matchesSpelling(WORDS.source.priorOutput, word)) {
    const item = atomName(atoms[1]);
    if (atoms.length !== 2 || item === undefined) return triggerShape(entry, r, TRIGGER_EXAMPLES.priorOutput, bi("「前序产出」后跟一个子事项名称", "`前序产出` followed by a sub-item's name"));
    return { trigger: { kind: "prior-output", item }, refSpan: atoms[1].span };
  }
  r.report("E0107", first.span, { value: word, key: entry.key.text, options: all.map((x) => x.zhHans).join("、"), suggestion: nearest(word, all.flatMap(spellingsOf)) ?? "" });
  return undefined;
}

/** A date as YYYY-MM-DD ("2026-01-01" or "2026年1月1日"), or undefined when not a real date. */
function isoDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The fields a 资格 rule may test: the matter's form fields (matter level) or the sub-item's own
 * fields; any other name is reported as no such field (E1904). */
export function ruleScope(ctx: MatterContext, scope: FieldScope, asked: Set<string> | undefined, where: Bilingual): FieldScope {
  const paths = () => [...scope.paths()].filter((p) => !asked || asked.has(p));
  return {
    lookup: (path) => {
      if (asked && !asked.has(path)) return undefined;
      const f = scope.lookup(path);
      return f?.unasked ? undefined : f;
    },
    paths,
    onField: scope.onField,
    wording: {
      use: bi("资格条件", "an eligibility rule (`资格`)"),
      instead: bi("资格条件只检查有单一值的字段；把它写在「给予」或依据的文字中，或改用能比较的字段（如数字、是否、单选）", "an eligibility rule tests only fields with one value; state it in words under `给予` or the basis, or test a comparable field (number, yes/no, choice)"),
    },
    unknown: (name, span, r) => {
      const declared = ctx.resolve("field", name, span, ctx.r, false);
      r.report("E1904", span, { name, where, suggestion: nearest(name, paths()) ?? "", declared: declared ? bi("（它已声明，但不是所需的字段）", " (it is declared, but not asked for)") : bi("", "") });
    },
  };
}

/** Reads one 免申办 block (the matter's or a sub-item's). */
export function lowerProactive(ctx: MatterContext, entry: Entry, r0: Reporter, scope: FieldScope, level: { item?: string }): LoweredProactive | undefined {
  const r = r0.at({ kind: "proactive" });
  const block = decodeBlock("proactive", entry.block!.entries, entry.block!.span, r);
  requireKeys(block, "proactive", entry.key.span, r);
  const mode = block.get("mode") && readEnumOne(block.get("mode")!, "proactiveMode", r);
  const triggerEntry = block.get("trigger");
  const read = triggerEntry && readTrigger(triggerEntry, r.at({ kind: "trigger" }));
  let trigger = read?.trigger;
  if (trigger?.kind === "data-event" && !ctx.resolve("department", trigger.department, read!.refSpan!, r.at({ kind: "trigger" }))) trigger = undefined;
  if (trigger?.kind === "prior-output") {
    if (level.item === undefined) {
      r.at({ kind: "trigger" }).report("E1905", read!.refSpan!, { item: trigger.item });
      trigger = undefined;
    } else if (!ctx.resolveItem(trigger.item, read!.refSpan!, r.at({ kind: "trigger" }))) trigger = undefined;
  }
  const confirmationEntry = block.get("confirmation");
  const confirmation = confirmationEntry && readEnumOne(confirmationEntry, "confirmation", r);
  const within = block.get("confirmWithin") && readDuration(block.get("confirmWithin")!, r);
  const grants = readTexts(block, "grants", r);
  const channels = readTexts(block, "noticeChannels", r);
  const basis = readTexts(block, "basis", r);
  const rules: Omit<EligibilityRule, "id">[] = [];
  const seen = new Map<string, Span>();
  for (const e of block.all("eligibility")) {
    const name = nameText(e.name!);
    const rr = r.at({ kind: "eligibility", name });
    if (seen.has(name)) {
      rr.report("E0102", e.name!.span, { kind: "eligibility", name }, [{ span: seen.get(name)!, key: "first" }]);
      continue;
    }
    seen.set(name, e.name!.span);
    const rb = decodeBlock("eligibility", e.block!.entries, e.block!.span, rr);
    requireKeys(rb, "eligibility", e.name!.span, rr);
    const condEntry = rb.get("condition");
    const when = condEntry && new ConditionReader(new Map(), rr.at({ kind: "condition" }), new Set(), undefined, scope).read(condEntry);
    const ruleBasis = readTexts(rb, "basis", rr);
    if (when) rules.push({ name, when, basis: ruleBasis });
  }
  if (!grants.length) r.report("E1910", entry.key.span, { where: where(level.item) });
  if (!mode || !trigger) return undefined;
  const m = mode.value as Proactive["mode"];
  const conf: Proactive["confirmation"] = confirmation ? (confirmation.value === "需确认" ? "consent" : "notify") : m === "快申快享" ? "consent" : "notify";
  if (m === "快申快享" && conf === "notify") r.at({ kind: "confirmation" }).report("E1908", confirmation!.span, { where: where(level.item) });
  if (within && conf === "notify") r.at({ kind: "confirmWithin" }).report("E1907", within.span, { where: where(level.item), declared: confirmation ? bi("", "") : bi("（免申即享默认仅告知）", " (免申即享 is 仅告知 by default)") });
  if (conf === "notify" && !channels.length) r.report("W1951", entry.key.span, { where: where(level.item) });
  return {
    proactive: {
      mode: m,
      trigger,
      rules,
      confirmation: conf,
      ...(within && conf === "consent" ? { confirmWithin: within.value as Duration } : {}),
      grants,
      noticeChannels: channels,
      basis,
    },
    span: entry.key.span,
    triggerSpan: triggerEntry?.value?.span,
    confirmationDeclared: confirmation !== undefined,
    confirmationSpan: confirmation?.span,
    confirmWithinSpan: within?.span,
  };
}

function where(item: string | undefined): Bilingual {
  return item === undefined ? bi("本事项", "this matter") : bi(`子事项「${item}」`, `sub-item '${item}'`);
}

/** The proactive grant with its fields: those asked (the matter's, or the sub-item's) split into
 * the ones a 来源 fills (confirmed) and the ones the person still types (missing). */
export function withFields(p: LoweredProactive, asked: string[], model: Pick<Model, "fields">): Proactive {
  const byPath = new Map(model.fields.map((f) => [f.path, f]));
  const paths = asked.filter((x) => byPath.has(x));
  return copyWith(p.proactive, {
    rules: mapList(p.proactive.rules, ({ name, ...rest }) => ({ name, id: "", ...rest })),
    missingFields: paths.filter((x) => !byPath.get(x)!.source),
    confirmedFields: paths.filter((x) => byPath.get(x)!.source),
  });
}

/** Ids of every rule in the model, unique across the matter's and the sub-items' rules. */
export function assignRuleIds(model: Model): void {
  if (!model.proactive && !model.items.some((i) => i.proactive)) return;
  const all: { rule: EligibilityRule; key: string }[] = [
    ...(model.proactive?.rules ?? []).map((rule) => ({ rule, key: rule.name })),
    ...model.items.flatMap((i) => (i.proactive?.rules ?? []).map((rule) => ({ rule, key: `${i.name}\u0000${rule.name}` }))),
  ];
  const ids = assignIds("Rule", all.map((x) => x.key));
  for (const x of all) x.rule.id = ids.get(x.key)!;
}

export interface ProactiveChecks {
  matter?: LoweredProactive;
  items: Map<string, LoweredProactive>;
  tripsSpan?: Span;
}

/** The checks that need the whole model: what is asked of the person, 情形, 跑动次数, the trigger's
 * order. */
export function checkProactive(ctx: MatterContext, model: Model, items: LoweredItem[], lp: ProactiveChecks, before?: Map<string, Set<string>>): void {
  // Only grants lowered have anything to check.
  if (!lp.matter && lp.items.size === 0) return;
  const byName = new Map(items.map((i) => [i.item.name, i]));
  const fieldRef = (path: string, within: string[]): { item: string; span: Span } => {
    for (const n of within) {
      const li = byName.get(n);
      const ref = li?.fieldRefs.find((x) => x.value === path);
      if (li && ref) return { item: n, span: ref.span };
    }
    const li = byName.get(within[0])!;
    return { item: li.item.name, span: li.decl.nameSpan };
  };
  const materialRef = (name: string, within: string[]): { item: string; span: Span } => {
    for (const n of within) {
      const li = byName.get(n);
      const ref = li?.materialRefs.find((x) => x.value === name);
      if (li && ref) return { item: n, span: ref.span };
    }
    const li = byName.get(within[0])!;
    return { item: li.item.name, span: li.decl.nameSpan };
  };
  const asks = (p: Proactive, lowered: LoweredProactive, itemName: string | undefined, itemsAsking: (askedBy: string[]) => string[]) => {
    const w = where(itemName);
    if (p.mode === "免申即享") {
      for (const path of p.missingFields) {
        const f = model.fields.find((x) => x.path === path)!;
        const at = fieldRef(path, itemsAsking(f.askedBy));
        ctx.r.at({ kind: "item", name: at.item }).at({ kind: "fields" }).report("E1901", at.span, { field: path, where: w }, [{ span: lowered.span, key: "proactive" }]);
      }
    }
    for (const m of model.materials) {
      const by = itemsAsking(m.askedBy);
      if (!m.fromApplicant || !by.length) continue;
      const at = materialRef(m.name, by);
      const source = m.source.kind === "intermediary" ? bi("中介机构出具、申请人提交", "from an intermediary, handed in by the applicant") : bi("申请人自备", "brought by the applicant");
      ctx.r.at({ kind: "item", name: at.item }).at({ kind: "materials" }).report("E1903", at.span, { material: m.name, where: w, source }, [{ span: lowered.span, key: "proactive" }]);
    }
  };
  if (model.proactive && lp.matter) {
    asks(model.proactive, lp.matter, undefined, (askedBy) => askedBy);
    const first = [...ctx.situationDecls.values()][0];
    if (first) ctx.r.at({ kind: "situation", name: first.name }).report("E1902", first.nameSpan, { situation: first.name, count: ctx.situationDecls.size }, [{ span: lp.matter.span, key: "proactive" }]);
    if (model.trips.declared && model.trips.value > 0) ctx.r.at({ kind: "trips" }).report("E1909", lp.tripsSpan, { trips: model.trips.value }, [{ span: lp.matter.span, key: "proactive" }]);
  }
  for (const i of model.items) {
    const lowered = lp.items.get(i.name);
    if (!i.proactive || !lowered) continue;
    const r = ctx.r.at({ kind: "item", name: i.name });
    if (model.proactive) r.at({ kind: "proactive" }).report("E1911", lowered.span, { item: i.name });
    asks(i.proactive, lowered, i.name, (askedBy) => (askedBy.includes(i.name) ? [i.name] : []));
    const t = i.proactive.trigger;
    if (t.kind === "prior-output" && (t.item === i.name || !(before ??= transitiveAfter(model)).get(i.name)?.has(t.item))) {
      r.at({ kind: "proactive" }).at({ kind: "trigger" }).report("E1906", lowered.triggerSpan, {
        item: i.name,
        producer: t.item,
        why: t.item === i.name ? bi("它不能由自己的结果触发", "it cannot be triggered by its own result") : bi(`「${t.item}」不是它的前置，它开始时「${t.item}」可能还没有结果`, `'${t.item}' is not among its 前置, so its result may not exist yet when it starts`),
      });
    }
  }
}

/** The conditions of the rules: every field test, for the figures (none: they are over fields). */
export function ruleConditions(p: Proactive | undefined): Cond[] {
  return p ? p.rules.map((x) => x.when) : [];
}
