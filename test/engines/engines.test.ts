// The Flowable and Camunda 7 flavours of process.bpmn run in the engines themselves (and the
// camunda7 flavour in Operaton, Camunda 7's community fork): Maven brings the engines from Maven
// Central (pom.xml), javac compiles the harness in src/, and one JVM runs every situation of every
// example and fixture against the expectations manifest.ts derives from the model. docs/process.md
// names the versions. On CI a missing Java or Maven fails this test; elsewhere it is skipped.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderProcess } from "../../targets/process/index.js";
import { allModels } from "../process/models.js";
import { NOW, processManifest } from "./manifest.js";
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
    // One run per distinct set of gateway decisions (manifest.ts); MATTERC_ENGINES_EVERY=1 runs every situation.
    const every = process.env.MATTERC_ENGINES_EVERY === "1";
    const processes = models.map(({ name, model }, n) => processManifest(name, model, render(model, String(n)), { every }));
    // The same matters built with --calendar: their working-day timers fall due by the 2026 holidays.
    const withCalendar = models.map(({ name, model }, n) => processManifest(`${name} --calendar`, model, render(model, `${n}.cal`, CALENDAR), { calendar: CALENDAR }));
    const manifest = join(dir, "manifest.json");
    writeFileSync(manifest, JSON.stringify({ now: NOW, calendar: CALENDAR_FILE, engines: ENGINES, processes: [...processes, ...withCalendar] }));
    const cp = classpath(dir);
    const classes = join(dir, "classes");
    mkdirSync(classes);
    const sources = readdirSync(join(HERE, "src/matterc/engines")).map((f) => join(HERE, "src/matterc/engines", f));
    execFileSync("javac", ["-encoding", "UTF-8", "-d", classes, "-cp", cp, ...sources]);
    const run = spawnSync("java", ["-Xmx1g", "-Dfile.encoding=UTF-8", "-cp", `${classes}:${cp}`, "matterc.engines.Main", manifest], { maxBuffer: 256 << 20, encoding: "utf8" });
    const lines = run.stdout.split("\n");
    const failures = lines.filter((l) => l.startsWith("FAIL "));
    expect(failures.slice(0, 20), `${failures.length} failures; stderr: ${run.stderr.slice(-2000)}`).toEqual([]);
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const closing = lines.find((l) => /^engines: \d+ passed, 0 failed$/.test(l));
    expect(closing, run.stdout.slice(-2000)).toBeDefined();
    // Every situation was run, or stood for, in every engine.
    const runs = processes.reduce((n, p) => n + p.cases.length, 0);
    expect(processes.reduce((n, p) => n + p.cases.reduce((k, c) => k + c.situations, 0), 0)).toBe(models.reduce((n, m) => n + m.model.metrics.situations.length, 0));
    expect(Number(closing!.match(/(\d+) passed/)![1])).toBeGreaterThanOrEqual(runs * ENGINES.length);
    process.stdout.write(lines.filter((l) => /^(flowable|camunda7|operaton|engines):/.test(l)).join("\n") + "\n");
  });
});
