// The incremental compiler gives exactly what compile() gives, after any sequence of edits, and
// does only the work an edit affects: the oracle is a fresh compile() of the same texts at every
// step.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, type CompileResult } from "../../compiler/compile.js";
import { IncrementalCompiler } from "../../compiler/incremental.js";
import { memoryHost, ROOT } from "../helpers/memory-host.js";

const EXAMPLES = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".matter"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(ROOT, "examples", f), "utf8") }));
/** Examples that stand alone (local versions use their province template's file). */
const STANDALONE = EXAMPLES.filter((e) => !/^\s*模板\s*[:：]/m.test(e.text));

/** What a result says, in a comparable form (the symbol index in a fixed order). */
function view(r: CompileResult) {
  const key = (s: { span: { file: string; start: { offset: number } }; kind: string; name: string }) => `${s.span.file}|${s.span.start.offset}|${s.kind}|${s.name}`;
  return {
    models: r.models,
    diagnostics: r.diagnostics,
    sources: [...r.sources].sort(([a], [b]) => (a < b ? -1 : 1)),
    declarations: r.symbols.declarations.map(key).sort(),
    references: r.symbols.references.map((x) => `${key(x)}→${x.target.file}|${x.target.start.offset}`).sort(),
    hasErrors: r.hasErrors,
  };
}

class World {
  readonly files: Record<string, string> = {};
  readonly host = memoryHost(this.files);
  readonly inc = new IncrementalCompiler(this.host);
  constructor(private readonly root = "ws") {}
  entries(): string[] {
    return Object.keys(this.files)
      .filter((f) => f.startsWith(`${this.root}/`))
      .sort();
  }
  /** Compiles both ways and checks they agree; returns the incremental result. */
  check(): CompileResult {
    const inputs = [{ root: this.root, files: this.entries() }];
    const got = this.inc.compile(inputs);
    expect(view(got)).toEqual(view(compile(this.host, inputs)));
    return got;
  }
}

const SHARED = `部门 街道办 { 全称: "示例街道办事处" }\n材料 共用证明 { 形式: 复印件 }\n`;
const USES_SHARED = (code: string) => `使用 "std/部门"\n使用 "./共用.matter"\n\n一件事 用共用的${code.replace(/[^A-Za-z0-9]/g, "")} {\n  编码: "${code}"\n  牵头部门: 街道办\n  子事项 办 { 部门: 街道办  材料: 共用证明 }\n}\n`;

