// One fixture per diagnostic code: the input files and the expected rendered message (zh), in a
// txtar file. UPDATE_FIXTURES=1 rewrites the expectations (review the diff before committing).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../compiler/diagnostics/catalog.js";
import { help, message } from "../../compiler/diagnostics/render.js";
import { compileTexts, formatTxtar, parseTxtar, renderAll } from "../helpers/memory-host.js";

const DIR = join(import.meta.dirname, "fixtures");
const fixtures = readdirSync(DIR).filter((f) => f.endsWith(".txtar")).sort();
/** `E0001.txtar` is the code's fixture; `E0001-ime-stop.txtar` another case of the same code. */
const codeOf = (name: string) => name.replace(/(-[^.]*)?\.txtar$/, "");
/** Codes that need something a text fixture cannot hold; each has its own test elsewhere. */
const ELSEWHERE = new Set(["E0006", "E0901", "E0999"]);

describe("diagnostic fixtures", () => {
  it("cover every code of the catalog", () => {
    const covered = new Set(fixtures.map(codeOf));
    const missing = Object.keys(CATALOG).filter((c) => !covered.has(c) && !ELSEWHERE.has(c));
    expect(missing).toEqual([]);
  });

  for (const name of fixtures) {
    const code = codeOf(name);
    it(`${name.replace(".txtar", "")} is reported as expected`, () => {
      const text = readFileSync(join(DIR, name), "utf8");
      const { comment, files } = parseTxtar(text);
      const { expect: expected = "", ...inputs } = files;
      const entries = /# entries: (.+)/.exec(comment)?.[1].split(" ");
      const result = compileTexts(inputs, entries);
      const rendered = renderAll(result);
      if (process.env.UPDATE_FIXTURES) writeFileSync(join(DIR, name), formatTxtar(comment, { ...inputs, expect: rendered }));
      else expect(rendered).toBe(expected);
      expect(result.diagnostics.map((d) => d.code)).toContain(code);
      expect(result.hasErrors).toBe(code.startsWith("E"));
    });
  }
});

describe("diagnostics in English", () => {
  // Names, code words and source lines stay as written; the prose around them must be English.
  const PROSE = /[的需应缺不写请或且与为中之能没]/;
  for (const name of fixtures) {
    it(`${name.replace(".txtar", "")} has no Chinese prose with --lang en`, () => {
      const { comment, files } = parseTxtar(readFileSync(join(DIR, name), "utf8"));
      const { expect: _expected, ...inputs } = files;
      const entries = /# entries: (.+)/.exec(comment)?.[1].split(" ");
      const result = compileTexts(inputs, entries);
      for (const d of result.diagnostics) {
        const text = `${message(d, "en")} ${help(d, "en") ?? ""}`.replace(/'[^']*'|`[^`]*`|"[^"]*"|「[^」]*」|\[[^\]]*\]/g, "");
        expect(text, `${d.code}: ${message(d, "en")}`).not.toMatch(PROSE);
      }
    });
  }
});
