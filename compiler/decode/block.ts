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

const NONE: readonly Entry[] = [];

export class DecodedBlock {
  /** The accepted entries in order, each after its schema id: [id, entry, id, entry, …]. One list
   * filled while decoding, searched by id (a block has a few dozen entries at most, and the ids
   * are the schema table's own strings), rather than a list of pairs, a set and maps per block. */
  private readonly pairs: (string | Entry)[];
  /** How much of `pairs` is filled (it is made as long as the block could need). */
  private n = 0;
  /** Ids written whose entry was rejected. */
  private rejected: string[] | undefined;

  constructor(
    readonly context: ContextId,
    readonly span: Span,
    /** At most how many entries will be added. */
    capacity = 0,
  ) {
    this.pairs = new Array(2 * capacity);
  }

  /** Adds an accepted entry (decodeBlock). */
  add(id: string, entry: Entry): void {
    if (this.n === this.pairs.length) this.pairs.length += 2;
    this.pairs[this.n++] = id;
    this.pairs[this.n++] = entry;
  }

  /** Notes an id written whose entry was rejected (decodeBlock). */
  reject(id: string): void {
    (this.rejected ??= []).push(id);
  }

  /** The accepted entries with their specs, in order. */
  get entries(): DecodedEntry[] {
    const index = specIndex(this.context);
    const out: DecodedEntry[] = [];
    for (let i = 1; i < this.n; i += 2) {
      const entry = this.pairs[i] as Entry;
      out.push({ spec: index.get(entry.key.text)!, entry });
    }
    return out;
  }

  /** Every schema id written in the block, even where its entry was rejected. */
  get written(): Set<string> {
    const out = new Set<string>();
    for (let i = 0; i < this.n; i += 2) out.add(this.pairs[i] as string);
    for (const id of this.rejected ?? []) out.add(id);
    return out;
  }

  /** Whether the block writes a schema id, even where its entry was rejected. */
  wrote(id: string): boolean {
    return this.get(id) !== undefined || (this.rejected !== undefined && this.rejected.includes(id));
  }

  /** The one entry of a key (the first of its kind), if given. */
  get(id: string): Entry | undefined {
    const p = this.pairs;
    for (let i = 0; i < this.n; i += 2) if (p[i] === id) return p[i + 1] as Entry;
    return undefined;
  }

  /** Whether a key is given (accepted). */
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** All entries of a kind, in order (a new list). */
  all(id: string): Entry[] {
    const p = this.pairs;
    const out: Entry[] = [];
    for (let i = 0; i < this.n; i += 2) if (p[i] === id) out.push(p[i + 1] as Entry);
    return out;
  }

  /** All entries of a kind, in order, not to be changed. */
  each(id: string): readonly Entry[] {
    return this.get(id) === undefined ? NONE : this.all(id);
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
  const index = specIndex(context);
  const out = new DecodedBlock(context, span, entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const word = entry.key.text;
    const spec = index.get(word);
    if (spec === undefined) {
      const specs = CONTEXTS[context];
      const candidates = specs.flatMap((s) => spellingsOf(s));
      r.report("E0101", entry.key.span, {
        word,
        context,
        suggestion: nearest(word, candidates) ?? "",
        allowed: bi(specs.map((s) => s.zhHans).join("、"), specs.map((s) => s.en).join(", ")),
      });
      continue;
    }
    if (spec.named ? !entry.name : entry.name) {
      out.reject(spec.id);
      if (spec.named) r.report("E0110", entry.key.span, { kind: spec.id, word });
      else r.report("E0111", entry.name!.span, { word, name: nameText(entry.name!) });
      continue;
    }
    const body = spec.body;
    const shapeOk = "value" in body ? entry.value !== undefined : "block" in body ? entry.block !== undefined : !entry.value && !entry.block;
    if (!shapeOk) {
      out.reject(spec.id);
      const form = "value" in body ? `${word}: …` : "block" in body ? `${word}${spec.named ? " 名称" : ""} { … }` : `${word} "…"`;
      r.report("E0106", entry.span, { key: word, expected: bi(`「${form}」的写法`, `written \`${form}\``), example: form });
      continue;
    }
    if (spec.role === "key" || spec.repeatable === false) {
      const first = out.get(spec.id);
      if (first) {
        r.report("E0104", entry.key.span, { key: word }, [{ span: first.key.span, key: "first" }]);
        continue;
      }
    }
    out.add(spec.id, entry);
  }
  return out;
}

/** Reports the required keys that a decoded block lacks. */
export function requireKeys(block: DecodedBlock, kind: string, at: Span, r: Reporter): void {
  for (const spec of requiredSpecs(block.context)) {
    if (!block.wrote(spec.id)) r.report("E0105", at, { kind, key: spec.zhHans });
  }
}

/** Each context's required entries, in the table's order, found once per context. */
const required = new Map<ContextId, EntrySpec[]>();
function requiredSpecs(context: ContextId): EntrySpec[] {
  let list = required.get(context);
  if (!list) required.set(context, (list = CONTEXTS[context].filter((s) => s.required)));
  return list;
}