describe("IncrementalCompiler", () => {
  it("gives compile()'s results on the examples, cold and warm", () => {
    const w = new World();
    for (const e of EXAMPLES) w.files[`ws/${e.name}`] = e.text;
    w.check();
    const warm = w.check();
    expect(warm.models.length).toBe(EXAMPLES.length);
    expect(w.inc.stats.parsed + w.inc.stats.lowered).toBe(0);
  });

  it("re-parses and re-lowers only the edited file", () => {
    const w = new World();
    for (const e of EXAMPLES) w.files[`ws/${e.name}`] = e.text;
    w.check();
    const f = `ws/${EXAMPLES[3].name}`;
    w.files[f] = w.files[f].replace("牵头部门: ", "牵头部门: 不存在的");
    const broken = w.check();
    expect(broken.diagnostics.map((d) => d.code)).toContain("E0103");
    expect(w.inc.stats).toMatchObject({ parsed: 1, lowered: 1 });
    w.files[f] = w.files[f].replace("牵头部门: 不存在的", "牵头部门: ");
    expect(w.check().hasErrors).toBe(false);
    expect(w.inc.stats).toMatchObject({ parsed: 1, lowered: 1 });
  });

  it("re-lowers the files that use an edited file, and only those", () => {
    const w = new World();
    w.files["ws/共用.matter"] = SHARED;
    for (let i = 0; i < 4; i++) w.files[`ws/用${i}.matter`] = USES_SHARED(`C-${i}`);
    w.files["ws/独立.matter"] = STANDALONE[0].text;
    expect(w.check().models.length).toBe(5);
    w.files["ws/共用.matter"] = SHARED.replace("共用证明", "共用证明书");
    const r = w.check();
    expect(r.diagnostics.filter((d) => d.code === "E0103")).toHaveLength(4);
    // The shared file and its four users are parsed (users keep no tree); the example is untouched.
    expect(w.inc.stats).toMatchObject({ parsed: 5, lowered: 5 });
    w.files["ws/共用.matter"] = SHARED;
    expect(w.check().hasErrors).toBe(false);
  });

  it("follows files appearing, disappearing, becoming used, cycles and codes used twice", () => {
    const w = new World();
    w.files["ws/甲.matter"] = `使用 "./乙.matter"\n${USES_SHARED("A").replace('使用 "./共用.matter"\n', "")}`;
    w.check(); // 乙 and 共用 missing: E0108
    w.files["ws/乙.matter"] = SHARED;
    w.check(); // 乙 appears: 甲's 使用 now resolves
    w.files["ws/丙.matter"] = USES_SHARED("A"); // the same code as 甲; 共用 still missing
    w.check();
    w.files["ws/共用.matter"] = `使用 "./丙.matter"\n${SHARED}`; // a cycle through a file with a matter
    w.check();
    delete w.files["ws/乙.matter"];
    w.check();
    w.files["ws/丙.matter"] = USES_SHARED("C");
    w.check();
    w.files["ws/甲.matter"] = "一件事 {{{\n";
    w.check();
    w.files["ws/坏.matter"] = "\uFEFF材料 \u0000 {";
    w.check();
    delete w.files["ws/共用.matter"];
    w.check();
  });

  it("reports codes that differ only by case (E0123) as compile() does, and forgets them when fixed", () => {
    const w = new World();
    w.files["ws/共用.matter"] = SHARED;
    w.files["ws/甲.matter"] = USES_SHARED("QY-2024-01");
    w.files["ws/乙.matter"] = USES_SHARED("qy-2024-01");
    expect(w.check().diagnostics.map((d) => d.code)).toContain("E0123");
    w.files["ws/乙.matter"] = USES_SHARED("Qy-2024-01");
    expect(w.check().diagnostics.map((d) => d.code)).toContain("E0123");
    w.files["ws/乙.matter"] = USES_SHARED("QY-2024-02");
    expect(w.check().diagnostics.map((d) => d.code)).not.toContain("E0123");
  });

  it("re-lowers a local version when its template, or a file its template uses, changes", () => {
    const w = new World();
    for (const e of EXAMPLES) w.files[`ws/${e.name}`] = e.text;
    w.files["ws/共用.matter"] = SHARED;
    const locals = EXAMPLES.filter((e) => !STANDALONE.includes(e));
    expect(locals.length).toBeGreaterThan(0);
    const template = "ws/开办餐饮店.matter";
    expect(w.check().hasErrors).toBe(false);
    // The template's own sub-item renamed: every local version follows.
    w.files[template] = w.files[template].replace(/户外招牌设置/g, "户外广告招牌设置");
    const r = w.check();
    expect(w.inc.stats.lowered).toBe(1 + locals.length);
    for (const l of locals) expect(r.models.find((m) => m.name === l.name.replace(/\.matter$/, ""))?.items.map((i) => i.name)).toContain("户外广告招牌设置");
    // A file the template uses (and the local versions do not use directly) gets a department.
    w.files[template] = w.files[template].replace(/^(使用[^\n]*\n)/m, `$1使用 "./共用.matter"\n`);
    w.check();
    w.files["ws/共用.matter"] = SHARED.replace("街道办", "街道办事处");
    w.check();
    expect(w.inc.stats.lowered).toBe(2 + locals.length);
  });

  it("agrees with compile() after every one of many seeded random edits", () => {
    const w = new World();
    const names = EXAMPLES.slice(0, 6).map((e) => `ws/${e.name}`);
    EXAMPLES.slice(0, 6).forEach((e, i) => (w.files[names[i]] = e.text));
    w.files["ws/共用.matter"] = SHARED;
    w.files["ws/用.matter"] = USES_SHARED("U-1");
    let seed = 20261129;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const all = () => Object.keys(w.files).filter((f) => f.startsWith("ws/"));
    for (let step = 0; step < 25; step++) {
      const files = all();
      const f = files[rand(files.length)];
      const lines = w.files[f].split("\n");
      const at = rand(lines.length);
      switch (rand(5)) {
        case 0:
          lines.splice(at, 1);
          break;
        case 1:
          lines.splice(at, 0, lines[rand(lines.length)]);
          break;
        case 2:
          lines[at] = lines[at].replace(/[\p{L}]/u, "错");
          break;
        case 3:
          w.files[`ws/新${step}.matter`] = lines.slice(at).join("\n");
          break;
        default:
          if (files.length > 3) delete w.files[f];
      }
      if (w.files[f] !== undefined) w.files[f] = lines.join("\n");
      w.check();
    }
  });

  it("skips the symbol index when asked to, with the same models and diagnostics", () => {
    const files: Record<string, string> = {};
    for (const e of STANDALONE.slice(0, 2)) files[`ws/${e.name}`] = e.text;
    const inputs = [{ root: "ws", files: Object.keys(files).sort() }];
    const full = compile(memoryHost(files), inputs);
    const lean = new IncrementalCompiler(memoryHost(files), { symbols: false }).compile(inputs);
    expect(lean.symbols).toEqual({ declarations: [], references: [] });
    expect(lean.models).toEqual(full.models);
    expect(lean.diagnostics).toEqual(full.diagnostics);
  });

  it("keeps only the models asked for, and lowers a file again when its models are wanted", () => {
    const files: Record<string, string> = {};
    for (const e of STANDALONE.slice(0, 3)) files[`ws/${e.name}`] = e.text;
    let wanted = new Set([`ws/${STANDALONE[0].name}`]);
    const inc = new IncrementalCompiler(memoryHost(files), { keepModels: (f) => wanted.has(f) });
    const inputs = [{ root: "ws", files: Object.keys(files).sort() }];
    const all = compile(memoryHost(files), inputs).models;
    const first = inc.compile(inputs);
    expect(first.models).toEqual([all[0]]);
    expect(first.hasErrors).toBe(false);
    wanted = new Set([`ws/${STANDALONE[1].name}`]);
    const second = inc.compile(inputs);
    expect(second.models).toEqual([all[1]]);
    expect(inc.stats).toMatchObject({ parsed: 1, lowered: 1 });
  });
});
