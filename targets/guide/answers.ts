// The applicant's answers that the guide, the notice and the letters are written for. Situations
// answered on the command line (`matterc notice … --situation 设置招牌=是`) are parsed here, so the
// CLI stays a thin shell and the parsing is tested with the rest of the target.
import type { Answer, Model, Situation } from "../../compiler/model.js";

export type Answers = Record<string, Answer>;

/** The headline case: its answers, with every offered commitment taken (as the figures assume). */
export function headlineAnswers(model: Model): Answers {
  return withCommitmentsTaken(model, { ...model.metrics.headline.situation });
}

/** Commitments not answered count as taken: the headline figures assume it, and the notice says so. */
export function withCommitmentsTaken(model: Model, answers: Answers): Answers {
  const out = { ...answers };
  for (const c of model.commitments) if (!(c.name in out)) out[c.name] = true;
  return out;
}

/** Declared defaults for the situations not answered. */
export function withDefaults(model: Model, answers: Answers): Answers {
  const out: Answers = {};
  for (const s of model.situations) if (s.default !== undefined) out[s.name] = s.default;
  return { ...out, ...answers };
}

const YES = new Set(["是", "yes", "true", "1", "y", "有", "选择"]);
const NO = new Set(["否", "no", "false", "0", "n", "无", "不选择"]);

export class AnswerError extends Error {}

/**
 * Parses `name=value` pairs against the matter's situations and commitments. Multiple choice takes
 * a list separated by `,` `，` or `、`. Unknown names and impossible values are errors that name the
 * nearest valid choice, since the person typing is at a service window.
 */
export function parseAnswers(model: Model, pairs: string[]): Answers {
  const answers: Answers = {};
  for (const pair of pairs) {
    const m = /^\s*([^=＝]+?)\s*[=＝]\s*(.*?)\s*$/u.exec(pair);
    if (!m) throw new AnswerError(`情形应写成 名称=值：${pair}`);
    const [, name, value] = m;
    const situation = model.situations.find((s) => s.name === name);
    if (situation) {
      answers[name] = parseValue(situation, value);
      continue;
    }
    if (model.commitments.some((c) => c.name === name)) {
      answers[name] = parseYesNo(name, value);
      continue;
    }
    const known = [...model.situations.map((s) => s.name), ...model.commitments.map((c) => c.name)];
    throw new AnswerError(`没有名为“${name}”的情形或告知承诺；可选：${known.join("、") || "（无）"}`);
  }
  return answers;
}

function parseValue(s: Situation, value: string): Answer {
  switch (s.type) {
    case "yesno":
      return parseYesNo(s.name, value);
    case "number": {
      const n = Number(value);
      if (value === "" || !Number.isFinite(n)) throw new AnswerError(`情形“${s.name}”需要一个数字：${value}`);
      return n;
    }
    case "single":
      return option(s, value);
    case "multiple":
      return value === "" ? [] : value.split(/[,，、]/u).map((v) => option(s, v.trim()));
  }
}

function parseYesNo(name: string, value: string): boolean {
  const v = value.toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  throw new AnswerError(`“${name}”的回答应为 是 或 否：${value}`);
}

function option(s: Situation, value: string): string {
  const options = s.options ?? [];
  if (options.includes(value)) return value;
  throw new AnswerError(`情形“${s.name}”没有选项“${value}”；可选：${options.join("、")}`);
}
