// The VS Code extension in editors/vscode: its manifest points at files that exist, its grammar
// compiles and knows every kind and value word of the schema table (so highlighting does not
// drift from the language), its client speaks the server's protocol version, and it packages.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTEXTS, ENUMS, WORDS } from "../../compiler/schema.js";
import { ROOT } from "../helpers/memory-host.js";
import { generatedGrammar, GRAMMAR_FILE } from "../../scripts/gen-grammar.js";

const EXT = join(ROOT, "editors", "vscode");
const json = (p: string) => JSON.parse(readFileSync(join(EXT, p), "utf8"));
const manifest = json("package.json");
const grammar = json("syntaxes/matter.tmLanguage.json");
const rule = (name: string) => new RegExp(grammar.repository[name].match, "u");

/** Every regular expression in the grammar. */
function patterns(x: unknown, out: string[] = []): string[] {
  if (Array.isArray(x)) for (const y of x) patterns(y, out);
  else if (x && typeof x === "object") {
    for (const [k, v] of Object.entries(x)) {
      if ((k === "match" || k === "begin" || k === "end") && typeof v === "string") out.push(v);
      else patterns(v, out);
    }
  }
  return out;
}

describe("editors/vscode", () => {
  it("declares the matter language with files that exist", () => {
    const [language] = manifest.contributes.languages;
    expect(language).toMatchObject({ id: "matter", extensions: [".matter"] });
    for (const p of [manifest.main, language.configuration, manifest.contributes.grammars[0].path, "LICENSE", "package-lock.json"]) expect(existsSync(join(EXT, p)), p).toBe(true);
    expect(manifest.contributes.grammars[0]).toMatchObject({ language: "matter", scopeName: grammar.scopeName });
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/);
  });

  it("uses a client on the server's protocol version", () => {
    const lock = json("package-lock.json");
    const clientProtocol = lock.packages["node_modules/vscode-languageserver-protocol"].version;
    const serverProtocol = JSON.parse(readFileSync(join(ROOT, "node_modules", "vscode-languageserver", "package.json"), "utf8")).dependencies["vscode-languageserver-protocol"];
    expect(manifest.dependencies["vscode-languageclient"]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(clientProtocol).toBe(serverProtocol);
  });

  it("has a grammar whose patterns compile and know every kind and value word", () => {
    for (const p of patterns(grammar)) expect(() => new RegExp(p, "u"), p).not.toThrow();
    const kinds = Object.values(CONTEXTS).flatMap((es) => es.filter((e) => e.role === "kind").flatMap((e) => [e.zhHans, e.zhHant, e.en]));
    for (const k of kinds) expect(rule("kind").exec(`${k} 甲`)?.[1], k).toBe(k);
    const chinese = (w: string) => /\p{Script=Han}/u.test(w);
    const values = [...Object.values(ENUMS).flat(), ...Object.values(WORDS.source), ...Object.values(WORDS.fieldSource), ...Object.values(WORDS.constraint)].flatMap((v) => [v.zhHans, v.zhHant]).filter(chinese);
    const constants = new RegExp(`^(?:${grammar.repository.constants.match})$`, "u");
    for (const v of values) expect(constants.test(v), v).toBe(true);
  });

  it("has the word lists the schema table gives (node dist/scripts/gen-grammar.js writes them)", () => {
    const file = join(ROOT, GRAMMAR_FILE);
    const text = readFileSync(file, "utf8");
    expect(text, "run `npm run build && node dist/scripts/gen-grammar.js`").toBe(generatedGrammar(text));
  });

  it("tells keys from kinds with names, in ASCII and full-width", () => {
    expect(rule("key").exec("  部门: 市场监管局")?.slice(1)).toEqual([undefined, undefined, "部门"]);
    expect(rule("key").exec("  情形 设招牌： 是否")?.slice(1)).toEqual(["情形", "设招牌", undefined]);
    expect(rule("key").exec("字段 企业.名称: 文本")?.slice(1)).toEqual(["字段", "企业.名称", undefined]);
    expect(rule("kind").exec("  子事项 营业执照办理 {")?.slice(1)).toEqual(["子事项", "营业执照办理"]);
    // 材料清单 is a name, not the kind 材料.
    expect(rule("kind").exec("材料清单")).toBeNull();
  });

  it("splits words at full-width punctuation, so double-click selects a name", () => {
    const config = json("language-configuration.json");
    const word = new RegExp(config.wordPattern, "gu");
    expect("部门：市场监管局，消防救援".match(word)).toEqual(["部门", "市场监管局", "消防救援"]);
  });

  it("starts matterc lsp from the setting, the project, or the PATH", () => {
    const ext = createRequire(import.meta.url)(join(EXT, "extension.js")) as {
      serverCommand(configured: string | undefined, folders: string[], exists: (p: string) => boolean, platform: string): string;
      initializationOptions(config: { get(key: string): unknown }): object;
    };
    const local = join("/项目", "node_modules", ".bin", "matterc");
    expect(ext.serverCommand(" /opt/matterc ", ["/项目"], () => true, "linux")).toBe("/opt/matterc");
    expect(ext.serverCommand("", ["/别处", "/项目"], (p) => p === local, "linux")).toBe(local);
    expect(ext.serverCommand(undefined, ["/项目"], () => false, "linux")).toBe("matterc");
    expect(ext.serverCommand(undefined, ["/项目"], (p) => p.endsWith("matterc.cmd"), "win32")).toMatch(/matterc\.cmd$/);
    const settings: Record<string, unknown> = { language: "en", "format.punctuation": "fullwidth" };
    expect(ext.initializationOptions({ get: (k) => settings[k] })).toEqual({ language: "en", punctuation: "fullwidth", retriggerSuggest: true });
    expect(ext.initializationOptions({ get: () => undefined })).toEqual({ language: "zh", punctuation: undefined, retriggerSuggest: true });
  });

  // Needs the extension's own dependencies (`npm ci` in editors/vscode); packaging is offline.
  const vsce = join(EXT, "node_modules", ".bin", "vsce");
  // Outside CI the packaging test needs `npm ci --prefix editors/vscode`; CI installs it and must run it.
  it.skipIf(!existsSync(vsce) && !process.env.CI)("packages with vsce", () => {
    const out = join(mkdtempSync(join(tmpdir(), "matter-vsix-")), "matter.vsix");
    execFileSync(vsce, ["package", "--out", out], { cwd: EXT, stdio: ["ignore", "pipe", "pipe"], timeout: 150_000 });
    const zip = readFileSync(out).toString("latin1");
    expect(zip.startsWith("PK")).toBe(true);
    for (const name of ["extension/package.json", "extension/extension.js", "extension/syntaxes/matter.tmLanguage.json", "extension/node_modules/vscode-languageclient/package.json"]) expect(zip).toContain(name);
  }, 180_000);
});
