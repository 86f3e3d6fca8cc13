// The language server: one connection, the open documents, and a handler per LSP request. The
// handlers are thin; each feature lives in its own file and works on the compiler's results.
import { fileURLToPath } from "node:url";
import {
  CompletionTriggerKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
  WatchKind,
  createConnection,
  type Command,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Message,
} from "vscode-languageserver/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import { readLicences, readRegions } from "../../compiler/compile.js";
import type { RegionTable } from "../../compiler/lower/cross-region.js";
import type { Lang } from "../../compiler/schema.js";
import type { Punctuation } from "../../grammar/format/print.js";
import { complete } from "./completion.js";
import { cursorAt } from "./cursor.js";
import { DiagnosticsPublisher } from "./diagnostics.js";
import { formatDocument } from "./formatting.js";
import { StrictStreamReader } from "./frames.js";
import { hover } from "./hover.js";
import { occurrences, symbolAt, toLocation, useTargetAt } from "./navigation.js";
import { fileToUri, toSlashes, uriToFile } from "./paths.js";
import { prepareRename, rename } from "./rename.js";
import { Workspace } from "./workspace.js";

export interface ServerOptions {
  /** The language when the client does not say (initializationOptions.language). */
  lang?: Lang;
}

/** Options a client may pass in `initializationOptions`. */
interface InitOptions {
  language?: Lang;
  punctuation?: Punctuation;
  /** The client has VS Code's `editor.action.triggerSuggest` (the extension sets it). */
  retriggerSuggest?: boolean;
}

/** How long after the last keystroke diagnostics are recomputed. */
const DEBOUNCE_MS = 200;

function folderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.flatMap((u) => {
    try {
      return [toSlashes(fileURLToPath(u)).replace(/\/$/, "")];
    } catch {
      return [];
    }
  });
}

