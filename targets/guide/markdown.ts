// Markdown for guide.md, notice.md and the letters: escaping text from a .matter file, and a small
// deterministic formatter that leaves the output as Prettier would print it. Prettier's `format` is
// async and the targets are synchronous pure functions, so the part of Prettier's markdown style
// that the templates can produce (aligned tables, one blank line between blocks, no trailing
// spaces) is reproduced here; the tests check the result with Prettier itself.

/** Text from a .matter file as inert Markdown: the rule lives in targets/escape/markdown.ts. */
export { markdownText } from "../escape/markdown.js";

/** Display width as Prettier counts it: East Asian wide and fullwidth characters count 2. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

// East Asian Width "W" and "F" ranges (Unicode 15), the ones Chinese text reaches.
const WIDE: [number, number][] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
  [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1],
  [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
  [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b],
  [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4], [0x17000, 0x18cff], [0x1b000, 0x1b2ff], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a], [0x1f200, 0x1f202], [0x1f210, 0x1f23b], [0x1f240, 0x1f248],
  [0x1f250, 0x1f251], [0x1f260, 0x1f265], [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff], [0x1fa70, 0x1faff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWide(cp: number): boolean {
  if (cp < 0x1100) return false;
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < WIDE[mid][0]) hi = mid - 1;
    else if (cp > WIDE[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Normalises rendered Markdown: trailing spaces removed, runs of blank lines collapsed to one, no
 * blank lines at the start, exactly one final newline, and every table padded and aligned.
 */
export function formatMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(/[ \t]+$/, ""));
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (isTableRow(lines[i]) && i + 1 < lines.length && isDelimiterRow(lines[i + 1])) {
      let end = i + 2;
      while (end < lines.length && isTableRow(lines[end])) end++;
      out.push(...alignTable(lines.slice(i, end)));
      i = end;
      continue;
    }
    if (lines[i] === "" && (out.length === 0 || out[out.length - 1] === "")) {
      i++;
      continue;
    }
    out.push(lines[i]);
    i++;
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n") + "\n";
}

function isTableRow(line: string): boolean {
  return /^\|.*\|$/.test(line.trim());
}

function isDelimiterRow(line: string): boolean {
  return /^\|(\s*:?-+:?\s*\|)+$/.test(line.trim());
}

/** Cells of a row, split at pipes that are not escaped. */
function cells(line: string): string[] {
  const inner = line.trim().slice(1, -1);
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === "\\" && i + 1 < inner.length) {
      cur += c + inner[++i];
    } else if (c === "|") {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

type Align = "left" | "center" | "right" | "none";

function alignTable(rows: string[]): string[] {
  const aligns: Align[] = cells(rows[1]).map((d) => (d.startsWith(":") && d.endsWith(":") ? "center" : d.startsWith(":") ? "left" : d.endsWith(":") ? "right" : "none"));
  const body = [rows[0], ...rows.slice(2)].map(cells);
  const n = aligns.length;
  // GFM drops cells past the header's count; Prettier prints a short row short.
  const grid = body.map((r) => r.slice(0, n));
  const widths = aligns.map((_, c) => Math.max(3, ...grid.map((r) => displayWidth(r[c] ?? ""))));
  const row = (r: string[]) =>
    `| ${r
      .map((t, c) => {
        const spaces = widths[c] - displayWidth(t);
        const before = aligns[c] === "right" ? spaces : aligns[c] === "center" ? Math.floor(spaces / 2) : 0;
        return " ".repeat(before) + t + " ".repeat(spaces - before);
      })
      .join(" | ")} |`;
  const delimiter = `| ${aligns
    .map((a, c) => `${a === "center" || a === "left" ? ":" : "-"}${"-".repeat(widths[c] - 2)}${a === "center" || a === "right" ? ":" : "-"}`)
    .join(" | ")} |`;
  return [row(grid[0]), delimiter, ...grid.slice(1).map(row)];
}
