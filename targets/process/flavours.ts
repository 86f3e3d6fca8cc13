// What differs between the engines: namespaces, how a user task names its department and form,
// and the expression dialect of conditions. Everything else in process.bpmn is plain BPMN 2.0.
//
// - camunda8: Camunda 8.6+ (Zeebe). Camunda user tasks (`zeebe:userTask`) with candidate groups and
//   the task's form-js staff form `form-<task id>`; conditions in FEEL (`=…`).
// - camunda7: Camunda 7.20–7.24. `camunda:candidateGroups`, the task's form and the start event's
//   application form by `camunda:formRef` (Camunda Forms); conditions in JUEL; a history time to live, which 7.20+ requires to deploy.
// - flowable: Flowable 6.8 / 7.x. `flowable:candidateGroups` and `flowable:formKey`; JUEL.
// - plain: no vendor extension. Departments are BPMN resources (`potentialOwner`); conditions are
//   FEEL, declared as the document's expression language.
import type { Cond } from "../../compiler/model.js";
import { toFeel } from "../conditions/feel.js";
import { eligibilityOutputOf } from "../dmn/ids.js";
import { feelString } from "../escape/feel.js";
import { juelString, juelVariable, toJuel, toJuelExpression } from "../conditions/juel.js";
import type { TargetOptions } from "../target.js";
import { el, type XmlElement } from "./xml.js";

export type Flavour = TargetOptions["process"];

export const CAMUNDA8_VERSION = "8.6.0";
export const CAMUNDA7_VERSION = "7.22.0";
/** FEEL as named by DMN 1.3, for the plain flavour's expressionLanguage. */
export const FEEL_URI = "https://www.omg.org/spec/DMN/20191111/FEEL/";
/** Days Camunda 7 keeps finished cases in its history; 7.20+ refuses to deploy without a value. */
export const HISTORY_DAYS = 180;

const NS = {
  bpmn: "http://www.omg.org/spec/BPMN/20100524/MODEL",
  bpmndi: "http://www.omg.org/spec/BPMN/20100524/DI",
  dc: "http://www.omg.org/spec/DD/20100524/DC",
  di: "http://www.omg.org/spec/DD/20100524/DI",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  zeebe: "http://camunda.org/schema/zeebe/1.0",
  camunda: "http://camunda.org/schema/1.0/bpmn",
  modeler: "http://camunda.org/schema/modeler/1.0",
  flowable: "http://flowable.org/bpmn",
};

/** Namespace declarations of <bpmn:definitions>. */
export function namespaceAttrs(flavour: Flavour): [string, string][] {
  const names: (keyof typeof NS)[] = ["bpmn", "bpmndi", "dc", "di", "xsi"];
  if (flavour === "camunda8") names.push("zeebe", "modeler");
  if (flavour === "camunda7") names.push("camunda", "modeler");
  if (flavour === "flowable") names.push("flowable");
  return names.map((n) => [`xmlns:${n}`, NS[n]]);
}

/** The other attributes of <bpmn:definitions>: the platform the Camunda tools check against. */
export function platformAttrs(flavour: Flavour): [string, string][] {
  switch (flavour) {
    case "camunda8":
      return [["modeler:executionPlatform", "Camunda Cloud"], ["modeler:executionPlatformVersion", CAMUNDA8_VERSION]];
    case "camunda7":
      return [["modeler:executionPlatform", "Camunda Platform"], ["modeler:executionPlatformVersion", CAMUNDA7_VERSION]];
    case "flowable":
      return [];
    case "plain":
      return [["expressionLanguage", FEEL_URI]];
  }
}

export function processAttrs(flavour: Flavour): [string, string][] {
  return flavour === "camunda7" ? [["camunda:historyTimeToLive", String(HISTORY_DAYS)]] : [];
}

/** The matter's merged application form, written by the forms target. */
export function formId(matterId: string): string {
  return `form-${matterId}`;
}

/** The staff form of a user task (the application read-only and the task's decision), written
 * by the forms target as tasks/<task id>.form and listed in tasks.json. */
export function taskFormId(taskId: string): string {
  return `form-${taskId}`;
}

/** The start event's form: Flowable's start form (flowable/<formKey>.form, targets/flowable); in
 * Camunda 7 the application form `<编码>.form` (form-js, deployed with the process), which
 * Tasklist's "Start process" shows (test/tasklist). */
