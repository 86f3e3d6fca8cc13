// Runs the built CLI as a fresh process and reads its CPU time and peak RSS from the child's own
// `process.resourceUsage()` when it exits (the parent's figures would include the bench itself).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { packageRoot } from "../cli/host.js";

export interface ChildRun {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds (user + system) and peak RSS in MiB, as the child measured them. */
  usage?: { cpu: number; rss: number };
  /** "exit N" or "killed by SIG…". */
  outcome: string;
  status: number | null;
}

/** `env` is added to the process's environment. */
export function runCli(args: string[], env: Record<string, string> = {}): ChildRun {
  const cli = join(packageRoot(), "dist", "cli", "main.js");
  const t0 = performance.now();
  const wrapper = `const u0=process.resourceUsage();process.argv=[process.argv[0],${JSON.stringify(cli)},...${JSON.stringify(args)}];process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\n@@"+JSON.stringify({cpu:(u.userCPUTime+u.systemCPUTime-u0.userCPUTime-u0.systemCPUTime)/1e6,rss:u.maxRSS/1024})+"\\n")});await import(${JSON.stringify(cli)});`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", wrapper], { encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const wall = (performance.now() - t0) / 1000;
  const m = /@@(\{.*\})/.exec(r.stderr ?? "");
  return { wall, usage: m ? (JSON.parse(m[1]) as { cpu: number; rss: number }) : undefined, outcome: r.signal ? `killed by ${r.signal}` : `exit ${r.status}`, status: r.status };
}
