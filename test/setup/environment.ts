// Runs once before any test file (vitest globalSetup). The suite uses programs of the machine:
// Debian's chromium and CJK fonts (browser tests, screenshots, A4 PDFs), poppler-utils (PDF pages),
// a JDK and Tomcat's EL (the JUEL oracle), a JDK 17 and Maven (the process engines, test/engines). What the project can install itself — the VS Code
// extension's npm dependencies — it installs here; what needs the system's package manager stops the
// run at once with one line naming the packages (`.ci/run` installs them), instead of a wall of
// failures from every browser test or a silent skip.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface Requirement {
  /** Debian package that provides it. */
  readonly pkg: string;
  readonly present: () => boolean;
}

const onPath = (cmd: string) => () => {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

export const REQUIREMENTS: readonly Requirement[] = [
  { pkg: "chromium", present: () => existsSync("/usr/bin/chromium") },
  {
    pkg: "fonts-noto-cjk",
    present: () => {
      try {
        return /Noto Sans CJK/i.test(execFileSync("fc-list", { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
      } catch {
        return false;
      }
    },
  },
  { pkg: "poppler-utils", present: () => onPath("pdfinfo")() && onPath("pdftoppm")() },
  { pkg: "openjdk-17-jdk-headless", present: () => onPath("javac")() && onPath("java")() },
  // Maven fetches Flowable, Camunda 7 and Operaton from Maven Central for test/engines.
  { pkg: "maven", present: onPath("mvn") },
  { pkg: "libtomcat10-java", present: () => ["tomcat10-el-api.jar", "tomcat10-jasper-el.jar"].every((j) => existsSync(join("/usr/share/java", j))) },
];

/** The one line that stops the run, or undefined when everything is there. */
export function missingLine(reqs: readonly Requirement[] = REQUIREMENTS): string | undefined {
  const missing = reqs.filter((r) => !r.present()).map((r) => r.pkg);
  if (missing.length === 0) return undefined;
  return `npm test 需要先安装 / needs: apt-get install ${missing.join(" ")}（或运行 / or run: bash .ci/run）`;
}

export default function setup(): void {
  const line = missingLine();
  if (line) {
    // One line, no stack: vitest prints the error's message once and stops before any test file.
    const error = new Error(line);
    error.stack = line;
    throw error;
  }
  const root = join(import.meta.dirname, "..", "..");
  const ext = join(root, "editors", "vscode");
  if (!existsSync(join(ext, "node_modules", ".bin", "vsce"))) {
    execFileSync("npm", ["ci", "--prefix", ext, "--no-audit", "--no-fund"], { stdio: ["ignore", "ignore", "inherit"] });
  }
}
