// A small project on disk for the language-server tests: a shared file declares a material and a
// department, two matters use them (one with a mistake), and a folder outside the workspace whose
// file imports a broken one.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const SHARED = `// 几件事共用的材料和部门
材料 营业执照副本 { 形式: 复印件 }
部门 街道办 { 全称: "示例街道办事处" }
`;

export const OPENING = `使用 "std/部门"
使用 "./共用材料.matter"

一件事 开办餐饮店 {
  编码: "QY-1"
  牵头部门: 市场监管局
  子事项 营业执照办理 { 部门: 市场监管局  材料: 营业执照副本  产出: "营业执照" }
  子事项 食品经营许可 {
    部门: 市场监管
    前置: 营业执照办理
    材料: 营业执照副本
  }
}
`;

export const CHANGE = `使用 "std/部门"
使用 "./共用材料.matter"

一件事 企业变更 {
  编码: "QY-2"
  牵头部门: 市场监管局
  配合部门: 税务局
  子事项 变更登记 { 部门: 市场监管局  材料: 营业执照副本  产出: "新营业执照" }
  子事项 税务变更 { 部门: 税务局  前置: 变更登记  材料: 新执照 }
  材料 新执照 { 来源: 前序产出 变更登记 }
}
`;

export const LOOSE_MAIN = `使用 "./lib/坏.matter"\n`;
export const LOOSE_BROKEN = `材料 坏材料 { 颜色: "红" }\n`;

export interface Fixture {
  ws: string;
  shared: string;
  opening: string;
  change: string;
  looseMain: string;
  looseBroken: string;
}

export function writeFixture(): Fixture {
  const base = mkdtempSync(join(tmpdir(), "matterc-lsp-"));
  const ws = join(base, "项目");
  mkdirSync(join(base, "散文件", "lib"), { recursive: true });
  mkdirSync(ws);
  const f: Fixture = {
    ws,
    shared: join(ws, "共用材料.matter"),
    opening: join(ws, "开办.matter"),
    change: join(ws, "变更.matter"),
    looseMain: join(base, "散文件", "主.matter"),
    looseBroken: join(base, "散文件", "lib", "坏.matter"),
  };
  writeFileSync(f.shared, SHARED);
  writeFileSync(f.opening, OPENING);
  writeFileSync(f.change, CHANGE);
  writeFileSync(f.looseMain, LOOSE_MAIN);
  writeFileSync(f.looseBroken, LOOSE_BROKEN);
  return f;
}

/** The LSP position (0-based, UTF-16) of the `nth` occurrence of `needle`, plus `delta`. */
export function positionOf(text: string, needle: string, delta = 0, nth = 1): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`「${needle}」 not found`);
  }
  const offset = at + delta;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before[before.length - 1].length };
}
