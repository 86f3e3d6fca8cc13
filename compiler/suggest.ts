// The nearest existing name, for "did you mean …" suggestions.

function distance(a: string[], b: string[]): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The candidate closest to `word`, when it is close enough to be a plausible typo. Ties go to
 * the earlier candidate, so suggestions are deterministic. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const w = [...word.toLowerCase()];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c === word) continue;
    const cc = [...c.toLowerCase()];
    let d = distance(w, cc);
    // 「市场监管」 for 「市场监管局」: containment is a strong hint for CJK names.
    if (cc.length >= 2 && w.length >= 2 && (c.includes(word) || word.includes(c))) d = Math.min(d, 1);
    const limit = Math.max(1, Math.floor(Math.max(w.length, cc.length) / 3));
    if (d <= limit && d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best;
}
