// Generated documentation stays current with the code it is generated from.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { keysMarkdown } from "../../scripts/gen-keys.js";
import { ROOT } from "../helpers/memory-host.js";

it("docs/keys.md matches the schema table (regenerate: node dist/scripts/gen-keys.js)", () => {
  expect(readFileSync(join(ROOT, "docs", "keys.md"), "utf8")).toBe(keysMarkdown());
});

it("the README's example compiles without diagnostics", async () => {
  const { compileTexts } = await import("../helpers/memory-host.js");
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const example = /## 一个例子\n\n```\n([\s\S]+?)```/.exec(readme)![1];
  const r = compileTexts({ "readme.matter": example });
  expect(r.diagnostics).toEqual([]);
  expect(r.models[0].metrics.headline.materials).toMatchObject({ before: 3, after: 0 });
});

it("examples/README.md's table matches the compiled figures (regenerate: npm run examples:table)", async () => {
  const { compileFiles } = await import("../../index.js");
  const { examplesTable, replaceTable } = await import("../../scripts/examples-table.js");
  const { existsSync } = await import("node:fs");
  const result = compileFiles([join(ROOT, "examples")]);
  const readme = readFileSync(join(ROOT, "examples", "README.md"), "utf8");
  expect(readme).toBe(replaceTable(readme, examplesTable(result.models)));
  for (const m of result.models) expect(existsSync(join(ROOT, "examples", `${m.name}.matter`))).toBe(true);
});

it("docs/stdlib.md lists every standard name", async () => {
  const { readdirSync } = await import("node:fs");
  const { parse } = await import("../../grammar/index.js");
  const doc = readFileSync(join(ROOT, "docs", "stdlib.md"), "utf8");
  const names: string[] = [];
  for (const f of readdirSync(join(ROOT, "stdlib"))) {
    const text = readFileSync(join(ROOT, "stdlib", f), "utf8");
    if (f.endsWith(".matter")) for (const e of parse(f, text).ast.entries) if (e.name) names.push("text" in e.name ? e.name.text : e.name.value);
    if (f.endsWith(".txt")) names.push(...text.split("\n").map((l) => l.replace(/#.*/, "").trim()).filter(Boolean));
  }
  expect(names.length).toBeGreaterThan(60);
  expect(names.filter((n) => !doc.includes(n))).toEqual([]);
});
