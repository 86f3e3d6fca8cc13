// Keys that reach FEEL in the form-js forms (issue 20). A material's name may be any text
// ("身份证（正反面）"), so the staff forms read a material with `get value(材料, "<name>")`, the name
// a FEEL string: checked here with form-js's own FEEL engine (@bpmn-io/feelin) for every hostile
// name, which must find exactly that material's documents. A field's key is written bare in the
// check-character expressions, so a key FEEL cannot read is refused at compile time (E0119).
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { feelString } from "../../targets/escape/feel.js";
import { formTarget } from "../../targets/form/index.js";
import { DEFAULT_TARGET_OPTIONS } from "../../targets/target.js";
import { compileTexts } from "../helpers/memory-host.js";
import { BENIGN, compileHostile, HOSTILE } from "./hostile-source.js";

const { evaluate } = createRequire(import.meta.url)("@bpmn-io/feelin") as { evaluate: (expr: string, context: object) => { value: unknown; warnings: unknown[] } };

/** Every documentPreview's dataSource in the staff forms, with the material it shows (its label). */
function dataSources(files: { path: string; text: string }[]): { label: string; dataSource: string }[] {
  const out: { label: string; dataSource: string }[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c)) c.forEach(walk);
    else if (c && typeof c === "object") {
      const o = c as { type?: string; label?: string; dataSource?: string };
      if (o.type === "documentPreview") out.push({ label: o.label!, dataSource: o.dataSource! });
      Object.values(c).forEach(walk);
    }
  };
  for (const f of files) if (f.path.startsWith("tasks/") && f.path.endsWith(".form")) walk(JSON.parse(f.text));
  return out;
}

describe("material names in form-js data sources", () => {
  it.each([BENIGN, ...HOSTILE].map((s) => [JSON.stringify(s).slice(0, 60), s]))("%s is read as a key, never as FEEL", (_, s) => {
    const { model, errors } = compileHostile(s);
    expect(errors).toEqual([]);
    const files = formTarget.perMatter!(model!, { ...DEFAULT_TARGET_OPTIONS, process: "camunda8" });
    const sources = dataSources(files);
    const names = model!.materials.filter((m) => m.uploadWhen.op !== "false").map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);
    // Every material with a preview: its expression finds its own documents and nothing else's.
    const materials = Object.fromEntries(names.map((n, i) => [n, [{ documentId: `doc-${i}` }]]));
    for (const n of names) {
      const dataSource = `=get value(材料, ${feelString(n)})`;
      expect(sources.map((x) => x.dataSource), n).toContain(dataSource);
      const r = evaluate(dataSource.slice(1), { 材料: materials, H: { 文本: "SECRET" }, x: 1 });
      expect(r.value, dataSource).toEqual(materials[n]);
    }
    // No other expression reads the materials.
    expect(sources.every((x) => names.some((n) => x.dataSource === `=get value(材料, ${feelString(n)})`))).toBe(true);
  });
});

describe("field keys FEEL cannot read", () => {
  const program = (key: string) => `使用 "std/部门"
一件事 测试 {
  编码: "T-1"
  牵头部门: 市场监管局
  子事项 甲 { 部门: 市场监管局  字段: ${key} }
  字段 ${key}: 身份证号 必填
}
`;
  it.each(["经办人.true", "not.身份证号", "经办人.x²", "股东①.身份证号", "经办人.for", "经办人.ª"])("%s is refused (E0119)", (key) => {
    const r = compileTexts({ "m.matter": program(key) });
    expect(r.diagnostics.filter((d) => d.code === "E0119").map((d) => d.args.name)).toEqual([key]);
  });

  it.each(["经办人.身份证号", "经办人2.身份证号_1", "Ärzte.Nummer"])("%s is read by form-js's FEEL as that path", (key) => {
    const r = compileTexts({ "m.matter": program(key) });
    expect(r.hasErrors).toBe(false);
    const form = JSON.parse(formTarget.perMatter!(r.models[0], DEFAULT_TARGET_OPTIONS).find((f) => f.path === "T-1.form")!.text);
    const field = JSON.stringify(form);
    const minLength = /"minLength":"(=[^"]+)"/.exec(field.replace(/\\"/g, "'"))?.[1];
    expect(minLength).toBeDefined();
    const [a, b] = key.split(".");
    const check = (id: string) => evaluate(JSON.parse(field.match(/"minLength":("=(?:[^"\\]|\\.)*")/)![1]).slice(1), { [a]: { [b]: id } }).value;
    // A valid 身份证号 passes (0), one with a wrong check character is refused (longer than allowed).
    expect(check("11010519491231002X")).toBe(0);
    expect(check("110105194912310021")).toBeGreaterThan(18);
  });
});
