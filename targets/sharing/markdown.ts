// The data-sharing list as Markdown: one section per provider, one table row per data item.
import { markdownText } from "../escape/index.js";
import { formatMarkdown } from "../guide/markdown.js";
import { asOfText } from "../in-force.js";
import type { SharingList, Way } from "./index.js";

export const WAY_LABEL: Record<Way, string> = { interface: "接口共享", "e-licence": "电子证照", "prior-result": "前序办理结果", identity: "身份认证" };
const KIND_LABEL = { department: "部门", "e-licence": "电子证照", identity: "身份认证" } as const;

/** Markdown-inert text for a heading or a table cell (markdownText escapes `|` too). */
const cell = (s: string) => markdownText(s);

export function sharingMarkdown(list: SharingList, title: string): string {
  const out = [`# ${cell(title)}`, ""];
  // A build on a date: what is not in force that day, above everything else.
  const a = list.asOf;
  if (a) {
    const lines = a.matters.map((m) => `> **${cell(asOfText({ date: a.date, state: m.state, items: m.items }, `${m.matter}（${m.code}）`)!)}**`);
    out.push(lines.join("\n>\n"), "");
  }
  if (!list.providers.length) {
    out.push("本事项的字段和材料都由申请人提供，没有需要共享的数据。", "");
    return formatMarkdown(out.join("\n"));
  }
  out.push("按提供方列出：每个数据项、共享方式，以及使用它的事项、子事项、字段和材料。", "");
  for (const p of list.providers) {
    out.push(`## ${cell(p.provider)}${p.fullName && p.fullName !== p.provider ? `（${cell(p.fullName)}）` : ""}`, "", `类型：${KIND_LABEL[p.kind]}`, "");
    out.push("| 数据项 | 共享方式 | 事项 | 子事项 | 字段 | 材料 |", "|---|---|---|---|---|---|");
    for (const i of p.items) {
      for (const u of i.usedBy) {
        out.push(`| ${cell(i.dataItem)} | ${WAY_LABEL[i.way]} | ${cell(u.matter)}（${cell(u.code)}） | ${u.subItems.map(cell).join("、")} | ${u.fields.map(cell).join("、")} | ${u.materials.map(cell).join("、")} |`);
      }
    }
    out.push("");
  }
  return formatMarkdown(out.join("\n"));
}
