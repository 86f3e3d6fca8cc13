// Writes the word lists of the VS Code grammar (editors/vscode/syntaxes/matter.tmLanguage.json)
// from the schema table: the kinds (every spelling) in the `kind` and `key` rules, and the Chinese
// spellings of every value word in `constants`. The rest of the grammar is written by hand.
// `npm test` checks that the committed file is current (test/lsp/vscode-extension.test.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONTEXTS, ENUMS, WORDS } from "../compiler/schema.js";
import { packageRoot } from "../cli/host.js";

export const GRAMMAR_FILE = join("editors", "vscode", "syntaxes", "matter.tmLanguage.json");

const chinese = (w: string) => /\p{Script=Han}/u.test(w);
/** Longest first, so that a word is not cut short by one of its prefixes. */
const alternation = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).join("|");

export function kindWords(): string[] {
  return Object.values(CONTEXTS).flatMap((es) => es.filter((e) => e.role === "kind").flatMap((e) => [e.zhHans, e.zhHant, e.en]));
}

export function valueWords(): string[] {
  return [...Object.values(ENUMS).flat(), ...Object.values(WORDS.source), ...Object.values(WORDS.fieldSource), ...Object.values(WORDS.constraint)]
    .flatMap((v) => [v.zhHans, v.zhHant])
    .filter(chinese);
}

/** The grammar's text with its word lists written from the schema table. */
export function generatedGrammar(text: string): string {
  const grammar = JSON.parse(text) as { repository: Record<string, { match: string }> };
  const r = grammar.repository;
  const kinds = alternation(kindWords());
  // The first group of `kind` and the first inner group of `key` list the kinds.
  r.kind.match = r.kind.match.replace(/^(\(\?<!\[\\p\{L\}\\p\{N\}_\]\)\()[^()]*(\))/u, (_m, a: string, b: string) => `${a}${kinds}${b}`);
  r.key.match = r.key.match.replace(/^(\(\?<!\[\\p\{L\}\\p\{N\}_\]\)\(\?:\()[^()]*(\))/u, (_m, a: string, b: string) => `${a}${kinds}${b}`);
  r.constants.match = r.constants.match.replace(/^(\(\?<!\[\\p\{L\}\\p\{N\}_\]\)\(\?:)[^()]*(\))/u, (_m, a: string, b: string) => `${a}${alternation(valueWords())}${b}`);
  return JSON.stringify(grammar, null, 2) + "\n";
}

if (process.argv[1]?.endsWith("gen-grammar.js")) {
  const file = join(packageRoot(), GRAMMAR_FILE);
  writeFileSync(file, generatedGrammar(readFileSync(file, "utf8")));
}
