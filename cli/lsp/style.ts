// The author's habits, so that what completion inserts looks like what they already wrote: which
// of the three spellings (简体, 繁體, English) and which colon (full-width from a Chinese input
// method, or ASCII).
import type { Entry, FileNode } from "../../grammar/ast.js";
import { findEntrySpec, type ContextId, type Spelling } from "../../compiler/schema.js";

export type SpellingStyle = "zhHans" | "zhHant" | "en";

function countSpellings(entries: Entry[], context: ContextId | undefined, counts: Record<SpellingStyle, number>): void {
  for (const e of entries) {
    const spec = context ? findEntrySpec(context, e.key.text) : undefined;
    if (spec) {
      // Only words that tell the spellings apart count (材料 is the same in all Chinese).
      if (e.key.text === spec.en && spec.en !== spec.zhHans) counts.en++;
      else if (e.key.text === spec.zhHant && spec.zhHant !== spec.zhHans) counts.zhHant++;
      else if (e.key.text === spec.zhHans && spec.zhHant !== spec.zhHans) counts.zhHans++;
    }
    if (e.block) countSpellings(e.block.entries, spec && "block" in spec.body ? spec.body.block : undefined, counts);
  }
}

/** The spelling most used in the file; 简体 when nothing tells. */
export function spellingStyle(ast: FileNode): SpellingStyle {
  const counts = { zhHans: 0, zhHant: 0, en: 0 };
  countSpellings(ast.entries, "top", counts);
  if (counts.en > counts.zhHans && counts.en >= counts.zhHant) return "en";
  if (counts.zhHant > counts.zhHans) return "zhHant";
  return "zhHans";
}

/** The distinct spellings of a word, the author's first. */
export function spellingsInOrder(sp: Spelling, style: SpellingStyle): string[] {
  const order: SpellingStyle[] = [style, ...(["zhHans", "zhHant", "en"] as const).filter((s) => s !== style)];
  return [...new Set(order.map((s) => sp[s]))];
}

/** `：` when the file mostly uses full-width colons, else `: `. */
export function colonStyle(text: string): string {
  const full = (text.match(/：/g) ?? []).length;
  const ascii = (text.match(/:/g) ?? []).length;
  return full > ascii ? "：" : ": ";
}
