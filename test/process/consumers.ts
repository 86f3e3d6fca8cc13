// The real consumers of process.bpmn, as oracles: bpmn-moddle (the parser behind bpmn-js and
// Camunda Modeler) and bpmnlint with Camunda's compatibility rules (what Camunda Modeler and
// Web Modeler check before deploying).
import { createRequire } from "node:module";
import { BpmnModdle } from "bpmn-moddle";
import type { Flavour } from "../../targets/process/flavours.js";

const require = createRequire(import.meta.url);
const { Linter } = require("bpmnlint") as { Linter: new (o: unknown) => { lint(root: unknown): Promise<Record<string, LintReport[]>> } };
const NodeResolver = require("bpmnlint/lib/resolver/node-resolver") as new (o: unknown) => unknown;

export interface LintReport {
  id?: string;
  message: string;
  category: string;
}

/** Flowable has no moddle package on npm: the attributes matterc writes, described here. */
const flowableDescriptor = {
  name: "Flowable",
  uri: "http://flowable.org/bpmn",
  prefix: "flowable",
  xml: { tagAlias: "lowerCase" },
  types: [
    {
      name: "UserTaskAssignment",
      extends: ["bpmn:UserTask"],
      properties: [
        { name: "candidateGroups", isAttr: true, type: "String" },
        { name: "formKey", isAttr: true, type: "String" },
      ],
    },
    {
      name: "StartForm",
      extends: ["bpmn:StartEvent"],
      properties: [{ name: "formKey", isAttr: true, type: "String" }],
    },
    {
      name: "ServiceTaskType",
      extends: ["bpmn:ServiceTask"],
      properties: [
        { name: "type", isAttr: true, type: "String" },
        { name: "topic", isAttr: true, type: "String" },
        { name: "exclusive", isAttr: true, type: "Boolean" },
      ],
    },
    {
      name: "Field",
      superClass: ["Element"],
      properties: [
        { name: "name", isAttr: true, type: "String" },
        { name: "string", type: "String" },
      ],
    },
    {
      name: "MultiInstanceCollection",
      extends: ["bpmn:MultiInstanceLoopCharacteristics"],
      properties: [
        { name: "collection", isAttr: true, type: "String" },
        { name: "elementVariable", isAttr: true, type: "String" },
      ],
    },
    {
      name: "TimerBusinessCalendar",
      extends: ["bpmn:TimerEventDefinition"],
      properties: [{ name: "businessCalendarName", isAttr: true, type: "String" }],
    },
  ],
};

export function moddleFor(flavour: Flavour): InstanceType<typeof BpmnModdle> {
  const extensions: Record<string, unknown> = {};
  if (flavour === "camunda8") {
    extensions.zeebe = require("zeebe-bpmn-moddle/resources/zeebe.json");
    extensions.modeler = require("modeler-moddle/resources/modeler.json");
  }
  if (flavour === "camunda7") {
    extensions.camunda = require("camunda-bpmn-moddle/resources/camunda.json");
    extensions.modeler = require("modeler-moddle/resources/modeler.json");
  }
  if (flavour === "flowable") extensions.flowable = flowableDescriptor;
  return new BpmnModdle(extensions);
}

export async function parse(xml: string, flavour: Flavour): Promise<{ rootElement: any; warnings: { message: string }[] }> {
  return (await moddleFor(flavour).fromXML(xml)) as any;
}

/** The configurations each flavour must pass: bpmn.io's recommended rules plus its platform's. */
export function lintConfigs(flavour: Flavour): string[][] {
  const recommended = "bpmnlint:recommended";
  if (flavour === "camunda8")
    return [
      [recommended, "plugin:camunda-compat/camunda-cloud-8-6"],
      [recommended, "plugin:camunda-compat/camunda-cloud-8-8"],
    ];
  if (flavour === "camunda7")
    return [
      [recommended, "plugin:camunda-compat/camunda-platform-7-20"],
      [recommended, "plugin:camunda-compat/camunda-platform-7-24"],
    ];
  return [[recommended]];
}

/** Every report of every rule, errors, warnings and infos alike. */
export async function lint(rootElement: unknown, extendsList: string[]): Promise<LintReport[]> {
  const linter = new Linter({ config: { extends: extendsList }, resolver: new NodeResolver({ require }) });
  const results = await linter.lint(rootElement);
  return Object.entries(results).flatMap(([rule, reports]) => reports.map((r) => ({ ...r, message: `${rule}: ${r.message}` })));
}
