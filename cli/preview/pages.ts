// The server-rendered pages: the index of matters (or the diagnostics), the frame of a matter's
// page (its panels are drawn by the client script from /api/matter/<编码>), and "no such matter".
import type { Model } from "../../compiler/model.js";
import type { Lang } from "../../compiler/schema.js";
import { diagnosticsHtml } from "./diagnostics.js";
import { escapeHtml, shell } from "./html.js";
import type { Snapshot } from "./session.js";

export function matterHref(code: string): string {
  return `/m/${encodeURIComponent(code)}/`;
}

function beforeAfter(f: { before: number; after: number }): string {
  return `${f.before} → ${f.after}`;
}

function row(m: Model): string {
  const h = m.metrics.headline;
  return `<tr><td><a href="${matterHref(m.code)}">${escapeHtml(m.name)}</a></td><td>${escapeHtml(m.code)}</td><td>${escapeHtml(m.lead)}</td><td class="num">${m.items.length}</td><td class="num">${beforeAfter(h.materials)}</td><td class="num">${beforeAfter(h.fields)}</td><td class="num">${beforeAfter(h.trips)}</td><td class="num">${beforeAfter(h.time)}</td></tr>`;
}

export function indexPage(s: Snapshot, lang: Lang): string {
  const diagnostics = diagnosticsHtml(s.diagnostics, { lang, sources: s.sources });
  if (s.hasErrors) return shell({ title: "有错误", page: "index", version: s.version, body: diagnostics });
  const table = s.models.length
    ? `<table class="matters">
<thead><tr><th>事项</th><th>编码</th><th>牵头部门</th><th>子事项</th><th>材料</th><th>表单字段</th><th>跑动次数</th><th>办理时限（工作日）</th></tr></thead>
<tbody>
${s.models.map(row).join("\n")}
</tbody>
</table>
<p class="note">材料、字段、跑动次数和时限为改革前 → 改革后，按最全情形计算。</p>`
    : `<p class="empty">没有找到一件事：给出的路径下没有含「一件事」的 .matter 文件。</p>`;
  return shell({ title: "全部事项", page: "index", version: s.version, body: `<h1>全部事项 <small>${s.models.length} 件</small></h1>\n${table}\n${diagnostics}` });
}

/** The frame the client fills in; the name is in the title at once, the panels follow. */
export function matterPage(s: Snapshot, m: Model): string {
  return shell({ title: m.name, page: "matter", version: s.version, code: m.code, body: `<h1>${escapeHtml(m.name)} <small>${escapeHtml(m.code)}</small></h1><p class="loading">正在加载…</p>` });
}

export function missingPage(s: Snapshot, code: string, lang: Lang): string {
  if (s.hasErrors) return shell({ title: "有错误", page: "missing", version: s.version, code, body: diagnosticsHtml(s.diagnostics, { lang, sources: s.sources }) });
  return shell({
    title: "找不到事项",
    page: "missing",
    version: s.version,
    code,
    body: `<h1>找不到编码为「${escapeHtml(code)}」的事项</h1><p>它可能已改名或删除。<a href="/">查看全部事项</a></p>`,
  });
}
