// Every flavour of every matter parses without warnings and passes the linters Camunda's modelers
// run before a deployment: no errors, no warnings.
import { describe, expect, it } from "vitest";
import { renderProcess } from "../../targets/process/index.js";
import type { Flavour } from "../../targets/process/flavours.js";
import { lint, lintConfigs, parse } from "./consumers.js";
import { everyModel as allModels } from "./proactive-models.js";

const FLAVOURS: Flavour[] = ["camunda8", "camunda7", "flowable", "plain"];

describe.each(allModels())("process.bpmn of $name", ({ model }) => {
  it.each(FLAVOURS)("%s: bpmn-moddle reads it without warnings and bpmnlint reports nothing", async (flavour) => {
    const xml = renderProcess(model, flavour);
    const { rootElement, warnings } = await parse(xml, flavour);
    expect(warnings.map((w) => w.message)).toEqual([]);
    for (const config of lintConfigs(flavour)) {
      const reports = await lint(rootElement, config);
      expect(reports.map((r) => `${r.category} ${r.id}: ${r.message}`), config.join(" + ")).toEqual([]);
    }
  });
});

// The oracles themselves must be able to fail: the same documents, broken on purpose.
describe("the oracles catch broken documents", () => {
  const { model } = allModels()[0];

  it("bpmn-moddle warns about a dangling reference", async () => {
    const xml = renderProcess(model, "camunda8").replace(/attachedToRef="[^"]+"/, 'attachedToRef="Nowhere"');
    const { warnings } = await parse(xml, "camunda8");
    expect(warnings.length).toBeGreaterThan(0);
  });

  it("bpmnlint reports a node without its incoming flow and a shape without DI", async () => {
    const xml = renderProcess(model, "plain")
      .replace(/<bpmn:incoming>Flow_[\w-]+_accept_merge__[\w-]+_accept<\/bpmn:incoming>/, "")
      .replace(/<bpmndi:BPMNShape id="[\w-]+_issue_di"[\s\S]*?<\/bpmndi:BPMNShape>/, "");
    const { rootElement } = await parse(xml, "plain");
    const messages = (await lint(rootElement, lintConfigs("plain")[0])).map((r) => r.message);
    expect(messages.some((m) => m.startsWith("no-bpmndi"))).toBe(true);
    expect(messages.some((m) => m.startsWith("no-disconnected") || m.startsWith("no-implicit-start"))).toBe(true);
  });

  it("Camunda 8 rules reject a timer that is not an ISO duration and a task without its form", async () => {
    const xml = renderProcess(model, "camunda8")
      .replace(/<bpmn:timeDuration([^>]*)>P\d+D</, "<bpmn:timeDuration$1>5 days<")
      .replace(/<zeebe:formDefinition formId="[^"]*" \/>/, '<zeebe:formDefinition />');
    const { rootElement } = await parse(xml, "camunda8");
    const messages = (await lint(rootElement, lintConfigs("camunda8")[0])).map((r) => r.message);
    expect(messages.some((m) => m.startsWith("camunda-compat/timer"))).toBe(true);
    expect(messages.some((m) => m.startsWith("camunda-compat/user-task-form"))).toBe(true);
  });

  it("Camunda 7 rules ask for a history time to live", async () => {
    const xml = renderProcess(model, "camunda7").replace(/ camunda:historyTimeToLive="\d+"/, "");
    const { rootElement } = await parse(xml, "camunda7");
    const messages = (await lint(rootElement, lintConfigs("camunda7")[0])).map((r) => r.message);
    expect(messages.some((m) => m.startsWith("camunda-compat/history-time-to-live"))).toBe(true);
  });
});
