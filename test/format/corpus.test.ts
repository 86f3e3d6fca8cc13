// The formatter never changes meaning, on every matter text the project has, in both punctuation
// styles: formatting twice changes nothing more, the compiler builds the same models and reports
// the same problems, the parse tree is the same, and the comments are the same, in order.
// The oracle is the compiler (and a tree comparison of its own), not the formatter's self-check.
import { describe, expect, it } from "vitest";
import { parse } from "../../grammar/index.js";
import { formatMatter, type Punctuation } from "../../grammar/format/print.js";
import { compileTexts } from "../helpers/memory-host.js";
import { examples, fixtures, parserTestInputs, stdlib, type Project } from "./corpus.js";

const STYLES: Punctuation[] = ["ascii", "fullwidth"];

function format(text: string, punctuation: Punctuation): string {
  const r = formatMatter(text, { punctuation });
  if (!r.ok) throw new Error(`syntax problems: ${r.problems.map((p) => p.code).join(", ")}`);
  return r.text;
}

/** The tree without places, quote styles or number spellings (as the parser's tests compare). */
function tree(text: string): unknown {
  const r = parse("t.matter", text);
  expect(r.problems).toEqual([]);
  return JSON.parse(JSON.stringify(r.ast.entries, (k, v: unknown) => (["span", "opSpan", "unitSpan", "raw", "quote"].includes(k) ? undefined : v)));
}

const comments = (text: string) => parse("t.matter", text).ast.comments.map((c) => c.text.replace(/\r\n?/g, "\n").trimEnd());

/** What the compiler makes of the files: models and diagnostics, without source places. */
function meaning(p: Project, files: Record<string, string>): unknown {
  const r = compileTexts(files, p.entries);
  return { models: r.models, diagnostics: r.diagnostics.map((d) => ({ code: d.code, args: d.args, path: d.path })) };
}

function checkText(text: string, style: Punctuation): Record<string, string> {
  const once = format(text, style);
  expect(format(once, style), "idempotent").toBe(once);
  expect(tree(once), "same tree").toEqual(tree(text));
  expect(comments(once), "same comments").toEqual(comments(text));
  return { once };
}

describe.each(STYLES)("formatting in %s punctuation", (style) => {
  const projects = [...examples(), ...fixtures().filter((p) => !/^E000[1-5]/.test(p.name))];
  it.each(projects.map((p) => [p.name, p] as const))("%s: idempotent, same models and diagnostics", (_, p) => {
    const formatted = Object.fromEntries(Object.entries(p.files).map(([n, t]) => [n, checkText(t, style).once]));
    expect(meaning(p, formatted)).toEqual(meaning(p, p.files));
  });

  it.each(stdlib().map((p) => [p.name, p] as const))("%s: idempotent, same tree", (_, p) => {
    for (const t of Object.values(p.files)) checkText(t, style);
  });

  it("every input of the parser's tests: idempotent, same tree", () => {
    const inputs = parserTestInputs();
    expect(inputs.length).toBeGreaterThan(20);
    for (const t of inputs) checkText(t, style);
  });
});

describe("files with syntax errors", () => {
  it.each(fixtures().filter((p) => /^E000[1-5]/.test(p.name)).map((p) => [p.name, p] as const))("%s: not formatted, the problems returned", (name, p) => {
    const r = formatMatter(p.files["main.matter"], { file: "main.matter" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((x) => x.code)).toContain(name.slice(0, 5));
  });
});
