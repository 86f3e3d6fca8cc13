// A DMN decision table evaluated by the bpmn.io toolchain: dmn-moddle reads the file as DMN 1.3
// (its warnings are failures), feelin (the FEEL interpreter of bpmn.io) evaluates each input
// expression, each input entry as unary tests with the input as `?`, and each output entry. The
// hit policy is applied here as DMN 1.3 defines it (FIRST: the first matching rule in order;
// UNIQUE: exactly one must match); any other policy is refused rather than guessed.
import { DmnModdle } from "dmn-moddle";
import { evaluate, unaryTest } from "feelin";

interface Text {
  text: string;
}
interface Table {
  hitPolicy?: string;
  input: { inputExpression: Text; label?: string }[];
  output: { name: string }[];
  rule: { id: string; inputEntry: Text[]; outputEntry: Text[] }[];
}
interface Decision {
  $type: string;
  id: string;
  decisionLogic: Table & { $type: string };
}

export interface ParsedDmn {
  decisions: Map<string, Table>;
  warnings: string[];
}

export async function parseDmn(xml: string): Promise<ParsedDmn> {
  const moddle = new (DmnModdle as unknown as new () => { fromXML(xml: string, type?: string): Promise<{ rootElement: { drgElement: Decision[] }; warnings: { message: string }[] }> })();
  const { rootElement, warnings } = await moddle.fromXML(xml, "dmn:Definitions");
  const decisions = new Map<string, Table>();
  for (const d of rootElement.drgElement) if (d.$type === "dmn:Decision" && d.decisionLogic?.$type === "dmn:DecisionTable") decisions.set(d.id, d.decisionLogic);
  return { decisions, warnings: warnings.map((w) => w.message) };
}

export interface TableResult {
  outputs: Record<string, unknown> | null;
  /** Problems the interpreter reported besides reading a missing value (which is expected). */
  problems: string[];
}

const tested = new Map<string, ReturnType<typeof unaryTest>>();

/** An input entry for one input value. The entries of these tables read only the input (`?`), so
 * each entry is evaluated once per distinct value, in a context holding nothing else (an entry
 * reading anything else would meet a missing variable, which is reported). */
function test(text: string, value: unknown): ReturnType<typeof unaryTest> {
  const key = `${text}\u0000${JSON.stringify(value) ?? "undefined"}`;
  let r = tested.get(key);
  if (!r) tested.set(key, (r = unaryTest(text, { "?": value })));
  return r;
}

const read = new Map<string, ReturnType<typeof evaluate>>();

/** An input expression for the data, evaluated once per distinct value of the top-level entries
 * whose names occur in its text (an expression cannot read a variable it does not name). */
function input(text: string, data: Record<string, unknown>): ReturnType<typeof evaluate> {
  const key = `${text}\u0000${JSON.stringify(Object.keys(data).sort().filter((k) => text.includes(k)).map((k) => [k, data[k]]))}`;
  let r = read.get(key);
  if (!r) read.set(key, (r = evaluate(text, data)));
  return r;
}

export function evaluateTable(table: Table, data: Record<string, unknown>): TableResult {
  const problems: string[] = [];
  const note = (where: string, ws: { type: string; message: string }[]) =>
    ws.filter((w) => w.type !== "NO_VARIABLE_FOUND" && w.type !== "NO_PROPERTY_FOUND" && w.type !== "NO_CONTEXT_ENTRY_FOUND").forEach((w) => problems.push(`${where}: ${w.type} ${w.message}`));
  const inputs = table.input.map((i, n) => {
    const r = input(i.inputExpression.text, data);
    note(`input ${n + 1}`, r.warnings);
    return r.value;
  });
  const matches = table.rule.filter((rule) =>
    rule.inputEntry.every((e, n) => {
      const r = test(e.text, inputs[n]);
      if (r.warnings.length > 0) problems.push(`${rule.id} entry ${n + 1}: ${r.warnings.map((w) => `${w.type} ${w.message}`).join("; ")}`);
      if (r.value !== true && r.value !== false) problems.push(`${rule.id} entry ${n + 1} «${e.text}» gave ${JSON.stringify(r.value)}`);
      return r.value === true;
    }),
  );
  const policy = table.hitPolicy ?? "UNIQUE";
  if (policy !== "FIRST" && policy !== "UNIQUE") throw new Error(`hit policy ${policy} is not evaluated here`);
  if (policy === "UNIQUE" && matches.length > 1) problems.push(`UNIQUE table: ${matches.length} rules match`);
  const hit = matches[0];
  if (!hit) return { outputs: null, problems };
  const outputs: Record<string, unknown> = {};
  table.output.forEach((o, n) => {
    const r = evaluate(hit.outputEntry[n].text, data);
    note(`${hit.id} output ${n + 1}`, r.warnings);
    outputs[o.name] = r.value;
  });
  return { outputs, problems };
}
