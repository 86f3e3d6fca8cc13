// Stable ASCII identifiers derived from names: the same name gives the same id on every run and
// machine, whatever the order of declarations. They are valid XML NCNames.
import { BoundedMap } from "./memo.js";

/** FNV-1a over the text's UTF-8 bytes (a lone surrogate counts as U+FFFD, as TextEncoder encodes
 * it), computed from the UTF-16 code units without encoding the text into a buffer first. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  // Each byte is mixed in place (h = (h ^ byte) * prime, in 32 bits): a helper closure per call
  // was a measurable share of lowering, which hashes every name of every matter.
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      h = Math.imul(h ^ c, 0x01000193);
      continue;
    }
    if (c < 0x800) {
      h = Math.imul(h ^ (0xc0 | (c >> 6)), 0x01000193);
      h = Math.imul(h ^ (0x80 | (c & 0x3f)), 0x01000193);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        h = Math.imul(h ^ (0xf0 | (c >> 18)), 0x01000193);
        h = Math.imul(h ^ (0x80 | ((c >> 12) & 0x3f)), 0x01000193);
        h = Math.imul(h ^ (0x80 | ((c >> 6) & 0x3f)), 0x01000193);
        h = Math.imul(h ^ (0x80 | (c & 0x3f)), 0x01000193);
        continue;
      }
      c = 0xfffd;
    }
    h = Math.imul(h ^ (0xe0 | (c >> 12)), 0x01000193);
    h = Math.imul(h ^ (0x80 | ((c >> 6) & 0x3f)), 0x01000193);
    h = Math.imul(h ^ (0x80 | (c & 0x3f)), 0x01000193);
  }
  return h >>> 0;
}

/** `Item_1a2b3c4d`: the kind prefix and 32 bits of the name's hash. Names that collide within a
 * kind get a longer hash (deterministic: the names are sorted before assigning). */
export function assignIds(prefix: string, names: string[]): Map<string, string> {
  // Almost always no two names share a hash: then each name's id is its own hash whatever the
  // order, and the names need no sorting.
  const plain = new Map<string, string>();
  const taken = new Set<string>();
  let clash = false;
  for (const name of names) {
    if (plain.has(name)) continue;
    const id = stableId(prefix, name);
    if (taken.has(id)) {
      clash = true;
      break;
    }
    taken.add(id);
    plain.set(name, id);
  }
  if (!clash) return plain;
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const name of [...new Set(names)].sort()) {
    let id = `${prefix}_${fnv1a(name).toString(16).padStart(8, "0")}`;
    for (let seed = 1; used.has(id); seed++) id = `${id}${fnv1a(name, seed).toString(16).padStart(8, "0").slice(0, 4)}`;
    used.add(id);
    out.set(name, id);
  }
  return out;
}

/** Ids already made, per prefix: a province's matters name the same departments, materials and
 * fields again and again. Bounded: a prefix's names are forgotten when there are too many, and
 * prefixes beyond the first few (per sub-item ones) are not kept. */
const made = new Map<string, BoundedMap<string, string>>();
const MAX_PREFIXES = 32;
const MAX_NAMES = 1 << 16;

function hashId(prefix: string, name: string): string {
  return `${prefix}_${fnv1a(name).toString(16).padStart(8, "0")}`;
}

export function stableId(prefix: string, name: string): string {
  let names = made.get(prefix);
  if (names === undefined) {
    if (made.size >= MAX_PREFIXES) return hashId(prefix, name);
    made.set(prefix, (names = new BoundedMap(MAX_NAMES)));
  }
  let id = names.get(name);
  if (id === undefined) {
    id = hashId(prefix, name);
    names.set(name, id);
  }
  return id;
}

/** Sets each element's id as `assignIds` would give it for the elements' names, without the map:
 * when no two names share a hash (almost always), each id is its name's own. `remember`: keep the
 * ids made (for the fixed prefixes, not per-element ones). */
export function assignIdsTo<T extends { id: string }>(prefix: string, list: T[], nameOf: (t: T) => string, remember = true): void {
  const n = list.length;
  // A clash: another name before this one has the same id (a repeated name is no clash). Short
  // lists (most) are searched, longer ones kept in a map. The names and ids are kept in lists of
  // their own: the elements are of many shapes, slow to read in a loop.
  const seen = n > 16 ? new Map<string, string>() : undefined;
  const names = new Array<string>(n);
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const name = (names[i] = nameOf(list[i]));
    const id = (ids[i] = remember ? stableId(prefix, name) : hashId(prefix, name));
    let clash = false;
    if (seen) {
      const other = seen.get(id);
      clash = other !== undefined && other !== name;
      seen.set(id, name);
    } else {
      for (let j = 0; j < i && !clash; j++) clash = ids[j] === id && names[j] !== name;
    }
    if (clash) {
      const byName = assignIds(prefix, list.map(nameOf));
      for (const x of list) x.id = byName.get(nameOf(x))!;
      return;
    }
  }
  for (let i = 0; i < n; i++) list[i].id = ids[i];
}
