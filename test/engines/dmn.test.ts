// eligibility.dmn in the DMN engines: Camunda 7's (camunda-engine-dmn with the Scala FEEL engine,
// the version of pom.xml's camunda-engine) on the FEEL file, and Flowable's (flowable-dmn-engine,
// the version of pom.xml's flowable-engine) on the Flowable dialect that `--process flowable`
// writes (JUEL, targets/dmn/juel.ts). The harness in src/matterc/dmn reads every file (Camunda 7:
// with the DMN model API, DMN 1.3 schema), deploys it and evaluates every decision for the
// generated cases of test/dmn/cases.ts; each verdict must be the compiler's. A canary copy with
// one test loosened must disagree in each engine, and no warning may be logged. On CI a missing
// Java or Maven fails this test; elsewhere it is skipped.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderEligibility } from "../../targets/dmn/index.js";
import type { DmnDialect } from "../../targets/dmn/to-xml.js";
import { decisionCases, type DecisionCases } from "../dmn/cases.js";
import { hostileNewborn, proactiveModels } from "../dmn/models.js";
import { HOSTILE } from "../safety/hostile-source.js";

const HERE = import.meta.dirname;
const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
const missing = (["java", "javac", "mvn"] as const).filter((t) => !has(t, t === "mvn" ? ["-v"] : ["-version"]));

interface Output {
  deployed: Record<string, string[] | { error: string }>;
  results: Record<string, Record<string, unknown>[]>;
  warnings: string[];
}

/** Each engine and the dialect of eligibility.dmn it reads. */
const ENGINES: Record<string, DmnDialect> = { camunda7: "feel", flowable: "juel" };

