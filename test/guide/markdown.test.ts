import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { displayWidth, formatMarkdown, markdownText } from "../../targets/guide/markdown.js";
import { httpUrl } from "../../targets/guide/url.js";

describe("Markdown text from a .matter file", () => {
  it("escapes everything that could open markup", () => {
    expect(markdownText("<script>&{{x}}*a*_b_[l](u)|`c`#~$")).toBe("\\<script\\>\\&{{x}}\\*a\\*\\_b\\_\\[l\\](u)\\|\\`c\\`\\#\\~\\$");
    expect(markdownText("a\r\n\n  b")).toBe("a b");
  });

  it("escapes block markers only where they would open a block", () => {
    expect(markdownText("- 不是列表")).toBe("\\- 不是列表");
    expect(markdownText("---")).toBe("\\---");
    expect(markdownText("1. 不是列表")).toBe("1\\. 不是列表");
    expect(markdownText("2024.1")).toBe("2024.1");
    expect(markdownText("A-1")).toBe("A-1");
  });
});

describe("formatting as Prettier does", () => {
  it("counts CJK and fullwidth characters as two columns, quotes and dashes as one", () => {
    expect(displayWidth("营业执照")).toBe(8);
    expect(displayWidth("（A4）")).toBe(6);
    expect(displayWidth("“引号”—…")).toBe(8);
    expect(displayWidth("𠀀a")).toBe(3);
  });

  it("aligns tables, collapses blank lines and ends with one newline, as Prettier would", async () => {
    const source = [
      "",
      "# 标题",
      "",
      "",
      "| 序号 | 材料 | 形式 | 说明 |   ",
      "| --: | :-: | --- | --- |",
      "| 1 | 营业执照\\|副本 | 原件（A4） | “引号”—\\<b\\> |",
      "| 10 | a | b |",
      "| 2 | 健康证明 | 电子 | 𠀀𠀁 \\`x\\` [样表](https://a.example/b_c) |",
      "",
      "",
      "",
      "- 列表",
      "",
    ].join("\n");
    const ours = formatMarkdown(source);
    expect(ours).toBe(await prettier.format(ours, { parser: "markdown" }));
    expect(ours).toBe(await prettier.format(source, { parser: "markdown" }));
  });
});

describe("links", () => {
  it("keeps http(s) URLs only, normalised", () => {
    expect(httpUrl("https://zwfw.example.gov.cn/a b?x=(1)")).toBe("https://zwfw.example.gov.cn/a%20b?x=%281%29");
    expect(httpUrl(' HTTP://Example.gov.cn/"x"')).toBe("http://example.gov.cn/%22x%22");
    for (const bad of ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.example", "ftp://x.example", "/relative", "https://user:pw@x.example/", "", undefined])
      expect(httpUrl(bad)).toBeUndefined();
  });
});
