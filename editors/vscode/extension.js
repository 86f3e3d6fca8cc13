// @ts-check
// The matter extension: the language (file type, brackets, highlighting) is declared in
// package.json; everything else (diagnostics, completion, hover, go to definition, rename,
// formatting) comes from the compiler itself, started as `matterc lsp --stdio`. The extension
// only finds that command and passes the user's settings to it.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

/**
 * The command that starts the server: the `matter.server.path` setting, else the project's own
 * matterc (node_modules/.bin in a workspace folder, so the editor and CI use the same version),
 * else `matterc` on the PATH.
 * @param {string | undefined} configured
 * @param {string[]} folders workspace folder paths
 * @param {(p: string) => boolean} exists
 * @param {string} platform
 */
function serverCommand(configured, folders, exists = fs.existsSync, platform = process.platform) {
  if (configured && configured.trim()) return configured.trim();
  const bin = platform === "win32" ? "matterc.cmd" : "matterc";
  for (const folder of folders) {
    const local = path.join(folder, "node_modules", ".bin", bin);
    if (exists(local)) return local;
  }
  return "matterc";
}

/**
 * What the server reads from `initializationOptions`.
 * @param {{ get<T>(key: string): T | undefined }} config the `matter` settings
 */
function initializationOptions(config) {
  const punctuation = config.get("format.punctuation");
  return {
    language: config.get("language") === "en" ? "en" : "zh",
    punctuation: punctuation === "ascii" || punctuation === "fullwidth" ? punctuation : undefined,
    // After `部门:` is inserted, open the list of departments at once.
    retriggerSuggest: true,
  };
}

/** @type {import("vscode-languageclient/node").LanguageClient | undefined} */
let client;

/** @param {import("vscode").ExtensionContext} context */
async function activate(context) {
  const vscode = require("vscode");
  const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

  const start = async () => {
    const config = vscode.workspace.getConfiguration("matter");
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
    const command = serverCommand(config.get("server.path"), folders);
    // The client adds --stdio itself for the stdio transport. On Windows, npm's .cmd shims need a shell.
    const run = { command, args: ["lsp"], transport: TransportKind.stdio, options: { shell: process.platform === "win32" } };
    client = new LanguageClient("matter", "matter 语言服务 / matter language server", { run, debug: run }, {
      documentSelector: [{ scheme: "file", language: "matter" }],
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.matter") },
      initializationOptions: initializationOptions(config),
    });
    try {
      await client.start();
    } catch (e) {
      client = undefined;
      void vscode.window.showErrorMessage(
        `无法启动 matterc 语言服务（${command}）：请先安装 matterc（npm install -g matterc 或在项目中 npm install matterc），或在设置 matter.server.path 中填写它的路径。/ Cannot start the matter language server: install matterc or set matter.server.path. (${e instanceof Error ? e.message : String(e)})`,
      );
    }
  };

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration("matter")) return;
      await client?.stop();
      await start();
    }),
  );
  await start();
}

async function deactivate() {
  await client?.stop();
}

module.exports = { activate, deactivate, serverCommand, initializationOptions };
