// Runs one CLI verb in this process, as `matterc <verb> …` would, and gives back what it printed
// and its exit code (for verbs whose registration is cheap to call repeatedly, e.g. notice).
import { Command } from "commander";
import { vi } from "vitest";

export async function runVerb(register: (program: Command) => void, verb: string, args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = undefined;
  try {
    const program = new Command("matterc").exitOverride();
    register(program);
    await program.parseAsync(["node", "matterc", verb, ...args]);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { out, err, code };
}
