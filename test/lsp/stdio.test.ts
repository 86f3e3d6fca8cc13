// The language server as an editor sees it: a real child process over stdio, a real protocol
// client, a small project on disk. Issue 7's acceptance tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CompletionItem,
  type Location,
  type MarkupContent,
  type TextEdit,
} from "vscode-languageserver-protocol/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import { compile } from "../../compiler/compile.js";
import { message } from "../../compiler/diagnostics/render.js";
import { memoryHost, ROOT } from "../helpers/memory-host.js";
import { buildServer, TestClient, uriOf } from "./client.js";
import { CHANGE, LOOSE_MAIN, OPENING, SHARED, positionOf, writeFixture, type Fixture } from "./fixtures.js";

let f: Fixture;
let client: TestClient;

beforeAll(async () => {
  f = writeFixture();
  client = await TestClient.start(await buildServer(), f.ws);
});

afterAll(async () => {
  expect(client.loggedErrors).toEqual([]);
  expect(await client.stop()).toBe(0);
});

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create("file:///x", "matter", 1, text), edits);
}

describe("matterc lsp over stdio", () => {
  it("publishes the compiler's diagnostic, code and message, at the right range", async () => {
    const uri = await client.open(f.opening, OPENING);
    const [d] = await client.diagnosticsFor(uri, (ds) => ds.length > 0);
    const compiled = compile(memoryHost({ [f.opening]: OPENING, [f.shared]: SHARED }), [{ root: f.ws, files: [f.opening] }]).diagnostics;
    expect(compiled.map((x) => x.code)).toEqual(["E0103"]);
    expect(d.code).toBe("E0103");
    expect(d.source).toBe("matterc");
    expect(d.message.split("\n")[0]).toBe(message(compiled[0], "zh"));
    expect(d.message).toContain("市场监管局");
    const start = positionOf(OPENING, "部门: 市场监管\n", 4);
    expect(d.range).toEqual({ start, end: { line: start.line, character: start.character + 4 } });
  });

  it("completes the departments in scope after 部门: (file, used files, std)", async () => {
    const text = `使用 "std/部门"\n使用 "./共用材料.matter"\n部门 本区大厅 { 全称: "本区政务服务大厅" }\n一件事 新 {\n  编码: "X-1"\n  牵头部门: 市场监管局\n  子事项 甲 {\n    部门: \n  }\n}\n`;
    const uri = await client.open(join(f.ws, "新事项.matter"), text);
    const items = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, "部门: \n", 4) })) as CompletionItem[];
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(["本区大厅", "街道办", "市场监管局", "税务局", "消防救援"]));
    expect(labels).not.toContain("营业执照副本");
    // Nearest first: the file's own department before the imported and the standard ones.
    const order = (l: string) => items.find((i) => i.label === l)!.sortText!;
    expect(order("本区大厅") < order("街道办") && order("街道办") < order("市场监管局")).toBe(true);
  });

  it("renames a material in every file that uses it, quoting a name with punctuation", async () => {
    const position = positionOf(OPENING, "营业执照副本", 2, 2);
    const prepared = await client.conn.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: uriOf(f.opening) }, position });
    expect(prepared).toMatchObject({ placeholder: "营业执照副本" });
    const refs = (await client.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri: uriOf(f.opening) }, position, context: { includeDeclaration: true } })) as Location[];
    expect(refs.map((l) => fileURLToPath(l.uri)).sort()).toEqual([f.change, f.shared, f.opening, f.opening].sort());

    const edit = await client.conn.sendRequest(RenameRequest.type, { textDocument: { uri: uriOf(f.opening) }, position, newName: "营业执照（副本）" });
    const changes = edit!.changes!;
    expect(Object.keys(changes).map((u) => fileURLToPath(u)).sort()).toEqual([f.change, f.shared, f.opening].sort());
    const after = {
      [f.shared]: apply(SHARED, changes[uriOf(f.shared)]),
      [f.opening]: apply(OPENING, changes[uriOf(f.opening)]),
      [f.change]: apply(CHANGE, changes[uriOf(f.change)]),
    };
    expect(after[f.shared]).toContain(`材料 "营业执照（副本）" { 形式: 复印件 }`);
    expect(after[f.opening].match(/"营业执照（副本）"/g)).toHaveLength(2);
    // The renamed project means what it meant: the same diagnostics, no new unknown material.
    const result = compile(memoryHost(after), [{ root: f.ws, files: [f.opening, f.change] }]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["E0103"]);
    expect(result.models.find((m) => m.name === "企业变更")?.materials.map((m) => m.name)).toContain("营业执照（副本）");
  });

  it("refuses to rename a standard-library name", async () => {
    const position = positionOf(OPENING, "牵头部门: 市场监管局", 7);
    await expect(client.conn.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: uriOf(f.opening) }, position })).rejects.toThrow(/标准库/);
  });

  it("hovers a key with its meaning and spellings, and a material with why it is asked", async () => {
    const uri = await client.open(f.change, CHANGE);
    const hoverAt = async (needle: string, delta: number, nth = 1) =>
      ((await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(CHANGE, needle, delta, nth) }))!.contents as MarkupContent).value;
    const key = await hoverAt("牵头部门", 1);
    expect(key).toContain("牽頭部門");
    expect(key).toContain("`lead`");
    expect(key).toContain("统一受理、统一出件");
    const fetched = await hoverAt("新执照", 1, 1);
    expect(fetched).toContain("不收取：是子事项「变更登记」办结后的产出");
    const supplied = await hoverAt("营业执照副本", 1);
    expect(supplied).toContain("申请人提交");
    expect(supplied).toContain("需要它的子事项：变更登记");
    expect(supplied).toContain("共用材料.matter");
  });

  it("goes to a standard department's definition in the package's stdlib/, and to a used file", async () => {
    const loc = (await client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf(f.opening) }, position: positionOf(OPENING, "牵头部门: 市场监管局", 8) })) as Location;
    const stdFile = join(ROOT, "stdlib", "部门.matter");
    expect(fileURLToPath(loc.uri)).toBe(stdFile);
    expect(loc.range.start).toEqual(positionOf(readFileSync(stdFile, "utf8"), "部门 市场监管局", 3));
    const used = (await client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf(f.opening) }, position: positionOf(OPENING, "./共用材料", 3) })) as Location;
    expect(fileURLToPath(used.uri)).toBe(f.shared);
  });

  it("formats a whole document in one edit", async () => {
    const uri = await client.open(join(f.ws, "乱.matter"), "材料   甲 {形式:原件   份数:1}\n");
    const edits = await client.conn.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits).toEqual([{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, newText: "材料 甲 { 形式: 原件  份数: 1 }\n" }]);
  });

  it("publishes an imported file's errors on that file, outside any workspace folder too", async () => {
    const main = await client.open(f.looseMain, LOOSE_MAIN);
    const [d] = await client.diagnosticsFor(uriOf(f.looseBroken), (ds) => ds.length > 0);
    expect(d.code).toBe("E0101");
    expect(d.range.start).toEqual({ line: 0, character: 9 });
    expect(client.diagnostics.get(main) ?? []).toEqual([]);
  });

  it("clears a file's diagnostics once an edit fixes it", async () => {
    const uri = uriOf(f.opening);
    await client.change(uri, OPENING.replace("部门: 市场监管\n", "部门: 市场监管局\n"));
    expect(await client.diagnosticsFor(uri, (ds) => ds.length === 0)).toEqual([]);
  });
});
