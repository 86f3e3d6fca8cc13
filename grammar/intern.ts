// Short strings of the source (keys, kinds, names, units: the same few words in every file) read
// through a small cache: a word already seen is returned as the same string instead of a fresh
// copy. Fewer strings to allocate and collect, and one string per word for the compiler's maps
// (whose hashes are kept on the string, computed once). The cache is direct-mapped and bounded:
// a slot holds the last word that hashed to it. Long strings (more than MAX_LENGTH code units)
// are sliced as usual: they repeat less, and V8 keeps them as views of the whole text, which the
// cache must not hold on to.
const SIZE = 8192;
const MAX_LENGTH = 12;
const slots: (string | undefined)[] = new Array<string | undefined>(SIZE).fill(undefined);

/** `text.slice(start, end)`, the cached copy when the same characters were read before. */
export function intern(text: string, start: number, end: number): string {
  const length = end - start;
  if (length > MAX_LENGTH || length <= 0) return text.slice(start, end);
  let h = length;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  const slot = (h ^ (h >>> 13)) & (SIZE - 1);
  const cached = slots[slot];
  if (cached !== undefined && cached.length === length) {
    let i = 0;
    while (i < length && cached.charCodeAt(i) === text.charCodeAt(start + i)) i++;
    if (i === length) return cached;
  }
  const fresh = text.slice(start, end);
  slots[slot] = fresh;
  return fresh;
}
