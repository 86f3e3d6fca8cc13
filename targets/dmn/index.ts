// The DMN target: eligibility.dmn, the 资格 rules of a 免申办 (免申即享 / 快申快享) matter and of
// every proactive sub-item as DMN 1.3 decision tables in FEEL, one decision each in one file, for
// the process's business-rule tasks to call (ids.ts). Written only for a matter with proactive
// rules. With `--process flowable` the same tables are written in Flowable's dialect, JUEL
// (juel.ts), since Flowable's DMN engine reads no FEEL. docs/dmn.md describes the tables.
import type { FieldType, Model, Proactive } from "../../compiler/model.js";
import type { Test } from "../conditions/infix.js";
import type { OutputFile, Target, TargetOptions } from "../target.js";
import { eligibilityDecisionId } from "./ids.js";
import type { ColumnKind } from "./rows.js";
import { toDefinitions, type DecisionSpec, type DmnDialect } from "./to-xml.js";
import { serialize } from "../process/xml.js";
import { asOfMark, asOfText, notInForce } from "../in-force.js";

const NUMBER_TYPES: FieldType[] = ["integer", "number", "amount"];

/** The value shape of a column, from the field (by key) or the answer (by name) it reads. */
function kindOf(model: Model, subject: string, tests: Test[]): ColumnKind {
  const field = model.fields.find((f) => f.key === subject);
  const type = field?.type ?? model.situations.find((s) => s.name === subject)?.type ?? (model.commitments.some((c) => c.name === subject) ? "boolean" : undefined);
  if (type === "boolean" || type === "yesno" || tests.some((t) => (t.op === "eq" || t.op === "ne") && typeof t.value === "boolean")) return "boolean";
  if (type === "multiple" || tests.some((t) => t.op === "contains")) return "list";
  if ((type && (NUMBER_TYPES as string[]).includes(type)) || type === "number" || tests.some((t) => t.op === "gt" || t.op === "ge" || t.op === "lt" || t.op === "le" || typeof (t as { value?: unknown }).value === "number")) return "number";
  return "string";
}

/** What a column is called on the table: the field's label, or the question of the answer. */
function labelOf(model: Model, subject: string): string {
  const field = model.fields.find((f) => f.key === subject);
  if (field) return field.label || field.path;
  return model.situations.find((s) => s.name === subject)?.name ?? subject;
}

/** The decisions of a matter: the matter's own 免申办 first, then each proactive sub-item's. */
export function eligibilityDecisions(model: Model): DecisionSpec[] {
  const spec = (proactive: Proactive, id: string, name: string, itemName?: string): DecisionSpec => ({
    id,
    name,
    itemName,
    proactive,
    kindOf: (subject: string, tests: Test[]) => kindOf(model, subject, tests),
    labelOf: (subject: string) => labelOf(model, subject),
  });
  const out: DecisionSpec[] = [];
  if (model.proactive) out.push(spec(model.proactive, eligibilityDecisionId(model), `${model.name} 资格`));
  for (const item of model.items) if (item.proactive) out.push(spec(item.proactive, eligibilityDecisionId(model, item), `${item.name} 资格`, item.name));
  return out;
}

/** The dialect of eligibility.dmn for a process flavour: Flowable's DMN engine reads JUEL (juel.ts). */
export function dmnDialect(flavour: TargetOptions["process"]): DmnDialect {
  return flavour === "flowable" ? "juel" : "feel";
}

/** eligibility.dmn for one matter, or undefined when nothing in it is granted without application.
 * Built on a date (`on`) on which the matter or a sub-item is not in force, the definitions carry
 * the notice as their description and every name a short mark (date and count only), which the
 * engines' decision lists show. */
export function renderEligibility(model: Model, dialect: DmnDialect = "feel", on?: string): string | undefined {
  const decisions = eligibilityDecisions(model);
  if (decisions.length === 0) return undefined;
  const a = notInForce(model, on);
  const mark = asOfMark(a);
  const marked = mark ? decisions.map((d) => ({ ...d, name: `${d.name}（${mark}）` })) : decisions;
  return serialize(toDefinitions(model, marked, dialect, a && { notice: asOfText(a)!, mark: mark! }));
}

export const dmnTarget: Target = {
  name: "dmn",
  perMatter(model: Model, options: TargetOptions): OutputFile[] {
    const text = renderEligibility(model, dmnDialect(options.process), options.on);
    return text === undefined ? [] : [{ path: "eligibility.dmn", text }];
  },
};
