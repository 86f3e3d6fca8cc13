// The default punctuation style keeps the author's writing: every mark as written (： ， 、 ； ｛｝
// ［］ （） ！ ≥ …), ASCII where ASCII was written, also in one file that mixes them; only the layout
// changes. `--punctuation ascii|fullwidth` still converts the whole file.
import { describe, expect, it } from "vitest";
import { formatMatter } from "../../grammar/format/print.js";

function fmt(text: string, punctuation?: "keep" | "ascii" | "fullwidth"): string {
  const r = formatMatter(text, { punctuation });
  if (!r.ok) throw new Error(r.problems.map((p) => p.code).join(","));
  return r.text;
}

const CHINESE = `使用 "std/部门"
一件事 办证｛
  编码："A-1"；牵头部门：公安局
  情形 办理方式：单选 "怎么办？"［窗口、网上，自助］
  情形 年龄：数字 "几岁？"
  子事项 受理｛部门：公安局   承诺时限：1 工作日 材料：居民身份证、户口簿 适用：！（办理方式 == 网上）且 年龄 ≥ 16｝
｝
`;

describe("fmt keeps each file's punctuation", () => {
  it("keeps full-width marks and 、 in lists, as written, and lays the file out", () => {
    expect(fmt(CHINESE)).toBe(`使用 "std/部门"
一件事 办证 ｛
  编码："A-1"；牵头部门：公安局
  情形 办理方式：单选 "怎么办？" ［窗口、网上，自助］
  情形 年龄：数字 "几岁？"
  子事项 受理 ｛
    部门：公安局
    承诺时限：1 工作日
    材料：居民身份证、户口簿
    适用：！（办理方式 == 网上） 且 年龄 ≥ 16
  ｝
｝
`);
  });

  it("keeps ASCII as ASCII and a mixed file mixed, mark by mark", () => {
    const mixed = `一件事 甲 {\n  编码: "A-1"\n  情形 方式：单选 "？" [甲、乙, 丙]\n}\n`;
    expect(fmt(mixed)).toBe(mixed);
  });

  it("is idempotent", () => {
    const once = fmt(CHINESE);
    expect(fmt(once)).toBe(once);
  });

  it("still writes one style when asked", () => {
    expect(fmt(CHINESE, "ascii")).toContain("材料: 居民身份证, 户口簿");
    expect(fmt(CHINESE, "fullwidth")).toContain("材料：居民身份证，户口簿");
  });
});
