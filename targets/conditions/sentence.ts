// Cond → a plain Chinese sentence for the guide, the notice and the letters: "如选择设置户外招牌",
// "如经营项目包含热食类或冷食类". Readers are applicants, not programmers, so negations are pushed
// down to the leaves (no "并非（…）"), and comparisons on one subject are merged ("为公司或分公司").
// A test of a form field (`field: true`, in 不予受理 conditions) names the field by its label, with
// its unit after a number ("申请人年龄小于16周岁"), and a yes/no field's value as 是/否.
// The result is plain text: whoever places it escapes it for where it lands.
import type { Commitment, Cond, Field, Situation } from "../../compiler/model.js";

/** What the sentence needs to know about the subjects: their questions, types and names, and for
 * tests of form fields, the fields' labels and units by key. */
export interface SentenceContext {
  situations: readonly Pick<Situation, "name" | "type" | "question">[];
  commitments?: readonly Pick<Commitment, "name" | "question">[];
  fields?: readonly Pick<Field, "key" | "label" | "unit">[];
}

/** "如…": the condition as the opening of a sentence; "" when it always holds. */
export function conditionSentence(c: Cond, ctx: SentenceContext): string {
  if (c.op === "true") return "";
  if (c.op === "false") return "不适用";
  return `如${describe(c, ctx)}`;
}

/** The condition as a clause, without the leading "如". */
export function describe(c: Cond, ctx: SentenceContext): string {
  return clause(absorb(pushNegations(c, false)), ctx, "top");
}

/**
 * Absorption: "(A 或 B) 且 B" is "B", "(A 且 B) 或 B" is "B". The compiler's neededWhen joins a
 * sub-item's condition with the material's own, which often repeats part of it.
 */
function absorb(c: Cond): Cond {
  if (c.op !== "and" && c.op !== "or") return c;
  const args = c.args.map(absorb);
  const inner = c.op === "and" ? "or" : "and";
  const key = (x: Cond) => JSON.stringify(x);
  const plain = new Set(args.filter((a) => a.op !== inner).map(key));
  const kept = args.filter((a) => a.op !== inner || !a.args.some((x) => plain.has(key(x))));
  return kept.length === 1 ? kept[0] : { op: c.op, args: kept };
}

type Leaf = Exclude<Cond, { op: "and" | "or" | "not" | "true" | "false" }>;

/** De Morgan down to the leaves; a negated leaf becomes its opposite comparison where one exists. */
function pushNegations(c: Cond, negate: boolean): Cond {
  switch (c.op) {
    case "true":
      return negate ? { op: "false" } : c;
    case "false":
      return negate ? { op: "true" } : c;
    case "not":
      return pushNegations(c.arg, !negate);
    case "and":
    case "or": {
      const args = c.args.map((a) => pushNegations(a, negate));
      const op = (c.op === "and") !== negate ? "and" : "or";
      return { op, args };
    }
    default:
      return negate ? negateLeaf(c) : c;
  }
}

function negateLeaf(c: Leaf): Cond {
  switch (c.op) {
    case "eq":
      return { ...c, op: "ne" };
    case "ne":
      return { ...c, op: "eq" };
    case "gt":
      return { ...c, op: "le" };
    case "ge":
      return { ...c, op: "lt" };
    case "lt":
      return { ...c, op: "ge" };
    case "le":
      return { ...c, op: "gt" };
    default:
      // "does not contain" and "is none of" have no positive opposite.
      return { op: "not", arg: c };
  }
}

const JOIN = { and: "且", or: "或" } as const;

function clause(c: Cond, ctx: SentenceContext, parent: "top" | "and" | "or"): string {
  switch (c.op) {
    case "true":
      return "任何情形";
    case "false":
      return "不存在的情形";
    case "and":
    case "or": {
      const parts = mergeSameSubject(c.op, c.args, ctx).map((a) => (isLeafText(a) ? a.text : clause(a, ctx, c.op)));
      const text = parts.join(JOIN[c.op]);
      // Mixed and/or needs brackets to be read one way only.
      return parent !== "top" && parent !== c.op ? `（${text}）` : text;
    }
    case "not":
      return negatedLeaf(c.arg as Leaf, ctx);
    default:
      return leaf(c, ctx);
  }
}

interface LeafText {
  op: "text";
  text: string;
}
function isLeafText(c: Cond | LeafText): c is LeafText {
  return c.op === "text";
}

