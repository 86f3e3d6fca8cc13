// Cond → a plain Chinese sentence for the guide, the notice and the letters: "如选择设置户外招牌",
// "如经营项目包含热食类或冷食类". Readers are applicants, not programmers, so negations are pushed
// down to the leaves (no "并非（…）"), and comparisons on one subject are merged ("为公司或分公司").
// The result is plain text: whoever places it escapes it for where it lands.
import type { Commitment, Cond, Situation } from "../../compiler/model.js";

/** What the sentence needs to know about the subjects: their questions, types and names. */
export interface SentenceContext {
  situations: readonly Pick<Situation, "name" | "type" | "question">[];
  commitments?: readonly Pick<Commitment, "name" | "question">[];
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
      const parts = mergeSameSubject(c.op, c.args).map((a) => (isLeafText(a) ? a.text : clause(a, ctx, c.op)));
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
function mergeSameSubject(op: "and" | "or", args: Cond[]): (Cond | LeafText)[] {
  const out: (Cond | LeafText)[] = [];
  const verb = op === "or" ? (c: Cond) => (c.op === "contains" ? "包含" : c.op === "eq" && typeof c.value === "string" ? "为" : undefined) : (c: Cond) => (c.op === "contains" ? "包含" : undefined);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const v = verb(a);
    if (!v || !("subject" in a)) {
      out.push(a);
      continue;
    }
    const values: string[] = [String((a as { value: string }).value)];
    while (i + 1 < args.length && verb(args[i + 1]) === v && (args[i + 1] as Leaf).subject === a.subject) {
      values.push(String((args[i + 1] as { value: string }).value));
      i++;
    }
    if (values.length === 1) out.push(a);
    else out.push({ op: "text", text: `${a.subject}${v}${values.join(op === "or" ? "或" : "和")}` });
  }
  return out;
}

function leaf(c: Leaf, ctx: SentenceContext): string {
  switch (c.op) {
    case "eq":
    case "ne":
      if (typeof c.value === "boolean") return yesNo(c.subject, (c.op === "eq") === c.value, ctx);
      return `${c.subject}${c.op === "eq" ? "为" : "不为"}${c.value}`;
    case "gt":
      return `${c.subject}大于${c.value}`;
    case "ge":
      return `${c.subject}不小于${c.value}`;
    case "lt":
      return `${c.subject}小于${c.value}`;
    case "le":
      return `${c.subject}不大于${c.value}`;
    case "contains":
      return `${c.subject}包含${c.value}`;
    case "in":
      return `${c.subject}为${c.values.join("或")}`;
  }
}

function negatedLeaf(c: Leaf, ctx: SentenceContext): string {
  if (c.op === "contains") return `${c.subject}不包含${c.value}`;
  if (c.op === "in") return `${c.subject}不为${c.values.join("、")}`;
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