export function startServer(options: ServerOptions = {}): Connection {
  const writer = new StreamMessageWriter(process.stdout);
  let shutdown = false;
  const reader = new StrictStreamReader(process.stdin, {
    reject: (error) => {
      process.stderr.write(`matterc lsp: 跳过一条无效消息 / skipped an invalid message: ${error.message}\n`);
      void writer.write({ jsonrpc: "2.0", id: error.id, error: { code: error.code, message: error.message } } as Message);
    },
    fatal: (reason) => {
      // stdout carries the protocol; the editor shows stderr in its output panel.
      process.stderr.write(`matterc lsp: 输入流已损坏，语言服务器退出，编辑器会重新启动它 / the input stream is corrupt (${reason}); exiting so that the editor restarts the server\n`);
      process.exit(1);
    },
  });
  // The input closing ends the server (after a shutdown request: with success).
  reader.onClose(() => process.exit(shutdown ? 0 : 1));
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  connection.onShutdown(() => {
    shutdown = true;
  });
  // stdout carries the protocol: anything printed there would corrupt it.
  console.log = console.info = (...args: unknown[]) => connection.console.log(args.map(String).join(" "));
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace(documents);
  const publisher = new DiagnosticsPublisher((uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }));
  let lang: Lang = options.lang ?? "zh";
  let punctuation: Punctuation | undefined;
  let snippets = false;
  let retrigger: Command | undefined;
  let watchRegistration = false;
  let folderEvents = false;
  let licences: string[] | undefined;

  const publishNow = () => {
    try {
      const snapshot = workspace.current();
      const uris = workspace.openUris();
      publisher.publish(
        snapshot.projects.map((p) => p.diagnosticsByFile),
        lang,
        uris,
      );
    } catch (e) {
      connection.console.error(`matterc: ${(e as Error).stack ?? String(e)}`);
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const schedule = (delay = DEBOUNCE_MS) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      publishNow();
    }, delay);
  };

  const licenceList = () => (licences ??= readLicences(workspace.host));
  let regions: RegionTable | undefined;
  const regionTable = () => (regions ??= readRegions(workspace.host));

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitOptions;
    if (init.language === "zh" || init.language === "en") lang = init.language;
    if (init.punctuation === "ascii" || init.punctuation === "fullwidth") punctuation = init.punctuation;
    snippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    if (init.retriggerSuggest) retrigger = { title: "", command: "editor.action.triggerSuggest" };
    watchRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    folderEvents = params.capabilities.workspace?.workspaceFolders === true;
    workspace.setFolders(folderPaths(params));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        // A Chinese input method types full-width punctuation; both forms open the list.
        completionProvider: { triggerCharacters: [":", "：", " ", ",", "，", "、", '"', "=", "[", "［", "【"] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentFormattingProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "matterc" },
    };
  });

  connection.onInitialized(() => {
    if (watchRegistration) {
      // Once the editor watches the files, it says which changed on disk: the others are not
      // looked at again on every keystroke.
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*.matter" }, { globPattern: "**/*", kind: WatchKind.Create | WatchKind.Delete }] }).then(
        () => {
          workspace.setWatched(true);
          schedule(0);
        },
        () => undefined,
      );
    }
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(folderPaths({ workspaceFolders: e.removed } as InitializeParams));
        const current = workspace.folderList().filter((f) => !removed.has(f));
        workspace.setFolders([...current, ...folderPaths({ workspaceFolders: e.added } as InitializeParams)]);
        schedule(0);
      });
    }
    schedule(0);
  });

  // An opened file may be new on disk (created by the editor): then the folders are listed again.
  documents.onDidOpen((e) => {
    workspace.opened(uriToFile(e.document.uri));
    schedule(0);
  });
  documents.onDidChangeContent(() => {
    workspace.invalidate();
    schedule();
  });
  documents.onDidClose(() => {
    workspace.invalidate();
    schedule(0);
  });
  connection.onDidChangeWatchedFiles((params) => {
    // The files named are read again by the next compile; files created or deleted (and folders,
    // whose deletion is one event for everything below) also have the folders listed again.
    const changes = params.changes.flatMap((c) => {
      const file = uriToFile(c.uri);
      return file ? [{ file, kind: c.type === FileChangeType.Changed ? ("changed" as const) : ("listing" as const) }] : [];
    });
    if (!workspace.changedOnDisk(changes)) return;
    schedule();
  });

  /** The document, its compiler file name and the offset of a position, or undefined. */
  const at = (uri: string, position: { line: number; character: number }) => {
    const doc = documents.get(uri);
    const file = uriToFile(uri);
    return doc && file ? { doc, file, offset: doc.offsetAt(position) } : undefined;
  };
  const textOf = (file: string) => workspace.text(file);

  connection.onCompletion((params) => {
    const a = at(params.textDocument.uri, params.position);
    if (!a) return [];
    const cursor = cursorAt(a.file, a.doc.getText(), a.offset);
    // A space opens the list after `部门: `, not on every indented line.
    if (params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter && params.context.triggerCharacter === " " && cursor.place.kind !== "value") return [];
    // The last compile serves while typing, unless it predates this file (just opened or created).
    const latest = workspace.latest();
    const snapshot = latest.projects.some((p) => p.files.includes(a.file)) ? latest : workspace.current();
    const project = workspace.projectOf(a.file, snapshot);
    return complete({
      doc: a.doc,
      file: a.file,
      cursor,
      lang,
      snippets,
      retrigger,
      licences: licenceList(),
      regions: regionTable(),
      scope: { file: a.file, ast: cursor.ast, matter: cursor.matter, declarations: project?.result.symbols.declarations ?? [], std: workspace.stdDeclarations() },
      stdFiles: workspace.host.stdlibFiles(),
      projectFiles: project?.files ?? [],
    });
  });

  connection.onHover((params) => {
    const a = at(params.textDocument.uri, params.position);
    const project = a && workspace.projectOf(a.file);
    if (!a || !project) return null;
    const ast = cursorAt(a.file, a.doc.getText(), a.offset).ast;
    const root = project.root;
    return hover({ result: project.result, root, file: a.file, offset: a.offset, ast, lang, textOf, uris: workspace.openUris() }) ?? null;
  });

  connection.onDefinition((params) => {
    const a = at(params.textDocument.uri, params.position);
    const project = a && workspace.projectOf(a.file);
    if (!a || !project) return null;
    const hit = symbolAt(project.result, a.file, a.offset);
    if (hit) return toLocation(hit.target, workspace.openUris());
    const used = useTargetAt(cursorAt(a.file, a.doc.getText(), a.offset).ast, a.file, a.offset);
    return used ? { uri: fileToUri(used, workspace.openUris()), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } : null;
  });

  connection.onReferences((params) => {
    const a = at(params.textDocument.uri, params.position);
    const project = a && workspace.projectOf(a.file);
    const hit = a && project && symbolAt(project.result, a.file, a.offset);
    if (!hit || !project) return [];
    const uris = workspace.openUris();
    return occurrences(project.result, hit.target, params.context.includeDeclaration).map((s) => toLocation(s, uris));
  });

  connection.onPrepareRename((params) => {
    const a = at(params.textDocument.uri, params.position);
    const project = a && workspace.projectOf(a.file);
    if (!a || !project) return null;
    return prepareRename(project.result, a.file, a.offset, lang, textOf);
  });

  connection.onRenameRequest((params) => {
    const a = at(params.textDocument.uri, params.position);
    const project = a && workspace.projectOf(a.file);
    if (!a || !project) return null;
    return rename(project.result, a.file, a.offset, params.newName, lang, textOf, workspace.openUris());
  });

  connection.onDocumentFormatting((params) => {
    const a = at(params.textDocument.uri, { line: 0, character: 0 });
    return a ? formatDocument(a.doc, punctuation, a.file) : [];
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
