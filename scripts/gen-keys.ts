// Writes docs/keys.md, the key reference, from the schema table (the one source of truth for
// kinds, keys and value words). `npm test` checks that the committed file is current.
import { CONTEXTS, ENUMS, WORDS, type ContextId, type EntrySpec, type ValueShape } from "../compiler/schema.js";

const CONTEXT_TITLES: Record<ContextId, string> = {
  top: "文件顶层 / top level",
  department: "部门 { … } / department",
  material: "材料 { … } / material",
  matter: "一件事 { … } / matter",
  item: "子事项 { … } / item",
  commitment: "告知承诺 { … } / commitment",
  form: "表单 { … } / form",
  group: "分组 { … } / group",
  guide: "指南 { … } / guide",
  faq: "常见问题 \"…\" { … } / faq",
  duties: "职责 { 部门: \"…\" } / duties",
  legalBasis: "设定依据 / 实施依据 \"…\" { … } / legal basis",
  feeItem: "收费项目 \"…\" { … } / fee item",
  result: "结果 \"…\" { … } / result",
  intermediary: "中介服务 \"…\" { … } / intermediary service",
  specialStep: "特殊环节 名称 { … } / special step",
  inadmissible: "不予受理 \"…\" { … } / inadmissible (not accepted)",
  correction: "补正 { … } / correction",
  crossRegion: "跨域办 { … } / cross-region handling",
  receivingWindow: "收件窗口 \"…\" { … } / receiving window",
  post: "寄递 { … } / post (receiving window → handling place)",
  proactive: "免申办 { … } / proactive (granted without an application)",
  eligibility: "资格 \"…\" { … } / eligibility rule",
};

function shape(e: EntrySpec): string {
  if ("block" in e.body) return e.named ? "名称 { … }" : "{ … }";
  if ("bare" in e.body) return "\"路径\"";
  const v: ValueShape = e.body.value;
  const name = e.named ? "名称: " : "";
  switch (v.shape) {
    case "string":
      return `${name}"文本"`;
    case "strings":
      return `${name}"文本", …`;
    case "url":
      return `${name}"https://…"`;
    case "date":
      return `${name}"2026-01-01"`;
    case "integer":
      return `${name}整数`;
    case "duration":
      return `${name}20 工作日`;
    case "enum":
      return `${name}${ENUMS[v.enum].map((x) => x.zhHans).join(" · ")}${v.list ? "（可多个）" : ""}`;
    case "ref":
      return `${name}${{ department: "部门名", material: "材料名", field: "字段路径", item: "子事项名", matter: "一件事名", group: "重复分组名" }[v.to]}${v.list ? ", …" : ""}`;
    case "condition":
      return `${name}条件`;
    case "source":
      return `${name}${Object.values(WORDS.source).map((x) => x.zhHans).join(" · ")}`;
    case "verification":
      return `${name}${ENUMS.verificationMethod.map((x) => x.zhHans).join(" · ")} 时限`;
    case "fieldSpec":
      return `路径: 类型 约束…`;
    case "situationSpec":
      return `名称: 类型 "问题" [选项] 默认 值`;
    case "fee":
      return `${name}不收费 · "说明"`;
    case "boolean":
      return `${name}是 · 否`;
    case "trigger":
      return `${name}数据事件 部门 "事件" · 定期 ${ENUMS.period.map((x) => x.zhHans).join("/")} [起始 "2026-01-01"] · 前序产出 子事项`;
  }
}

export function keysMarkdown(): string {
  const out = ["# 键参考 / Key reference", "", "由 `compiler/schema.ts` 生成（`node dist/scripts/gen-keys.js`），请勿手改。Generated from the schema table; do not edit by hand.", ""];
  for (const [ctx, entries] of Object.entries(CONTEXTS) as [ContextId, EntrySpec[]][]) {
    if (!entries.length) continue;
    out.push(`## ${CONTEXT_TITLES[ctx]}`, "", "| 简体 | 繁體 | English | 写法 / value | 说明 | |", "|---|---|---|---|---|---|");
    for (const e of entries) out.push(`| ${e.zhHans} | ${e.zhHant} | ${e.en} | ${shape(e).replace(/\|/g, "\\|")} | ${e.doc.zh} | ${e.required ? "必填 required" : ""} |`);
    out.push("");
  }
  out.push("## 取值 / Value words", "", "| 类别 | 简体 · 繁體 · English |", "|---|---|");
  for (const [id, values] of Object.entries(ENUMS)) out.push(`| ${id} | ${values.map((v) => `${v.zhHans} · ${v.zhHant} · ${v.en}${v.code ? ` (${v.code})` : ""}`).join("<br>")} |`);
  out.push(`| source | ${Object.values(WORDS.source).map((v) => `${v.zhHans} · ${v.zhHant} · ${v.en}`).join("<br>")} |`);
  out.push(`| trigger | ${Object.values(WORDS.trigger).map((v) => `${v.zhHans} · ${v.zhHant} · ${v.en}`).join("<br>")} |`);
  out.push(`| constraint | ${Object.values(WORDS.constraint).map((v) => `${v.zhHans} · ${v.zhHant} · ${v.en}`).join("<br>")} |`);
  out.push("");
  return out.join("\n");
}

if (process.argv[1]?.endsWith("gen-keys.js")) {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(new URL("../../docs/keys.md", import.meta.url), keysMarkdown());
}
