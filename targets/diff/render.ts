// A diff as readable text (the terminal), Markdown (a pull-request summary) and an HTML page (a
// published 变更说明). Every name and value comes from a .matter file: each form goes through the
// project's one escaping rule for its language (targets/escape).
import { escapeHtml, markdownText, terminalText } from "../escape/index.js";
import type { DiffResult, FigureChange, MatterDiff, PropertyChange, RecordChange } from "./compare.js";

export type Lang = "zh" | "en";

const WORDS = {
  zh: {
    added: "新增",
    removed: "删除",
    changed: "变更",
    matterAdded: "新增事项",
    matterRemoved: "删除事项",
    figures: "对比数字（头条情形，改革前 → 改革后）",
    was: "原为",
    now: "现为",
    title: "变更说明",
    changes: (n: number) => `${n} 处变更`,
    none: "没有变更。",
  },
  en: {
    added: "added",
    removed: "removed",
    changed: "changed",
    matterAdded: "new matter",
    matterRemoved: "matter removed",
    figures: "figures (headline case, before → after)",
    was: "was",
    now: "now",
    title: "What changed",
    changes: (n: number) => `${n} change(s)`,
    none: "No changes.",
  },
} as const;


function recordTitle(c: RecordChange, lang: Lang): string {
  const section = c.sectionLabel[lang];
  return c.name ? (lang === "zh" ? `${section}「${c.name}」` : `${section} “${c.name}”`) : section;
}

/** "新增：甲；删除：乙" for a list that gained or lost names, else "before → after". */
function propertyText(p: PropertyChange, lang: Lang, esc: (s: string) => string = (s) => s): string {
  if (!p.added && !p.removed) return `${esc(p.before)} → ${esc(p.after)}`;
  const w = WORDS[lang];
  const sep = lang === "zh" ? "、" : ", ";
  const parts = [];
  if (p.added?.length) parts.push(`${w.added}${lang === "zh" ? "：" : ": "}${p.added.map(esc).join(sep)}`);
  if (p.removed?.length) parts.push(`${w.removed}${lang === "zh" ? "：" : ": "}${p.removed.map(esc).join(sep)}`);
  return parts.join(lang === "zh" ? "；" : "; ");
}

function figureLine(f: FigureChange, lang: Lang): string {
  const w = WORDS[lang];
  return `${f.label[lang]}: ${w.was} ${f.before.before} → ${f.before.after}, ${w.now} ${f.after.before} → ${f.after.after}`;
}

function changeCount(m: MatterDiff): number {
  return m.changes.reduce((n, c) => n + Math.max(1, c.properties.length), 0) + m.figures.length;
}

/** For the terminal: one line a change, grouped by matter. */
export function diffText(d: DiffResult, lang: Lang): string {
  const w = WORDS[lang];
  const out: string[] = [];
  for (const m of d.matters) {
    const head = `${m.name}（${m.code}）`;
    if (m.status !== "changed") {
      out.push(`${m.status === "added" ? "+" : "-"} ${head}: ${m.status === "added" ? w.matterAdded : w.matterRemoved}`);
      continue;
    }
    out.push(`${head}: ${w.changes(changeCount(m))}`);
    for (const c of m.changes) {
      const title = recordTitle(c, lang);
      if (c.kind === "added") out.push(`  + ${title} ${w.added}`);
      else if (c.kind === "removed") out.push(`  - ${title} ${w.removed}`);
      else for (const p of c.properties) out.push(`  ~ ${title} ${p.label[lang]}: ${propertyText(p, lang)}`);
    }
    if (m.figures.length) {
      out.push(`  ${w.figures}`);
      for (const f of m.figures) out.push(`    ${figureLine(f, lang)}`);
    }
  }
  return out.length ? terminalText(out.join("\n")) + "\n" : "";
}

const md = markdownText;

/** For a pull request: a Markdown summary (headings and bullet lists). */
export function diffMarkdown(d: DiffResult, lang: Lang): string {
  const w = WORDS[lang];
  if (!d.matters.length) return "";
  const out: string[] = [`## ${w.title}`, ""];
  for (const m of d.matters) {
    if (m.status !== "changed") {
      out.push(`- **${md(m.name)}**（${md(m.code)}）: ${m.status === "added" ? w.matterAdded : w.matterRemoved}`);
      continue;
    }
    out.push(`### ${md(m.name)}（${md(m.code)}）`, "");
    for (const c of m.changes) {
      const title = recordTitle({ ...c, name: c.name && md(c.name) }, lang);
      if (c.kind !== "changed") out.push(`- ${c.kind === "added" ? "➕" : "➖"} ${title} ${w[c.kind]}`);
      else for (const p of c.properties) out.push(`- ✏️ ${title} ${p.label[lang]}: ${propertyText(p, lang, md)}`);
    }
    if (m.figures.length) {
      out.push("", `**${w.figures}**`, "");
      for (const f of m.figures) out.push(`- ${figureLine(f, lang)}`);
    }
    out.push("");
  }
  return out.join("\n").trimEnd() + "\n";
}

const html = escapeHtml;

/** A page to publish: each changed matter with a table of before and after. */
export function diffHtml(d: DiffResult, lang: Lang): string {
  const w = WORDS[lang];
  const body: string[] = [];
  if (!d.matters.length) body.push(`<p>${w.none}</p>`);
  for (const m of d.matters) {
    body.push(`<section><h2>${html(m.name)} <small>${html(m.code)}</small></h2>`);
    if (m.status !== "changed") {
      body.push(`<p class="${m.status}">${m.status === "added" ? w.matterAdded : w.matterRemoved}</p></section>`);
      continue;
    }
    const th = lang === "zh" ? ["项目", "变更", "原为", "现为"] : ["what", "change", "before", "after"];
    body.push(`<table><thead><tr>${th.map((t) => `<th scope="col">${t}</th>`).join("")}</tr></thead><tbody>`);
    for (const c of m.changes) {
      const title = html(recordTitle(c, lang));
      if (c.kind !== "changed") body.push(`<tr class="${c.kind}"><th scope="row">${title}</th><td>${w[c.kind]}</td><td></td><td></td></tr>`);
      else for (const p of c.properties) body.push(`<tr class="changed"><th scope="row">${title}</th><td>${html(p.label[lang])}</td>${p.added || p.removed ? `<td colspan="2">${propertyText(p, lang, html)}</td>` : `<td>${html(p.before)}</td><td>${html(p.after)}</td>`}</tr>`);
    }
    body.push("</tbody></table>");
    if (m.figures.length) {
      body.push(`<h3>${w.figures}</h3><ul>`);
      for (const f of m.figures) body.push(`<li>${html(figureLine(f, lang))}</li>`);
      body.push("</ul>");
    }
    body.push("</section>");
  }
  return `<!DOCTYPE html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title}</title>
<style>
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 1rem; line-height: 1.6; color: #1a1a1a; }
main { max-width: 60rem; margin: 0 auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
tr.added th { color: #0a6b2d; } tr.removed th { color: #a3160f; }
@media (max-width: 40rem) { thead { display: none; } tr, th, td { display: block; } tr { margin-bottom: .75rem; } }
@media print { tr { break-inside: avoid; } thead { display: table-header-group; } }
</style>
</head>
<body>
<main>
<h1>${w.title}</h1>
${body.join("\n")}
</main>
</body>
</html>
`;
}
