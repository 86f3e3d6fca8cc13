// Lists and copies the model is built from, made so that objects of one kind share one hidden
// class in V8 whichever code makes them: readers of the model stay optimised (a reader that meets
// a class it has not seen is deoptimised and compiled again, which cost a third of a check's CPU).
//
// V8 (Node 20) gives the result of `Array.prototype.map` a packed array when the builtin runs and a
// holey one when the optimizing compiler inlines the call: the same list, another hidden class. A
// large function that makes the model's lists (lowerMatter) is optimized and deoptimized several
// times in a long check, and each time it flips, every optimized reader of those lists (the checks,
// the figures) meets a class it has not seen and is deoptimized and recompiled in turn. A list
// filled by `push` into a literal is packed in every tier.

/** `xs.map(f)` (without the third argument), as a packed array in every tier of the engine. */
export function mapList<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i));
  return out;
}

/** `{ ...base, ...extra }`: the same keys in the same order (a key of `extra` that `base` has keeps
 * its place). V8 gives every object written as a spread followed by keys a hidden class of its own
 * (1,793 classes for 1,800 commitments); copies made key by key from an empty object share one. */
export function copyWith<T extends object, U extends object>(base: T, extra: U): T & U {
  return Object.assign(Object.assign({}, base), extra);
}
