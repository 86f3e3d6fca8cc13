// Files changed on disk: with the editor's watcher registered (workspace/didChangeWatchedFiles),
// the server reads again only the files the editor names (created, changed, deleted, or a folder
// deleted at once) and looks at no other file between keystrokes; without one, every compile
// looks at each file's time stamp. Either way the results are those of a full compile of what is
// on disk, and the files that use a changed file are lowered again.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { TextDocuments } from "vscode-languageserver";
import { DidChangeWatchedFilesNotification, FileChangeType, RegistrationRequest, type Registration } from "vscode-languageserver-protocol/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import { createCachedHost } from "../../cli/cached-host.js";
import { createNodeHost } from "../../cli/host.js";
import { folderFiles } from "../../cli/lsp/project-files.js";
import { Workspace } from "../../cli/lsp/workspace.js";
import { compile } from "../../compiler/compile.js";
import { buildServer, TestClient, uriOf } from "./client.js";

const SHARED = `部门 街道办 { 全称: "示例街道办事处" }\n材料 共用证明 { 形式: 复印件 }\n`;
const USES_SHARED = (code: string) => `使用 "std/部门"\n使用 "./共用.matter"\n\n一件事 用共用的${code.replace(/[^A-Za-z0-9]/g, "")} {\n  编码: "${code}"\n  牵头部门: 街道办\n  子事项 办 { 部门: 街道办  材料: 共用证明 }\n}\n`;
const BROKEN = `材料 坏材料 { 颜色: "红" }\n`;

/** A folder of four matters using one shared file, and a workspace over it with nothing open. */
function setUp(watched: boolean) {
  const dir = mkdtempSync(join(tmpdir(), "matterc-lsp-watched-"));
  writeFileSync(join(dir, "共用.matter"), SHARED);
  for (let i = 0; i < 4; i++) writeFileSync(join(dir, `用${i}.matter`), USES_SHARED(`W-${i}`));
  const documents = { all: () => [] } as unknown as TextDocuments<TextDocument>;
  const workspace = new Workspace(documents);
  workspace.setFolders([dir]);
  workspace.setWatched(watched);
  /** Compiles (as after a keystroke) and checks the result against a full compile of the disk. */
  const compileNow = () => {
    workspace.invalidate();
    const project = workspace.current().projects.find((p) => p.root === dir);
    const full = compile(createNodeHost(), [{ root: dir, files: folderFiles(dir) }]);
    expect(project?.files ?? []).toEqual(folderFiles(dir));
    expect(project?.result.diagnostics ?? []).toEqual(full.diagnostics);
    expect([...(project?.result.sources.keys() ?? [])].sort()).toEqual([...full.sources.keys()].sort());
    return { codes: (project?.result.diagnostics ?? []).map((d) => d.code), stats: workspace.stats().get(dir) };
  };
  return { dir, workspace, compileNow };
}

