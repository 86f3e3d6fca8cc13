// The nearest existing name, for "did you mean …" suggestions.
//
// Bounded so that no input makes it slow: names longer than MAX_SUGGEST_LENGTH are only matched by
// containment, a candidate whose length differs by more than the allowed distance is skipped
// without computing anything, and the edit distance is computed in a band no wider than the
// distance that could still win (quitting once every cell in a row is over it).

/** Longest name (in characters) compared by edit distance. Real names are a few characters long. */
export const MAX_SUGGEST_LENGTH = 64;

/** Cells of the edit-distance table computed so far (for tests that bound the work). */
export const suggestStats = { cells: 0 };

/** The edit distance between a and b if it is at most `max`, else max + 1. */
function boundedDistance(a: string[], b: string[], max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const big = max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    cur.fill(big);
    cur[0] = i <= max ? i : big;
    let rowMin = cur[0];
    for (let j = from; j <= to; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur[j] = v > big ? big : v;
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    suggestStats.cells += to - from + 1;
    if (rowMin > max) return big;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], big);
}

/** The candidate closest to `word`, when it is close enough to be a plausible typo. Ties go to
 * the earlier candidate, so suggestions are deterministic. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const w = [...lower];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c === word) continue;
    const cl = c.toLowerCase();
    const cc = [...cl];
    const limit = Math.max(1, Math.floor(Math.max(w.length, cc.length) / 3));
    const cap = Math.min(limit, bestScore - 1);
    if (cap < 0) break; // an exact match (ignoring case) cannot be beaten
    let d: number;
    // 「市场监管」 for 「市场监管局」: containment is a strong hint for CJK names.
    if (cc.length >= 2 && w.length >= 2 && (c.includes(word) || word.includes(c))) d = cl === lower ? 0 : 1;
    else if (w.length > MAX_SUGGEST_LENGTH || cc.length > MAX_SUGGEST_LENGTH) continue;
    else d = boundedDistance(w, cc, cap);
    if (d <= limit && d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best;
}
