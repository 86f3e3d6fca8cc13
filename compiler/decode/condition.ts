// `适用:` expressions → the model's condition tree, each test checked against the situation's
// type and options.
import type { Atom, CompareExpr, Entry, Expr, Span } from "../../grammar/ast.js";
import { and, not, or } from "../conditions.js";
import type { Cond, Situation } from "../model.js";
import { booleanWord } from "../schema.js";
import { nearest } from "../suggest.js";
import { bi, type Bilingual } from "../diagnostics/types.js";
import type { Reporter } from "./report.js";
import { atomName, singleAtom } from "./values.js";
import { FieldTests, type FieldInfo, type FieldTestUse } from "./field-condition.js";

/** The form fields a condition may test (a 不予受理 条件 and a 免申办 资格 rule get these), by
 * declared path. */
export interface FieldScope {
  lookup(path: string): FieldInfo | undefined;
  /** Every path, for suggestions. */
  paths(): Iterable<string>;
  onField?(path: string, span: Span): void;
  /** What the condition is, for the messages (default: a 不予受理 condition). */
  wording?: FieldTestUse;
  /** A condition over fields only (a 资格 rule): reports a name that is no field it may test,
   * instead of the unknown situation E0503. */
  unknown?(name: string, span: Span, r: Reporter): void;
}

const TYPE_WORDS: Record<Situation["type"], Bilingual> = {
  yesno: bi("是否题", "a yes/no question"),
  single: bi("单选题", "a single choice"),
  multiple: bi("多选题", "a multiple choice"),
  number: bi("数字题", "a number"),
};
const HINTS: Record<Situation["type"], (n: string) => Bilingual> = {
  yesno: (n) => bi(`是否题直接写「${n}」或「非 ${n}」`, `write a yes/no as \`${n}\` or \`非 ${n}\``),
  single: (n) => bi(`单选题写作「${n} == 选项」或「${n} 属于 [选项1, 选项2]」`, `write a single choice as \`${n} == OPTION\` or \`${n} 属于 [A, B]\``),
  multiple: (n) => bi(`多选题写作「${n} 包含 选项」`, `write a multiple choice as \`${n} 包含 OPTION\``),
  number: (n) => bi(`数字题写作「${n} > 数字」「${n} <= 数字」或「${n} == 数字」`, `write a number as \`${n} > N\`, \`${n} <= N\` or \`${n} == N\``),
};
/** What the condition tried to do with the answer, for E0501. */
const OPERATIONS = {
  alone: bi("单独作为条件", "used alone as a condition"),
  "==": bi("用 == 比较", "compared with =="),
  "!=": bi("用 != 比较", "compared with !="),
  order: bi("比较大小", "ordered with > or <"),
  contains: bi("用「包含」", "tested with `包含` (contains)"),
  in: bi("用「属于」", "tested with `属于` (in)"),
  number: bi("与数字比较", "compared with a number"),
  nonBoolean: bi("与是/否以外的值比较", "compared with something other than `是`/`否`"),
  inWithoutList: bi("用「属于」比较单个值（请写成 [选项, …]）", "tested with `属于` against a single value (write [A, …])"),
  nonNumber: bi("与非数字的值比较", "compared with something that is not a number"),
};

/** Words a Chinese writer uses for and / or / not, and the condition keyword each one means. */
const HABIT_WORDS: Record<string, string> = { 并且: "且", 而且: "且", 以及: "且", 并: "且", 和: "且", 与: "且", 或者: "或", 还是: "或", 不是: "非", 不: "非" };

/** The phrase with habit words replaced by keywords, when it has any (「有子女 并且 已婚」 → 「有子女 且 已婚」). */
function habitRewrite(atoms: Atom[]): string | undefined {
  const words = atoms.map(atomText);
  if (!words.some((w) => w in HABIT_WORDS)) return undefined;
  return words.map((w) => HABIT_WORDS[w] ?? w).join(" ");
}

/** 「有子女并且已婚」 written without spaces is read as one name: split it at a habit word when
 * every part is a situation. */
