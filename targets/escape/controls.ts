// Characters no output may carry: C0 controls other than tab, line feed and carriage return; DEL
// and the C1 controls (terminal escape sequences start with ESC or CSI U+009B); U+FFFE and U+FFFF,
// which XML 1.0 forbids; and unpaired surrogates, which no UTF-8 file can hold. The compiler
// rejects them in a .matter file (E0120); every escaping rule in this folder also drops them, so
// that a model from elsewhere cannot carry them into an output either.

/** Matches one character that no output may carry (no `u` flag: surrogates are code units). */
export const INVALID_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const INVALID_ALL = new RegExp(INVALID_CHAR.source, "g");

/** The text without the characters no output may carry; the same string when there are none. */
export function dropInvalid(s: string): string {
  return INVALID_CHAR.test(s) ? s.replace(INVALID_ALL, "") : s;
}

/** Applies `f` to every string value of a JSON-like value (with the key it is under; keys are
 * left as they are), copying only what changes. */
export function mapStrings<T>(value: T, f: (s: string, key: string) => string, key = ""): T {
  if (typeof value === "string") return f(value, key) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const w = mapStrings(v, f, key);
      if (w !== v) changed = true;
      return w;
    });
    return (changed ? out : value) as T;
  }
  if (value && typeof value === "object") {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const w = mapStrings(v, f, k);
      if (w !== v) changed = true;
      out[k] = w;
    }
    return (changed ? out : value) as T;
  }
  return value;
}
