// Matches the entries of a block against the schema table: unknown kinds and keys (with the
// nearest spelling), names where none belong and none where one is needed, repeated keys, and
// missing required keys. What is left is a map from schema id to entries.
import { nameText, type Entry, type Span } from "../../grammar/ast.js";
import { CONTEXTS, spellingsOf, type ContextId, type EntrySpec } from "../schema.js";
import { nearest } from "../suggest.js";
import { bi } from "../diagnostics/types.js";
import type { Reporter } from "./report.js";

export interface DecodedEntry {
  spec: EntrySpec;
  entry: Entry;
}

export class DecodedBlock {
  constructor(
    readonly context: ContextId,
    readonly entries: DecodedEntry[],
    readonly span: Span,
    /** Every schema id written in the block, even where its entry was rejected. */
    readonly written: Set<string> = new Set(),
  ) {}

  /** The entries by schema id, in order; built on the first question (a block is asked about
   * each of its keys, so scanning the entries each time cost keys × entries). */
  private byId: Map<string, Entry[]> | undefined;

  private index(): Map<string, Entry[]> {
    if (!this.byId) {
      this.byId = new Map();
      for (const e of this.entries) {
        const list = this.byId.get(e.spec.id);
        if (list) list.push(e.entry);
        else this.byId.set(e.spec.id, [e.entry]);
      }
    }
    return this.byId;
  }

  /** The one entry of a key, if given. */
  get(id: string): Entry | undefined {
    return this.index().get(id)?.[0];
  }

  /** All entries of a kind, in order. */
  all(id: string): Entry[] {
    return [...(this.index().get(id) ?? [])];
  }
}

/** Each context's words → the first entry spec spelled so, built once per context. */
const byWord = new Map<ContextId, Map<string, EntrySpec>>();
function specIndex(context: ContextId): Map<string, EntrySpec> {
  let index = byWord.get(context);
  if (!index) {
    index = new Map();
    for (const s of CONTEXTS[context]) for (const w of spellingsOf(s)) if (!index.has(w)) index.set(w, s);
    byWord.set(context, index);
  }
  return index;
}

/** The schema id a key word is spelled for in a context, if any (no diagnostics). */
export function specIdOf(context: ContextId, word: string): string | undefined {
  return specIndex(context).get(word)?.id;
}

export function decodeBlock(context: ContextId, entries: Entry[], span: Span, r: Reporter): DecodedBlock {
  const specs = CONTEXTS[context];
  const index = specIndex(context);
  const out: DecodedEntry[] = [];
  const seenKeys = new Map<string, Entry>();
  const written = new Set<string>();
  for (const entry of entries) {
    const word = entry.key.text;
    const spec = index.get(word);
    if (!spec) {
      const candidates = specs.flatMap((s) => spellingsOf(s));
      r.report("E0101", entry.key.span, {
        word,
        context,
        suggestion: nearest(word, candidates) ?? "",
        allowed: bi(specs.map((s) => s.zhHans).join("、"), specs.map((s) => s.en).join(", ")),
      });
      continue;
    }
    written.add(spec.id);
    if (spec.named && !entry.name) {
      r.report("E0110", entry.key.span, { kind: spec.id, word });
      continue;
    }
    if (!spec.named && entry.name) {
      r.report("E0111", entry.name.span, { word, name: nameText(entry.name) });
      continue;
    }
    const body = spec.body;
    const shapeOk = "value" in body ? entry.value !== undefined : "block" in body ? entry.block !== undefined : !entry.value && !entry.block;
    if (!shapeOk) {
      const form = "value" in body ? `${word}: …` : "block" in body ? `${word}${spec.named ? " 名称" : ""} { … }` : `${word} "…"`;
      r.report("E0106", entry.span, { key: word, expected: bi(`「${form}」的写法`, `written \`${form}\``), example: form });
      continue;
    }
    if (spec.role === "key" || spec.repeatable === false) {
      const first = seenKeys.get(spec.id);
      if (first) {
        r.report("E0104", entry.key.span, { key: word }, [{ span: first.key.span, key: "first" }]);
        continue;
      }
      seenKeys.set(spec.id, entry);
    }
    out.push({ spec, entry });
  }
  return new DecodedBlock(context, out, span, written);
}

/** Reports the required keys that a decoded block lacks. */
export function requireKeys(block: DecodedBlock, kind: string, at: Span, r: Reporter): void {
  for (const spec of requiredSpecs(block.context)) {
    if (!block.written.has(spec.id)) r.report("E0105", at, { kind, key: spec.zhHans });
  }
}

/** Each context's required entries, in the table's order, found once per context. */
const required = new Map<ContextId, EntrySpec[]>();
function requiredSpecs(context: ContextId): EntrySpec[] {
  let list = required.get(context);
  if (!list) required.set(context, (list = CONTEXTS[context].filter((s) => s.required)));
  return list;
}