function gluedHabit(name: string, situations: Map<string, Situation>): string | undefined {
  for (const [word, keyword] of Object.entries(HABIT_WORDS)) {
    if (word.length < 2 || !name.includes(word)) continue;
    const parts = name.split(word);
    if (parts.length === 2 && parts[0] === "" && situations.has(parts[1])) return `${keyword} ${parts[1]}`;
    if (parts.every((p) => situations.has(p))) return parts.join(` ${keyword} `);
  }
  return undefined;
}

export class ConditionReader {
  constructor(
    private readonly situations: Map<string, Situation>,
    private readonly r: Reporter,
    /** Names whose declaration was already reported as broken. */
    private readonly broken: Set<string> = new Set(),
    private readonly onReference?: (name: string, span: Span) => void,
    private readonly fields?: FieldScope,
  ) {
    this.fieldTests = fields && new FieldTests(r, (p, sp) => fields.onField?.(p, sp), fields.wording);
  }

  private readonly fieldTests?: FieldTests;

  /** The field an atom names, when fields may be tested and no situation has that name (a
   * situation of the same name wins). */
  private field(a: Atom | undefined): FieldInfo | undefined {
    const name = atomName(a);
    if (!this.fields || name === undefined || this.situations.has(name) || this.broken.has(name)) return undefined;
    return this.fields.lookup(name);
  }

  read(entry: Entry): Cond | undefined {
    const items = entry.value?.items ?? [];
    if (items.length !== 1) {
      this.r.report("E0504", entry.value?.span ?? entry.span, { detail: bi("条件中不能用逗号分隔，请用「或」「且」连接", "a condition cannot be a comma list; join with `或` (or) or `且` (and)") });
      return undefined;
    }
    return this.expr(items[0]);
  }

  /** A condition written inside another value (a field's `适用 (…)`). */
  readExpr(e: Expr): Cond | undefined {
    return this.expr(e);
  }

  private expr(e: Expr): Cond | undefined {
    switch (e.type) {
      case "Or":
      case "And": {
        const parts = e.operands.map((o) => this.expr(o));
        if (parts.some((p) => !p)) return undefined;
        return e.type === "Or" ? or(...(parts as Cond[])) : and(...(parts as Cond[]));
      }
      case "Not": {
        const inner = this.expr(e.operand);
        return inner && not(inner);
      }
      case "Compare":
        return this.compare(e);
      case "Phrase": {
        if (e.atoms.length !== 1) {
          const habit = habitRewrite(e.atoms);
          const words = e.atoms.map(atomText).join(" ");
          const detail = habit
            ? bi(`「${words}」中的连接词要写成条件关键词「且」「或」「非」`, `'${words}' joins with words of prose; conditions use the keywords \`且\` (and), \`或\` (or), \`非\` (not)`)
            : bi(`「${words}」之间缺少比较或「且」「或」`, `'${words}' lacks a comparison or \`且\`/\`或\` between them`);
          this.r.report("E0504", e.span, { detail, suggestion: habit ?? "" });
          return undefined;
        }
        const a = e.atoms[0];
        if (a.type === "Paren") return this.expr(a.expr);
        return this.bare(a);
      }
    }
  }

  private situation(a: Atom | undefined, spanAtom: Atom | Expr): Situation | undefined {
    const name = atomName(a);
    if (name === undefined) {
      this.r.report("E0504", spanAtom.span, { detail: bi("比较的左边应是情形名称", "the left side of a comparison must be a situation's name") });
      return undefined;
    }
    const s = this.situations.get(name);
    if (s) this.onReference?.(name, spanAtom.span);
    if (!s && this.fields?.unknown) {
      this.fields.unknown(name, spanAtom.span, this.r);
      return undefined;
    }
    if (!s && !this.broken.has(name)) {
      // 「非设置招牌」: a keyword glued to a name is read as one word.
      const glued = /^(非|not)(.+)$/.exec(name);
      const names = this.fields ? [...this.situations.keys(), ...this.fields.paths()] : this.situations.keys();
      const suggestion = glued && this.situations.has(glued[2]) ? `${glued[1]} ${glued[2]}` : (gluedHabit(name, this.situations) ?? nearest(name, names));
      this.r.report("E0503", spanAtom.span, { name, suggestion: suggestion ?? "" });
    }
    return s;
  }

