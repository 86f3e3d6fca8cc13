// eligibility.dmn as XML: DMN 1.3 definitions with one decision table per proactive, and a
// diagram (DMNDI) placing each decision, so that modelers open it as drawn.
import type { Model, Proactive } from "../../compiler/model.js";
import type { Test } from "../conditions/infix.js";
import { toFeel } from "../conditions/feel.js";
import { feelName } from "../escape/feel.js";
import { HISTORY_DAYS } from "../process/flavours.js";
import { el, type XmlElement } from "../process/xml.js";
import { ELIGIBLE_OUTPUT, FAILED_RULE_OUTPUT } from "./ids.js";
import { table, type ColumnKind } from "./rows.js";
import { feelString } from "../escape/feel.js";
import { flowableRead, juelEntry, juelOutput, juelRuleColumn } from "./juel.js";

/** How the tables are written: FEEL (DMN 1.3, every engine but Flowable) or Flowable's JUEL (juel.ts). */
export type DmnDialect = "feel" | "juel";

export const DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
const DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
const DC_NS = "http://www.omg.org/spec/DMN/20180521/DC/";
// Camunda 7 refuses to deploy a decision without a history time to live (since 7.20); other
// engines ignore the attribute. The same days as process.bpmn's camunda7 flavour.
const CAMUNDA_NS = "http://camunda.org/schema/1.0/dmn";

export interface DecisionSpec {
  id: string;
  name: string;
  /** The sub-item, for a sub-item's decision. */
  itemName?: string;
  proactive: Proactive;
  kindOf(subject: string, tests: Test[]): ColumnKind;
  labelOf(subject: string): string;
}

// FEEL's types; none on numbers, which Camunda 7 does not know as "number" (it warns, DMN-01006)
// and which need no conversion, nor on lists, which have no FEEL type name.
const TYPE_REF: Record<ColumnKind, string | undefined> = { boolean: "boolean", number: undefined, string: "string", list: undefined };

function text(name: string, body: string, attrs: XmlElement["attrs"] = []): XmlElement {
  return el(name, attrs, [el("text", [], [body])]);
}

function about(d: DecisionSpec): string {
  const p = d.proactive;
  const who = d.itemName ? `子项“${d.itemName}”` : "本事项";
  return `${who}${p.mode}的资格：逐条检查资格条件，全部满足为符合；不符合时给出第一条未满足的条件。由 matterc 生成。`;
}

function decision(d: DecisionSpec, dialect: DmnDialect): XmlElement {
  const { columns, rows } = table(d.proactive.rules, d.kindOf);
  const juel = dialect === "juel";
  const expression = (c: (typeof columns)[number]): string =>
    juel ? (c.rule ? juelRuleColumn(c.rule).expression : flowableRead(c.subject)) : c.rule ? toFeel(c.rule.when) : feelName(c.subject);
  const inputs = columns.map((c, i) =>
    el("input", [["id", `${d.id}_input_${i + 1}`], ["label", c.rule ? `资格条件：${c.rule.name}` : d.labelOf(c.subject)]], [
      text("inputExpression", expression(c), [
        ["id", `${d.id}_input_${i + 1}_expression`],
        ["typeRef", TYPE_REF[c.kind]],
      ]),
    ]),
  );
  const outputs = [
    el("output", [["id", `${d.id}_output_1`], ["label", ELIGIBLE_OUTPUT], ["name", ELIGIBLE_OUTPUT], ["typeRef", "boolean"]]),
    el("output", [["id", `${d.id}_output_2`], ["label", FAILED_RULE_OUTPUT], ["name", FAILED_RULE_OUTPUT], ["typeRef", "string"]]),
  ];
  const rules = rows.map((r, n) => {
    const id = `${d.id}_rule_${n + 1}`;
    const basis = r.rule?.basis.length ? `（依据：${r.rule.basis.join("；")}）` : "";
    return el("rule", [["id", id]], [
      el("description", [], [r.rule ? `不满足：${r.rule.name}${basis}` : "全部资格条件满足"]),
      ...r.entries.map((e, i) => {
        const c = columns[i];
        const entry = !juel ? e : c.rule ? (e === "-" ? "-" : juelRuleColumn(c.rule).failed) : juelEntry(r.literals[i]);
        return text("inputEntry", entry, [["id", `${id}_in_${i + 1}`]]);
      }),
      text("outputEntry", juel ? juelOutput(!r.rule) : r.rule ? "false" : "true", [["id", `${id}_out_1`]]),
      text("outputEntry", juel ? juelOutput(r.rule ? r.rule.name : null) : r.rule ? feelString(r.rule.name) : "null", [["id", `${id}_out_2`]]),
    ]);
  });
  // Camunda 7 wants a history time to live; Flowable's file carries no Camunda attribute.
  const ttl: [string, string][] = juel ? [] : [["camunda:historyTimeToLive", String(HISTORY_DAYS)]];
  return el("decision", [["id", d.id], ["name", d.name], ...ttl], [
    el("description", [], [about(d)]),
    el("decisionTable", [["id", `${d.id}_table`], ["hitPolicy", "FIRST"]], [...inputs, ...outputs, ...rules]),
  ]);
}

function diagram(model: Model, decisions: DecisionSpec[]): XmlElement {
  return el("dmndi:DMNDI", [], [
    el("dmndi:DMNDiagram", [["id", `Eligibility_${model.id}_diagram`]], decisions.map((d, i) =>
      el("dmndi:DMNShape", [["id", `${d.id}_shape`], ["dmnElementRef", d.id]], [
        el("dc:Bounds", [["height", 80], ["width", 180], ["x", 160 + (i % 4) * 240], ["y", 100 + Math.floor(i / 4) * 140]]),
      ]),
    )),
  ]);
}

/** A URI for the document that stays the same on every machine (like process.bpmn's). */
function namespace(code: string): string {
  return `urn:matterc:matter:${encodeURIComponent(code)}:eligibility`;
}

/** `asOf`: the notice and short mark of a build on a date on which something is not in force. */
export function toDefinitions(model: Model, decisions: DecisionSpec[], dialect: DmnDialect = "feel", asOf?: { notice: string; mark: string }): XmlElement {
  return el(
    "definitions",
    [
      ["xmlns", DMN_NS],
      ["xmlns:dmndi", DMNDI_NS],
      ["xmlns:dc", DC_NS],
      ...(dialect === "feel" ? [["xmlns:camunda", CAMUNDA_NS] as [string, string]] : []),
      ["id", `Eligibility_${model.id}_definitions`],
      ["name", `${model.name} 资格${asOf ? `（${asOf.mark}）` : ""}`],
      ["namespace", namespace(model.code)],
      ["exporter", "matterc"],
    ],
    [...(asOf ? [el("description", [], [asOf.notice])] : []), ...decisions.map((d) => decision(d, dialect)), diagram(model, decisions)],
  );
}
