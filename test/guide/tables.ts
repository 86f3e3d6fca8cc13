// Reads the tables of a generated Markdown file back, to check them against the model.
export function markdownTables(md: string): string[][][] {
  const tables: string[][][] = [];
  let cur: string[][] | undefined;
  for (const line of md.split("\n")) {
    if (/^\|.*\|$/.test(line)) {
      if (!cur) tables.push((cur = []));
      if (!/^\|(\s*:?-+:?\s*\|)+$/.test(line)) cur.push(splitRow(line));
    } else cur = undefined;
  }
  return tables;
}

function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cur = "";
  const inner = line.slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "\\" && i + 1 < inner.length) cur += inner[i] + inner[++i];
    else if (inner[i] === "|") (cells.push(cur.trim()), (cur = ""));
    else cur += inner[i];
  }
  cells.push(cur.trim());
  return cells;
}

/** Undoes the backslash escapes of Markdown text. */
export function unescapeMarkdown(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** The table whose header row starts with these cells. */
export function tableWithHeader(md: string, ...header: string[]): string[][] {
  const t = markdownTables(md).find((rows) => header.every((h, i) => rows[0][i] === h));
  if (!t) throw new Error(`no table with header ${header.join(" | ")}`);
  return t;
}