  private bare(a: Atom): Cond | undefined {
    const f = this.field(a);
    if (f) return this.fieldTests!.bare(f, a);
    const s = this.situation(a, a);
    if (!s) return undefined;
    if (s.type !== "yesno") {
      this.r.report("E0501", a.span, { situation: s.name, type: TYPE_WORDS[s.type], operation: OPERATIONS.alone, hint: HINTS[s.type](s.name) });
      return undefined;
    }
    return { op: "eq", subject: s.name, value: true };
  }

  private option(s: Situation, a: Atom | undefined, at: Expr | Atom): string | undefined {
    const v = atomName(a);
    if (v === undefined) {
      this.r.report("E0504", at.span, { detail: bi(`「${s.name}」应与一个选项比较`, `'${s.name}' must be compared with one of its options`) });
      return undefined;
    }
    if (!s.options?.includes(v)) {
      this.r.report("E0502", a?.span ?? at.span, { situation: s.name, option: v, options: (s.options ?? []).join("、"), suggestion: nearest(v, s.options ?? []) ?? "" });
      return undefined;
    }
    return v;
  }

  private compare(e: CompareExpr): Cond | undefined {
    const f = this.field(singleAtom(e.left));
    if (f) return this.fieldTests!.compare(f, e);
    const s = this.situation(singleAtom(e.left), e.left);
    if (!s) return undefined;
    const right = singleAtom(e.right);
    const wrong = (operation: Bilingual): undefined => {
      this.r.report("E0501", e.opSpan, { situation: s.name, type: TYPE_WORDS[s.type], operation, hint: HINTS[s.type](s.name) });
      return undefined;
    };
    const opWord = e.op === "==" || e.op === "!=" || e.op === "contains" || e.op === "in" ? OPERATIONS[e.op] : OPERATIONS.order;
    switch (s.type) {
      case "yesno": {
        if (e.op !== "==" && e.op !== "!=") return wrong(opWord);
        const b = right?.type === "Word" ? booleanWord(right.text) : undefined;
        if (b === undefined) return wrong(right?.type === "Number" ? OPERATIONS.number : OPERATIONS.nonBoolean);
        return { op: e.op === "==" ? "eq" : "ne", subject: s.name, value: b };
      }
      case "single": {
        if (e.op === "in") {
          if (right?.type !== "List") return wrong(OPERATIONS.inWithoutList);
          const values: string[] = [];
          for (const item of right.items) {
            const v = this.option(s, singleAtom(item), item);
            if (v === undefined) return undefined;
            values.push(v);
          }
          return { op: "in", subject: s.name, values };
        }
        if (e.op !== "==" && e.op !== "!=") return wrong(opWord);
        if (right?.type === "Number") return wrong(OPERATIONS.number);
        const v = this.option(s, right, e.right);
        return v === undefined ? undefined : { op: e.op === "==" ? "eq" : "ne", subject: s.name, value: v };
      }
      case "multiple": {
        if (e.op !== "contains") return wrong(opWord);
        const v = this.option(s, right, e.right);
        return v === undefined ? undefined : { op: "contains", subject: s.name, value: v };
      }
      case "number": {
        if (e.op === "contains" || e.op === "in") return wrong(opWord);
        if (right?.type !== "Number" || right.percent) return wrong(OPERATIONS.nonNumber);
        const op = ({ "==": "eq", "!=": "ne", ">": "gt", ">=": "ge", "<": "lt", "<=": "le" } as const)[e.op];
        return { op, subject: s.name, value: right.value };
      }
    }
  }
}

function atomText(a: Atom): string {
  switch (a.type) {
    case "Word":
    case "Path":
      return a.text;
    case "String":
      return `"${a.value}"`;
    case "Number":
      return a.raw;
    case "Duration":
      return `${a.value} ${a.unit}`;
    default:
      return "…";
  }
}
