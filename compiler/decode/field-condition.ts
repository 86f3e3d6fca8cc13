// Tests of form fields in a condition (a 不予受理 条件 and a 免申办 资格 rule admit them): `申请人.年龄 < 16`,
// `户籍地 属于 ["本市"]`. The field is named by its declared path; the test reads its key
// (`field: true`). Each test is checked against the field's type and options:
// - integer, number, amount: == != > >= < <= with a number
// - boolean: bare, or == / != 是 or 否
// - single: == / != an option, 属于 [options]; multiple: 包含 an option
// - text-like (text, division, address, idCard…): == / != a quoted string, 属于 ["…", …]
// Dates, files and the fields of a repeating group cannot be tested (E1402).
import type { Atom, CompareExpr, Span } from "../../grammar/ast.js";
import type { Cond, Field, FieldType } from "../model.js";
import { booleanWord, ENUMS } from "../schema.js";
import { nearest } from "../suggest.js";
import { bi, type Bilingual } from "../diagnostics/types.js";
import type { Reporter } from "./report.js";
import { atomName, singleAtom } from "./values.js";

/** What a condition needs to know of a field it tests. `perEntry`: the field sits in a repeating
 * group. `unasked`: declared, but no sub-item of the matter asks for it (it is not on the form). */
export type FieldInfo = Pick<Field, "path" | "key" | "type" | "options"> & { perEntry?: boolean; unasked?: boolean };

const NUMERIC = new Set<FieldType>(["integer", "number", "amount"]);
const UNTESTABLE = new Set<FieldType>(["date", "dateTime", "file"]);

type Family = "number" | "boolean" | "single" | "multiple" | "text";

function family(t: FieldType): Family {
  if (NUMERIC.has(t)) return "number";
  if (t === "boolean" || t === "single" || t === "multiple") return t;
  return "text";
}

function typeWord(t: FieldType): string {
  return ENUMS.fieldType.find((v) => v.id === t)?.zhHans ?? t;
}

const HINTS: Record<Family, (n: string) => Bilingual> = {
  number: (n) => bi(`数字字段写作「${n} < 数字」「${n} >= 数字」或「${n} == 数字」`, `write a number field as \`${n} < N\`, \`${n} >= N\` or \`${n} == N\``),
  boolean: (n) => bi(`是否字段直接写「${n}」、「非 ${n}」或「${n} == 否」`, `write a yes/no field as \`${n}\`, \`非 ${n}\` or \`${n} == 否\``),
  single: (n) => bi(`单选字段写作「${n} == 选项」或「${n} 属于 [选项1, 选项2]」`, `write a single-choice field as \`${n} == OPTION\` or \`${n} 属于 [A, B]\``),
  multiple: (n) => bi(`多选字段写作「${n} 包含 选项」`, `write a multiple-choice field as \`${n} 包含 OPTION\``),
  text: (n) => bi(`文本字段写作「${n} == "文本"」或「${n} 属于 ["文本1", "文本2"]」（文本加引号）`, `write a text field as \`${n} == "TEXT"\` or \`${n} 属于 ["A", "B"]\` (text in quotes)`),
};

const OPS = {
  alone: bi("单独作为条件", "used alone as a condition"),
  eq: bi("用 == 或 != 与这个值比较", "compared with this value by == or !="),
  order: bi("比较大小", "ordered with > or <"),
  contains: bi("用「包含」", "tested with `包含` (contains)"),
  in: bi("用「属于」", "tested with `属于` (in)"),
  inList: bi("用「属于」与列表以外的值比较", "tested with `属于` against something that is not a list"),
};

/** What the condition is, for the messages: a 不予受理 condition (the default) or a 资格 rule. */
export interface FieldTestUse {
  use: Bilingual;
  /** What to do instead of testing an untestable field. */
  instead: Bilingual;
}

export const INADMISSIBLE_USE: FieldTestUse = {
  use: bi("不予受理的条件", "a `不予受理` condition"),
  instead: bi("改用情形（向申请人提问）表达这个条件，或写在「受理条件」的文字中", "ask a situation (a question to the applicant) instead, or state it in words under `受理条件`"),
};

export class FieldTests {
  constructor(
    private readonly r: Reporter,
    private readonly onField?: (path: string, span: Span) => void,
    private readonly wording: FieldTestUse = INADMISSIBLE_USE,
  ) {}

