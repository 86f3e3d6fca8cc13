// The server's view of the project: the open documents over the files on disk, compiled
// incrementally per project. Edits only mark the snapshot stale; whoever needs it (the debounced
// diagnostics, a hover, a rename) compiles it then, so every answer is computed from the text the
// user sees, and a compile re-does only what the edits since the last one affect
// (compiler/incremental.ts): the cost of a keystroke does not grow with the workspace.
import type { TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { compile, type CompileInput, type CompileResult } from "../../compiler/compile.js";
import { IncrementalCompiler, type IncrementalStats } from "../../compiler/incremental.js";
import type { Diagnostic } from "../../compiler/diagnostics/types.js";
import type { CompilerHost, SymbolDecl } from "../../compiler/program.js";
import { createCachedHost, type CachedHost } from "../cached-host.js";
import { createNodeHost } from "../host.js";
import { isStdFile, uriToFile } from "./paths.js";
import { folderFiles, projectsFor, type Project } from "./project-files.js";

export interface CompiledProject extends Project {
  result: CompileResult;
  /** The result's diagnostics by the file they are in; a file's list is the same array while its
   * diagnostics are unchanged, so publishing can pass over it. */
  diagnosticsByFile: ReadonlyMap<string, readonly Diagnostic[]>;
}

export interface Snapshot {
  projects: CompiledProject[];
}

/** The file system, with the open documents' unsaved text in front of it. */
export function overlayHost(base: CompilerHost, openText: (file: string) => Uint8Array | undefined): CompilerHost {
  return {
    readFile: (path) => openText(path) ?? base.readFile(path),
    escapes: base.escapes && ((path) => base.escapes!(path)),
    readStdlib: (name) => base.readStdlib(name),
    stdlibFiles: () => base.stdlibFiles(),
  };
}

export class Workspace {
  private folders: string[] = [];
  /** The folders, each with a slash after it. */
  private prefixes: string[] = [];
  private folderInputs: CompileInput[] | undefined;
  /** Files on disk per folder; undefined when they must be listed again. */
  private listed = new Map<string, { files: string[]; set: Set<string> }>();
  private snapshot: Snapshot | undefined;
  private lastCompiled: Snapshot | undefined;
  private stdDecls: SymbolDecl[] | undefined;
  /** One incremental compiler per project root. */
  private compilers = new Map<string, IncrementalCompiler>();
  /** The open documents' text as bytes, encoded once per version. */
  private encoded = new Map<string, { version: number; bytes: Uint8Array }>();
  readonly host: CompilerHost;
  /** The file cache under the open documents (when the workspace made it). */
  private readonly cache: CachedHost | undefined;
  /** The editor reports every change to the folders' files (workspace/didChangeWatchedFiles). */
  private watched = false;
  /** The projects for the last listing and open files. */
  private projectsMemo: { listed: unknown[]; open: string; projects: Project[] } | undefined;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    base?: CompilerHost,
  ) {
    if (!base) {
      // Files reached through links out of the workspace folders are refused, as build refuses them.
      // While the editor reports changes, the folders' files are not even looked at between them.
      base = this.cache = createCachedHost(createNodeHost(() => this.folderInputs), { trusted: (file) => this.watched && this.inFolder(file) });
    }
    this.host = overlayHost(base, (file) => this.openBytes(file));
  }

  private inFolder(file: string): boolean {
    for (const prefix of this.prefixes) if (file.startsWith(prefix)) return true;
    return false;
  }

  /** Whether the editor now reports changes on disk (its watcher is registered); until then, and
   * for a client without one, each compile looks at every file's time stamp. */
  setWatched(on: boolean): void {
    if (on === this.watched) return;
    // What changed before the watcher started was not reported: each file is looked at once more.
    if (on) this.cache?.revalidate();
    this.watched = on;
    this.snapshot = undefined;
  }

  setFolders(folders: string[]): void {
    this.folders = [...new Set(folders)];
    this.prefixes = this.folders.map((f) => `${f}/`);
    this.folderInputs = this.folders.length > 0 ? this.folders.map((root) => ({ root, files: [] })) : undefined;
    this.listed.clear();
    this.snapshot = undefined;
  }

  folderList(): string[] {
    return [...this.folders];
  }

  /** Text changed: the next snapshot recompiles (what changed). */
  invalidate(): void {
    this.snapshot = undefined;
  }

  /** Files changed on disk, as the editor reports them: "listing" for a file or folder created or
   * deleted (the folders are listed again). Names no compile reads (other files, hidden folders,
   * node_modules) are passed over. Returns whether anything the workspace reads changed. */
  changedOnDisk(changes: { file: string; kind: "changed" | "listing" }[]): boolean {
    const relevant = changes.filter((c) => {
      if (c.file.endsWith(".matter")) return true;
      if (c.kind !== "listing") return false;
      const folder = this.folders.find((f) => c.file.startsWith(`${f}/`));
      return folder !== undefined && !/(^|\/)(\.|node_modules(\/|$))/.test(c.file.slice(folder.length + 1));
    });
    if (relevant.length === 0) return false;
    this.cache?.changed(relevant.map((c) => c.file));
    if (relevant.some((c) => c.kind === "listing")) this.listed.clear();
    this.snapshot = undefined;
    return true;
  }

  /** A document was opened: list the folders again only if it is new to them. */
  opened(file: string | undefined): void {
    this.snapshot = undefined;
    if (!file) return;
    for (const [folder, l] of this.listed) if (file.startsWith(`${folder}/`) && !l.set.has(file)) this.listed.delete(folder);
  }

  get stale(): boolean {
    return this.snapshot === undefined;
  }

  private openIndex(): Map<string, TextDocument> {
    const out = new Map<string, TextDocument>();
    for (const d of this.documents.all()) {
      const f = uriToFile(d.uri);
      if (f) out.set(f, d);
    }
    return out;
  }

  openDocument(file: string): TextDocument | undefined {
    for (const d of this.documents.all()) if (uriToFile(d.uri) === file) return d;
    return undefined;
  }

  /** The open documents by file name while a compile runs (files are read thousands of times). */
  private openNow: Map<string, TextDocument> | undefined;

  private openBytes(file: string): Uint8Array | undefined {
    const d = this.openNow ? this.openNow.get(file) : this.openDocument(file);
    if (!d) return undefined;
    const had = this.encoded.get(d.uri);
    if (had && had.version === d.version) return had.bytes;
    const bytes = new TextEncoder().encode(d.getText());
    this.encoded.set(d.uri, { version: d.version, bytes });
    return bytes;
  }

  /** The URIs the editor uses for the open documents, by compiler file name. */
  openUris(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [f, d] of this.openIndex()) out.set(f, d.uri);
    return out;
  }

  /** The last snapshot even if edits have happened since; for completion, which reads the text
   * being typed itself and only needs the other files' names. */
  latest(): Snapshot {
    return this.lastCompiled ?? this.current();
  }

  current(): Snapshot {
    if (this.snapshot) return this.snapshot;
    const folders = this.folders.map((path) => {
      let l = this.listed.get(path);
      if (!l) {
        const files = folderFiles(path);
        this.listed.set(path, (l = { files, set: new Set(files) }));
      }
      return { path, files: l.files };
    });
    const open = this.openIndex();
    const openUris = new Set([...open.values()].map((d) => d.uri));
    for (const uri of [...this.encoded.keys()]) if (!openUris.has(uri)) this.encoded.delete(uri);
    const openFiles = [...open.keys()].filter((f) => !isStdFile(f));
    // The same listing and open files give the same projects: not worked out again per keystroke.
    const listedNow = folders.map((f) => f.files);
    const openKey = openFiles.join("\n");
    const memo = this.projectsMemo;
    if (!memo || memo.open !== openKey || memo.listed.length !== listedNow.length || memo.listed.some((l, i) => l !== listedNow[i])) {
      this.projectsMemo = { listed: listedNow, open: openKey, projects: projectsFor(folders, openFiles) };
    }
    const projects = this.projectsMemo!.projects.map((p) => {
      let compiler = this.compilers.get(p.root);
      // Models are kept only for the open files: hover explains a material from them.
      if (!compiler) this.compilers.set(p.root, (compiler = new IncrementalCompiler(this.host, { keepModels: (f) => (this.openNow ? this.openNow.has(f) : this.openDocument(f) !== undefined) })));
      this.openNow = open;
      try {
        const result = compiler.compile([{ root: p.root, files: p.files }]);
        return { ...p, result, diagnosticsByFile: compiler.diagnosticsByFile() };
      } finally {
        this.openNow = undefined;
      }
    });
    for (const root of [...this.compilers.keys()]) if (!projects.some((p) => p.root === root)) this.compilers.delete(root);
    this.snapshot = { projects };
    this.lastCompiled = this.snapshot;
    return this.snapshot;
  }

  /** What the last compile of each project parsed, lowered and reused. */
  stats(): Map<string, IncrementalStats> {
    return new Map([...this.compilers].map(([root, c]) => [root, { ...c.stats }]));
  }

  /** The compiled project a file belongs to (for std files: the first that reads them). */
  projectOf(file: string, snapshot: Snapshot = this.current()): CompiledProject | undefined {
    const projects = snapshot.projects;
    return projects.find((p) => p.files.includes(file)) ?? projects.find((p) => p.result.sources.has(file));
  }

  /** The text of a file as the compiler saw it, or as the editor holds it. */
  text(file: string): string | undefined {
    return this.openDocument(file)?.getText() ?? this.projectOf(file)?.result.sources.get(file);
  }

  /** Every top-level declaration of the standard library, whether or not a file uses it: for
   * completion, which offers the standard names and adds the `使用` line they need. */
  stdDeclarations(): SymbolDecl[] {
    if (this.stdDecls) return this.stdDecls;
    const entry = "std-index.matter";
    const uses = this.host
      .stdlibFiles()
      .filter((f) => f.endsWith(".matter"))
      .map((f) => `使用 "std/${f}"\n`)
      .join("");
    const host: CompilerHost = { ...this.host, readFile: (p) => (p === entry ? new TextEncoder().encode(uses) : undefined) };
    const result = compile(host, [{ root: ".", files: [entry] }]);
    this.stdDecls = result.symbols.declarations.filter((d) => isStdFile(d.span.file));
    return this.stdDecls;
  }
}
