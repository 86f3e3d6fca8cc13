// The phrase-shaped values: a field's type and constraints, a situation's question, a material's
// source, a commitment's verification.
import type { Atom, Entry, Expr, Span } from "../../grammar/ast.js";
import { createRequire } from "node:module";
import type { Answer, Duration, Field, FieldType, MaterialSource, Situation, SituationType } from "../model.js";
import { booleanWord, ENUMS, findEnumValue, matchesSpelling, spellingsOf, WORDS, type Spelling } from "../schema.js";
import { nearest } from "../suggest.js";
import { bi } from "../diagnostics/types.js";
import type { Reporter } from "./report.js";
import { atomName, readDurationAtom, readEnumWord } from "./values.js";

const isSafeRegex = createRequire(import.meta.url)("safe-regex2") as (re: string) => boolean;

function atomsOf(entry: Entry): Atom[] | undefined {
  const items = entry.value?.items ?? [];
  return items.length === 1 && items[0].type === "Phrase" ? items[0].atoms : undefined;
}

/** What a field declaration says, before the matter gives it a context: the model's field
 * properties as written (label and key optional), and its condition still as syntax. */
export type FieldSpec = Pick<Field, "type" | "required" | "options" | "maxLength" | "minLength" | "minimum" | "maximum" | "pattern" | "default" | "description" | "unit" | "example"> &
  Partial<Pick<Field, "label" | "key">> & {
    /** `适用 (条件)`: it names the matter's situations, so it is read where the field is used
     * (lower/materials.ts). */
    when?: Expr;
    /** `来源 (数据共享 部门 "数据项")`: it names departments and sub-items, so it too is resolved
     * where the field is used (lower/field-sources.ts). */
    source?: FieldSourceRef;
  };

/** A field's source as written: the kind, the name it refers to and the data item. */
export interface FieldSourceRef {
  source: NonNullable<Field["source"]>;
  /** The department, licence or sub-item named. */
  refSpan?: Span;
  span: Span;
}

const NUMERIC_TYPES = new Set<FieldType>(["integer", "number", "amount"]);

function optionsOf(a: Atom | undefined): string[] | undefined {
  if (a?.type !== "List") return undefined;
  const out: string[] = [];
  for (const item of a.items) {
    const n = item.type === "Phrase" && item.atoms.length === 1 ? atomName(item.atoms[0]) : undefined;
    if (n === undefined) return undefined;
    out.push(n);
  }
  return out;
}

/** Constraint words → [constraint, spelling], the first constraint spelled so (as a search in
 * declaration order finds it), built once. */
let constraintIndex: Map<string, [string, Spelling]> | undefined;
function constraintOf(word: string): [string, Spelling] | undefined {
  if (!constraintIndex) {
    constraintIndex = new Map();
    for (const [k, sp] of Object.entries(WORDS.constraint) as [string, Spelling][]) {
      for (const w of [sp.zhHans, sp.zhHant, sp.en, sp.id, ...(sp.aliases ?? [])]) {
        if (!constraintIndex.has(w) && matchesSpelling(sp, w)) constraintIndex.set(w, [k, sp]);
      }
    }
  }
  return constraintIndex.get(word);
}

