// The matter the repeating-group tests share: shareholders (股东) with a per-entry document and an
// entry field asked only when a situation holds.
import { expect } from "vitest";
import type { Model } from "../../../compiler/model.js";
import { formTarget } from "../../../targets/form/index.js";
import { DEFAULT_TARGET_OPTIONS } from "../../../targets/target.js";
import { compileTexts } from "../../helpers/memory-host.js";
import { VALID_ID } from "./application.js";

export const SOURCE = `使用 "std/部门"
一件事 股权变更 {
  编码: "T-REPEAT"
  牵头部门: 市场监管局
  承诺时限: 3 工作日
  情形 有外籍股东: 是否 "是否有外籍股东？"
  字段 企业.名称: 文本 必填
  字段 股东.名称: 文本 必填 标签 "股东姓名或名称"
  字段 股东.身份证号: 身份证号 必填 标签 "公民身份号码"
  字段 股东.国籍: 文本 必填 标签 "国籍" 适用 (有外籍股东)
  材料 股东身份证明 { 形式: 电子  每项一份: 股东 }
  材料 变更决议 { 形式: 电子 }
  子事项 变更登记 {
    部门: 市场监管局
    承诺时限: 1 工作日
    材料: 变更决议, 股东身份证明
    字段: 企业.名称, 股东.名称, 股东.身份证号, 股东.国籍
  }
  子事项 税务变更 { 部门: 税务局  承诺时限: 1 工作日  前置: 变更登记  材料: 股东身份证明  字段: 企业.名称 }
  表单 {
    分组 股东 {
      字段: 股东.名称, 股东.身份证号, 股东.国籍
      最少: 1
      最多: 3
      量词: "位"
    }
  }
}
`;

export function compiled(): Model {
  const result = compileTexts({ "main.matter": SOURCE });
  expect(result.diagnostics.filter((d) => d.code.startsWith("E"))).toEqual([]);
  return result.models[0];
}

export function files(model: Model, process: "camunda8" | "camunda7" = "camunda8"): Record<string, unknown> {
  return Object.fromEntries(formTarget.perMatter!(model, { ...DEFAULT_TARGET_OPTIONS, process }).map((f) => [f.path, JSON.parse(f.text)]));
}

export const FILE = "https://files.example.cn/a.pdf";
export const entry = (name: string, extra: Record<string, unknown> = {}) => ({ 名称: name, 身份证号: VALID_ID, 材料: { 股东身份证明: FILE }, ...extra });

