// The page's script and styles (React, react-jsonschema-form, bpmn-js and the preview's own
// client), bundled once at build time into dist/preview/ by scripts/bundle-preview.ts, so running
// the preview needs neither the network nor the development dependencies.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../host.js";

export const ASSET_FILES = ["app.js", "app.css"] as const;

export class AssetsMissingError extends Error {}

export function defaultAssetsDir(): string {
  return join(packageRoot(), "dist", "preview");
}

export type Assets = Map<string, { type: string; body: Buffer }>;

const TYPES: Record<string, string> = { js: "text/javascript; charset=utf-8", css: "text/css; charset=utf-8" };

export function loadAssets(dir: string): Assets {
  const assets: Assets = new Map();
  for (const name of ASSET_FILES) {
    const p = join(dir, name);
    if (!existsSync(p)) throw new AssetsMissingError(`预览页面的脚本尚未构建（缺少 ${p}）：请先运行 npm run build`);
    assets.set(name, { type: TYPES[name.split(".").pop()!], body: readFileSync(p) });
  }
  return assets;
}
