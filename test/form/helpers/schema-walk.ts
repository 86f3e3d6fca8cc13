// Reads a (resolved) JSON Schema back as the leaves a renderer shows: dotted data paths of the
// non-object properties, and those whose parent lists them as required.
type Schema = { type?: unknown; properties?: Record<string, Schema>; required?: string[]; items?: Schema };

export function leaves(schema: Schema, prefix = ""): { shown: string[]; required: string[] } {
  const shown: string[] = [];
  const required: string[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child.type === "object" && child.properties) {
      const sub = leaves(child, path);
      shown.push(...sub.shown);
      required.push(...sub.required);
    } else if (child.type === "array" && child.items?.type === "object") {
      // A repeating group's entries: "*" stands for the index.
      const sub = leaves(child.items, `${path}.*`);
      shown.push(...sub.shown);
      required.push(...sub.required);
    } else {
      shown.push(path);
      if (schema.required?.includes(key)) required.push(path);
    }
  }
  return { shown: shown.sort(), required: required.sort() };
}