export function readFieldSpec(entry: Entry, r: Reporter): FieldSpec | undefined {
  const atoms = atomsOf(entry);
  const first = atoms?.[0];
  if (!atoms || first?.type !== "Word") {
    r.report("E0106", entry.value?.span ?? entry.span, { key: entry.key.text, expected: bi("字段类型和约束", "a field type and constraints"), example: `字段 申请人.姓名: 文本 必填 标签 "姓名"` });
    return undefined;
  }
  const t = findEnumValue("fieldType", first.text);
  if (!t) {
    r.report("E0603", first.span, { type: first.text, types: ENUMS.fieldType.map((x) => x.zhHans).join("、"), suggestion: nearest(first.text, ENUMS.fieldType.flatMap(spellingsOf)) ?? "" });
    return undefined;
  }
  const spec: FieldSpec = { type: t.id as FieldType, required: false };
  let i = 1;
  if (spec.type === "single" || spec.type === "multiple") {
    spec.options = optionsOf(atoms[1]);
    if (!spec.options?.length) {
      r.report("E0106", atoms[1]?.span ?? first.span, { key: first.text, expected: bi("选项列表", "a list of options"), example: `${first.text} [选项一, 选项二]` });
      return undefined;
    }
    i = 2;
  }
  const C = WORDS.constraint;
  for (; i < atoms.length; i++) {
    const a = atoms[i];
    const word = a.type === "Word" ? a.text : undefined;
    const c = word !== undefined ? constraintOf(word) : undefined;
    if (!c || word === undefined) {
      const w = word ?? atomName(a) ?? "…";
      r.report("E0604", a.span, { word: w, problem: bi("不是已知的约束", "is not a known constraint"), suggestion: word ? (nearest(word, Object.values(C).flatMap(spellingsOf)) ?? "") : "" });
      return undefined;
    }
    const name = c[0] as keyof typeof C;
    if (name === "required") {
      spec.required = true;
      continue;
    }
    const arg = atoms[i + 1];
    i++;
    const need = (zh: string, en: string): undefined => {
      r.report("E0604", (arg ?? a).span, { word, problem: bi(`需要${zh}`, `needs ${en}`) });
      return undefined;
    };
    switch (name) {
      case "maxLength":
      case "minLength":
        if (arg?.type !== "Number" || arg.percent || !Number.isInteger(arg.value)) return need("一个整数", "a whole number");
        spec[name] = arg.value;
        break;
      case "minimum":
      case "maximum":
        if (arg?.type !== "Number") return need("一个数字", "a number");
        spec[name] = arg.value;
        break;
      case "when":
        if (arg?.type !== "Paren") return need("括号中的条件，如 适用 (未成年人)", "a condition in parentheses, e.g. 适用 (未成年人)");
        spec.when = arg.expr;
        break;
      case "source": {
        const src = arg?.type === "Paren" ? readFieldSource(arg.expr, arg.span) : undefined;
        if (!src) return need(FIELD_SOURCE_HELP.zh, FIELD_SOURCE_HELP.en);
        spec.source = src;
        break;
      }
      case "default": {
        const v = defaultValue(spec, arg);
        if (v === undefined) return need("一个与类型相符的默认值", "a default value of the field's type");
        spec.default = v;
        break;
      }
      default: {
        if (arg?.type !== "String") return need("一个字符串（加引号）", "a quoted string");
        if (name === "pattern" && !checkPattern(arg.value, arg.span, r)) return undefined;
        spec[name] = arg.value;
      }
    }
  }
  return spec;
}

const FIELD_SOURCE_HELP = {
  zh: "括号中的来源，如 来源 (数据共享 公安局 \"人口基本信息.姓名\")、来源 (电子证照 \"营业执照\" \"住所\")、来源 (身份认证)、来源 (前序产出 子事项 \"结果项\")",
  en: "a source in parentheses, e.g. 来源 (数据共享 公安局 \"人口基本信息.姓名\"), 来源 (电子证照 \"营业执照\" \"住所\"), 来源 (身份认证), 来源 (前序产出 SUB-ITEM \"item\")",
};

/** `数据共享 部门 "数据项"`, `电子证照 "证照" "照面项"`, `前序产出 子事项 "结果项"`, `身份认证`. */
function readFieldSource(e: Expr, span: Span): FieldSourceRef | undefined {
  const atoms = e.type === "Phrase" ? e.atoms : [];
  const word = atoms[0]?.type === "Word" ? atoms[0].text : undefined;
  if (word === undefined) return undefined;
  const name = atomName(atoms[1]);
  const item = atoms[2]?.type === "String" ? atoms[2].value : undefined;
  const S = WORDS.source;
  if (matchesSpelling(WORDS.fieldSource.identity, word)) return atoms.length === 1 ? { source: { kind: "identity" }, span } : undefined;
  if (atoms.length !== 3 || name === undefined || item === undefined) return undefined;
  if (matchesSpelling(S.dataSharing, word)) return { source: { kind: "data-sharing", department: name, dataItem: item }, refSpan: atoms[1].span, span };
  if (matchesSpelling(S.eLicence, word)) return { source: { kind: "e-licence", licence: name, dataItem: item }, refSpan: atoms[1].span, span };
  if (matchesSpelling(S.priorOutput, word)) return { source: { kind: "prior-output", item: name, dataItem: item }, refSpan: atoms[1].span, span };
  return undefined;
}

