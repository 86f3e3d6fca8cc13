// The frame every preview page shares. Pages are built from strings, so everything that comes
// from a .matter file (names, codes, messages, source lines) goes through `escapeHtml`.

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export interface Shell {
  title: string;
  /** Which page the client script drives: the index reloads on change, a matter page re-renders. */
  page: "index" | "matter" | "missing";
  version: number;
  code?: string;
  body: string;
}

export function shell(p: Shell): string {
  const code = p.code === undefined ? "" : ` data-code="${escapeHtml(p.code)}"`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)} · matterc 预览</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
</head>
<body data-page="${p.page}" data-version="${p.version}"${code}>
<header class="top"><a class="brand" href="/">matterc 预览</a><span class="live" id="live" role="status">正在连接…</span></header>
<main id="app">${p.body}</main>
<script src="/assets/app.js"></script>
</body>
</html>
`;
}
