import { describe, expect, it } from "vitest";
import { AnswerError, headlineAnswers, parseAnswers, withDefaults } from "../../targets/guide/answers.js";
import { restaurant } from "./fixtures/restaurant.js";

const model = restaurant();

describe("answers typed at the window", () => {
  it("parses every kind of situation and commitments", () => {
    expect(parseAnswers(model, ["设置招牌=是", "经营项目=热食类，冷食类、自制饮品", "营业面积＝80", "消防承诺=否"])).toEqual({
      设置招牌: true,
      经营项目: ["热食类", "冷食类", "自制饮品"],
      营业面积: 80,
      消防承诺: false,
    });
    expect(parseAnswers(model, ["设置招牌=no", "经营项目="])).toEqual({ 设置招牌: false, 经营项目: [] });
  });

  it("rejects unknown names and impossible values, naming the valid ones", () => {
    expect(() => parseAnswers(model, ["招牌=是"])).toThrow(/没有名为“招牌”的情形或告知承诺；可选：经营项目、设置招牌、营业面积、消防承诺/);
    expect(() => parseAnswers(model, ["经营项目=烧烤"])).toThrow(/没有选项“烧烤”；可选：热食类、冷食类/);
    expect(() => parseAnswers(model, ["营业面积=很大"])).toThrow(AnswerError);
    expect(() => parseAnswers(model, ["设置招牌=也许"])).toThrow(/应为 是 或 否/);
    expect(() => parseAnswers(model, ["设置招牌"])).toThrow(/名称=值/);
  });

  it("fills defaults, and takes commitments in the headline case", () => {
    expect(withDefaults(model, {})).toEqual({ 设置招牌: false });
    expect(withDefaults(model, { 设置招牌: true })).toEqual({ 设置招牌: true });
    expect(headlineAnswers(model)).toMatchObject({ 设置招牌: true, 消防承诺: true });
  });
});
