// The guide's Handlebars templates: the package's own, overridden by file name from
// `options.templates`, compiled once per template set and reused for every matter of the run.
//
// Files named `*.md.hbs` or `_md-*.hbs` render Markdown: their data arrives already escaped for
// Markdown (see render.ts), so they are compiled without HTML escaping. All others render HTML and
// keep Handlebars' escaping. Files starting with `_` are partials, named without `_` and `.hbs`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";

export interface TemplateSet {
  render(name: string, data: unknown): string;
  /** The template files of this set, after overrides, by name. */
  names: string[];
}

/** The templates folder, from sources (targets/guide/) or from the build (dist/targets/guide/). */
function templatesDir(): string {
  const candidates = [new URL("./templates/", import.meta.url), new URL("../../../targets/guide/templates/", import.meta.url)];
  for (const c of candidates) {
    const dir = fileURLToPath(c);
    if (existsSync(`${dir}guide.html.hbs`)) return dir;
  }
  throw new Error("matterc: the guide templates are missing from the package (targets/guide/templates/)");
}

let builtIn: Record<string, string> | undefined;

/** The package's own templates, read once per process. */
export function builtInTemplates(): Record<string, string> {
  if (!builtIn) {
    const dir = templatesDir();
    const files: Record<string, string> = {};
    for (const name of readdirSync(dir).sort()) if (name.endsWith(".hbs")) files[name] = readFileSync(dir + name, "utf8");
    builtIn = files;
  }
  return builtIn;
}

/** Override file names that replace nothing (a misspelt name would otherwise be silently unused). */
export function unknownTemplateNames(overrides: Record<string, string>): string[] {
  const known = builtInTemplates();
  return Object.keys(overrides)
    .filter((name) => !(name in known))
    .sort();
}

export function isMarkdownTemplate(name: string): boolean {
  return name.endsWith(".md.hbs") || name.startsWith("_md-");
}

// Keyed by the overrides themselves: the CLI passes one object for the whole run, and equal
// overrides from a library caller share a set too.
const byObject = new WeakMap<Record<string, string>, TemplateSet>();
const byContent = new Map<string, TemplateSet>();

export function templateSet(overrides: Record<string, string> = {}): TemplateSet {
  const cached = byObject.get(overrides);
  if (cached) return cached;
  const key = JSON.stringify(Object.keys(overrides).sort().map((k) => [k, overrides[k]]));
  let set = byContent.get(key);
  if (!set) {
    set = compileSet({ ...builtInTemplates(), ...overrides });
    // A handful of template sets per process at most; keep the cache from growing without bound.
    if (byContent.size >= 8) byContent.delete(byContent.keys().next().value as string);
    byContent.set(key, set);
  }
  byObject.set(overrides, set);
  return set;
}

/** How many template sets have been compiled: for the test that pins "once per run". */
export let compiledSets = 0;

function compileSet(files: Record<string, string>): TemplateSet {
  compiledSets++;
  const hb = Handlebars.create();
  registerHelpers(hb);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, source] of Object.entries(files)) {
    if (!name.endsWith(".hbs")) continue;
    const fn = compileOne(hb, name, source);
    if (name.startsWith("_")) hb.registerPartial(name.slice(1, -".hbs".length), fn);
    else compiled.set(name, fn);
  }
  return {
    names: Object.keys(files).sort(),
    render(name, data) {
      const fn = compiled.get(name);
      if (!fn) throw new Error(`matterc: no template named ${name}`);
      try {
        return fn(data);
      } catch (e) {
        throw new Error(`matterc: template ${name}: ${(e as Error).message}`);
      }
    },
  };
}

function compileOne(hb: typeof Handlebars, name: string, source: string): HandlebarsTemplateDelegate {
  // Handlebars compiles on first use (and keeps the result); parsing now reports a broken
  // override by its file name before any matter is rendered.
  try {
    hb.parse(source);
  } catch (e) {
    throw new Error(`matterc: template ${name}: ${(e as Error).message}`);
  }
  return hb.compile(source, { noEscape: isMarkdownTemplate(name), preventIndent: true });
}

function registerHelpers(hb: typeof Handlebars): void {
  // Row numbers from @index, and equality for status badges; the templates need no other logic.
  hb.registerHelper("inc", (n: unknown) => Number(n) + 1);
  hb.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  // Joins a list of (already escaped, for Markdown) strings; in HTML the result is escaped as usual.
  hb.registerHelper("join", (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === "string" ? sep : "、") : ""));
}
