// The Flowable and Camunda 7 flavours of process.bpmn run in the engines themselves (and the
// camunda7 flavour in Operaton, Camunda 7's community fork): Maven brings the engines from Maven
// Central (pom.xml), javac compiles the harness in src/, and one JVM runs every situation of every
// example and fixture against the expectations manifest.ts derives from the model. docs/process.md
// names the versions. On CI a missing Java or Maven fails this test; elsewhere it is skipped.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderProcess } from "../../targets/process/index.js";
// 免申办 processes start from a message or timer and call a DMN decision: proactive.test.ts runs them.
import { applicationModels as allModels } from "../process/models.js";
import { NOW, processManifest, type ProcessManifest } from "./manifest.js";
import { readCalendar } from "../../cli/calendar.js";
import type { WorkCalendar } from "../../targets/calendar.js";
import type { Model } from "../../compiler/model.js";

const HERE = import.meta.dirname;
/** The 2026 arrangement of the General Office of the State Council (docs/process.md). */
const CALENDAR_FILE = join(HERE, "节假日-2026.json");
const CALENDAR = readCalendar(CALENDAR_FILE);
export const ENGINES = ["flowable", "camunda7", "operaton"];

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
}
const tools = { java: has("java", ["-version"]), javac: has("javac", ["-version"]), mvn: has("mvn", ["-v"]) };
const missing = Object.entries(tools).filter(([, ok]) => !ok).map(([t]) => t);

/** The engines' class path, resolved by Maven from pom.xml (downloaded on first use). */
function classpath(dir: string): string {
  const out = join(dir, "classpath.txt");
  execFileSync("mvn", ["-q", "-B", "-f", join(HERE, "pom.xml"), "dependency:build-classpath", `-Dmdep.outputFile=${out}`], { stdio: ["ignore", "ignore", "inherit"] });
  return readFileSync(out, "utf8").trim();
}

/** A copy of a process whose expectations are wrong on purpose: an extra task and a late timer. */
function canaryOf(p: ProcessManifest): ProcessManifest {
  const c = p.cases[0];
  const wrong = { ...c, label: "canary", releasedBy: { ...c.releasedBy, Nowhere_task: [`${p.key}_accept`] } };
  const late = p.timerRun!.timers.map((t, i) => (i === 0 ? { ...t, due: new Date(Date.parse(t.due) + 86_400_000).toISOString() } : t));
  return { ...p, name: `canary ${p.name}`, cases: [wrong, p.cases[p.timerRun!.caseIndex]], timerRun: { caseIndex: 1, timers: late }, terminations: [] };
}

describe.skipIf(missing.length > 0 && !process.env.CI)("process.bpmn in Flowable, Camunda 7 and Operaton", () => {
  it("every situation of every matter runs as the compiler says, with its timers", { timeout: 40 * 60_000 }, () => {
    if (missing.length > 0) throw new Error(`engines: ${missing.join(", ")} not found; .ci/run installs a JDK 17 and Maven`);
    const dir = mkdtempSync(join(tmpdir(), "matterc-engines-"));
    // MATTERC_ENGINES_ONLY=名 runs only the matters whose name contains it (while developing).
    const only = process.env.MATTERC_ENGINES_ONLY;
    if (only && process.env.CI) throw new Error("MATTERC_ENGINES_ONLY is for development; CI runs every matter");
    const models = allModels().filter(({ name }) => !only || name.includes(only));
    const render = (model: Model, file: string, calendar?: WorkCalendar): Record<string, string> => {
      const files: Record<string, string> = {};
      for (const flavour of ["flowable", "camunda7"] as const) {
        files[flavour] = join(dir, `${file}.${flavour}.bpmn`);
        writeFileSync(files[flavour], renderProcess(model, flavour, calendar));
      }
      return files;
    };
    // One run per distinct set of gateway decisions, every one of them (manifest.ts; the argument
    // that it stands for each situation of its group is in docs/process.md);
    // MATTERC_ENGINES_EVERY=1 runs every situation by itself.
    const every = process.env.MATTERC_ENGINES_EVERY === "1";
    const processes = models.map(({ name, model }, n) => processManifest(name, model, render(model, String(n)), { every }));
    // The same matters built with --calendar: their working-day timers fall due by the 2026 holidays.
    const withCalendar = models.map(({ name, model }, n) => processManifest(`${name} --calendar`, model, render(model, `${n}.cal`, CALENDAR), { calendar: CALENDAR }));
    // The checks must be able to fail: a canary expects a wrong order, a task that never runs and a
    // timer a day late, and each engine must report exactly those.
    const canary = canaryOf(processes.find((p) => p.timerRun)!);
    const manifest = join(dir, "manifest.json");
    writeFileSync(manifest, JSON.stringify({ now: NOW, calendar: CALENDAR_FILE, engines: ENGINES, processes: [...processes, ...withCalendar, canary] }));
    const cp = classpath(dir);
    const classes = join(dir, "classes");
    mkdirSync(classes);
    const sources = readdirSync(join(HERE, "src/matterc/engines")).map((f) => join(HERE, "src/matterc/engines", f));
    execFileSync("javac", ["-encoding", "UTF-8", "-d", classes, "-cp", cp, ...sources]);
    // C1 only and the serial collector: a run this short never repays C2's compilation, and on two
    // cores the JVM then costs about half the CPU time (docs/process.md, "Tests").
    const run = spawnSync("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp", `${classes}:${cp}`, "matterc.engines.Main", manifest], { maxBuffer: 256 << 20, encoding: "utf8" });
    const lines = run.stdout.split("\n");
    const failures = lines.filter((l) => l.startsWith("FAIL ") && !l.includes(`| ${canary.name} |`));
    expect(failures.slice(0, 20), `${failures.length} failures; stderr: ${run.stderr.slice(-2000)}`).toEqual([]);
    for (const engine of ["Flowable", "Camunda 7", "Operaton"]) {
      const mine = lines.filter((l) => l.startsWith(`FAIL ${engine} | ${canary.name} |`));
      expect(mine.some((l) => l.includes("tasks ran")), `${engine} notices a task that never ran`).toBe(true);
      expect(mine.some((l) => / falls due .* expected /.test(l)), `${engine} notices a timer due a day late`).toBe(true);
    }
    expect(run.status, run.stderr.slice(-2000)).toBe(1);
    const closing = lines.find((l) => l.match(/^engines: \d+ passed, (\d+) failed$/)?.[1] === String(2 * ENGINES.length));
    expect(closing, run.stdout.slice(-2000)).toBeDefined();
    // Every run was checked in every engine.
    const runs = processes.reduce((n, p) => n + p.cases.length, 0);
    expect(Number(closing!.match(/(\d+) passed/)![1])).toBeGreaterThanOrEqual(runs * ENGINES.length);
    const stood = processes.reduce((n, p) => n + p.cases.reduce((k, c) => k + c.situations, 0), 0);
    const total = models.reduce((n, m) => n + m.model.metrics.situations.length, 0);
    // Every situation of every matter stands in a run: every decision group ran.
    expect(stood).toBe(total);
    process.stdout.write(`engines: ${runs} runs standing for ${stood} of the ${total} situations the compiler lists\n`);
    process.stdout.write(lines.filter((l) => /^(flowable|camunda7|operaton|engines):/.test(l)).join("\n") + "\n");
    rmSync(dir, { recursive: true, force: true });
  });
});
