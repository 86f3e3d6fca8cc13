// Camunda 7's web applications (Tasklist) and REST API on an in-memory H2 database: Maven resolves
// the Spring Boot starter from Maven Central (pom.xml), javac compiles src/, and one JVM serves it
// on a free port of 127.0.0.1 until the test stops it.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HERE = import.meta.dirname;
export const USER = "demo";
export const PASSWORD = "demo";

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
}
/** The tools the server needs that this machine lacks (.ci/run installs a JDK 17 and Maven). */
export const missingTools = Object.entries({ java: has("java", ["-version"]), javac: has("javac", ["-version"]), mvn: has("mvn", ["-v"]) })
  .filter(([, ok]) => !ok)
  .map(([t]) => t);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

export interface Tasklist {
  base: string;
  rest: string;
  /** Seconds: resolving and compiling, and the JVM's start until the REST API answers. */
  timings: { build: number; start: number };
  stop(): Promise<void>;
}

export async function startTasklist(): Promise<Tasklist> {
  // MATTERC_TASKLIST_URL=http://127.0.0.1:PORT uses one already running (while developing).
  const running = process.env.MATTERC_TASKLIST_URL;
  if (running && process.env.CI) throw new Error("MATTERC_TASKLIST_URL is for development; CI starts its own");
  if (running) return { base: running, rest: `${running}/engine-rest`, timings: { build: 0, start: 0 }, stop: async () => {} };
  const t0 = Date.now();
  const dir = mkdtempSync(join(tmpdir(), "matterc-tasklist-"));
  const cpFile = join(dir, "classpath.txt");
  execFileSync("mvn", ["-q", "-B", "-f", join(HERE, "pom.xml"), "dependency:build-classpath", `-Dmdep.outputFile=${cpFile}`], { stdio: ["ignore", "ignore", "inherit"] });
  const cp = readFileSync(cpFile, "utf8").trim();
  const classes = join(dir, "classes");
  mkdirSync(classes);
  const src = join(HERE, "src/matterc/tasklist");
  execFileSync("javac", ["-encoding", "UTF-8", "-d", classes, "-cp", cp, ...readdirSync(src).map((f) => join(src, f))]);
  const t1 = Date.now();
  const port = await freePort();
  const args = [
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseSerialGC",
    "-Xmx768m",
    "-Dfile.encoding=UTF-8",
    "-cp",
    `${classes}:${cp}`,
    "matterc.tasklist.TasklistApp",
    `--server.port=${port}`,
    "--server.address=127.0.0.1",
    `--spring.datasource.url=jdbc:h2:mem:tasklist-${port};DB_CLOSE_DELAY=-1`,
    `--camunda.bpm.admin-user.id=${USER}`,
    `--camunda.bpm.admin-user.password=${PASSWORD}`,
    "--camunda.bpm.filter.create=全部任务",
    "--logging.level.root=WARN",
    "--spring.main.banner-mode=off",
  ];
  const child: ChildProcess = spawn("java", args, { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout!.on("data", (d) => (log = (log + d).slice(-20_000)));
  child.stderr!.on("data", (d) => (log = (log + d).slice(-20_000)));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, 15_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Up to four minutes on two shared cores; it takes about half a minute alone.
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`Camunda 7 ended with ${child.exitCode} before it answered:\n${log}`);
    }
    try {
      const r = await fetch(`${base}/engine-rest/engine`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Camunda 7 did not answer within 4 minutes:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return { base, rest: `${base}/engine-rest`, timings: { build: (t1 - t0) / 1000, start: (Date.now() - t1) / 1000 }, stop };
}