describe("files changed on disk", () => {
  it("with the editor watching: reads again only what it names, and what uses it is lowered again", () => {
    const { dir, workspace, compileNow } = setUp(true);
    expect(compileNow().codes).toEqual([]);
    // Changed on disk but not (yet) reported: the workspace does not look at the file.
    writeFileSync(join(dir, "共用.matter"), SHARED.replace("共用证明", "共用证明书"));
    workspace.invalidate();
    expect(workspace.current().projects[0].result.diagnostics).toEqual([]);
    expect(workspace.stats().get(dir)).toMatchObject({ parsed: 0, lowered: 0 });
    // Reported: it and its four users are done again (the users keep no tree: parsed again too).
    expect(workspace.changedOnDisk([{ file: join(dir, "共用.matter"), kind: "changed" }])).toBe(true);
    const r = compileNow();
    expect(r.codes).toEqual(["E0103", "E0103", "E0103", "E0103"]);
    expect(r.stats).toMatchObject({ parsed: 5, lowered: 5 });
  });

  it("with the editor watching: follows files and folders created and deleted", () => {
    const { dir, workspace, compileNow } = setUp(true);
    compileNow();
    // A file created.
    writeFileSync(join(dir, "新.matter"), BROKEN);
    workspace.changedOnDisk([{ file: join(dir, "新.matter"), kind: "listing" }]);
    expect(compileNow().codes).toEqual(["E0101"]);
    // A folder moved in with a file: one event, for the folder.
    mkdirSync(join(dir, "子"));
    writeFileSync(join(dir, "子", "坏.matter"), BROKEN);
    workspace.changedOnDisk([{ file: join(dir, "子"), kind: "listing" }]);
    expect(compileNow().codes).toEqual(["E0101", "E0101"]);
    // The folder deleted: one event for everything below it.
    rmSync(join(dir, "子"), { recursive: true });
    workspace.changedOnDisk([{ file: join(dir, "子"), kind: "listing" }]);
    expect(compileNow().codes).toEqual(["E0101"]);
    // The shared file deleted: its users cannot find it any more.
    rmSync(join(dir, "共用.matter"));
    workspace.changedOnDisk([{ file: join(dir, "共用.matter"), kind: "listing" }]);
    expect(compileNow().codes.filter((c) => c === "E0108")).toHaveLength(4);
    // ... and created again.
    writeFileSync(join(dir, "共用.matter"), SHARED);
    rmSync(join(dir, "新.matter"));
    workspace.changedOnDisk([
      { file: join(dir, "共用.matter"), kind: "listing" },
      { file: join(dir, "新.matter"), kind: "listing" },
    ]);
    expect(compileNow().codes).toEqual([]);
  });

  it("passes over names no compile reads", () => {
    const { dir, workspace } = setUp(true);
    workspace.current();
    expect(workspace.changedOnDisk([{ file: join(dir, "说明.txt"), kind: "changed" }])).toBe(false);
    expect(workspace.changedOnDisk([{ file: join(dir, ".git", "index.lock"), kind: "listing" }])).toBe(false);
    expect(workspace.changedOnDisk([{ file: join(dir, "node_modules"), kind: "listing" }])).toBe(false);
    expect(workspace.stale).toBe(false);
    expect(workspace.changedOnDisk([{ file: join(dir, "新目录"), kind: "listing" }])).toBe(true);
    expect(workspace.stale).toBe(true);
  });

  it("without a watcher: every compile sees what changed on disk, created and deleted files on a report", () => {
    const { dir, workspace, compileNow } = setUp(false);
    compileNow();
    writeFileSync(join(dir, "共用.matter"), SHARED.replace("共用证明", "共用证明书"));
    expect(compileNow().codes).toEqual(["E0103", "E0103", "E0103", "E0103"]);
    writeFileSync(join(dir, "共用.matter"), SHARED);
    expect(compileNow()).toMatchObject({ codes: [], stats: { parsed: 5, lowered: 5 } });
    writeFileSync(join(dir, "新.matter"), BROKEN);
    workspace.changedOnDisk([{ file: join(dir, "新.matter"), kind: "listing" }]);
    expect(compileNow().codes).toEqual(["E0101"]);
  });
});

