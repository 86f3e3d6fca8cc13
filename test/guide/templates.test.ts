import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import * as templates from "../../targets/guide/templates.js";
import { guideTarget } from "../../targets/guide/index.js";
import { DEFAULT_TARGET_OPTIONS } from "../../targets/target.js";
import { restaurant } from "./fixtures/restaurant.js";
import { render } from "./render.js";

describe("template overrides", () => {
  it("uses an override by file name, for a page and for a partial, and keeps the rest", () => {
    const overrides = {
      "guide.md.hbs": "# {{title}}（本市样式）\n\n{{> md-figures}}\n",
      "_html-figures.hbs": '<p class="house">改革成效：{{#each figures}}{{label}} {{before}}→{{after}}；{{/each}}</p>',
    };
    const { files } = render(restaurant(), { templates: overrides });
    expect(files.get("guide.md")).toMatch(/^# 开办餐饮店（本市样式）\n\n\| 指标 /);
    expect(files.get("guide.html")).toContain('<p class="house">改革成效：申请材料·申请人提交 16→5；');
    expect(files.get("guide.html")).not.toContain('<table class="figures">');
    expect(files.get("notice.md")).toContain("# 开办餐饮店 一次告知单");
  });

  it("escapes matter text in an override too, and shows template syntax in a name as text", () => {
    const m = restaurant();
    m.name = "开办{{guide.place}}<b>店</b>";
    const { files } = render(m, { templates: { "guide.html.hbs": "<h1>{{title}}</h1>", "guide.md.hbs": "# {{title}}\n" } });
    expect(files.get("guide.html")).toBe("<h1>开办{{guide.place}}&lt;b&gt;店&lt;/b&gt;</h1>\n");
    expect(files.get("guide.md")).toBe("# 开办{{guide.place}}\\<b\\>店\\</b\\>\n");
  });

  it("compiles a template set once per run, not once per matter", () => {
    const overrides = { "notice.md.hbs": "# {{title}}\n" };
    const before = templates.compiledSets;
    const options = { ...DEFAULT_TARGET_OPTIONS, templates: overrides };
    for (let i = 0; i < 5; i++) guideTarget.perMatter!(restaurant(), options);
    guideTarget.acrossMatters!([restaurant()], options);
    expect(templates.compiledSets - before).toBe(1);
    // Equal overrides in another object share the set as well.
    guideTarget.perMatter!(restaurant(), { ...options, templates: { ...overrides } });
    expect(templates.compiledSets - before).toBe(1);
  });

  it("tells which override names replace nothing", () => {
    expect(templates.unknownTemplateNames({ "guide.html.hbs": "", "guide.htm.hbs": "", "_md-table.hbs": "" })).toEqual(["_md-table.hbs", "guide.htm.hbs"]);
  });

  it("names a broken override in its error", () => {
    expect(() => render(restaurant(), { templates: { "guide.html.hbs": "{{#each materials}}" } })).toThrow(/template guide\.html\.hbs/);
  });
});

describe("the built package", () => {
  it("finds its templates from dist/ as from the sources", async () => {
    const built = join(import.meta.dirname, "../../dist/targets/guide/index.js");
    expect(existsSync(built), "run `npm run build` (npm test does) before this test").toBe(true);
    const mod = (await import(pathToFileURL(built).href)) as typeof import("../../targets/guide/index.js");
    // The build may lag the sources while one works; what is pinned is that it finds the templates.
    const fromDist = mod.guideTarget.perMatter!(restaurant(), DEFAULT_TARGET_OPTIONS);
    expect(fromDist.map((f) => f.path)).toEqual(expect.arrayContaining(["guide.html", "guide.md", "notice.html", "notice.md"]));
    expect(fromDist.find((f) => f.path === "guide.html")!.text).toMatch(/^<!DOCTYPE html>[\s\S]*<h1>开办餐饮店<\/h1>/);
  });
});