  /** Whether the field can be tested at all; reports why not. */
  private usable(f: FieldInfo, span: Span): boolean {
    this.onField?.(f.path, span);
    if (f.unasked) {
      this.r.report("E1404", span, { field: f.path, use: this.wording.use });
      return false;
    }
    if (UNTESTABLE.has(f.type) || f.perEntry) {
      const why = f.perEntry ? bi("它属于重复分组，每一项各有一个值", "it belongs to a repeating group, one value per entry") : bi(`${typeWord(f.type)}字段的值不能与固定的值比较`, `a ${f.type} field cannot be compared with a fixed value`);
      this.r.report("E1402", span, { field: f.path, type: typeWord(f.type), why, use: this.wording.use, instead: this.wording.instead });
      return false;
    }
    return true;
  }

  private wrong(f: FieldInfo, span: Span, operation: Bilingual): undefined {
    this.r.report("E1401", span, { field: f.path, type: typeWord(f.type), operation, hint: HINTS[family(f.type)](f.path) });
    return undefined;
  }

  bare(f: FieldInfo, a: Atom): Cond | undefined {
    if (!this.usable(f, a.span)) return undefined;
    if (f.type !== "boolean") return this.wrong(f, a.span, OPS.alone);
    return { op: "eq", subject: f.key, value: true, field: true };
  }

  private option(f: FieldInfo, a: Atom | undefined, at: Span): string | undefined {
    const v = atomName(a);
    if (v === undefined || a?.type === "Number") return this.wrong(f, at, OPS.eq);
    if (!f.options?.includes(v)) {
      this.r.report("E1403", a!.span, { field: f.path, option: v, options: (f.options ?? []).join("、"), suggestion: nearest(v, f.options ?? []) ?? "" });
      return undefined;
    }
    return v;
  }

  private text(f: FieldInfo, a: Atom | undefined, at: Span): string | undefined {
    if (a?.type !== "String") return this.wrong(f, a?.span ?? at, OPS.eq);
    return a.value;
  }

  compare(f: FieldInfo, e: CompareExpr): Cond | undefined {
    if (!this.usable(f, e.left.span)) return undefined;
    const right = singleAtom(e.right);
    const key = f.key;
    const fam = family(f.type);
    const eqOp = e.op === "==" ? "eq" : "ne";
    const opWord = e.op === "contains" ? OPS.contains : e.op === "in" ? OPS.in : e.op === "==" || e.op === "!=" ? OPS.eq : OPS.order;
    switch (fam) {
      case "number": {
        if (e.op === "contains" || e.op === "in") return this.wrong(f, e.opSpan, opWord);
        if (right?.type !== "Number" || right.percent) return this.wrong(f, e.right.span, OPS.eq);
        const op = ({ "==": "eq", "!=": "ne", ">": "gt", ">=": "ge", "<": "lt", "<=": "le" } as const)[e.op];
        return { op, subject: key, value: right.value, field: true };
      }
      case "boolean": {
        if (e.op !== "==" && e.op !== "!=") return this.wrong(f, e.opSpan, opWord);
        const b = right?.type === "Word" ? booleanWord(right.text) : undefined;
        if (b === undefined) return this.wrong(f, e.right.span, OPS.eq);
        return { op: eqOp, subject: key, value: b, field: true };
      }
      case "multiple": {
        if (e.op !== "contains") return this.wrong(f, e.opSpan, opWord);
        const v = this.option(f, right, e.right.span);
        return v === undefined ? undefined : { op: "contains", subject: key, value: v, field: true };
      }
      case "single":
      case "text": {
        const one = (a: Atom | undefined, at: Span) => (fam === "single" ? this.option(f, a, at) : this.text(f, a, at));
        if (e.op === "in") {
          if (right?.type !== "List") return this.wrong(f, e.right.span, OPS.inList);
          const values: string[] = [];
          for (const item of right.items) {
            const v = one(singleAtom(item), item.span);
            if (v === undefined) return undefined;
            values.push(v);
          }
          return { op: "in", subject: key, values, field: true };
        }
        if (e.op !== "==" && e.op !== "!=") return this.wrong(f, e.opSpan, opWord);
        const v = one(right, e.right.span);
        return v === undefined ? undefined : { op: eqOp, subject: key, value: v, field: true };
      }
    }
  }
}
