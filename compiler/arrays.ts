// Lists the model is built from, made the same way whichever tier of the JavaScript engine runs
// the code that makes them.
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
