// The server's view of the project: the open documents over the files on disk, compiled as one
// snapshot. A snapshot is recompiled lazily: edits only mark it stale, and whoever needs it
// (the debounced diagnostics, a hover, a rename) compiles it then, so every answer is computed
// from the text the user sees.
import type { TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { compile, type CompileResult } from "../../compiler/compile.js";
import type { CompilerHost, SymbolDecl } from "../../compiler/program.js";
import { createNodeHost } from "../host.js";
import { isStdFile, uriToFile } from "./paths.js";
import { folderFiles, projectsFor, type Project } from "./project-files.js";

export interface CompiledProject extends Project {
  result: CompileResult;
}

export interface Snapshot {
  projects: CompiledProject[];
}

/** The file system, with the open documents' unsaved text in front of it. */
export function overlayHost(base: CompilerHost, openText: (file: string) => string | undefined): CompilerHost {
  const encoder = new TextEncoder();
  return {
    readFile: (path) => {
      const text = openText(path);
      return text !== undefined ? encoder.encode(text) : base.readFile(path);
    },
    readStdlib: (name) => base.readStdlib(name),
    stdlibFiles: () => base.stdlibFiles(),
  };
}

export class Workspace {
  private folders: string[] = [];
  /** Files on disk per folder; undefined when they must be listed again. */
  private listed = new Map<string, string[]>();
  private snapshot: Snapshot | undefined;
  private lastCompiled: Snapshot | undefined;
  private stdDecls: SymbolDecl[] | undefined;
  readonly host: CompilerHost;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    base: CompilerHost = createNodeHost(),
  ) {
    this.host = overlayHost(base, (file) => this.openDocument(file)?.getText());
  }

  setFolders(folders: string[]): void {
    this.folders = [...new Set(folders)];
    this.listed.clear();
    this.snapshot = undefined;
  }

  folderList(): string[] {
    return [...this.folders];
  }

  /** Text changed: the next snapshot recompiles. */
  invalidate(): void {
    this.snapshot = undefined;
  }

  /** Files were created, deleted or saved: list the folders again too. */
  filesChanged(): void {
    this.listed.clear();
    this.snapshot = undefined;
  }

  get stale(): boolean {
    return this.snapshot === undefined;
  }

  openDocument(file: string): TextDocument | undefined {
    for (const d of this.documents.all()) if (uriToFile(d.uri) === file) return d;
    return undefined;
  }

  /** The URIs the editor uses for the open documents, by compiler file name. */
  openUris(): Map<string, string> {
    const out = new Map<string, string>();
    for (const d of this.documents.all()) {
      const f = uriToFile(d.uri);
      if (f) out.set(f, d.uri);
    }
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
      let files = this.listed.get(path);
      if (!files) this.listed.set(path, (files = folderFiles(path)));
      return { path, files };
    });
    const open = [...this.openUris().keys()].filter((f) => !isStdFile(f));
    const projects = projectsFor(folders, open).map((p) => ({ ...p, result: compile(this.host, [{ root: p.root, files: p.files }]) }));
    this.snapshot = { projects };
    this.lastCompiled = this.snapshot;
    return this.snapshot;
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