export function startEventAttrs(flavour: Flavour, matterId: string): [string, string][] {
  if (flavour === "flowable") return [["flowable:formKey", formId(matterId)]];
  if (flavour === "camunda7") return [["camunda:formRef", formId(matterId)], ["camunda:formRefBinding", "latest"]];
  return [];
}

/** How a user task is given to a department, as attributes and extension elements. */
export function userTaskParts(flavour: Flavour, taskId: string, group: string, matterId: string): { attrs: [string, string][]; extensions: XmlElement[]; roles: XmlElement[] } {
  switch (flavour) {
    case "camunda8":
      return {
        attrs: [],
        extensions: [
          el("zeebe:userTask"),
          el("zeebe:formDefinition", [["formId", taskFormId(taskId)]]),
          el("zeebe:assignmentDefinition", [["candidateGroups", group]]),
        ],
        roles: [],
      };
    case "camunda7":
      return {
        attrs: [
          ["camunda:candidateGroups", group],
          ["camunda:formRef", taskFormId(taskId)],
          ["camunda:formRefBinding", "latest"],
        ],
        extensions: [],
        roles: [],
      };
    case "flowable":
      return { attrs: [["flowable:candidateGroups", group], ["flowable:formKey", taskFormId(taskId)]], extensions: [], roles: [] };
    case "plain":
      return { attrs: [], extensions: [], roles: [el("bpmn:potentialOwner", [["id", `${taskId}_owner`], ["resourceRef", resourceId(group)]])] };
  }
}

/** The plain flavour's BPMN resource for a department: the department's own id. */
export function resourceId(deptId: string): string {
  return deptId;
}

/** The body of a sequence flow's condition in the flavour's dialect. */
export function conditionBody(flavour: Flavour, c: Cond): string {
  switch (flavour) {
    case "camunda8":
      return `=${toFeel(c)}`;
    case "camunda7":
      return `\${${toJuelExpression(c, camunda7Variable)}}`;
    case "flowable":
      return toJuel(flatDecisions(c));
    case "plain":
      return toFeel(c);
  }
}

/**
 * Flowable's own forms (targets/flowable, flowable/<formKey>.form) store a task's decision as flat
 * variables `<task id>_<key>` (the result chosen by an outcome button as `<task id>_结果`), not as
 * one object: the Flowable flavour's gateways read those. A decision's path `<task id>.<key>` is
 * the only dotted subject of a process condition besides an eligibility decision's result
 * `<owner id>_eligibility.符合`, which Flowable's DMN task stores as the variable 符合 itself.
 */
export function flatDecisions(c: Cond): Cond {
  switch (c.op) {
    case "true":
    case "false":
      return c;
    case "and":
    case "or":
      return { op: c.op, args: c.args.map(flatDecisions) };
    case "not":
      return { op: "not", arg: flatDecisions(c.arg) };
    default: {
      // Flowable's DMN task sets the decision's outputs as variables of their own (proactive.ts).
      const output = eligibilityOutputOf(c.subject);
      if (output !== undefined) return { ...c, subject: output };
      return c.subject.includes(".") ? { ...c, subject: c.subject.replace(".", "_") } : c;
    }
  }
}

/**
 * How the Camunda 7 flavour reads a subject. A staff decision `<task id>.<key>` is read from the flat
 * variable `<task id>_<key>` that Camunda 7 Tasklist stores from the form-js staff form (whose
 * decision keys are flat in the camunda7 dialect: Tasklist stores an object as a Spin JSON value,
 * which JUEL cannot index), and, when that is unset, from a java.util.Map under the task id (a Java
 * or REST client completing the task with one map). An eligibility decision's result
 * `<owner id>_eligibility.符合` is the map `mapDecisionResult="singleResult"` gives; answers are plain.
 */
export function camunda7Variable(subject: string): string {
  const dot = subject.indexOf(".");
  if (dot < 0 || eligibilityOutputOf(subject) !== undefined) return juelVariable(subject);
  const flat = `execution.getVariable(${juelString(subject.replace(".", "_"))})`;
  return `(${flat} != null ? ${flat} : ${juelVariable(subject)})`;
}

/**
 * A message's name as the flavour reads it, the text of the event kept literally: Zeebe reads a
 * name starting with "=" as FEEL (so such a name is written as a FEEL string), Camunda 7 resolves
 * `${…}` and `#{…}` in message names (escaped as `\${`, `\#{`, which EL reads as literal text).
 * Flowable and plain BPMN take the name as it is.
 */
