// The preview and the language server refuse what build refuses: a `使用` through a link that
// leaves the project (E0109), without ever showing the target's text.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TextDocuments } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { Workspace } from "../../cli/lsp/workspace.js";
import { PreviewSession } from "../../cli/preview/session.js";
import { tmp } from "./helpers.js";

const MATTER = `使用 "std/部门"\n使用 "./lib/keys.matter"\n一件事 测试 {\n  编码: "T-1"\n  牵头部门: 市场监管局\n  承诺时限: 1 工作日\n  子事项 甲 { 部门: 市场监管局  承诺时限: 1 工作日 }\n}\n`;

function project(): string {
  const dir = tmp();
  mkdirSync(join(dir, "p"));
  mkdirSync(join(dir, "secret"));
  writeFileSync(join(dir, "secret", "keys.matter"), "root:SECRET-PASSWORD-LINE:0:0\n");
  symlinkSync(join(dir, "secret"), join(dir, "p", "lib"));
  writeFileSync(join(dir, "p", "a.matter"), MATTER);
  return join(dir, "p");
}

describe("links out of the project in the long-running hosts", () => {
  it("the preview reports E0109 and never reads the target", () => {
    const s = new PreviewSession([project()]).snapshot;
    expect(s.diagnostics.map((d) => d.code)).toContain("E0109");
    expect(JSON.stringify(s.diagnostics) + [...s.sources.values()].join("")).not.toContain("SECRET");
  });

  it("the language server reports E0109 and never reads the target", () => {
    const p = project();
    const workspace = new Workspace(new TextDocuments(TextDocument));
    workspace.setFolders([p]);
    const projects = workspace.current().projects;
    const diagnostics = projects.flatMap((x) => x.result.diagnostics);
    expect(diagnostics.map((d) => d.code)).toContain("E0109");
    expect(JSON.stringify(diagnostics) + projects.flatMap((x) => [...x.result.sources.values()]).join("")).not.toContain("SECRET");
  });
});
