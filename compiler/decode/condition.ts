// `适用:` expressions → the model's condition tree, each test checked against the situation's
// type and options.
import type { Atom, CompareExpr, Entry, Expr, Span } from "../../grammar/ast.js";
import { and, not, or } from "../conditions.js";
import type { Cond, Situation } from "../model.js";
import { booleanWord } from "../schema.js";
import { nearest } from "../suggest.js";
import type { Reporter } from "./report.js";
import { atomName, singleAtom } from "./values.js";

const TYPE_WORDS: Record<Situation["type"], string> = { yesno: "是否题", single: "单选题", multiple: "多选题", number: "数字题" };
const HINTS: Record<Situation["type"], (n: string) => string> = {
  yesno: (n) => `是否题直接写「${n}」或「非 ${n}」`,
  single: (n) => `单选题写作「${n} == 选项」或「${n} 属于 [选项1, 选项2]」`,
  multiple: (n) => `多选题写作「${n} 包含 选项」`,
  number: (n) => `数字题写作「${n} > 数字」「${n} <= 数字」或「${n} == 数字」`,
};

export class ConditionReader {
  constructor(
    private readonly situations: Map<string, Situation>,
    private readonly r: Reporter,
    /** Names whose declaration was already reported as broken. */
    private readonly broken: Set<string> = new Set(),
    private readonly onReference?: (name: string, span: Span) => void,
  ) {}

  read(entry: Entry): Cond | undefined {
    const items = entry.value?.items ?? [];
    if (items.length !== 1) {
      this.r.report("E0504", entry.value?.span ?? entry.span, { detail: "条件中不能用逗号分隔，请用「或」「且」连接" });
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
          this.r.report("E0504", e.span, { detail: `「${e.atoms.map(atomText).join(" ")}」之间缺少比较或「且」「或」` });
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
      this.r.report("E0504", spanAtom.span, { detail: "比较的左边应是情形名称" });
      return undefined;
    }
    const s = this.situations.get(name);
    if (s) this.onReference?.(name, spanAtom.span);
    if (!s && !this.broken.has(name)) {
      // 「非设置招牌」: a keyword glued to a name is read as one word.
      const glued = /^(非|not)(.+)$/.exec(name);
      const suggestion = glued && this.situations.has(glued[2]) ? `${glued[1]} ${glued[2]}` : nearest(name, this.situations.keys());
      this.r.report("E0503", spanAtom.span, { name, suggestion: suggestion ?? "" });
    }
    return s;
  }

  private bare(a: Atom): Cond | undefined {
    const s = this.situation(a, a);
    if (!s) return undefined;
    if (s.type !== "yesno") {
      this.r.report("E0501", a.span, { situation: s.name, type: TYPE_WORDS[s.type], operation: "单独作为条件", hint: HINTS[s.type](s.name) });
      return undefined;
    }
    return { op: "eq", subject: s.name, value: true };
  }

  private option(s: Situation, a: Atom | undefined, at: Expr | Atom): string | undefined {
    const v = atomName(a);
    if (v === undefined) {
      this.r.report("E0504", at.span, { detail: `「${s.name}」应与一个选项比较` });
      return undefined;
    }
    if (!s.options?.includes(v)) {
      this.r.report("E0502", a?.span ?? at.span, { situation: s.name, option: v, options: (s.options ?? []).join("、"), suggestion: nearest(v, s.options ?? []) ?? "" });
      return undefined;
    }
    return v;
  }

  private compare(e: CompareExpr): Cond | undefined {
    const s = this.situation(singleAtom(e.left), e.left);
    if (!s) return undefined;
    const right = singleAtom(e.right);
    const wrong = (operation: string): undefined => {
      this.r.report("E0501", e.opSpan, { situation: s.name, type: TYPE_WORDS[s.type], operation, hint: HINTS[s.type](s.name) });
      return undefined;
    };
    const opWord = { "==": "用 == 比较", "!=": "用 != 比较", ">": "比较大小", ">=": "比较大小", "<": "比较大小", "<=": "比较大小", contains: "用「包含」", in: "用「属于」" }[e.op];
    switch (s.type) {
      case "yesno": {
        if (e.op !== "==" && e.op !== "!=") return wrong(opWord);
        const b = right?.type === "Word" ? booleanWord(right.text) : undefined;
        if (b === undefined) return wrong(right?.type === "Number" ? "与数字比较" : "与是/否以外的值比较");
        return { op: e.op === "==" ? "eq" : "ne", subject: s.name, value: b };
      }
      case "single": {
        if (e.op === "in") {
          if (right?.type !== "List") return wrong("用「属于」比较单个值（请写成 [选项, …]）");
          const values: string[] = [];
          for (const item of right.items) {
            const v = this.option(s, singleAtom(item), item);
            if (v === undefined) return undefined;
            values.push(v);
          }
          return { op: "in", subject: s.name, values };
        }
        if (e.op !== "==" && e.op !== "!=") return wrong(opWord);
        if (right?.type === "Number") return wrong("与数字比较");
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
        if (right?.type !== "Number" || right.percent) return wrong("与非数字的值比较");
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
