// The escaping rules of targets/escape, one output language each, against the consumers' own
// tests: Formily's expression pattern, form-js's template and expression tests, feelin for FEEL
// string literals, an XML parser, micromark for link targets. And the fast paths: text with
// nothing to escape comes back as it is.
import { evaluate as feel } from "feelin";
import { describe, expect, it } from "vitest";
import { dropInvalid, escapeHtml, escapeXmlAttr, escapeXmlText, feelString, FORMILY_EXPRESSION, formilyText, formJsText, juelString, markdownText, markdownUrl, terminalText } from "../../targets/escape/index.js";
import { escapeForMarkdown } from "../../targets/guide/render.js";
import { linkProblems, markdownDom, xmlProblems } from "./consumers.js";

// form-js-viewer's own tests (FeelersTemplating.isTemplate, FeelExpressionLanguage.isExpression).
const formJsIsTemplate = (v: string) => v.startsWith("=") || /{{.*?}}/.test(v);
const formJsIsExpression = (v: string) => v.startsWith("=");

const SAMPLES = ["{{ alert(1) }}", "  {{x}}  ", "a {{b}} c {{d}}", "{{{x}}}", "={{x}}", "= 1+1", "=x", "{x}", "}}{{", "普通文字", ""];

describe("targets/escape", () => {
  it("Formily: shown text never matches Formily's expression pattern, and looks the same", () => {
    for (const s of SAMPLES) {
      const out = formilyText(s);
      expect(FORMILY_EXPRESSION.test(out)).toBe(false);
      expect(out.replace(/\u200b/g, "")).toBe(s);
    }
  });

  it("form-js: shown text is neither a FEEL expression nor a template, and looks the same", () => {
    for (const s of SAMPLES) {
      const out = formJsText(s);
      expect(formJsIsTemplate(out)).toBe(false);
      expect(formJsIsExpression(out)).toBe(false);
      expect(out.replace(/\u200b/g, "")).toBe(s);
    }
  });

  it("FEEL: a string literal reads back as the same text in feelin", () => {
    for (const s of ['a"b', "a\\b", "a\nb\r\tc", "\\\"", "${x}", "{{x}}", "甲乙", "'"]) {
      expect(feel(`${feelString(s)} = x`, { x: s }).value).toBe(true);
    }
  });

  it("JUEL: quotes and backslashes escaped inside single quotes", () => {
    expect(juelString("O'Brien \\ 公司")).toBe("'O\\'Brien \\\\ 公司'");
  });

  it("XML: any text parses, and characters XML cannot hold are dropped", () => {
    for (const s of ["<![CDATA[", "]]>", "a&b<c>d\"e'f", "a\u0000b\u0007c\ufffed\uffffe", "\ud800x", "\u0085"]) {
      const xml = `<?xml version="1.0"?><r a="${escapeXmlAttr(s)}">${escapeXmlText(s)}</r>`;
      expect(xmlProblems(xml)).toEqual([]);
    }
    expect(escapeXmlAttr("a\nb\tc")).toBe("a&#10;b&#9;c");
  });

  it("HTML: markup characters become entities, controls are dropped", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>\u0007`)).toBe("&lt;a href&#x3D;&quot;x&quot; onclick&#x3D;&#x27;y&#x27;&gt;");
  });

  it("Markdown: link targets are http(s) or relative; a key that only looks like a link key is text", () => {
    for (const bad of ["javascript:alert(1)", " JavaScript:alert(1)", "java\u0000script:alert(1)", "data:text/html,x", "vbscript:x"]) expect(markdownUrl(bad)).toBe("");
    expect(markdownUrl("https://example.gov.cn/a b(c)")).toBe("https://example.gov.cn/a%20b%28c%29");
    expect(markdownUrl("commitment-x.md")).toBe("commitment-x.md");
    // Keys are a fixed list: a name ending in "Url" taken from the matter is escaped as text.
    const view = escapeForMarkdown({ evilUrl: "[x](javascript:alert(1))", onlineUrl: "javascript:alert(1)", id: "Item_1" });
    expect(view).toEqual({ evilUrl: "\\[x\\](javascript:alert(1))", onlineUrl: "", id: "Item_1" });
    const doc = markdownDom(`${view.evilUrl} [a](${view.onlineUrl || "x"})`);
    expect(linkProblems(doc)).toEqual([]);
    expect(markdownText("a\u0007b\u001b[0m")).toBe("ab\\[0m");
  });

  it("terminal: no control character, escape sequence or bidirectional override gets through", () => {
    const out = terminalText("a\u001b[2Jb\u009b1mc\u0007d\u202ee\nf\rg\u007f");
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toBe("a\u241b[2Jb<U+009B>1mc\u2407d<U+202E>e\nf\u240dg\u2421");
  });

  it("fast paths: text with nothing to escape comes back unchanged", () => {
    for (const s of ["开办餐饮店", "营业执照 2024.1", "A-1"]) {
      for (const f of [dropInvalid, escapeXmlText, escapeXmlAttr, markdownText, formilyText, formJsText, terminalText, escapeHtml]) expect(f(s)).toBe(s);
    }
  });
});
