// The default punctuation style, `keep`: each punctuation mark is written as the author wrote it.
// The layout is computed in ASCII (the tree has no punctuation tokens), then every punctuation
// token of the output takes the spelling of its counterpart in the source: the n-th colon the n-th
// colon, and so on for each kind — `、` in a list stays `、`, `：` stays `：`, `:` stays `:`. Where
// the formatter added or dropped marks of a kind (a `;` between entries it put on separate lines),
// that kind's marks take the spelling the source uses most. Full-width ： ， 、 ； carry their own
// spacing, so the blank the ASCII layout put after them goes, as in the full-width style.
import type { IToken } from "chevrotain";
import * as T from "../tokens.js";

/** Token kinds whose spelling is kept. Words (等于, 包含, 或) are printed as written anyway. */
const KEPT = new Set([T.Colon, T.Comma, T.Semi, T.LBrace, T.RBrace, T.LBracket, T.RBracket, T.LParen, T.RParen, T.Bang, T.Ge, T.Le, T.Ne, T.Eq, T.Gt, T.Lt].map((t) => t.name));
/** Marks after which the ASCII layout's blank goes. */
const OWN_SPACING = new Set(["：", "，", "、", "；"]);

function marks(text: string): IToken[] {
  return T.matterLexer.tokenize(text).tokens.filter((t) => KEPT.has(t.tokenType.name));
}

function mostUsed(images: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const i of images) counts.set(i, (counts.get(i) ?? 0) + 1);
  let best: string | undefined;
  for (const [i, n] of counts) if (best === undefined || n > counts.get(best)!) best = i;
  return best;
}

/** `printed` (laid out with ASCII punctuation) with the punctuation of `source`. */
export function keepPunctuation(source: string, printed: string): string {
  const byKind = (tokens: IToken[]) => {
    const m = new Map<string, IToken[]>();
    for (const t of tokens) {
      const list = m.get(t.tokenType.name);
      if (list) list.push(t);
      else m.set(t.tokenType.name, [t]);
    }
    return m;
  };
  const before = byKind(marks(source));
  const after = byKind(marks(printed));
  const spelling = new Map<number, { image: string; length: number }>();
  for (const [kind, outs] of after) {
    const ins = before.get(kind) ?? [];
    const usual = mostUsed(ins.map((t) => t.image));
    outs.forEach((t, i) => {
      const image = ins.length === outs.length ? ins[i].image : (usual ?? t.image);
      if (image !== t.image) spelling.set(t.startOffset, { image, length: t.image.length });
    });
  }
  let out = "";
  let i = 0;
  const starts = [...spelling.keys()].sort((a, b) => a - b);
  for (const start of starts) {
    const { image, length } = spelling.get(start)!;
    out += printed.slice(i, start) + image;
    i = start + length;
    if (OWN_SPACING.has(image) && printed[i] === " " && printed[i + 1] !== "\n" && printed[i + 1] !== undefined) i++;
  }
  return out + printed.slice(i);
}
