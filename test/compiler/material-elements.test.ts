// Per-material elements: 原件及复印件, a fallback source (备用来源), 受理标准, 依据 and the blank form link —
// in the model, the figures (counted by the first source, a visit for an original to show) and the
// guide and notice (what happens when the first source fails).
import { describe, expect, it } from "vitest";
import type { Model } from "../../compiler/model.js";
import { noticeView } from "../../targets/guide/notice.js";
import { guideView } from "../../targets/guide/view.js";
import { compileTexts } from "../helpers/memory-host.js";
import { MATERIAL_ELEMENTS_SOURCE as SOURCE } from "../elements/source.js";


function compile(source: string): { model: Model; codes: string[] } {
  const r = compileTexts({ "main.matter": source });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { model: r.models[0], codes: r.diagnostics.map((d) => d.code) };
}

describe("per-material elements", () => {
  const { model, codes } = compile(SOURCE);
  const id = model.materials.find((m) => m.name === "身份证")!;

  it("are in the model", () => {
    expect(codes).toEqual([]);
    expect(id).toMatchObject({
      form: "原件及复印件",
      source: { kind: "e-licence", licence: "居民身份证" },
      fallback: { kind: "applicant" },
      acceptanceCriteria: ["在有效期内", "复印件与原件一致"],
      basis: ["《示例办法》第五条"],
      fromApplicant: false,
    });
    expect(model.materials.find((m) => m.name === "申请表")!.blankForm).toBe("https://example.cn/kongbai.docx");
  });

  it("count a material by its first source and say so in the basis", () => {
    expect(model.metrics.headline.materials).toMatchObject({ before: 2, handedIn: 1 });
    expect(model.metrics.basis.fallbackSources).toEqual([{ material: "身份证", source: "e-licence", fallback: "applicant" }]);
    expect(model.metrics.headline.trips.derived).toBe(0);
  });

  it("make an original and copy handed in take a visit, like an original", () => {
    const handed = compile(SOURCE.replace('    来源: 电子证照 "居民身份证"\n    备用来源: 申请人自备\n', ""));
    expect(handed.model.metrics.headline.trips.derived).toBe(1);
    const declared = compile(SOURCE.replace('    来源: 电子证照 "居民身份证"\n    备用来源: 申请人自备\n', "").replace("  办理渠道: 一网通办\n", "  办理渠道: 一网通办\n  跑动次数: 0\n"));
    expect(declared.codes).toEqual(["W0206"]);
  });

  it("say in the guide and the notice what happens when the first source fails, with criteria, basis and links", () => {
    const row = guideView(model).materials.find((m) => m.name === "身份证")!;
    expect(row.reason).toBe("电子证照：由部门调取“居民身份证”电子证照；无法通过电子证照（居民身份证）获取的，由申请人自备（原件及复印件）");
    expect(row.notes).toContain("受理标准：在有效期内；复印件与原件一致");
    expect(row.notes).toContain("依据：《示例办法》第五条");
    const form = guideView(model).materials.find((m) => m.name === "申请表")!;
    expect([form.sampleUrl, form.blankFormUrl]).toEqual(["https://example.cn/yangbiao.pdf", "https://example.cn/kongbai.docx"]);
    expect(noticeView(model, {}).fetched).toEqual([{ name: "身份证", reason: row.reason }]);
    expect(guideView(model).basis.join("\n")).toContain("备用来源：身份证按首选来源计为无需申请人提交");
  });

  it("W1105 when the fallback can never be used", () => {
    expect(compile(SOURCE.replace('来源: 电子证照 "居民身份证"', "来源: 申请人自备")).codes).toEqual(["W1105"]);
    expect(compile(SOURCE.replace("备用来源: 申请人自备", '备用来源: 电子证照 "居民身份证"')).codes).toEqual(["W1105"]);
  });

  it("a blank form link must be http(s) (E0304)", () => {
    const r = compileTexts({ "main.matter": SOURCE.replace("https://example.cn/kongbai.docx", "javascript:alert(1)") });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E0304"]);
  });
});
