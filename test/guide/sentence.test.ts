import { describe as group, expect, it } from "vitest";
import { and, not, or } from "../../compiler/conditions.js";
import type { Cond } from "../../compiler/model.js";
import { conditionSentence, describe } from "../../targets/conditions/sentence.js";

const ctx = {
  situations: [
    { name: "设置招牌", type: "yesno" as const, question: "是否设置户外招牌？" },
    { name: "已有健康证", type: "yesno" as const, question: "是否已有健康证明？" },
    { name: "自有场所", type: "yesno" as const, question: "经营场所是自有的吗" },
    { name: "经营项目", type: "multiple" as const, question: "经营哪些食品？" },
    { name: "主体类型", type: "single" as const, question: "主体类型" },
    { name: "营业面积", type: "number" as const, question: "经营场所面积（平方米）" },
  ],
  commitments: [{ name: "消防承诺", question: "是否以告知承诺方式办理消防安全检查？" }],
};
const yes = (s: string): Cond => ({ op: "eq", subject: s, value: true });
const has = (s: string, v: string): Cond => ({ op: "contains", subject: s, value: v });

group("conditions as Chinese sentences", () => {
  it("reads a yes/no answer from its question", () => {
    expect(conditionSentence(yes("设置招牌"), ctx)).toBe("如选择设置户外招牌");
    expect(conditionSentence(not(yes("设置招牌")), ctx)).toBe("如不设置户外招牌");
    expect(conditionSentence({ op: "eq", subject: "设置招牌", value: false }, ctx)).toBe("如不设置户外招牌");
    expect(describe(not(yes("已有健康证")), ctx)).toBe("未有健康证明");
    expect(describe(yes("消防承诺"), ctx)).toBe("以告知承诺方式办理消防安全检查");
    expect(describe(not(yes("消防承诺")), ctx)).toBe("不以告知承诺方式办理消防安全检查");
    // A question not of the form 是否… falls back to the name.
    expect(describe(yes("自有场所"), ctx)).toBe("自有场所为“是”");
  });

  it("always-true conditions say nothing", () => {
    expect(conditionSentence({ op: "true" }, ctx)).toBe("");
  });

  it("merges comparisons on one subject and brackets mixed and/or", () => {
    expect(describe(or(has("经营项目", "热食类"), has("经营项目", "冷食类")), ctx)).toBe("经营项目包含热食类或冷食类");
    expect(describe(or({ op: "eq", subject: "主体类型", value: "公司" }, { op: "eq", subject: "主体类型", value: "分公司" }), ctx)).toBe("主体类型为公司或分公司");
    expect(describe({ op: "in", subject: "主体类型", values: ["公司", "分公司"] }, ctx)).toBe("主体类型为公司或分公司");
    expect(describe(and(or(has("经营项目", "热食类"), has("经营项目", "冷食类")), yes("设置招牌")), ctx)).toBe("（经营项目包含热食类或冷食类）且选择设置户外招牌");
  });

  it("pushes negations to the leaves", () => {
    expect(describe(not(and(yes("设置招牌"), { op: "gt", subject: "营业面积", value: 50 })), ctx)).toBe("不设置户外招牌或营业面积不大于50");
    expect(describe(not(or(has("经营项目", "生食类"), { op: "in", subject: "主体类型", values: ["公司", "分公司"] })), ctx)).toBe("经营项目不包含生食类且主体类型不为公司、分公司");
    expect(describe(not({ op: "le", subject: "营业面积", value: 150 }), ctx)).toBe("营业面积大于150");
    expect(describe(not({ op: "eq", subject: "主体类型", value: "公司" }), ctx)).toBe("主体类型不为公司");
  });
});

group("absorption", () => {
  it("drops a disjunction that a conjunct already implies", () => {
    const any = or(has("经营项目", "热食类"), has("经营项目", "自制饮品"));
    expect(describe(and(any, has("经营项目", "自制饮品")), ctx)).toBe("经营项目包含自制饮品");
    expect(describe(or(and(yes("设置招牌"), has("经营项目", "热食类")), yes("设置招牌")), ctx)).toBe("选择设置户外招牌");
  });
});

group("questions of every shape found in the examples", () => {
  const q = (question: string) => ({ situations: [{ name: "x", type: "yesno" as const, question }] });
  const both = (question: string) => [describe(yes("x"), q(question)), describe(not(yes("x")), q(question))];
  it("reads the subject before 是否 and negates the action", () => {
    expect(both("父母是否未办理结婚登记？")).toEqual(["父母未办理结婚登记", "父母已办理结婚登记"]);
    expect(both("学生是否为本市户籍？")).toEqual(["学生为本市户籍", "学生不是本市户籍"]);
    expect(both("职工医保累计缴费年限是否不足本省规定的最低年限？")).toEqual(["职工医保累计缴费年限不足本省规定的最低年限", "职工医保累计缴费年限达到本省规定的最低年限"]);
    expect(both("是否已经取得营业执照？")).toEqual(["已经取得营业执照", "尚未取得营业执照"]);
    expect(both("是否已持有第二代残疾人证？")).toEqual(["已持有第二代残疾人证", "未持有第二代残疾人证"]);
    expect(both("是否在海关办理过报关单位备案？")).toEqual(["在海关办理过报关单位备案", "未在海关办理过报关单位备案"]);
    expect(both("是否缴存过住房公积金？")).toEqual(["缴存过住房公积金", "未缴存过住房公积金"]);
    expect(both("是否同时为新生儿申领社会保障卡？")).toEqual(["选择同时为新生儿申领社会保障卡", "不同时为新生儿申领社会保障卡"]);
    expect(both("是否为最低生活保障对象或特困人员？")).toEqual(["为最低生活保障对象或特困人员", "不是最低生活保障对象或特困人员"]);
  });
});