/** The first rule's first test that is not "-" becomes "-", and every id gets another prefix. */
function canaryOf(xml: string): string {
  return xml.replace(/(<rule id="[^"]*_rule_1">[\s\S]*?<text>)(?!-<)[^<]*(<\/text>)/, "$1-$2").replaceAll("Eligibility_", "Canary_");
}

function wrong(group: DecisionCases, results: Record<string, unknown>[] | undefined): string[] {
  if (!results) return [`${group.decision}: no results`];
  return group.cases.flatMap((c, i) => {
    const got = results[i];
    return JSON.stringify(got) === JSON.stringify(c.expected) ? [] : [`${group.decision} ${JSON.stringify(c.data)} → ${JSON.stringify(got)}, expected ${JSON.stringify(c.expected)}`];
  });
}

describe.skipIf(missing.length > 0 && !process.env.CI)("eligibility.dmn in Camunda 7's and Flowable's DMN engines", () => {
  it("deploys without warnings and gives the compiler's verdict in every generated case", { timeout: 20 * 60_000 }, () => {
    if (missing.length > 0) throw new Error(`dmn engines: ${missing.join(", ")} not found; .ci/run installs a JDK 17 and Maven`);
    const dir = mkdtempSync(join(tmpdir(), "matterc-dmn-"));
    const files: Record<string, { name: string; path: string }[]> = {};
    const groups: DecisionCases[] = [];
    const models = proactiveModels();
    models.forEach(({ name, model }) => groups.push(...decisionCases(name, model, 1200)));
    // The canary's loosened row is in the first decision of its file (the last model's).
    const first = groups.find((g) => g.matter === groups[groups.length - 1].matter)!;
    const canary = { ...first, decision: first.decision.replace("Eligibility_", "Canary_"), cases: first.cases.slice(0, 200) };
    for (const [engine, dialect] of Object.entries(ENGINES)) {
      files[engine] = models.map(({ model }, n) => {
        const path = join(dir, `${n}.${dialect}.dmn`);
        writeFileSync(path, renderEligibility(model, dialect)!);
        return { name: `${n}-${model.code}.dmn`, path };
      });
      const canaryPath = join(dir, `canary.${dialect}.dmn`);
      writeFileSync(canaryPath, canaryOf(readFileSync(files[engine][files[engine].length - 1].path, "utf8")));
      files[engine].push({ name: "canary.dmn", path: canaryPath });
    }
    // Hostile text in the Flowable dialect (test/dmn/hostile.test.ts): every string the safety test
    // catalogues in every text of the rules and columns, each model's decisions under ids of its own.
    const hostile: DecisionCases[] = [];
    HOSTILE.forEach((s, n) => {
      const path = join(dir, `hostile-${n}.juel.dmn`);
      const model = hostileNewborn(s);
      writeFileSync(path, renderEligibility(model, "juel")!.replaceAll('"Eligibility_', `"Hostile${n}_`));
      files.flowable.push({ name: `hostile-${n}.dmn`, path });
      for (const g of decisionCases("hostile", model, 60)) hostile.push({ ...g, decision: g.decision.replace("Eligibility_", `Hostile${n}_`) });
    });
    expect(hostile.length).toBeGreaterThan(10);
    const decisions = (gs: DecisionCases[]) => gs.map((g) => ({ key: g.decision, cases: g.cases.map((c) => c.data) }));
    const manifest = join(dir, "manifest.json");
    writeFileSync(manifest, JSON.stringify({ engines: Object.fromEntries(Object.keys(ENGINES).map((e) => [e, { files: files[e], decisions: decisions([...groups, canary, ...(e === "flowable" ? hostile : [])]) }])) }));

    const cpFile = join(dir, "classpath.txt");
    execFileSync("mvn", ["-q", "-B", "-f", join(HERE, "pom.xml"), "dependency:build-classpath", `-Dmdep.outputFile=${cpFile}`], { stdio: ["ignore", "ignore", "inherit"] });
    const cp = readFileSync(cpFile, "utf8").trim();
    const classes = join(dir, "classes");
    mkdirSync(join(classes, "META-INF/services"), { recursive: true });
    // DmnLog keeps what the engines log (no other SLF4J provider is on the class path).
    writeFileSync(join(classes, "META-INF/services/org.slf4j.spi.SLF4JServiceProvider"), "matterc.dmn.DmnLog\n");
    const src = join(HERE, "src/matterc/dmn");
    execFileSync("javac", ["-encoding", "UTF-8", "-d", classes, "-cp", cp, ...readdirSync(src).map((f) => join(src, f))]);
    const outFile = join(dir, "out.json");
    const run = spawnSync("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx768m", "-Dfile.encoding=UTF-8", "-cp", `${classes}:${cp}`, "matterc.dmn.DmnMain", manifest, outFile], { encoding: "utf8", maxBuffer: 64 << 20 });
    expect(run.status, run.stderr.slice(-3000)).toBe(0);
    const all = (JSON.parse(readFileSync(outFile, "utf8")) as { engines: Record<string, Output> }).engines;

    const cases = groups.reduce((n, g) => n + g.cases.length, 0);
    expect(cases).toBeGreaterThan(1000);
    for (const engine of Object.keys(ENGINES)) {
      const out = all[engine];
      // Deployed, with every decision of every file, and nothing logged.
      for (const f of files[engine]) expect(out.deployed[f.name], `${engine} ${f.name}`).not.toHaveProperty("error");
      const keys = Object.values(out.deployed).flat();
      for (const g of groups) expect(keys, engine).toContain(g.decision);
      expect(out.warnings, engine).toEqual([]);
      const failures = [...groups, ...(engine === "flowable" ? hostile : [])].flatMap((g) => wrong(g, out.results[g.decision]));
      expect(failures.slice(0, 10), `${engine}: ${failures.length} cases wrong`).toEqual([]);
      expect(wrong(canary, out.results[canary.decision]).length, `${engine}: the canary's loosened table must disagree`).toBeGreaterThan(0);
    }
    process.stdout.write(`${run.stdout.trim()}\ndmn engines: ${cases} cases in ${groups.length} decisions agree with the compiler in ${Object.keys(ENGINES).join(", ")}\n`);
  });
});