/** "经营项目包含热食类或冷食类", "主体类型为公司或分公司": one subject said once. */
function mergeSameSubject(op: "and" | "or", args: Cond[], ctx: SentenceContext): (Cond | LeafText)[] {
  const out: (Cond | LeafText)[] = [];
  const verb = op === "or" ? (c: Cond) => (c.op === "contains" ? "包含" : c.op === "eq" && typeof c.value === "string" ? "为" : undefined) : (c: Cond) => (c.op === "contains" ? "包含" : undefined);
  // "经营项目不包含热食类、冷食类中的任何一项": negated `contains` on one subject, joined by 且.
  const notContains = (c: Cond): Extract<Leaf, { op: "contains" }> | undefined => (op === "and" && c.op === "not" && c.arg.op === "contains" ? c.arg : undefined);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const n = notContains(a);
    if (n) {
      const values = [n.value];
      while (i + 1 < args.length) {
        const next = notContains(args[i + 1]);
        if (!next || next.subject !== n.subject || next.field !== n.field) break;
        values.push(next.value);
        i++;
      }
      out.push(values.length === 1 ? a : { op: "text", text: `${subjectName(n, ctx)}不包含${values.join("、")}中的任何一项` });
      continue;
    }
    const v = verb(a);
    if (!v || !("subject" in a)) {
      out.push(a);
      continue;
    }
    const values: string[] = [String((a as { value: string }).value)];
    const same = (b: Cond) => verb(b) === v && (b as Leaf).subject === (a as Leaf).subject && (b as Leaf).field === (a as Leaf).field;
    while (i + 1 < args.length && same(args[i + 1])) {
      values.push(String((args[i + 1] as { value: string }).value));
      i++;
    }
    if (values.length === 1) out.push(a);
    else out.push({ op: "text", text: `${subjectName(a as Leaf, ctx)}${v}${values.join(op === "or" ? "或" : "和")}` });
  }
  return out;
}

/** The subject as people know it: a situation or commitment by its name, a field by its label. */
function subjectName(c: Leaf, ctx: SentenceContext): string {
  if (!c.field) return c.subject;
  return ctx.fields?.find((f) => f.key === c.subject)?.label ?? c.subject;
}

/** A number compared with a field, with the field's unit ("16周岁"). */
function amount(c: Leaf, n: number, ctx: SentenceContext): string {
  const unit = c.field ? (ctx.fields?.find((f) => f.key === c.subject)?.unit ?? "") : "";
  return `${n}${unit}`;
}

function leaf(c: Leaf, ctx: SentenceContext): string {
  const who = subjectName(c, ctx);
  switch (c.op) {
    case "eq":
    case "ne":
      if (typeof c.value === "boolean") {
        if (c.field) return `${who}${(c.op === "eq") === c.value ? "为“是”" : "为“否”"}`;
        return yesNo(c.subject, (c.op === "eq") === c.value, ctx);
      }
      return `${who}${c.op === "eq" ? "为" : "不为"}${typeof c.value === "number" ? amount(c, c.value, ctx) : c.value}`;
    case "gt":
      return `${who}大于${amount(c, c.value, ctx)}`;
    case "ge":
      return `${who}不小于${amount(c, c.value, ctx)}`;
    case "lt":
      return `${who}小于${amount(c, c.value, ctx)}`;
    case "le":
      return `${who}不大于${amount(c, c.value, ctx)}`;
    case "contains":
      return `${who}包含${c.value}`;
    case "in":
      return `${who}为${c.values.join("或")}`;
  }
}

function negatedLeaf(c: Leaf, ctx: SentenceContext): string {
  if (c.op === "contains") return `${subjectName(c, ctx)}不包含${c.value}`;
  if (c.op === "in") return `${subjectName(c, ctx)}不为${c.values.join("、")}`;
  return leaf(negateLeaf(c) as Leaf, ctx);
}

/**
 * A yes/no answer read from its question: "是否设置户外招牌？" gives "选择设置户外招牌" and
 * "不设置户外招牌"; "父母是否未办理结婚登记？" gives "父母未办理结婚登记" and "父母已办理结婚登记".
 * A question not in that shape falls back to the subject's name.
 */
function yesNo(subject: string, yes: boolean, ctx: SentenceContext): string {
  const question = ctx.situations.find((s) => s.name === subject)?.question ?? ctx.commitments?.find((k) => k.name === subject)?.question;
  const parts = question ? splitQuestion(question) : undefined;
  if (!parts) return `${subject}为${yes ? "“是”" : "“否”"}`;
  const { who, action } = parts;
  if (!yes) return who + negate(action);
  // "选择…" reads as the applicant's choice; a state or a past fact does not take it.
  return who !== "" || /^(有|是|为|已|未|需|属于|以|在|不)/.test(action) || action.includes("过") ? who + action : `选择${action}`;
}

function negate(action: string): string {
  const rules: [RegExp, string][] = [
    [/^未/, "已"],
    [/^不足/, "达到"],
    [/^已经/, "尚未"],
    [/^已/, "未"],
    [/^有/, "没有"],
    [/^需/, "无需"],
    [/^不/, ""],
  ];
  for (const [re, to] of rules) if (re.test(action)) return action.replace(re, to);
  if (action.includes("过")) return `未${action}`;
  if (/^(为|是)/.test(action)) return `不是${action.slice(1)}`;
  return `不${action}`;
}

function splitQuestion(question: string): { who: string; action: string } | undefined {
  const m = /^\s*(?:请问)?(?:您)?(.*?)是否(.+?)[？?。.\s]*$/u.exec(question);
  return m && m[2].length > 0 ? { who: m[1], action: m[2] } : undefined;
}
