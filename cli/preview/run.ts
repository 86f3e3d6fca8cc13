// `matterc preview` as a process: the URL as the first line of stdout (so scripts and editors
// can read it), progress on stderr, exit 2 for a busy port or a missing path, and Ctrl-C stops
// the server, the watchers and every open page's event stream before the process ends.
import type { Lang } from "../../compiler/schema.js";
import { expandInputs, InputError } from "../inputs.js";
import { EXIT, printDiagnostics } from "../report.js";
import { AssetsMissingError } from "./assets.js";
import { PortInUseError, startPreview } from "./server.js";
import type { Snapshot } from "./session.js";

function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

function summary(s: Snapshot, lang: Lang): string {
  const errors = s.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = s.diagnostics.length - errors;
  if (lang === "en") return `${s.models.length} matter(s), ${errors} error(s), ${warnings} warning(s)`;
  return `${s.models.length} 件事，${errors} 个错误，${warnings} 个警告`;
}

export async function runPreview(paths: string[], port: number, lang: Lang): Promise<number> {
  try {
    expandInputs(paths);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    printDiagnostics({ diagnostics: [{ code: "E0901", severity: "error", args: { path: e.message, reason: lang === "zh" ? "不存在" : "not found" } }], sources: new Map() }, { lang, format: "text" });
    return EXIT.usage;
  }
  let preview;
  try {
    preview = await startPreview({
      paths,
      port,
      lang,
      onRecompile: (s) => process.stderr.write(`${clock()} ${lang === "zh" ? "已重新编译" : "recompiled"}：${summary(s, lang)}\n`),
    });
  } catch (e) {
    if (e instanceof PortInUseError) {
      process.stderr.write(
        lang === "zh"
          ? `端口 ${e.port} 已被占用（可能已有一个预览在运行）。请关闭它，或换一个端口：matterc preview ${paths.join(" ")} --port ${e.port + 1}\n`
          : `port ${e.port} is in use (perhaps by another preview). Stop it, or choose another port: --port ${e.port + 1}\n`,
      );
      return EXIT.usage;
    }
    if (e instanceof AssetsMissingError) {
      process.stderr.write(`${e.message}\n`);
      return EXIT.internal;
    }
    throw e;
  }
  process.stdout.write(`${preview.url}\n`);
  const s = preview.session.snapshot;
  printDiagnostics(s, { lang, format: "text" });
  process.stderr.write(
    lang === "zh"
      ? `正在预览 ${summary(s, lang)}。在浏览器中打开上面的地址；保存 .matter 文件后页面会自动更新。按 Ctrl-C 停止。\n`
      : `Previewing ${summary(s, lang)}. Open the address above; pages update when a .matter file is saved. Ctrl-C stops.\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      // A second Ctrl-C does not wait for the first to finish closing.
      const now = () => process.exit(EXIT.ok);
      process.once("SIGINT", now);
      process.once("SIGTERM", now);
      void preview.close().then(resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  process.stderr.write(lang === "zh" ? "预览已停止\n" : "preview stopped\n");
  return EXIT.ok;
}
