// Completion at the start of an entry: the kinds and keys the enclosing block accepts (from the
// schema table), in every spelling, the author's spelling first; keys already written in the
// block are left out unless they may repeat.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from "vscode-languageserver";
import { CONTEXTS, matchesSpelling, type EntrySpec, type Lang } from "../../compiler/schema.js";
import type { CompletionContext } from "./completion.js";
import { colonStyle, spellingStyle, spellingsInOrder } from "./style.js";
import { ui } from "./texts.js";

/** What the head inserts: a snippet with the block or colon, or for clients without snippets the
 * word and what must follow it. */
function insertFor(spec: EntrySpec, word: string, colon: string, lang: Lang): { text: string; snippet: string } {
  const name = lang === "en" ? "name" : "名称";
  if ("bare" in spec.body) return { text: `${word} `, snippet: `${word} "$1"` };
  if ("block" in spec.body) return spec.named ? { text: `${word} `, snippet: `${word} \${1:${name}} {\n\t$0\n}` } : { text: `${word} {`, snippet: `${word} {\n\t$0\n}` };
  return spec.named ? { text: `${word} `, snippet: `${word} \${1:${name}}${colon}$0` } : { text: `${word}${colon}`, snippet: `${word}${colon}$0` };
}

/** Whether completion has something to offer right after the head (so the editor may open the
 * list again at once): a `使用` path, or a key whose value is a name or a fixed word. */
function offersValues(spec: EntrySpec): boolean {
  if ("bare" in spec.body) return true;
  if (!("value" in spec.body) || spec.named) return false;
  return !["string", "strings", "url", "date", "integer", "duration"].includes(spec.body.value.shape);
}

export function headCompletions(c: CompletionContext): CompletionItem[] {
  const { cursor, lang } = c;
  if (!cursor.context || cursor.context === "duties") return [];
  const style = spellingStyle(cursor.ast);
  const colon = colonStyle(c.text);
  const block = cursor.chain.length ? cursor.chain[cursor.chain.length - 1].entry.block!.entries : cursor.ast.entries;
  // The entry being typed is itself in the tree; it does not count as already written.
  const written = block.filter((e) => !(e.span.start.offset <= cursor.offset && cursor.offset <= e.span.end.offset));
  const items: CompletionItem[] = [];
  CONTEXTS[cursor.context].forEach((spec, index) => {
    if (!spec.repeatable && written.some((e) => matchesSpelling(spec, e.key.text))) return;
    const spellings = spellingsInOrder(spec, style);
    spellings.forEach((word, rank) => {
      const { text, snippet } = insertFor(spec, word, colon, lang);
      items.push({
        label: word,
        kind: spec.role === "kind" ? CompletionItemKind.Class : CompletionItemKind.Property,
        detail: spec.required ? `${spec.doc[lang]} · ${ui(lang).required}` : spec.doc[lang],
        documentation: { kind: "markdown", value: `${ui(lang).spellings}: ${spellings.map((s) => `\`${s}\``).join(" · ")}` },
        sortText: `${rank}${String(index).padStart(3, "0")}`,
        filterText: word,
        insertTextFormat: c.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range: c.replace, newText: c.snippets ? snippet : text },
        command: c.retrigger && offersValues(spec) ? c.retrigger : undefined,
      });
    });
  });
  return items;
}

/** Inside 职责 { }, each key is a department. */
export function dutyCompletions(c: CompletionContext): CompletionItem[] {
  if (c.cursor.context !== "duties") return [];
  const written = new Set(c.cursor.chain[c.cursor.chain.length - 1].entry.block!.entries.map((e) => e.key.text));
  return c
    .names("department")
    .filter((n) => !written.has(n.name))
    .map((n, i) => c.nameItem(n, `${c.write(n.name)}${colonStyle(c.text)}`, i));
}