describe("the cached host", () => {
  it("trusts its cache for watched files, missing ones included, until told they changed", () => {
    const dir = mkdtempSync(join(tmpdir(), "matterc-cached-host-"));
    const a = join(dir, "a.matter");
    const b = join(dir, "sub", "b.matter");
    writeFileSync(a, "one");
    let watching = true;
    const host = createCachedHost(createNodeHost(), { trusted: () => watching });
    const text = (p: string) => {
      const bytes = host.readFile(p);
      return bytes && new TextDecoder().decode(bytes);
    };
    expect(text(a)).toBe("one");
    expect(text(b)).toBeUndefined();
    writeFileSync(a, "two");
    mkdirSync(join(dir, "sub"));
    writeFileSync(b, "bee");
    expect([text(a), text(b)]).toEqual(["one", undefined]);
    host.changed([a]);
    expect([text(a), text(b)]).toEqual(["two", undefined]);
    // A folder named: everything below it.
    host.changed([join(dir, "sub")]);
    expect(text(b)).toBe("bee");
    // A watcher (re)started: each file is looked at once more, then trusted again.
    writeFileSync(b, "bee 2");
    expect(text(b)).toBe("bee");
    host.revalidate();
    expect(text(b)).toBe("bee 2");
    writeFileSync(b, "bee 3");
    expect(text(b)).toBe("bee 2");
    // A file read through a link: its target may change where no watcher of this folder looks.
    const outside = mkdtempSync(join(tmpdir(), "matterc-cached-host-target-"));
    writeFileSync(join(outside, "t.matter"), "target");
    symlinkSync(join(outside, "t.matter"), join(dir, "link.matter"));
    expect(text(join(dir, "link.matter"))).toBe("target");
    writeFileSync(join(outside, "t.matter"), "target changed");
    expect(text(join(dir, "link.matter"))).toBe("target changed");
    // Not watched: each read looks at the time stamp.
    watching = false;
    writeFileSync(a, "three!");
    expect(text(a)).toBe("three!");
    rmSync(dir, { recursive: true });
    expect(text(a)).toBeUndefined();
  });
});

describe("matterc lsp with an editor that watches files", () => {
  const clients: TestClient[] = [];
  afterAll(async () => {
    for (const c of clients) expect(await c.stop()).toBe(0);
  });

  it("registers its watcher and reads again the files the editor reports changed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "matterc-lsp-watch-"));
    writeFileSync(join(dir, "共用.matter"), SHARED);
    writeFileSync(join(dir, "用.matter"), USES_SHARED("W-1"));
    const registered: Registration[] = [];
    let ready: () => void;
    const watching = new Promise<void>((resolve) => (ready = resolve));
    const client = await TestClient.start(await buildServer(), dir, {}, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, (conn) =>
      conn.onRequest(RegistrationRequest.type, (p) => {
        registered.push(...p.registrations);
        setTimeout(ready, 50);
      }),
    );
    clients.push(client);
    await watching;
    expect(registered.map((r) => r.method)).toContain(DidChangeWatchedFilesNotification.method);
    expect(JSON.stringify(registered)).toContain("**/*.matter");
    // Compiled once with an error of its own, then without: the shared file has been read.
    const text = readFileSync(join(dir, "用.matter"), "utf8");
    const user = await client.open(join(dir, "用.matter"), `${text}${BROKEN}`);
    await client.diagnosticsFor(user, (ds) => ds.length > 0, 60_000);
    await client.change(user, text);
    await client.diagnosticsFor(user, (ds) => ds.length === 0, 60_000);
    // Saved by another program, reported by the editor: the user of the file is checked again.
    writeFileSync(join(dir, "共用.matter"), SHARED.replace("共用证明", "共用证明书"));
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(join(dir, "共用.matter")), type: FileChangeType.Changed }] });
    const [d] = await client.diagnosticsFor(user, (ds) => ds.length > 0, 60_000);
    expect(d.code).toBe("E0103");
    // A file created on disk gets its diagnostics.
    writeFileSync(join(dir, "新.matter"), BROKEN);
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(join(dir, "新.matter")), type: FileChangeType.Created }] });
    const [created] = await client.diagnosticsFor(uriOf(join(dir, "新.matter")), (ds) => ds.length > 0, 60_000);
    expect(created.code).toBe("E0101");
    // ... and deleted: cleared.
    rmSync(join(dir, "新.matter"));
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(join(dir, "新.matter")), type: FileChangeType.Deleted }] });
    await client.diagnosticsFor(uriOf(join(dir, "新.matter")), (ds) => ds.length === 0, 60_000);
    expect(client.loggedErrors).toEqual([]);
  }, 120_000);
});