export function messageName(flavour: Flavour, name: string): string {
  switch (flavour) {
    case "camunda8":
      return name.startsWith("=") ? `=${feelString(name)}` : name;
    case "camunda7":
      return name.replace(/([$#])\{/g, "\\$1{");
    default:
      return name;
  }
}

/** A business-rule task calling a DMN decision whose single result goes to `result`. Flowable has
 * no business-rule task for DMN: its DMN task is a service task of type "dmn". */
export function businessRuleTaskParts(flavour: Flavour, decision: string, result: string): { element: string; attrs: [string, string][]; extensions: XmlElement[] } {
  switch (flavour) {
    case "camunda8":
      return { element: "bpmn:businessRuleTask", attrs: [], extensions: [el("zeebe:calledDecision", [["decisionId", decision], ["resultVariable", result]])] };
    case "camunda7":
      return {
        element: "bpmn:businessRuleTask",
        attrs: [
          ["camunda:decisionRef", decision],
          ["camunda:resultVariable", result],
          ["camunda:mapDecisionResult", "singleResult"],
        ],
        extensions: [],
      };
    case "flowable":
      return {
        element: "bpmn:serviceTask",
        attrs: [["flowable:type", "dmn"]],
        extensions: [el("flowable:field", [["name", "decisionTableReferenceKey"]], [el("flowable:string", [], [decision])])],
      };
    case "plain":
      return { element: "bpmn:businessRuleTask", attrs: [], extensions: [] };
  }
}

/** A send or service task carried out by the platform's worker for `topic`: a Zeebe job, a Camunda 7
 * external task, a Flowable external worker job (Flowable's send tasks know only mail and the like,
 * so it is a service task there); plain BPMN leaves the implementation open. A multi-instance one's
 * jobs are not exclusive in Flowable: an exclusive external worker job locks its process instance
 * when acquired, so the instances' jobs could be fetched only one at a time. */
export function workerTaskParts(flavour: Flavour, kind: "sendTask" | "serviceTask", topic: string, multiInstance = false): { element: string; attrs: [string, string][]; extensions: XmlElement[] } {
  switch (flavour) {
    case "camunda8":
      return { element: `bpmn:${kind}`, attrs: [], extensions: [el("zeebe:taskDefinition", [["type", topic]])] };
    case "camunda7":
      return { element: `bpmn:${kind}`, attrs: [["camunda:type", "external"], ["camunda:topic", topic]], extensions: [] };
    case "flowable":
      return {
        element: "bpmn:serviceTask",
        attrs: [["flowable:type", "external-worker"], ["flowable:topic", topic], ...(multiInstance ? ([["flowable:exclusive", "false"]] as [string, string][]) : [])],
        extensions: [],
      };
    case "plain":
      return { element: `bpmn:${kind}`, attrs: [], extensions: [] };
  }
}

/**
 * A parallel multi-instance over the list variable `collection`, each instance with its element as
 * the local variable `element`: Zeebe's `zeebe:loopCharacteristics` (inputCollection is FEEL),
 * Camunda 7's and Flowable's `collection` / `elementVariable` (the variable's name); plain BPMN's
 * `loopDataInputRef` to the process's data object of that name (`dataObjectId`) and an
 * `inputDataItem`.
 */
export function multiInstanceXml(flavour: Flavour, mi: { collection: string; element: string }, dataObjectId: string): XmlElement {
  switch (flavour) {
    case "camunda8":
      return el("bpmn:multiInstanceLoopCharacteristics", [], [
        el("bpmn:extensionElements", [], [el("zeebe:loopCharacteristics", [["inputCollection", `=${mi.collection}`], ["inputElement", mi.element]])]),
      ]);
    case "camunda7":
      return el("bpmn:multiInstanceLoopCharacteristics", [["camunda:collection", mi.collection], ["camunda:elementVariable", mi.element]]);
    case "flowable":
      return el("bpmn:multiInstanceLoopCharacteristics", [["isSequential", "false"], ["flowable:collection", mi.collection], ["flowable:elementVariable", mi.element]]);
    case "plain":
      return el("bpmn:multiInstanceLoopCharacteristics", [], [
        el("bpmn:loopDataInputRef", [], [dataObjectId]),
        el("bpmn:inputDataItem", [["id", mi.element], ["name", mi.element]]),
      ]);
  }
}
