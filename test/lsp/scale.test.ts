// The language server at province scale: every file of a large workspace gets its diagnostics
// (before, a folder of more than 2,000 files was silently ignored), a folder with links to its
// parent is listed once (not walked for ever), and an edit recompiles only what it affects
// (the timings are in `npm run bench`; here, what was parsed and lowered).
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { TextDocuments } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { folderFiles } from "../../cli/lsp/project-files.js";
import { Workspace } from "../../cli/lsp/workspace.js";
import { ROOT } from "../helpers/memory-host.js";
import { buildServer, TestClient, uriOf } from "./client.js";

const clients: TestClient[] = [];
afterAll(async () => {
  for (const c of clients) expect(await c.stop()).toBe(0);
});

const BROKEN = `材料 坏材料 { 颜色: "红" }\n`;

describe("matterc lsp at scale", () => {
  it("publishes the diagnostics of a file that is not open in a workspace of 2,100 files", async () => {
    const ws = mkdtempSync(join(tmpdir(), "matterc-lsp-scale-"));
    for (let d = 0; d < 21; d++) {
      mkdirSync(join(ws, `区${String(d).padStart(2, "0")}`));
      for (let i = 0; i < 100; i++) writeFileSync(join(ws, `区${String(d).padStart(2, "0")}`, `部门${i}.matter`), `部门 部门${d}x${i} { 全称: "第 ${d} 区第 ${i} 个部门" }\n`);
    }
    // The last file in the walk, far beyond the old limit of 2,000.
    const broken = join(ws, "区20", "部门99.matter");
    writeFileSync(broken, BROKEN);
    const client = await TestClient.start(await buildServer(), ws);
    clients.push(client);
    const opened = await client.open(join(ws, "区00", "部门0.matter"), readFileSync(join(ws, "区00", "部门0.matter"), "utf8"));
    const [d] = await client.diagnosticsFor(uriOf(broken), (ds) => ds.length > 0, 120_000);
    expect(d.code).toBe("E0101");
    expect(client.diagnostics.get(opened) ?? []).toEqual([]);
  }, 180_000);

  it("lists a folder with two links to its parent once, and still publishes its diagnostics", async () => {
    const ws = mkdtempSync(join(tmpdir(), "matterc-lsp-loop-"));
    mkdirSync(join(ws, "子目录"));
    symlinkSync("..", join(ws, "子目录", "上级1"));
    symlinkSync("..", join(ws, "子目录", "上级2"));
    writeFileSync(join(ws, "坏.matter"), BROKEN);
    writeFileSync(join(ws, "子目录", "好.matter"), `部门 好部门 { 全称: "好" }\n`);
    expect(folderFiles(ws)).toEqual([`${ws}/坏.matter`, `${ws}/子目录/好.matter`]);
    const client = await TestClient.start(await buildServer(), ws);
    clients.push(client);
    await client.open(join(ws, "子目录", "好.matter"), `部门 好部门 { 全称: "好" }\n`);
    const [d] = await client.diagnosticsFor(uriOf(join(ws, "坏.matter")), (ds) => ds.length > 0, 60_000);
    expect(d.code).toBe("E0101");
  }, 120_000);

  it("re-parses and re-lowers only the edited file on a keystroke, however many files there are", () => {
    const ws = mkdtempSync(join(tmpdir(), "matterc-lsp-incr-"));
    const examples = ["开办餐饮店.matter", "企业信息变更.matter", "退休.matter"];
    const n = 30;
    for (let k = 0; k < n; k++) {
      const text = readFileSync(join(ROOT, "examples", examples[k % 3]), "utf8").replace(/(编码\s*[:：]\s*["“])([^"”]+)/g, (_, o: string, c: string) => `${o}${c}-${k}`);
      writeFileSync(join(ws, `${k}-${examples[k % 3]}`), text);
    }
    const path = join(ws, `0-${examples[0]}`);
    const original = readFileSync(path, "utf8");
    let doc = TextDocument.create(uriOf(path), "matter", 1, original);
    const documents = { all: () => [doc] } as unknown as TextDocuments<TextDocument>;
    const workspace = new Workspace(documents);
    workspace.setFolders([ws]);
    const cold = workspace.current();
    expect(cold.projects[0].files).toHaveLength(n);
    expect(cold.projects[0].result.hasErrors).toBe(false);
    expect(workspace.stats().get(ws)).toMatchObject({ lowered: n });

    doc = TextDocument.create(uriOf(path), "matter", 2, original.replace("牵头部门: 市场监管局", "牵头部门: 市场监管"));
    workspace.invalidate();
    const edited = workspace.current();
    expect(edited.projects[0].result.diagnostics.map((d) => d.code)).toEqual(["E0103"]);
    expect(workspace.stats().get(ws)).toMatchObject({ parsed: 1, lowered: 1 });
    // The open file's model is kept (hover explains materials from it), the others' are not.
    doc = TextDocument.create(uriOf(path), "matter", 3, original);
    workspace.invalidate();
    const fixed = workspace.current().projects[0].result;
    expect(fixed.hasErrors).toBe(false);
    expect(fixed.models.map((m) => m.code)).toEqual(["QY-2024-03-0"]);
  });
});
