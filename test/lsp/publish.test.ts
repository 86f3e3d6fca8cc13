// Publishing diagnostics in a workspace where many files have problems: after a keystroke only
// the files whose diagnostics changed are sent, the lists are what a full compile gives (grouped
// by file as before), and the compiler hands an unchanged file's list over as the same array.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic as LspDiagnostic, TextDocuments } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { createNodeHost } from "../../cli/host.js";
import { DiagnosticsPublisher, diagnosticsByUri } from "../../cli/lsp/diagnostics.js";
import { folderFiles } from "../../cli/lsp/project-files.js";
import { Workspace } from "../../cli/lsp/workspace.js";
import { compile } from "../../compiler/compile.js";
import { ROOT } from "../helpers/memory-host.js";
import { uriOf } from "./client.js";

/** Two materials no sub-item asks for (W0117 twice) in the first matter of an example. */
const withWarnings = (text: string) => text.replace(/(编码\s*[:：][^\n]*\n)/, "$1  材料 备用材料甲 { 形式: 原件 }\n  材料 备用材料乙 { 形式: 原件 }\n");

describe("publishing diagnostics", () => {
  it("sends only the files whose diagnostics changed, with a full compile's lists", () => {
    const dir = mkdtempSync(join(tmpdir(), "matterc-lsp-publish-"));
    const examples = ["企业信息变更.matter", "退休.matter", "新生儿出生.matter"];
    const n = 12;
    for (let k = 0; k < n; k++) {
      const text = readFileSync(join(ROOT, "examples", examples[k % 3]), "utf8").replace(/(编码\s*[:：]\s*["“])([^"”]+)/g, (_, o: string, c: string) => `${o}${c}-${k}`);
      writeFileSync(join(dir, `${String(k).padStart(2, "0")}-${examples[k % 3]}`), withWarnings(text));
    }
    const edited = join(dir, `00-${examples[0]}`);
    const original = readFileSync(edited, "utf8");
    let doc = TextDocument.create(uriOf(edited), "matter", 1, original);
    const workspace = new Workspace({ all: () => [doc] } as unknown as TextDocuments<TextDocument>);
    workspace.setFolders([dir]);
    const sent = new Map<string, LspDiagnostic[]>();
    const publisher = new DiagnosticsPublisher((uri, ds) => sent.set(uri, ds));
    /** Publishes as the server does; returns what was sent and checks it against a full compile. */
    const publish = (text: string, version: number) => {
      doc = TextDocument.create(uriOf(edited), "matter", version, text);
      workspace.invalidate();
      const snapshot = workspace.current();
      sent.clear();
      publisher.publish(
        snapshot.projects.map((p) => p.diagnosticsByFile),
        "zh",
        workspace.openUris(),
      );
      const files = folderFiles(dir);
      const full = compile({ ...createNodeHost(), readFile: (p) => (p === edited ? new TextEncoder().encode(text) : createNodeHost().readFile(p)) }, [{ root: dir, files }]);
      expect(snapshot.projects[0].result.diagnostics).toEqual(full.diagnostics);
      const expected = diagnosticsByUri(full.diagnostics, "zh", workspace.openUris());
      return { sent: new Map(sent), expected, byFile: snapshot.projects[0].diagnosticsByFile };
    };

    const first = publish(original, 1);
    expect(first.sent.size).toBe(n);
    expect(first.sent).toEqual(first.expected);
    for (const list of first.sent.values()) expect(list.map((d) => d.code)).toEqual(expect.arrayContaining(["W0117"]));

    // One file edited: only it is sent, and the other files' lists are the same arrays.
    const broken = publish(original.replace("牵头部门: 市场监管局", "牵头部门: 市场监管"), 2);
    expect([...broken.sent.keys()]).toEqual([uriOf(edited)]);
    expect(broken.sent.get(uriOf(edited))).toEqual(broken.expected.get(uriOf(edited)));
    expect(broken.sent.get(uriOf(edited))!.map((d) => d.code)).toContain("E0103");
    for (const [file, list] of broken.byFile) if (file !== edited) expect(list).toBe(first.byFile.get(file));

    // Its warnings removed as well: it is sent with none.
    const clean = publish(original.replace("牵头部门: 市场监管局", "牵头部门: 市场监管").replace(/(编码\s*[:：][^\n]*\n)  材料 备用材料甲[^\n]*\n  材料 备用材料乙[^\n]*\n/, "$1"), 3);
    expect(clean.sent.get(uriOf(edited))!.map((d) => d.code)).toEqual(["E0103"]);
    const fixed = publish(original.replace(/(编码\s*[:：][^\n]*\n)  材料 备用材料甲[^\n]*\n  材料 备用材料乙[^\n]*\n/, "$1"), 4);
    expect([...fixed.sent]).toEqual([[uriOf(edited), []]]);
    // A keystroke that changes nothing sends nothing.
    expect(publish(original.replace(/(编码\s*[:：][^\n]*\n)  材料 备用材料甲[^\n]*\n  材料 备用材料乙[^\n]*\n/, "$1"), 5).sent.size).toBe(0);
  });
});
