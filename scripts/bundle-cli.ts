// Build step: bundles the command line (dist/cli/bundle-entry.js: the program and the check
// workers' loop, every module they reach, and Chevrotain's prebuilt bundle) into one CommonJS file,
// dist/cli/matterc.cjs; makes its V8 code cache (dist/cli/matterc.cjs.cache) from a check of an
// example; and puts cli/launch.ts's build in place of dist/cli/main.js, the package's bin. Packages
// other than the few a check needs stay outside the bundle, required from node_modules as before.
// Run after tsc: it bundles tsc's output, so the code is the same.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { packageRoot } from "../cli/host.js";

/** Packages on a check's path, small and plain JavaScript: bundled (and so in the code cache). The
 * others (Handlebars, Prettier, ajv, the language server's) stay in node_modules, loaded by the
 * verbs that use them. They all stay dependencies: the modules tsc wrote still import them. */
const BUNDLED = new Set(["commander", "safe-regex2", "ret"]);

function externalPackages(): Plugin {
  return {
    name: "matterc-external-packages",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0];
        return BUNDLED.has(name) || args.path.startsWith("node:") ? undefined : { path: args.path, external: true };
      });
    },
  };
}

/** Each bundled module keeps its own `import.meta.url` (the file tsc wrote), so that what it finds
 * next to itself (templates, the package root, worker scripts) is found from the bundle too; and
 * grammar/chevrotain.js, which picks Chevrotain's bundle at run time, takes it at build time. */
function sameFiles(cliDir: string, chevrotainBundle: string): Plugin {
  return {
    name: "matterc-same-files",
    setup(b) {
      b.onLoad({ filter: /[\\/]grammar[\\/]chevrotain\.js$/ }, () => ({
        contents: `export { createToken, Lexer, EmbeddedActionsParser, EOF } from ${JSON.stringify(chevrotainBundle)};\n`,
        loader: "js",
      }));
      b.onLoad({ filter: /\.js$/ }, (args) => {
        let text = readFileSync(args.path, "utf8");
        if (!text.includes("import.meta.url")) return undefined;
        // A package required through createRequire (compiler/decode/specs.ts: safe-regex2) is
        // required plainly, so that it is bundled as well.
        text = text.replace(/\bcreateRequire\(import\.meta\.url\)\(/g, "require(");
        const rel = relative(cliDir, args.path).split("\\").join("/");
        const url = `require("node:url").pathToFileURL(require("node:path").join(__dirname, ${JSON.stringify(rel)})).href`;
        return { contents: text.replaceAll("import.meta.url", `(${url})`), loader: "js" };
      });
    },
  };
}

export async function bundleCli(root: string): Promise<void> {
  const cliDir = join(root, "dist", "cli");
  const out = join(cliDir, "matterc.cjs");
  const cache = `${out}.cache`;
  rmSync(cache, { force: true });
  const chevrotainEntry = createRequire(join(root, "package.json")).resolve("chevrotain"); // …/chevrotain/lib/src/api.js
  const chevrotainBundle = join(dirname(chevrotainEntry), "..", "chevrotain.min.mjs");
  await build({
    entryPoints: [join(cliDir, "bundle-entry.js")],
    outfile: out,
    absWorkingDir: root,
    // Paths in the bundle's comments as in the project (node_modules may be a link).
    preserveSymlinks: true,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    // Code that starts workers tells them to load the bundle too (cli/check-pool.ts).
    define: { "process.env.MATTERC_IN_BUNDLE": '"1"' },
    // Byte-stable output, and no absolute paths of the build machine in it.
    legalComments: "none",
    logLevel: "warning",
    plugins: [externalPackages(), sameFiles(cliDir, existsSync(chevrotainBundle) ? chevrotainBundle : chevrotainEntry)],
  });
  copyFileSync(join(cliDir, "launch.js"), join(cliDir, "main.js"));
  // The code cache: the functions a check of one example compiles.
  const example = join(root, "examples", "开办餐饮店.matter");
  const r = spawnSync(process.execPath, [join(cliDir, "main.js"), "check", example], { env: { ...process.env, MATTERC_WRITE_CODE_CACHE: cache }, encoding: "utf8" });
  if (r.status !== 0 || !existsSync(cache)) throw new Error(`matterc: the bundled command line failed its first check (exit ${r.status}):\n${r.stderr}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await bundleCli(packageRoot());