function defaultValue(spec: FieldSpec, a: Atom | undefined): Answer | undefined {
  if (!a) return undefined;
  if (NUMERIC_TYPES.has(spec.type)) return a.type === "Number" ? a.value : undefined;
  if (spec.type === "boolean") return a.type === "Word" ? booleanWord(a.text) : undefined;
  const v = atomName(a) ?? (a.type === "Number" ? a.raw : undefined);
  if (v === undefined) return undefined;
  if (spec.options && !spec.options.includes(v)) return undefined;
  return spec.type === "multiple" ? [v] : v;
}

export function checkPattern(pattern: string, span: Span, r: Reporter): boolean {
  try {
    new RegExp(pattern, "u");
  } catch (e) {
    r.report("E0602", span, { pattern, reason: (e as Error).message.replace(/^Invalid regular expression: /, "") });
    return false;
  }
  if (!isSafeRegex(pattern)) {
    r.report("E0601", span, { pattern });
    return false;
  }
  return true;
}

export function readSituationSpec(entry: Entry, name: string, r: Reporter): Omit<Situation, "id" | "name"> | undefined {
  const atoms = atomsOf(entry) ?? [];
  const problem = (zh: string, en: string, span: Span = entry.value?.span ?? entry.span): undefined => {
    r.report("E0607", span, { situation: name, problem: bi(zh, en) });
    return undefined;
  };
  const first = atoms[0];
  const t = first?.type === "Word" ? findEnumValue("situationType", first.text) : undefined;
  if (!first || !t) return problem(`的类型应为 是否、单选、多选 或 数字${first?.type === "Word" ? `，而不是「${first.text}」` : ""}`, `should have the type yes/no, single, multiple or number${first?.type === "Word" ? `, not '${first.text}'` : ""}`, first?.span);
  const type = t.id as SituationType;
  const question = atoms[1]?.type === "String" ? atoms[1].value : undefined;
  if (question === undefined) return problem("缺少问题（加引号的字符串）", "lacks its question (a quoted string)", atoms[1]?.span ?? first.span);
  let i = 2;
  let options: string[] | undefined;
  if (type === "single" || type === "multiple") {
    options = optionsOf(atoms[2]);
    if (!options || options.length < 2) return problem("需要至少两个选项，写作 [选项1, 选项2]", "needs at least two options, written [a, b]", atoms[2]?.span ?? atoms[1].span);
    const dup = options.find((o, k) => options!.indexOf(o) !== k);
    if (dup) return problem(`的选项「${dup}」重复`, `has the option '${dup}' twice`, atoms[2].span);
    i = 3;
  }
  let def: Answer | undefined;
  if (atoms[i]) {
    const w = atoms[i];
    if (!(w.type === "Word" && matchesSpelling(WORDS.constraint.default, w.text))) return problem(`中多出了「${atomName(w) ?? "…"}」（只能再写「默认 值」）`, `has an extra '${atomName(w) ?? "…"}' (only \`默认 VALUE\` may follow)`, w.span);
    const v = atoms[i + 1];
    if (type === "yesno") def = v?.type === "Word" ? booleanWord(v.text) : undefined;
    else if (type === "number") def = v?.type === "Number" ? v.value : undefined;
    else if (type === "multiple" && v?.type === "List") {
      // 默认 [用水, 用电]: several options chosen by default.
      const chosen = optionsOf(v);
      def = chosen && chosen.every((o) => options!.includes(o)) ? chosen : undefined;
    } else {
      const o = atomName(v);
      def = o !== undefined && options!.includes(o) ? (type === "multiple" ? [o] : o) : undefined;
    }
    if (def === undefined) return problem("的默认值与类型或选项不符", "has a default that does not fit its type or options", (v ?? w).span);
    if (atoms[i + 2]) return problem(`中多出了「${atomName(atoms[i + 2]) ?? "…"}」`, `has an extra '${atomName(atoms[i + 2]) ?? "…"}'`, atoms[i + 2].span);
  }
  return { type, question, options, default: def };
}

