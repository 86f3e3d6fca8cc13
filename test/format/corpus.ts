// Every matter text the project has: the examples, the standard library, each diagnostic
// fixture's files, and the inputs written into the parser's tests. The formatter is tried on all.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { parse } from "../../grammar/index.js";
import { parseTxtar, ROOT } from "../helpers/memory-host.js";

export interface Project {
  name: string;
  /** File name → text; compiled together. */
  files: Record<string, string>;
  entries?: string[];
}

function dir(d: string): Project[] {
  return readdirSync(join(ROOT, d))
    .filter((f) => f.endsWith(".matter"))
    .sort()
    .map((f) => ({ name: `${d}/${f}`, files: { [f]: readFileSync(join(ROOT, d, f), "utf8") } }));
}

export const examples = (): Project[] => dir("examples");
export const stdlib = (): Project[] => dir("stdlib");

export function fixtures(): Project[] {
  const d = join(ROOT, "test", "diagnostics", "fixtures");
  return readdirSync(d)
    .filter((f) => f.endsWith(".txtar"))
    .sort()
    .map((f) => {
      const { comment, files } = parseTxtar(readFileSync(join(d, f), "utf8"));
      const matters = Object.fromEntries(Object.entries(files).filter(([n]) => n.endsWith(".matter")));
      return { name: f, files: matters, entries: /# entries: (.+)/.exec(comment)?.[1].split(" ") };
    });
}

function parsesCleanly(text: string): boolean {
  try {
    return !parse("t.matter", text).problems.length;
  } catch {
    // The parser throws on a few broken inputs (`a: x, 且 y`); they are not inputs to format.
    return false;
  }
}

/** The string literals of the parser's tests that parse on their own or as a condition
 * (`适用: …`, as the tests' `cond` helper writes them). */
export function parserTestInputs(): string[] {
  const path = join(ROOT, "test", "grammar", "parser.test.ts");
  const sf = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022);
  const out = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      for (const t of [n.text, `适用: ${n.text}\n`]) if (/[\p{L}]/u.test(t) && parsesCleanly(t)) out.add(t);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return [...out];
}
