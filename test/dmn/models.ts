// The matters the DMN tests run over: every example with proactive rules, and 新生儿出生 given a
// 免申即享 育儿补贴 of its own (matter level) and two proactive sub-items here, with rules over
// every kind of field and test the language allows (numbers at a boundary, yes/no, single and
// multiple choice, text, and/or/not over several fields, a rule whose failures are too many for
// rows of their own), so that the tables are exercised whatever the examples declare.
import { compileFiles } from "../../index.js";
import type { Cond, EligibilityRule, Field, FieldType, Model, Proactive } from "../../compiler/model.js";
import { exampleModels, type NamedModel } from "../process/models.js";
import { join } from "node:path";
import { EXAMPLES_DIR } from "../process/models.js";
import { replaceDeep } from "../safety/hostile-source.js";

/** A test of a field: the condition without its subject, which `f` fills in (distributed over the kinds of test). */
type FieldTest<C = Extract<Cond, { subject: string }>> = C extends unknown ? Omit<C, "subject" | "field"> : never;
const f = (subject: string, rest: FieldTest) => ({ ...rest, subject, field: true }) as Cond;
const and = (...args: Cond[]): Cond => ({ op: "and", args });
const or = (...args: Cond[]): Cond => ({ op: "or", args });
const not = (arg: Cond): Cond => ({ op: "not", arg });

function field(path: string, type: FieldType, label: string, options?: string[]): Field {
  return {
    path,
    id: `Field_${Buffer.from(path).toString("hex").slice(0, 12)}`,
    key: path,
    type,
    label,
    required: false,
    ...(options ? { options } : {}),
    source: { kind: "data-sharing" } as unknown as Field["source"],
    askedBy: [],
    when: { op: "true" },
    neededWhen: { op: "true" },
  };
}

const rule = (name: string, when: Cond, basis: string[] = []): EligibilityRule => ({ name, id: `Rule_${Buffer.from(name).toString("hex").slice(0, 16)}`, when, basis });

function proactive(mode: Proactive["mode"], rules: EligibilityRule[]): Proactive {
  return { mode, trigger: { kind: "data-event", department: "公安局", event: "出生登记办结" }, rules, confirmation: "notify", grants: ["育儿补贴每孩每年3600元"], noticeChannels: ["短信"], missingFields: [], confirmedFields: [], basis: ["育儿补贴制度实施方案"] };
}

/** 新生儿出生 with a 育儿补贴 granted from the birth registration, and two proactive sub-items. */
export function newbornWithSubsidy(): Model {
  const { models } = compileFiles([join(EXAMPLES_DIR, "新生儿出生.matter")]);
  const model = structuredClone(models[0]);
  model.fields.push(
    field("新生儿.月龄", "integer", "新生儿月龄"),
    field("新生儿.户籍类型", "single", "户籍类型", ["本市户籍", "外省市户籍", "港澳台"]),
    field("监护人.持居住证", "boolean", "监护人持本市居住证"),
    field("监护人.居住年限", "number", "在本市居住年限"),
    field("父母.参保险种", "multiple", "父母参加的保险", ["职工医保", "生育保险", "居民医保"]),
    field("家庭.人均月收入", "amount", "家庭人均月收入"),
    field("家庭.类别", "single", "家庭类别", ["一般家庭", "低保对象", "特困人员", "低保边缘"]),
    field("已领取补贴", "boolean", "已领取同类补贴"),
    field("母亲.证件状态", "text", "母亲证件状态"),
  );
  model.proactive = proactive("免申即享", [
    rule("未满三周岁", f("新生儿.月龄", { op: "lt", value: 36 }), ["育儿补贴制度实施方案 第二条"]),
    rule("本市户籍或持居住证满一年", or(f("新生儿.户籍类型", { op: "eq", value: "本市户籍" }), and(f("监护人.持居住证", { op: "eq", value: true }), f("监护人.居住年限", { op: "ge", value: 1 })))),
    rule("父母参加医保", or(f("父母.参保险种", { op: "contains", value: "职工医保" }), f("父母.参保险种", { op: "contains", value: "居民医保" }))),
    rule("未重复领取", f("已领取补贴", { op: "eq", value: false })),
    rule("家庭人均月收入不高于8000.5元且非港澳台", and(f("家庭.人均月收入", { op: "le", value: 8000.5 }), not(f("新生儿.户籍类型", { op: "in", values: ["港澳台"] })))),
    rule("母亲证件未注销", f("母亲.证件状态", { op: "ne", value: "已注销" })),
    rule("出生体重在正常范围或已随访", or(and(f("新生儿.出生体重", { op: "ge", value: 2500 }), f("新生儿.出生体重", { op: "le", value: 4000 })), f("父母.参保险种", { op: "contains", value: "生育保险" }))),
    // Two tests of one field in one row of the table (its negation): 居住年限 both ≤ 3 and > 3 only when missing.
    rule("居住满三年且收入不高于5000元，或未满三年且收入不高于3000元", or(and(f("监护人.居住年限", { op: "gt", value: 3 }), f("家庭.人均月收入", { op: "le", value: 5000 })), and(f("监护人.居住年限", { op: "le", value: 3 }), f("家庭.人均月收入", { op: "le", value: 3000 })))),
  ]);
  const subsidy = model.items.find((i) => i.name === "城乡居民医保缴费")!;
  subsidy.proactive = proactive("免申即享", [
    rule("困难家庭", f("家庭.类别", { op: "in", values: ["低保对象", "特困人员", "低保边缘"] })),
    rule("尚未缴费", not(f("父母.参保险种", { op: "contains", value: "居民医保" }))),
  ]);
  // 符合下列任一情形 (seven alternatives of two tests each): its failure needs 2^7 rows, more than a
  // table spreads over the field columns, so it gets a column of its own.
  const refund = model.items.find((i) => i.name === "生育医疗费用报销")!;
  const alternatives = [1, 2, 3, 4, 5, 6, 7].map((n) => and(f("家庭.人均月收入", { op: "gt", value: n * 1000 }), f("监护人.居住年限", { op: "lt", value: n })));
  refund.proactive = proactive("快申快享", [rule("符合任一报销情形", or(...alternatives)), rule("非特困人员", f("家庭.类别", { op: "ne", value: "特困人员" })), rule("一般家庭或低保边缘家庭", or(f("家庭.类别", { op: "eq", value: "一般家庭" }), f("家庭.类别", { op: "eq", value: "低保边缘" })))]);
  return model;
}

/** Every matter with proactive rules: the examples that declare some, then the one built here. */
export function proactiveModels(): NamedModel[] {
  const examples = exampleModels().filter(({ model }) => model.proactive || model.items.some((i) => i.proactive));
  return [...examples, { name: "新生儿出生 + 育儿补贴 (test)", model: newbornWithSubsidy() }];
}

/** 新生儿出生 with `s` in every text a rule or a column shows: every rule's name, every field's
 * label, an option a rule tests and a text a rule compares with (the hostile-text tests). */
export function hostileNewborn(s: string): Model {
  const m = newbornWithSubsidy();
  let out = replaceDeep(m, "本市户籍", `${s}户籍`);
  out = replaceDeep(out, "已注销", s);
  const rules = (p: NonNullable<Model["proactive"]>) => p.rules.forEach((r, i) => (r.name = `${s}${i}`));
  rules(out.proactive!);
  out.items.forEach((i) => i.proactive && rules(i.proactive));
  for (const f of out.fields) f.label = s;
  return out;
}
