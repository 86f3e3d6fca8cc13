// The real consumers of each output language, as checks for the hostile-text test: a browser DOM
// (jsdom) for HTML, micromark for Markdown, an XML parser, Formily's schema compiler, the form-js
// viewer, feelin for FEEL and Tomcat's EL for JUEL. Each returns the problems it finds (empty when
// the output is inert), so that one failing string names every output it broke.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { micromark } from "micromark";
import { gfmTable, gfmTableHtml } from "micromark-extension-gfm-table";
import type { Answer } from "../../compiler/model.js";

/** Characters no output may carry raw: C0 controls but tab, newline and carriage return; DEL;
 * C1 controls; U+FFFE/U+FFFF; lone surrogates. */
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function rawControls(text: string): string[] {
  const found = new Set<string>();
  const re = new RegExp(RAW_CONTROL.source, "g");
  for (const m of text.matchAll(re)) found.add(`U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
  return [...found];
}

/** The shape of a DOM: every element with its attribute names, and the scheme of every link. A
 * run of SVG text lines counts once (the flow chart wraps long names onto several lines). */
export function domShape(doc: Document): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll("*")) {
    if (el.tagName.toLowerCase() === "tspan" && el.previousElementSibling?.tagName.toLowerCase() === "tspan") continue;
    const attrs = [...el.attributes].map((a) => a.name).sort();
    const href = el.getAttribute("href") ?? el.getAttribute("src");
    const scheme = href === null ? "" : /^\s*([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase() ?? "relative";
    out.push(`${el.tagName.toLowerCase()}[${attrs.join(",")}]${scheme ? `→${scheme}` : ""}`);
  }
  return out;
}

const BAD_SCHEMES = new Set(["javascript", "data", "vbscript", "file"]);

/** An HTML page in a DOM that runs scripts: no script may call alert, no link may use a bad scheme. */
export function htmlDom(html: string): { dom: JSDOM; alerts: string[] } {
  const alerts: string[] = [];
  const dom = new JSDOM(html, {
    runScripts: "dangerously",
    beforeParse(window) {
      window.alert = (m?: unknown) => void alerts.push(String(m));
    },
  });
  return { dom, alerts };
}

export function linkProblems(doc: Document): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll("[href],[src],[action],[formaction]")) {
    for (const name of ["href", "src", "action", "formaction"]) {
      const v = el.getAttribute(name);
      const scheme = v === null ? undefined : /^\s*([a-z][a-z0-9+.-]*):/i.exec(v.replace(/[\u0000-\u0020]/g, ""))?.[1]?.toLowerCase();
      if (scheme && BAD_SCHEMES.has(scheme)) out.push(`<${el.tagName.toLowerCase()} ${name}="${v}">`);
    }
  }
  return out;
}

/** Markdown as micromark renders it, raw HTML and every protocol allowed, so that anything the
 * Markdown carries shows up as an element or a link. */
export function markdownDom(md: string): Document {
  const html = micromark(md, { allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

/** Problems an XML parser reports (jsdom parses XML with saxes, which checks every character). */
export function xmlProblems(xml: string): string[] {
  const doc = new JSDOM("").window;
  const parsed = new doc.DOMParser().parseFromString(xml, "application/xml");
  const err = parsed.getElementsByTagName("parsererror")[0];
  return err ? [err.textContent ?? "parse error"] : [];
}

// ---- JUEL: Tomcat's EL (test/process/juel.test.ts uses it too) ----

const JARS = ["/usr/share/java/tomcat10-el-api.jar", "/usr/share/java/tomcat10-jasper-el.jar"];
export const haveJava = (() => {
  try {
    execFileSync("javac", ["-version"], { stdio: "ignore" });
    return JARS.every(existsSync);
  } catch {
    return false;
  }
})();

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

function encode(v: Answer): string {
  if (typeof v === "boolean") return `b:${v}`;
  if (typeof v === "number") return `n:${v}`;
  if (typeof v === "string") return `s:${b64(v)}`;
  return `l:${v.map(b64).join(",")}`;
}

/** Each expression (`${…}`) evaluated by Tomcat's EL with the answers as process variables. */
export function juelResults(cases: { expression: string; answers: Record<string, Answer> }[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "matterc-juel-"));
  const classpath = [...JARS, dir].join(":");
  execFileSync("javac", ["-d", dir, "-cp", JARS.join(":"), join(import.meta.dirname, "..", "process", "juel", "JuelOracle.java")]);
  const input = cases.map((c) => [b64(c.expression), ...Object.entries(c.answers).map(([k, v]) => `${b64(k)}=${encode(v)}`)].join("\t")).join("\n") + "\n";
  return execFileSync("java", ["-cp", classpath, "JuelOracle"], { input, maxBuffer: 64 << 20 }).toString("utf8").trimEnd().split("\n");
}
