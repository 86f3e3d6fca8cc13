// Process graph → the semantic part of the BPMN document (collaboration, pool, lanes, flow
// elements). Child order follows the BPMN 2.0 schema: documentation, extensionElements,
// incoming, outgoing, then the element's own content.
import { graphIndex, type ProcessFlow, type ProcessGraph, type ProcessNode } from "./graph.js";
import {
  businessRuleTaskParts,
  conditionBody,
  type Flavour,
  messageName,
  namespaceAttrs,
  platformAttrs,
  processAttrs,
  resourceId,
  multiInstanceXml,
  startEventAttrs,
  workerTaskParts,
  userTaskParts,
} from "./flavours.js";
import { el, type XmlElement } from "./xml.js";
import type { WorkCalendar } from "../calendar.js";
import { timerXml } from "./calendar-timers.js";

/** Ids of the document's parts: the matter's id is the process id (Camunda's process key). */
export const ids = {
  definitions: (g: ProcessGraph) => `${g.id}_definitions`,
  collaboration: (g: ProcessGraph) => `${g.id}_collaboration`,
  participant: (g: ProcessGraph) => `${g.id}_pool`,
  process: (g: ProcessGraph) => g.id,
  laneSet: (g: ProcessGraph) => `${g.id}_lanes`,
  lane: (deptId: string) => `${deptId}_lane`,
};

function documentation(text: string | undefined): XmlElement | undefined {
  return text ? el("bpmn:documentation", [], [text]) : undefined;
}

function flowNode(g: ProcessGraph, n: ProcessNode, flavour: Flavour, cal: WorkCalendar | undefined): XmlElement {
  const ix = graphIndex(g);
  const incoming = (ix.incoming.get(n.id) ?? []).map((f) => el("bpmn:incoming", [], [f.id]));
  const outgoing = (ix.outgoing.get(n.id) ?? []).map((f) => el("bpmn:outgoing", [], [f.id]));
  const base: XmlElement["attrs"] = [
    ["id", n.id],
    ["name", n.name],
  ];
  const doc = documentation(n.documentation);
  switch (n.kind) {
    case "startEvent": {
      const t = n.trigger;
      // A 免申办 start: a message (declared among the definitions, messageOf) or a timer cycle.
      const def =
        t?.kind === "message"
          ? el("bpmn:messageEventDefinition", [["id", `${n.id}_def`], ["messageRef", messageId(n.id)]])
          : t?.kind === "timer"
            ? el("bpmn:timerEventDefinition", [["id", `${n.id}_def`]], [el("bpmn:timeCycle", [["xsi:type", "bpmn:tFormalExpression"]], [t.cycle])])
            : undefined;
      return el("bpmn:startEvent", [...base, ...(t ? [] : startEventAttrs(flavour, g.id))], [doc, ...outgoing, def]);
    }
    case "businessRuleTask": {
      const parts = businessRuleTaskParts(flavour, n.decision!.id, n.decision!.result);
      return el(parts.element, [...base, ...parts.attrs], [doc, parts.extensions.length > 0 && el("bpmn:extensionElements", [], parts.extensions), ...incoming, ...outgoing]);
    }
    case "serviceTask":
    case "sendTask": {
      const parts = workerTaskParts(flavour, n.kind, n.topic!, n.multiInstance !== undefined);
      return el(parts.element, [...base, ...parts.attrs], [
        doc,
        parts.extensions.length > 0 && el("bpmn:extensionElements", [], parts.extensions),
        ...incoming,
        ...outgoing,
        n.multiInstance && multiInstanceXml(flavour, n.multiInstance, dataObjectId(n.multiInstance.collection)),
      ]);
    }
    case "endEvent":
      return el("bpmn:endEvent", base, [doc, ...incoming, n.terminate && el("bpmn:terminateEventDefinition", [["id", `${n.id}_def`]])]);
    case "userTask": {
      const parts = userTaskParts(flavour, n.id, n.assignee!, g.id);
      return el("bpmn:userTask", [...base, ...parts.attrs], [
        doc,
        parts.extensions.length > 0 && el("bpmn:extensionElements", [], parts.extensions),
        ...incoming,
        ...outgoing,
        ...parts.roles,
      ]);
    }
    case "exclusiveGateway":
      return el("bpmn:exclusiveGateway", [...base, ["default", n.defaultFlow]], [doc, ...incoming, ...outgoing]);
    case "parallelGateway":
      return el("bpmn:parallelGateway", base, [doc, ...incoming, ...outgoing]);
    case "boundaryEvent": {
      const t = timerXml(n.timer!, flavour, cal);
      return el("bpmn:boundaryEvent", [...base, ["cancelActivity", n.cancelActivity ? undefined : "false"], ["attachedToRef", n.attachedTo]], [
        documentation(t.documentation),
        ...outgoing,
        el("bpmn:timerEventDefinition", [["id", `${n.id}_def`], ...t.attrs], [el(`bpmn:${t.kind}`, [["xsi:type", "bpmn:tFormalExpression"]], [t.body])]),
      ]);
    }
  }
}

