// The spine (docs/architecture.md): grammar → compiler → model → targets → cli. Nothing in
// grammar/ or compiler/ imports targets/ or cli/, and targets/ does not import cli/. Targets see
// only the model: of compiler/ they import the model, its conditions and the shared text rules.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/memory-host.js";

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [relative(ROOT, join(ROOT, dir, e.name))] : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+"([^"]+)"/gms)].map((m) => join(file, "..", m[1]));
}

describe("layering", () => {
  for (const [layer, forbidden] of [
    ["grammar", ["targets/", "cli/"]],
    ["compiler", ["targets/", "cli/"]],
    ["targets", ["cli/"]],
  ] as const) {
    it(`${layer}/ imports nothing from ${forbidden.join(" or ")}`, () => {
      const bad = sources(layer).flatMap((f) => importsOf(f).filter((i) => forbidden.some((p) => i.startsWith(p))).map((i) => `${f} → ${i}`));
      expect(bad).toEqual([]);
    });
  }
  it("targets/ import only the model, its conditions and the text rules from compiler/", () => {
    const allowed = ["compiler/model.js", "compiler/conditions.js", "compiler/text/"];
    const bad = sources("targets").flatMap((f) =>
      importsOf(f).filter((i) => i.startsWith("compiler/") && !allowed.some((a) => i.startsWith(a))).map((i) => `${f} → ${i}`),
    );
    expect(bad).toEqual([]);
  });

  it("has no import cycles between modules (a cycle deadlocks the bundled language server: grammar/chevrotain.ts awaits at top level)", () => {
    const files = ["grammar", "compiler", "targets", "cli"].flatMap(sources);
    const known = new Set(files.map((f) => f.replace(/\.ts$/, ".js")));
    // Imports that carry values (an `import type` is erased and cannot cycle).
    const valueImports = (file: string): string[] => {
      const text = readFileSync(join(ROOT, file), "utf8");
      return [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms)]
        .filter((m) => !m[2])
        .map((m) => join(file, "..", m[3]))
        .filter((i) => known.has(i));
    };
    const graph = new Map(files.map((f) => [f.replace(/\.ts$/, ".js"), valueImports(f)]));
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (node: string, path: string[]): void => {
      state.set(node, "open");
      for (const next of graph.get(node) ?? []) {
        if (state.get(next) === "open") cycles.push([...path.slice(path.indexOf(next)), node, next].join(" → "));
        else if (!state.has(next)) visit(next, [...path, node]);
      }
      state.set(node, "done");
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f, []);
    expect(cycles).toEqual([]);
  });
});

