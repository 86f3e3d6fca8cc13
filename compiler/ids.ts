// Stable ASCII identifiers derived from names: the same name gives the same id on every run and
// machine, whatever the order of declarations. They are valid XML NCNames.

const UTF8 = new TextEncoder();

function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (const byte of UTF8.encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** `Item_1a2b3c4d`: the kind prefix and 32 bits of the name's hash. Names that collide within a
 * kind get a longer hash (deterministic: the names are sorted before assigning). */
export function assignIds(prefix: string, names: string[]): Map<string, string> {
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

export function stableId(prefix: string, name: string): string {
  return `${prefix}_${fnv1a(name).toString(16).padStart(8, "0")}`;
}
