// The Flowable form definitions (flowable/*.form, `--process flowable`) in their real consumer,
// Flowable's form engine. It left Flowable's open-source engines with 7.0, so this harness runs
// Flowable 6.8.1 with its form engine (flowable-forms/pom.xml), apart from the process engines of
// engines.test.ts. For every example, the process (flowable flavour) is deployed with its forms,
// started through its start form with the application of the situation that runs the most tasks,
// and every user task is completed through its own form (fetched by formKey, showing the
// application read-only, refused without a required value, completed with its first outcome);
// the tasks that ran must be those the compiler expects. A canary expecting a task that never runs
// must fail. On CI a missing Java or Maven fails this test; elsewhere it is skipped.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { flowableForms, type FlowableForm } from "../../targets/flowable/index.js";
import { renderProcess } from "../../targets/process/index.js";
import { exampleModels } from "../process/models.js";
import { processManifest } from "./manifest.js";

const HERE = join(import.meta.dirname, "flowable-forms");
const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
const missing = (["java", "javac", "mvn"] as const).filter((t) => !has(t, t === "mvn" ? ["-v"] : ["-version"]));

/** Nested data as the start form submits it: one value per dotted key. */
function flatten(data: Record<string, unknown>, prefix = "", out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries(data)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === "object" && !Array.isArray(v)) flatten(v as Record<string, unknown>, key, out);
    else out[key] = v;
  }
  return out;
}

interface FormsProcess {
  name: string;
  key: string;
  bpmn: string;
  forms: string[];
  startFormKey: string;
  start: Record<string, unknown>;
  readBack: Record<string, unknown>;
  expectedTasks: string[];
}

function processOf(dir: string, n: number, name: string, model: Model): FormsProcess {
  const bpmn = join(dir, `${n}.bpmn`);
  writeFileSync(bpmn, renderProcess(model, "flowable"));
  const forms = flowableForms(model);
  const formDir = join(dir, `${n}-forms`);
  mkdirSync(formDir);
  const paths = forms.map((f) => {
    const p = join(formDir, `${f.key}.form`);
    writeFileSync(p, JSON.stringify(f));
    return p;
  });
  // The situation whose run meets the most user tasks.
  // (the runs on the situations only: the manifest's runs on staff decisions — 补正, refusals — need
  // other outcomes than the first)
  const cases = processManifest(name, model, {}).cases.filter((x) => Object.keys(x.decisions).length === 0);
  const c = cases.reduce((best, x) => (Object.keys(x.releasedBy).length > Object.keys(best.releasedBy).length ? x : best));
  const startForm = forms[0] as FlowableForm;
  const ids = new Set(startForm.fields.filter((f) => !f.type.startsWith("headline")).map((f) => f.id));
  const start = Object.fromEntries(Object.entries(flatten(c.variables)).filter(([k]) => ids.has(k)));
  const readBack = Object.fromEntries(model.situations.filter((s) => typeof start[s.name] === "string" || typeof start[s.name] === "boolean").map((s) => [s.name, start[s.name]]));
  return { name, key: model.id, bpmn, forms: paths, startFormKey: startForm.key, start, readBack, expectedTasks: Object.keys(c.releasedBy) };
}

describe.skipIf(missing.length > 0 && !process.env.CI)("flowable/*.form in Flowable's form engine", () => {
  it("every example starts through its start form and every user task completes through its own form", { timeout: 20 * 60_000 }, () => {
    if (missing.length > 0) throw new Error(`flowable forms: ${missing.join(", ")} not found; .ci/run installs a JDK 17 and Maven`);
    const dir = mkdtempSync(join(tmpdir(), "matterc-flowable-forms-"));
    const all = exampleModels();
    // A 免申办 matter starts from a message or a timer, not from an application: it has no start
    // form (its own tasks run in test/engines/proactive.test.ts).
    for (const { model } of all.filter((x) => x.model.proactive)) expect(renderProcess(model, "flowable")).not.toMatch(/<(?:bpmn:)?startEvent[^>]*formKey/);
    const processes = all.filter((x) => !x.model.proactive).map(({ name, model }, n) => processOf(dir, n, name, model));
    expect(processes.length).toBeGreaterThanOrEqual(10);
    const canary = { ...processes[0], name: `canary ${processes[0].name}`, expectedTasks: [...processes[0].expectedTasks, "Nowhere_task"] };
    const manifest = join(dir, "manifest.json");
    writeFileSync(manifest, JSON.stringify({ processes: [...processes, canary] }));
    const cpFile = join(dir, "classpath.txt");
    execFileSync("mvn", ["-q", "-B", "-f", join(HERE, "pom.xml"), "dependency:build-classpath", `-Dmdep.outputFile=${cpFile}`], { stdio: ["ignore", "ignore", "inherit"] });
    const cp = readFileSync(cpFile, "utf8").trim();
    const classes = join(dir, "classes");
    mkdirSync(classes);
    const src = join(HERE, "src/matterc/forms");
    execFileSync("javac", ["-encoding", "UTF-8", "-d", classes, "-cp", cp, ...readdirSync(src).map((f) => join(src, f))]);
    const run = spawnSync("java", ["-Xmx768m", "-Dfile.encoding=UTF-8", "-cp", `${classes}:${cp}`, "matterc.forms.FlowableForms", manifest], { maxBuffer: 64 << 20, encoding: "utf8" });
    const lines = run.stdout.split("\n");
    const failures = lines.filter((l) => l.startsWith("FAIL ") && !l.startsWith(`FAIL ${canary.name} |`));
    expect(failures.slice(0, 20), `${failures.length} failures; stderr: ${run.stderr.slice(-2000)}`).toEqual([]);
    // The checks can fail: the canary's task that never runs is reported.
    expect(lines.filter((l) => l.startsWith(`FAIL ${canary.name} |`)).some((l) => l.includes("tasks ran") && l.includes("Nowhere_task"))).toBe(true);
    expect(lines).toContain(`flowable-forms: ${processes.length} passed, 1 failed`);
    expect(run.status).toBe(1);
  });
});
