// Comments, blank lines, line breaks and `;` dropped at random places into the examples: whatever
// still parses must format without changing its tree or comments (the formatter checks that
// itself and throws otherwise), and formatting again must change nothing. Seeded, so a failure
// repeats; the input is in the failure message.
import { expect, it } from "vitest";
import { formatMatter, type Punctuation } from "../../grammar/format/print.js";
import { parse } from "../../grammar/index.js";
import { examples, stdlib } from "./corpus.js";

const INSERTS = [(k: number) => `/* c${k} */`, (k: number) => ` // l${k}\n`, (k: number) => `\n// o${k}\n`, (k: number) => `\n/* m${k}\n */ `, () => "\n\n", () => " ; ", () => "\n", () => "\r\n", () => " //\n"];
const SPOT = /[ \n,:[\](){}，：；;、［］（）｛｝]/;

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

it("formats mutated examples without changing their meaning, idempotently", () => {
  const texts = [...examples(), ...stdlib()].flatMap((p) => Object.values(p.files));
  const rnd = random(20240501);
  let formatted = 0;
  for (let i = 0; i < 120; i++) {
    let text = texts[i % texts.length];
    for (let k = 0, n = 1 + Math.floor(rnd() * 10); k < n; k++) {
      const spots: number[] = [];
      for (let j = 1; j < text.length; j++) if (SPOT.test(text[j]) || SPOT.test(text[j - 1])) spots.push(j);
      const at = spots[Math.floor(rnd() * spots.length)];
      text = text.slice(0, at) + INSERTS[Math.floor(rnd() * INSERTS.length)](k) + text.slice(at);
    }
    let parsed;
    try {
      parsed = parse("t.matter", text);
    } catch {
      continue; // a parser crash is not the formatter's to test
    }
    if (parsed.problems.length) continue;
    const punctuation: Punctuation = i % 2 ? "fullwidth" : "ascii";
    const printWidth = 20 + Math.floor(rnd() * 100);
    const once = formatMatter(text, { punctuation, printWidth });
    expect(once.ok, text).toBe(true);
    if (!once.ok) continue;
    expect(formatMatter(once.text, { punctuation, printWidth }), text).toEqual(once);
    formatted++;
  }
  expect(formatted).toBeGreaterThan(40);
});
