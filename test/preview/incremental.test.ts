// The preview recompiles what a save affects and renders files on request: unchanged matters keep
// their models from one snapshot to the next (two snapshots never hold two copies of the project),
// only the saved file is parsed and lowered again, and a matter's files are rendered when a page
// asks for them. Timings at 100 and 5,000 matters are in `npm run bench`.
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPreview, type Preview } from "../../cli/preview/server.js";
import { compileTexts, ROOT } from "../helpers/memory-host.js";
import { renderAll } from "../../targets/index.js";
import { bundledAssets } from "./helpers/assets.js";
import { Recompiles } from "./helpers/recompiles.js";

const EXAMPLES = ["开办餐饮店.matter", "企业信息变更.matter", "退休.matter", "新生儿出生.matter"];
const N = 24;
let dir: string;
let preview: Preview;
const recompiles = new Recompiles();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "matterc-preview-incr-"));
  for (let k = 0; k < N; k++) {
    const name = EXAMPLES[k % EXAMPLES.length];
    const text = readFileSync(join(ROOT, "examples", name), "utf8").replace(/(编码\s*[:：]\s*["“])([^"”]+)/g, (_, o: string, c: string) => `${o}${c}-${k}`);
    writeFileSync(join(dir, `${String(k).padStart(2, "0")}-${name}`), text);
  }
  preview = await startPreview({ paths: [dir], port: 0, assetsDir: await bundledAssets(), onRecompile: recompiles.onRecompile });
}, 180_000);
afterAll(async () => {
  await preview?.close();
});

function save(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`«${from}» is not in ${file}`);
  writeFileSync(`${file}.tmp`, text.replace(from, to));
  renameSync(`${file}.tmp`, file);
}

describe("matterc preview, incrementally", () => {
  it("re-does only the saved matter; the others keep their models", async () => {
    const before = preview.session.snapshot;
    expect(before.models).toHaveLength(N);
    const edited = join(dir, `00-${EXAMPLES[0]}`);
    const next = recompiles.next(60_000);
    save(edited, "子事项 户外招牌设置 {", "子事项 户外广告招牌设置 {");
    const after = await next;
    expect(after.version).toBe(before.version + 1);
    expect(preview.session.stats).toMatchObject({ parsed: 1, lowered: 1 });
    const changed = after.models.filter((m, i) => m !== before.models[i]);
    expect(changed.map((m) => m.code)).toEqual(["QY-2024-03-0"]);
    expect(changed[0].items.map((i) => i.name)).toContain("户外广告招牌设置");
  });

  it("renders a matter's files on request, the same as a build writes them", async () => {
    const s = preview.session.snapshot;
    const code = s.models[5].code;
    const text = readFileSync(join(dir, `05-${EXAMPLES[5 % EXAMPLES.length]}`), "utf8");
    const built = renderAll(compileTexts({ "m.matter": text }).models);
    const res = await fetch(new URL(`/files/${code}/guide.html`, preview.url));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(built.find((f) => f.path === `${code}/guide.html`)!.text);
    expect(s.filesOf(code).sort()).toEqual(built.filter((f) => f.path.startsWith(`${code}/`)).map((f) => f.path.slice(code.length + 1)).sort());
    const view = await (await fetch(new URL(`/api/matter/${code}`, preview.url))).json();
    expect(view.status).toBe("ok");
    expect(view.bpmn).toBe(s.file(`${code}/process.bpmn`));
  });

  it("shows an error in one file and recovers, re-doing that file only", async () => {
    const edited = join(dir, `07-${EXAMPLES[7 % EXAMPLES.length]}`);
    const broken = recompiles.next(60_000);
    save(edited, "牵头部门: ", "牵头部门: 不存在的");
    const s = await broken;
    expect(s.hasErrors).toBe(true);
    expect(s.diagnostics.map((d) => d.code)).toContain("E0103");
    expect(s.file("QY-2024-03-0/guide.html")).toBeUndefined();
    expect(preview.session.stats).toMatchObject({ parsed: 1, lowered: 1 });
    const fixed = recompiles.next(60_000);
    save(edited, "牵头部门: 不存在的", "牵头部门: ");
    expect((await fixed).hasErrors).toBe(false);
    expect(preview.session.stats).toMatchObject({ parsed: 1, lowered: 1 });
  });
});
