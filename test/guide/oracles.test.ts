// The real consumers of the pages: html-validate (standard, document, a11y) for every HTML page,
// markdownlint (with its Prettier style, since the Markdown is Prettier's) and Prettier itself for
// every Markdown file, over the fixtures and every example.
import { HtmlValidate } from "html-validate";
import { lint } from "markdownlint/promise";
import prettierStyle from "markdownlint/style/prettier" with { type: "json" };
import * as prettier from "prettier";
import { beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { allModels, keep, render, renderCatalog } from "./render.js";

const validator = new HtmlValidate({ extends: ["html-validate:standard", "html-validate:document", "html-validate:a11y"] });

async function htmlProblems(name: string, html: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

async function markdownProblems(name: string, text: string): Promise<string[]> {
  const result = await lint({ strings: { [name]: text }, config: { default: true, ...prettierStyle } });
  return result[name].map((e) => `${name}:${e.lineNumber} ${e.ruleNames.join("/")} ${e.ruleDescription} ${e.errorDetail ?? ""}`);
}

let models: Model[] = [];
let outputs: { model: Model; files: Map<string, string> }[] = [];
beforeAll(async () => {
  models = await allModels();
  outputs = models.map((m) => render(m));
  for (const o of outputs) keep(o.model.code, o.files);
});

describe("the oracles themselves", () => {
  it("html-validate and markdownlint reject what they should", async () => {
    expect(await htmlProblems("bad.html", '<!DOCTYPE html><html lang="zh-CN"><head><title>x</title></head><body><img src="a.png"><h3>x</h3></body></html>')).not.toEqual([]);
    expect(await markdownProblems("bad.md", "# a\n\n<script>x</script>\n\n### b\n")).not.toEqual([]);
  });
});

describe("every page passes its consumers", () => {
  // Every HTML page of every example and fixture (with the 免申办 and 跨域办 ones): slow on a loaded
  // machine, so more time than the default minute.
  it("html-validate: guide, notice and letters of every matter, and the catalog", { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    for (const { model, files } of outputs)
      for (const [path, text] of files) if (path.endsWith(".html")) problems.push(...(await htmlProblems(`${model.code}/${path}`, text)));
    const catalog = renderCatalog(models);
    keep(".", catalog);
    problems.push(...(await htmlProblems("index.html", catalog.get("index.html")!)));
    expect(problems).toEqual([]);
  });

  // Every Markdown page of every example (guides, notices, letters, notices of correction, work
  // guides): slow on a loaded machine, so more time than the default minute.
  it("markdownlint and Prettier: guide, notice and letters of every matter", { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    for (const { model, files } of outputs)
      for (const [path, text] of files) {
        if (!path.endsWith(".md")) continue;
        const name = `${model.code}/${path}`;
        problems.push(...(await markdownProblems(name, text)));
        const formatted = await prettier.format(text, { parser: "markdown" });
        if (formatted !== text) problems.push(`${name}: not as Prettier formats it`);
      }
    expect(problems).toEqual([]);
  });
});
