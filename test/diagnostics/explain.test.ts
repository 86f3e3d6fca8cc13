// `matterc explain` shows each code with a real example instead of a message template with raw
// placeholders ({promised}). The examples are the fixtures' own diagnostics (the first of the code
// in its fixture), kept in compiler/diagnostics/examples.ts; UPDATE_FIXTURES=1 rewrites that file.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { describe, expect, it, vi } from "vitest";
import { registerExplain } from "../../cli/explain.js";
import { CATALOG } from "../../compiler/diagnostics/catalog.js";
import { renderText } from "../../compiler/diagnostics/render.js";
import type { Diagnostic } from "../../compiler/diagnostics/types.js";
import { EXAMPLES } from "../../compiler/diagnostics/examples.js";
import { compileTexts, parseTxtar, ROOT } from "../helpers/memory-host.js";

const DIR = join(import.meta.dirname, "fixtures");
/** Codes a text fixture cannot produce: an example diagnostic made by hand. */
const BY_HAND: Record<string, Diagnostic> = {
  E0006: { code: "E0006", severity: "error", span: { file: "出生.matter", start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } }, args: {} },
  E0901: { code: "E0901", severity: "error", args: { path: "事项/出生.matter", reason: { zh: "文件不存在", en: "no such file" } } },
  E0999: { code: "E0999", severity: "error", args: { reason: "TypeError: Cannot read properties of undefined" } },
} as Record<string, Diagnostic>;

function examples(): Record<string, { zh: string; en: string }> {
  const out: Record<string, { zh: string; en: string }> = {};
  for (const name of readdirSync(DIR).filter((f) => /^[EW]\d{4}\.txtar$/.test(f)).sort()) {
    const code = name.slice(0, 5);
    const { comment, files } = parseTxtar(readFileSync(join(DIR, name), "utf8"));
    const { expect: _e, ...inputs } = files;
    const entries = /# entries: (.+)/.exec(comment)?.[1].split(" ");
    const result = compileTexts(inputs, entries);
    const d = result.diagnostics.find((x) => x.code === code)!;
    out[code] = { zh: renderText(d, { lang: "zh", sources: result.sources }), en: renderText(d, { lang: "en", sources: result.sources }) };
  }
  for (const [code, d] of Object.entries(BY_HAND)) out[code] = { zh: renderText(d, { lang: "zh", sources: new Map() }), en: renderText(d, { lang: "en", sources: new Map() }) };
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

function explainOut(...args: string[]): string {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((c) => (out.push(String(c)), true));
  const lang = args[0] === "--lang" ? (args[1] as "zh" | "en") : "zh";
  const program = new Command().exitOverride();
  registerExplain(program, () => ({ lang, format: "text" }));
  try {
    program.parse(["node", "matterc", "explain", ...args.filter((a, i) => !(a === "--lang" || args[i - 1] === "--lang"))]);
  } finally {
    spy.mockRestore();
  }
  return out.join("");
}

describe("matterc explain", () => {
  it("keeps one example per code, taken from the fixtures", () => {
    const fresh = examples();
    const file = join(ROOT, "compiler", "diagnostics", "examples.ts");
    if (process.env.UPDATE_FIXTURES) {
      const head = readFileSync(file, "utf8").split("export const EXAMPLES")[0];
      writeFileSync(file, `${head}export const EXAMPLES: Record<string, { zh: string; en: string }> = ${JSON.stringify(fresh, null, 2)};\n`);
    } else {
      // A code added since (no example yet) is explained without one, with … for its arguments.
      const kept = Object.fromEntries(Object.keys(EXAMPLES).map((c) => [c, fresh[c]]));
      expect(EXAMPLES, "compiler/diagnostics/examples.ts is stale: UPDATE_FIXTURES=1 npx vitest run test/diagnostics").toEqual(kept);
    }
    expect(Object.keys(EXAMPLES).length).toBeGreaterThan(Object.keys(CATALOG).length * 0.9);
  });

  for (const lang of ["zh", "en"] as const) {
    it(`prints no raw placeholder for any code, listed or explained (${lang})`, () => {
      const list = explainOut("--lang", lang);
      expect(list).not.toMatch(/\{[A-Za-z]+\}/);
      expect(list.trim().split("\n")).toHaveLength(Object.keys(CATALOG).length);
      for (const code of Object.keys(CATALOG)) {
        const text = explainOut("--lang", lang, code);
        expect(text, code).not.toMatch(/\{[A-Za-z]+\}/);
        if (EXAMPLES[code]) expect(text, code).toContain(EXAMPLES[code][lang]);
      }
    });
  }

  it("explains E0201 with the example's time limits instead of {promised} and {legal}", () => {
    const text = explainOut("E0201");
    expect(text).toMatch(/^E0201 \(错误\) 承诺时限 \d+ 工作日 超过了法定时限 \d+ 工作日\n/);
    expect(text).toContain("例如：\n\nmain.matter:");
  });
});
