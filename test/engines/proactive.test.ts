// 免申办 and 跨域办 (异地代收代办) processes in Flowable, Camunda 7 and Operaton, with their DMN engines:
// Maven brings the engines (pom.xml, the one pom of the engine tests), javac compiles the harness in
// src/matterc/proactive (and the Operaton copy of the Camunda 7 class, made here with Operaton's
// packages), and one JVM runs every run proactive.ts derives from the model. On CI a missing Java
// or Maven fails this test.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { renderProcess } from "../../targets/process/index.js";
import { MATCH_TOPIC, NOTICE_TOPIC, START_TOPIC } from "../../targets/process/proactive.js";
import { proactiveModels, receivingModels } from "../process/proactive-models.js";
import { dmnDialect, renderEligibility } from "../../targets/dmn/index.js";
import { NOW } from "./manifest.js";
import { proactiveRuns, receivingRuns, type Run } from "./proactive.js";

const HERE = import.meta.dirname;
export const ENGINES = ["flowable", "camunda7", "operaton"];

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
}
const missing = Object.entries({ java: has("java", ["-version"]), javac: has("javac", ["-version"]), mvn: has("mvn", ["-v"]) })
  .filter(([, ok]) => !ok)
  .map(([t]) => t);

describe.skipIf(missing.length > 0 && !process.env.CI)("免申办 and 异地代收代办 in Flowable, Camunda 7 and Operaton", () => {
  it("every run starts, decides, asks and ends as the process says", { timeout: 20 * 60_000 }, () => {
    if (missing.length > 0) throw new Error(`engines: ${missing.join(", ")} not found; .ci/run installs a JDK 17 and Maven`);
    const dir = mkdtempSync(join(tmpdir(), "matterc-proactive-"));
    const processes: { name: string; key: string; files: Record<string, string>; dmn: Record<string, string> | null; runs: Run[] }[] = [];
    const add = (name: string, model: Model, runs: Run[], withDmn = false) => {
      const n = processes.length;
      const files: Record<string, string> = {};
      const dmn: Record<string, string> = {};
      for (const flavour of ["flowable", "camunda7"] as const) {
        files[flavour] = join(dir, `${n}.${flavour}.bpmn`);
        writeFileSync(files[flavour], renderProcess(model, flavour));
        if (!withDmn) continue;
        // eligibility.dmn as `matterc build --process <flavour>` writes it: FEEL, or Flowable's JUEL.
        const text = renderEligibility(model, dmnDialect(flavour));
        if (!text) throw new Error(`${name}: no eligibility.dmn`);
        writeFileSync((dmn[flavour] = join(dir, `${n}.${flavour}.dmn`)), text);
      }
      processes.push({ name, key: model.id, files, dmn: withDmn ? dmn : null, runs });
    };
    for (const { name, model } of receivingModels()) add(name, model, receivingRuns(model));
    // 免申办: process.bpmn deployed together with its eligibility.dmn (targets/dmn).
    for (const { name, model } of proactiveModels()) add(name, model, proactiveRuns(model), true);
    expect(processes.length).toBeGreaterThan(0);
    // The check must be able to fail: a copy of the first process expecting a task that never runs.
    const first = processes[0];
    const canary = { ...first, name: `canary ${first.name}`, runs: [{ ...first.runs[0], label: "canary", tasks: [...first.runs[0].tasks, "Nowhere_task"] }] };
    const manifest = join(dir, "manifest.json");
    writeFileSync(manifest, JSON.stringify({ now: NOW, engines: ENGINES, topic: NOTICE_TOPIC, matchTopic: MATCH_TOPIC, startTopic: START_TOPIC, processes: [...processes, canary] }));

    const cp = join(dir, "classpath.txt");
    execFileSync("mvn", ["-q", "-B", "-f", join(HERE, "pom.xml"), "dependency:build-classpath", `-Dmdep.outputFile=${cp}`], { stdio: ["ignore", "ignore", "inherit"] });
    const classpath = readFileSync(cp, "utf8").trim();
    const src = join(HERE, "src/matterc/proactive");
    // The engines' one setup each (src/matterc/engines) and the runs of this test.
    const setup = join(HERE, "src/matterc/engines");
    const sources = [...readdirSync(setup).map((f) => join(setup, f)), ...readdirSync(src).map((f) => join(src, f))];
    // Operaton is Camunda 7's fork: the same class with its packages and names.
    const operaton = join(dir, "OperatonEng.java");
    writeFileSync(
      operaton,
      readFileSync(join(src, "Camunda7Eng.java"), "utf8")
        .replaceAll("org.camunda.bpm", "org.operaton.bpm")
        .replaceAll("Camunda7Engine", "OperatonEngine")
        .replaceAll("Camunda7Eng", "OperatonEng")
        .replaceAll('"Camunda 7"', '"Operaton"')
        .replaceAll("proactive-camunda7", "proactive-operaton"),
    );
    const classes = join(dir, "classes");
    mkdirSync(classes);
    execFileSync("javac", ["-encoding", "UTF-8", "-d", classes, "-cp", classpath, ...sources, operaton]);
    const run = spawnSync("java", ["-Xmx1g", "-Dfile.encoding=UTF-8", "-cp", `${classes}:${classpath}`, "matterc.proactive.Main", manifest], { maxBuffer: 64 << 20, encoding: "utf8" });
    const lines = run.stdout.split("\n");
    const failures = lines.filter((l) => l.startsWith("FAIL ") && !l.includes(`| ${canary.name} |`));
    expect(failures.slice(0, 20), `${failures.length} failures; stderr: ${run.stderr.slice(-3000)}`).toEqual([]);
    for (const engine of ["Flowable", "Camunda 7", "Operaton"]) {
      expect(lines.some((l) => l.startsWith(`FAIL ${engine} | ${canary.name} | canary | tasks ran`)), `${engine} notices a task that never ran`).toBe(true);
    }
    const runs = processes.reduce((n, p) => n + p.runs.length + 1, 0);
    expect(run.stdout).toContain(`proactive: ${ENGINES.length * (runs + 1)} passed, ${ENGINES.length} failed`);
    process.stdout.write(`proactive engines: ${processes.length} processes, ${runs} checks per engine\n`);
  });
});
