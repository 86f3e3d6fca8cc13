// The pieces of the output folder's layout that write.ts shares with its tests and readers:
// the state folder, the lock, path checks, and errors that say in words what went wrong.
import { lstatSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import type { Lang } from "../compiler/schema.js";

/** The folder inside OUT that holds the published tree and the one being built. */
export const STATE = ".matterc";
export type Slot = "a" | "b";

type Kind = "create" | "write" | "publish" | "remove" | "notOurs" | "readOnly" | "badPath" | "locked";

const MESSAGES: Record<Kind, { zh: string; en: string }> = {
  create: { zh: "无法创建「{path}」：{reason}", en: "cannot create '{path}': {reason}" },
  write: { zh: "无法写入「{path}」：{reason}", en: "cannot write '{path}': {reason}" },
  publish: { zh: "无法发布到「{path}」：{reason}", en: "cannot publish into '{path}': {reason}" },
  remove: { zh: "新产物已发布，但无法删除「{path}」中的旧产物：{reason}；下次构建会再删", en: "the new outputs are published, but the old ones in '{path}' could not be removed: {reason}; the next build retries" },
  notOurs: { zh: "「{path}」不是 matterc 建的文件夹（是链接或文件），拒绝写入；请删除它后重试", en: "'{path}' is not a folder matterc made (it is a link or a file); refusing to write; remove it and try again" },
  readOnly: { zh: "输出目录中的「{path}」是只读的，新产物无法发布；已有的产物保持不变。请恢复写权限（chmod u+w）后重试", en: "'{path}' in the output folder is read-only, so the new outputs cannot be published; the existing outputs are unchanged. Make it writable (chmod u+w) and try again" },
  badPath: { zh: "产物路径「{path}」无效、重复或在输出目录之外（matterc 的缺陷）", en: "the output path '{path}' is invalid, repeated or outside the output folder (a bug in matterc)" },
  locked: { zh: "另一个 matterc build（进程 {reason}）正在写入「{path}」；等它结束后重试", en: "another matterc build (process {reason}) is writing into '{path}'; try again when it has finished" },
};

const REASONS: Record<string, { zh: string; en: string }> = {
  EACCES: { zh: "没有权限", en: "permission denied" },
  EPERM: { zh: "不允许的操作", en: "operation not permitted" },
  EROFS: { zh: "只读文件系统", en: "read-only file system" },
  ENOSPC: { zh: "磁盘空间不足", en: "no space left on the device" },
  EDQUOT: { zh: "超出磁盘配额", en: "disk quota exceeded" },
  ENAMETOOLONG: { zh: "路径太长", en: "path too long" },
  ENOTDIR: { zh: "路径中有一段不是文件夹", en: "a part of the path is not a folder" },
  EISDIR: { zh: "这是一个文件夹", en: "it is a folder" },
  EEXIST: { zh: "已存在", en: "already exists" },
  ELOOP: { zh: "符号链接过多", en: "too many symbolic links" },
  EMFILE: { zh: "打开的文件过多", en: "too many open files" },
};

/** A failure to publish, told in words; the CLI prints it and exits 2. */
export class OutTreeError extends Error {
  constructor(
    readonly kind: Kind,
    readonly path: string,
    readonly reason = "",
  ) {
    super("");
    this.message = this.text("en");
  }

  text(lang: Lang): string {
    const shown = isAbsolute(this.path) && !relative(process.cwd(), this.path).startsWith("..") ? relative(process.cwd(), this.path) || "." : this.path;
    const r = REASONS[this.reason];
    const reason = r ? `${r[lang]} (${this.reason})` : this.reason;
    return MESSAGES[this.kind][lang].replace("{path}", shown).replace("{reason}", reason);
  }
}

/** The segments of a relative output path, or undefined when it is not a safe one. */
export function safeSegments(path: string): string[] | undefined {
  const segs = path.split("/");
  const ok = segs.every((s) => s !== "" && s !== "." && s !== ".." && !/[\\\0]/.test(s) && Buffer.byteLength(s) <= 255) && !segs[0]!.startsWith(".");
  return ok ? segs : undefined;
}

export function realDir(path: string): boolean {
  return !!lstatSync(path, { throwIfNoEntry: false })?.isDirectory();
}

/** The codes listed in an older matterc's catalog.json (a real file), whose folders it wrote. */
export function parseLegacyCodes(path: string): string[] {
  try {
    if (!lstatSync(path, { throwIfNoEntry: false })?.isFile()) return [];
    const c = JSON.parse(readFileSync(path, "utf8")) as { matters?: { code?: unknown }[] };
    return (c.matters ?? []).map((m) => m.code).filter((x): x is string => typeof x === "string" && safeSegments(x)?.length === 1);
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the state folder's lock (a file with our pid); a lock of a dead process is taken over. */
export function lockState(state: string): () => void {
  const lock = join(state, "lock");
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: "wx" });
      return () => rmSync(lock, { force: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? "";
      if (code !== "EEXIST") throw new OutTreeError(code === "EACCES" || code === "EPERM" || code === "EROFS" ? "readOnly" : "create", code === "EACCES" ? state : lock, code);
      let pid = NaN;
      try {
        pid = Number(readFileSync(lock, "utf8").trim());
      } catch {
        // vanished meanwhile: try again
      }
      if (attempt < 2 && !(pid > 0 && pid !== process.pid && alive(pid))) {
        rmSync(lock, { force: true });
        continue;
      }
      throw new OutTreeError("locked", join(state, ".."), String(pid));
    }
  }
}