export interface SourceRef {
  source: MaterialSource;
  /** Where the referenced department or sub-item is named, to resolve later. */
  refSpan?: Span;
  licenceSpan?: Span;
}

export function readSource(entry: Entry, r: Reporter): SourceRef | undefined {
  const atoms = atomsOf(entry);
  const S = WORDS.source;
  const first = atoms?.[0];
  const word = first?.type === "Word" ? first.text : undefined;
  const kind = word !== undefined ? Object.entries(S).find(([, sp]) => matchesSpelling(sp, word)) : undefined;
  const example = `${entry.key.text}: 电子证照 "营业执照"`;
  const items = entry.value?.items ?? [];
  if (items.length > 1) {
    // 来源: 数据共享 公安局, 民政局 — a material comes from one place.
    const firstItem = items[0].type === "Phrase" ? items[0].atoms.map((a) => atomName(a) ?? "").join(" ").trim() : "";
    r.report("E0106", entry.value!.span, { key: entry.key.text, expected: bi("一个来源（一份材料只有一个来源，不能用逗号列出几个）", "one source (a material has one source, not a comma list of several)"), example: `${entry.key.text}: ${firstItem || "数据共享 公安局"}` });
    return undefined;
  }
  if (!atoms || !first || !kind) {
    if (word !== undefined) {
      r.report("E0107", first!.span, { value: word, key: entry.key.text, options: Object.values(S).map((x) => x.zhHans).join("、"), suggestion: nearest(word, Object.values(S).flatMap(spellingsOf)) ?? "" });
    } else r.report("E0106", entry.value?.span ?? entry.span, { key: entry.key.text, expected: bi("材料来源", "a material source"), example });
    return undefined;
  }
  const k = kind[0] as keyof typeof S;
  const arg = atoms[1];
  const argName = atomName(arg);
  const needsArg = k === "eLicence" || k === "dataSharing" || k === "priorOutput";
  if (needsArg !== (arg !== undefined) || atoms.length > 2 || (needsArg && argName === undefined)) {
    const ex = { eLicence: `电子证照 "营业执照"`, dataSharing: "数据共享 公安局", priorOutput: "前序产出 子事项名称" } as Record<string, string>;
    r.report("E0106", entry.value!.span, { key: entry.key.text, expected: needsArg ? bi(`「${word}」后跟一个名称`, `'${word}' followed by a name`) : bi(`单独的「${word}」`, `'${word}' alone`), example: `${entry.key.text}: ${ex[k] ?? word}` });
    return undefined;
  }
  switch (k) {
    case "eLicence":
      return { source: { kind: "e-licence", licence: argName }, licenceSpan: arg!.span };
    case "dataSharing":
      return { source: { kind: "data-sharing", department: argName }, refSpan: arg!.span };
    case "priorOutput":
      return { source: { kind: "prior-output", item: argName }, refSpan: arg!.span };
    case "intermediary":
      return { source: { kind: "intermediary" } };
    case "system":
      return { source: { kind: "system" } };
    default:
      return { source: { kind: "applicant" } };
  }
}

const A_VERIFICATION = bi("核查方式和时限", "a verification method and time limit");

export function readVerification(entry: Entry, r: Reporter): { method: string; time?: Duration } | undefined {
  const atoms = atomsOf(entry);
  const first = atoms?.[0];
  if (!atoms || first?.type !== "Word" || atoms.length > 2) {
    r.report("E0106", entry.value?.span ?? entry.span, { key: entry.key.text, expected: A_VERIFICATION, example: `${entry.key.text}: 实地核查 20 工作日` });
    return undefined;
  }
  const method = readEnumWord(first.text, first.span, "verificationMethod", entry.key.text, r);
  if (method === undefined) return undefined;
  if (!atoms[1]) return { method };
  const time = readDurationAtom(atoms[1]);
  if (!time) {
    r.report("E0106", atoms[1].span, { key: entry.key.text, expected: A_VERIFICATION, example: `${entry.key.text}: 实地核查 20 工作日` });
    return undefined;
  }
  return { method, time };
}
