// Layout → BPMNDI: a shape for the pool, every lane and every flow node, an edge for every flow.
// Labels get no bounds of their own: bpmn-js and Camunda Modeler place them by their defaults.
import type { ProcessGraph } from "./graph.js";
import type { Box, Layout } from "./layout.js";
import { route } from "./routing.js";
import { ids } from "./to-xml.js";
import { el, type XmlElement } from "./xml.js";

function bounds(b: Box): XmlElement {
  return el("dc:Bounds", [
    ["x", Math.round(b.x)],
    ["y", Math.round(b.y)],
    ["width", Math.round(b.w)],
    ["height", Math.round(b.h)],
  ]);
}

function shape(element: string, b: Box, extra: XmlElement["attrs"] = []): XmlElement {
  return el("bpmndi:BPMNShape", [["id", `${element}_di`], ["bpmnElement", element], ...extra], [bounds(b)]);
}

export function toDiagram(g: ProcessGraph, l: Layout): XmlElement {
  const shapes = [
    shape(ids.participant(g), l.pool, [["isHorizontal", "true"]]),
    ...l.lanes.map((lane) => shape(ids.lane(lane.id), lane.box, [["isHorizontal", "true"]])),
    ...g.nodes.map((n) => shape(n.id, l.boxes.get(n.id)!, n.kind === "exclusiveGateway" ? [["isMarkerVisible", "true"]] : [])),
  ];
  const edges = g.flows.map((f) =>
    el(
      "bpmndi:BPMNEdge",
      [
        ["id", `${f.id}_di`],
        ["bpmnElement", f.id],
      ],
      route(g, l, f).map((p) =>
        el("di:waypoint", [
          ["x", Math.round(p.x)],
          ["y", Math.round(p.y)],
        ]),
      ),
    ),
  );
  return el("bpmndi:BPMNDiagram", [["id", `Diagram_${g.id}`]], [
    el("bpmndi:BPMNPlane", [["id", `Plane_${g.id}`], ["bpmnElement", ids.collaboration(g)]], [...shapes, ...edges]),
  ]);
}
