// `matterc validate` through commander, on files the form target wrote: exit codes 0/1/2 and one
// Chinese line per problem naming the field's label and path.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Command } from "commander";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { registerValidate } from "../../cli/validate.js";
import { DEFAULT_TARGET_OPTIONS } from "../../targets/target.js";
import { formTarget } from "../../targets/form/index.js";
import { restaurant } from "./fixtures/restaurant.js";
import { WRONG_CHECK_ID, completeApplication } from "./helpers/application.js";

let dir: string;
const answers = { 经营项目: ["热食类"], 设置招牌: false, 主体类型: "有限责任公司", 营业面积: 120 };

function writeMatter(draft: "07" | "2020-12"): string {
  const out = join(dir, draft, restaurant.code);
  mkdirSync(out, { recursive: true });
  for (const f of formTarget.perMatter!(restaurant, { ...DEFAULT_TARGET_OPTIONS, schemaDraft: draft })) {
    mkdirSync(dirname(join(out, f.path)), { recursive: true });
    writeFileSync(join(out, f.path), f.text);
  }
  return out;
}

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

async function run(...args: string[]): Promise<{ code: number; lines: string[] }> {
  const out: string[] = [];
  // Problems go to stdout, unreadable inputs to stderr: the test reads both, in order.
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
  const spyErr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
  const program = new Command().exitOverride();
  registerValidate(program);
  try {
    await program.parseAsync(["node", "matterc", "validate", ...args]);
  } finally {
    spy.mockRestore();
    spyErr.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { code, lines: out.join("").trimEnd().split("\n") };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "matterc-validate-"));
});
afterEach(() => {
  process.exitCode = undefined;
});

describe("matterc validate", () => {
  it("exits 0 for a complete application, given the output directory or the schema file, in both drafts", async () => {
    const app = writeJson("ok.json", completeApplication(restaurant, answers));
    for (const draft of ["07", "2020-12"] as const) {
      const out = writeMatter(draft);
      expect((await run(out, app)).code).toBe(0);
      expect((await run(join(out, "form.schema.json"), app)).code).toBe(0);
    }
  });

  it("exits 1 with one line per problem, naming label and path", async () => {
    const out = writeMatter("07");
    const data = completeApplication(restaurant, answers) as Record<string, Record<string, unknown>>;
    delete data["企业"]; // a whole group missing: reported as its fields
    data["法定代表人"]["身份证号"] = WRONG_CHECK_ID;
    data["法定代表人"]["姓名"] = "名".repeat(31);
    delete data["食品安全管理员"]["姓名"]; // required because a sub-item that applies asks for it
    data["经营场所"]["行政区划"] = "99";
    const { code, lines } = await run(out, writeJson("bad.json", data));
    expect(code).toBe(1);
    // One line per problem, in form order (groups first, conditional questions after).
    expect(lines).toEqual([
      "企业名称（企业.名称）：必须填写",
      "法定代表人姓名（法定代表人.姓名）：不能超过 30 个字符",
      "法定代表人身份证号（法定代表人.身份证号）：不是有效的居民身份证号码：校验码应为“X”",
      "所在行政区划（经营场所.行政区划）：不是有效的行政区划代码",
      "统一社会信用代码（企业.统一社会信用代码）：必须填写",
      "食品安全管理员姓名（食品安全管理员.姓名）：必须填写",
    ]);
  });

  it("says a yes/no answer is true or false, not the string \"是\", and a number is not a quoted string", async () => {
    const out = writeMatter("07");
    const data = completeApplication(restaurant, answers) as Record<string, unknown>;
    data["设置招牌"] = "是";
    data["营业面积"] = "120";
    const { code, lines } = await run(out, writeJson("strings.json", data));
    expect(code).toBe(1);
    expect(lines).toEqual([
      '是否设置户外招牌？（设置招牌）：应为 true 或 false（JSON 的布尔值，不加引号；不能写字符串 "是"）',
      '经营场所面积（平方米）（营业面积）：应为数字（不加引号；不能写字符串 "120"）',
    ]);
  });

  it("reads renderer notations as the documented representation, and writes it with --out", async () => {
    const out = writeMatter("07");
    const data = completeApplication(restaurant, answers) as Record<string, Record<string, unknown>>;
    const materials = Object.keys(data["材料"]);
    data["材料"][materials[0]] = [{ uid: "rc-1", name: "a.pdf", status: "done", response: { url: "https://files.example.cn/a.pdf" } }]; // Formily
    data["材料"][materials[1]] = "files::0c6e"; // form-js 2.x
    data["材料"][materials[2]] = [{ "camunda.document.type": "camunda", storeId: "in-memory", documentId: "d-1", metadata: {} }]; // Camunda 8 Tasklist
    delete (data as Record<string, unknown>)["设置招牌"]; // a default, and an unanswered yes/no
    data["招牌"] = { 内容: "隐藏的回答" }; // not shown: 设置招牌 is no
    const read = join(dir, "read.json");
    const { code } = await run(out, writeJson("notations.json", data), "--out", read);
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(read, "utf8")) as Record<string, Record<string, unknown>>;
    expect(written["材料"][materials[0]]).toBe("https://files.example.cn/a.pdf");
    expect(written["材料"][materials[1]]).toBe("files::0c6e");
    expect(written["材料"][materials[2]]).toBe("camunda-document:d-1");
    expect(written["设置招牌"]).toBe(false);
    expect(written["招牌"]).toBeUndefined();
    // A file value that is neither a data URL nor a reference is still refused.
    data["材料"][materials[0]] = "a.pdf";
    expect((await run(out, writeJson("notations-bad.json", data))).code).toBe(1);
  });

  it("does not ask for what does not apply", async () => {
    const out = writeMatter("07");
    const noFood = { ...answers, 经营项目: ["自制饮品"] };
    expect((await run(out, writeJson("drinks.json", completeApplication(restaurant, noFood)))).code).toBe(0);
  });

  it("exits 2 when an input cannot be read or parsed", async () => {
    const out = writeMatter("07");
    const app = writeJson("ok2.json", completeApplication(restaurant, answers));
    const missing = await run(join(dir, "nowhere"), app);
    expect(missing.code).toBe(2);
    expect(missing.lines[0]).toMatch(/^无法读取表单结构/);
    expect((await run(out, join(dir, "absent.json"))).code).toBe(2);
    const broken = await run(out, writeJson("broken.json", "{ 不是 JSON"));
    expect(broken.code).toBe(2);
    expect(broken.lines[0]).toMatch(/不是有效的 JSON/);
  });
});
