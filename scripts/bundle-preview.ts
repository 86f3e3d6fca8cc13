// Build step: bundles the preview page's browser script and styles (React, react-jsonschema-form,
// the ajv plugin, bpmn-js and cli/preview/client/) into dist/preview/app.js and app.css, so
// `matterc preview` serves them without the network or the development dependencies.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { packageRoot } from "../cli/host.js";

export async function bundlePreview(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: { app: join(packageRoot(), "cli", "preview", "client", "main.tsx") },
    outdir: outDir,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    jsx: "automatic",
    minify: true,
    // Byte-stable output, and no absolute paths of the build machine in it.
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await bundlePreview(join(packageRoot(), "dist", "preview"));