/** The plain flavour's data object holding a multi-instance task's list (its loopDataInputRef). */
function dataObjectId(collection: string): string {
  return `${collection}_data`;
}

/** The plain flavour's data objects: the lists multi-instance tasks run over. */
function dataObjects(g: ProcessGraph, flavour: Flavour): XmlElement[] {
  if (flavour !== "plain") return [];
  return g.nodes.flatMap((n) => (n.multiInstance ? [el("bpmn:dataObject", [["id", dataObjectId(n.multiInstance.collection)], ["name", n.multiInstance.collection], ["isCollection", "true"]])] : []));
}

/** The message a message start event waits for. */
function messageId(startId: string): string {
  return `${startId}_message`;
}

/** The messages of the process's message start events, as root elements of the definitions. */
function messages(g: ProcessGraph, flavour: Flavour): XmlElement[] {
  return g.nodes.flatMap((n) =>
    n.trigger?.kind === "message"
      ? [
          el("bpmn:message", [
            ["id", messageId(n.id)],
            ["name", messageName(flavour, n.trigger.name)],
          ]),
        ]
      : [],
  );
}

function sequenceFlow(f: ProcessFlow, flavour: Flavour): XmlElement {
  return el(
    "bpmn:sequenceFlow",
    [
      ["id", f.id],
      ["name", f.name],
      ["sourceRef", f.source],
      ["targetRef", f.target],
    ],
    [f.condition && el("bpmn:conditionExpression", [["xsi:type", "bpmn:tFormalExpression"]], [conditionBody(flavour, f.condition)])],
  );
}

/** A URI for the document that stays the same on every machine. */
function targetNamespace(code: string): string {
  return `urn:matterc:matter:${encodeURIComponent(code)}`;
}

export function toDefinitions(g: ProcessGraph, flavour: Flavour, code: string, documentationText: string, diagram: XmlElement, cal?: WorkCalendar): XmlElement {
  const lanes = g.lanes.map((l) =>
    el(
      "bpmn:lane",
      [
        ["id", ids.lane(l.id)],
        ["name", l.name],
      ],
      g.nodes.filter((n) => n.lane === l.id).map((n) => el("bpmn:flowNodeRef", [], [n.id])),
    ),
  );
  const process = el("bpmn:process", [["id", ids.process(g)], ["name", g.name], ["isExecutable", "true"], ...processAttrs(flavour)], [
    documentation(documentationText),
    el("bpmn:laneSet", [["id", ids.laneSet(g)]], lanes),
    ...g.nodes.map((n) => flowNode(g, n, flavour, cal)),
    ...g.flows.map((f) => sequenceFlow(f, flavour)),
    ...dataObjects(g, flavour),
  ]);
  const resources =
    flavour === "plain"
      ? g.lanes.map((l) =>
          el("bpmn:resource", [
            ["id", resourceId(l.id)],
            ["name", l.name],
          ]),
        )
      : [];
  return el(
    "bpmn:definitions",
    [...namespaceAttrs(flavour), ["id", ids.definitions(g)], ["targetNamespace", targetNamespace(code)], ["exporter", "matterc"], ...platformAttrs(flavour)],
    [
      ...resources,
      ...messages(g, flavour),
      el("bpmn:collaboration", [["id", ids.collaboration(g)]], [
        el("bpmn:participant", [
          ["id", ids.participant(g)],
          ["name", g.name],
          ["processRef", ids.process(g)],
        ]),
      ]),
      process,
      diagram,
    ],
  );
}
