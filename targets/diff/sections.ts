// The kinds of record `matterc diff` compares, and how it names and prints their properties.
// A property not listed here is still compared and printed as JSON under its model name; the
// elements of issues 13 and 16 (admission, 免申办, 跨域办) have their own file, elements.ts.
import type { Cond, Duration, Effective, MaterialSource, Model } from "../../compiler/model.js";
import { effectiveText } from "../guide/validity.js";
import { describe, type SentenceContext } from "../conditions/sentence.js";
import { durationText, sourceLabel } from "../guide/words.js";
import { COMMITMENT_ELEMENTS, DEPARTMENT_ELEMENTS, elementSections, FIELD_ELEMENTS, ITEM_ELEMENTS, ITEM_IGNORED, MATERIAL_ELEMENTS } from "./elements.js";

type Rec = Record<string, unknown>;
export type Printer = (value: unknown, record: Rec, ctx: SentenceContext) => string;

export interface Property {
  key: string;
  label: { zh: string; en: string };
  print: Printer;
}

export interface Section {
  key: string;
  label: { zh: string; en: string };
  records(m: Model): Rec[];
  nameOf(r: Rec): string;
  context(r: Rec): SentenceContext;
  properties: Property[];
  /** Derived or identifying properties: a change in them repeats one reported elsewhere. */
  ignore: string[];
}

const none = "—";
const text: Printer = (v) => (v === undefined || v === "" ? none : String(v));
const list: Printer = (v) => (Array.isArray(v) && v.length ? v.map(String).join("、") : none);
const yesNo: Printer = (v) => (v === undefined ? none : v ? "是" : "否");
const duration: Printer = (v) => (v === undefined ? none : durationText(v as Duration));
const source: Printer = (v) => (v === undefined ? none : sourceLabel(v as MaterialSource));
/** "自2026年1月1日起施行" and the like (lists over time, #17). */
const effective: Printer = (v) => effectiveText(v as Effective | undefined) || none;
const answer: Printer = (v) => (v === undefined ? none : Array.isArray(v) ? v.join("、") : typeof v === "boolean" ? (v ? "是" : "否") : String(v));

/** A condition as the guide says it; "总是" when it always holds. */
function condition(ctxOf: (r: Rec) => SentenceContext): Printer {
  return (v, r) => {
    const c = v as Cond | undefined;
    if (!c || c.op === "true") return "总是";
    if (c.op === "false") return "从不";
    return describe(c, ctxOf(r));
  };
}

const p = (key: string, zh: string, en: string, print: Printer = text): Property => ({ key, label: { zh, en }, print });

/** Each record carries its matter's sentence context, set when the sections read a model. */
const CTX = Symbol("context");
const ctxOf = (r: Rec): SentenceContext => (r as { [CTX]?: SentenceContext })[CTX] ?? { situations: [] };
const when = condition(ctxOf);

function withContext(m: Model, records: readonly object[]): Rec[] {
  const ctx: SentenceContext = { situations: m.situations, commitments: m.commitments, fields: m.fields };
  return records.map((r) => Object.assign(Object.create(null) as Rec, r, { [CTX]: ctx }));
}

const byName = (r: Rec) => String(r.name);

export const SECTIONS: Section[] = [
  {
    key: "matter",
    label: { zh: "事项", en: "matter" },
    records: (m) =>
      withContext(m, [
        {
          name: "",
          title: m.name,
          lead: m.lead,
          promisedTime: m.promisedTime,
          status: m.status,
          version: m.version,
          effective: m.effective,
          list: m.list,
          batch: m.batch,
          template: m.template && `${m.template.name}（${m.template.code}）`,
          audience: m.audience,
          channels: m.channels,
          scope: m.scope,
          trips: m.trips.declared ? m.trips.value : undefined,
          steps: m.steps.names,
        },
      ]),
    nameOf: () => "",
    context: ctxOf,
    properties: [
      p("title", "名称", "name"),
      p("lead", "牵头部门", "lead department"),
      p("promisedTime", "承诺时限", "promised time", duration),
      p("status", "状态", "status"),
      p("version", "版本", "version"),
      p("effective", "施行日期", "in force", effective),
      p("list", "清单", "list"),
      p("batch", "批次", "batch"),
      p("template", "省级模板", "province template"),
      p("audience", "服务对象", "audience", list),
      p("channels", "办理渠道", "channels", list),
      p("scope", "通办范围", "scope"),
      p("trips", "跑动次数（声明）", "trips (declared)"),
      p("steps", "办理环节", "steps", list),
    ],
    ignore: ["name"],
  },
  {
    key: "guide",
    label: { zh: "办理地点与咨询", en: "places and contacts" },
    records: (m) => withContext(m, [{ name: "", ...m.guide }]),
    nameOf: () => "",
    context: ctxOf,
    properties: [
      p("place", "办理地点", "places", list),
      p("hours", "办理时间", "hours"),
      p("consultPhone", "咨询电话", "enquiries"),
      p("complaintPhone", "投诉电话", "complaints"),
      p("onlineUrl", "网上办理", "online"),
      p("basis", "办理依据", "legal basis", list),
      p("acceptance", "受理条件", "acceptance conditions", list),
      p("faq", "常见问题", "FAQ", (v) => (Array.isArray(v) && v.length ? v.map((f: { question: string }) => f.question).join("；") : none)),
    ],
    ignore: ["name"],
  },
  {
    key: "departments",
    label: { zh: "部门", en: "department" },
    records: (m) => withContext(m, m.departments),
    nameOf: byName,
    context: ctxOf,
    properties: [p("fullName", "全称", "full name"), p("role", "角色", "role", (v) => (v === "lead" ? "牵头" : v === "cooperating" ? "配合" : text(v, {}, { situations: [] }))), p("phone", "电话", "phone"), p("address", "地址", "address"), p("duties", "职责", "duties"), ...DEPARTMENT_ELEMENTS],
    ignore: ["id"],
  },
  {
    key: "situations",
    label: { zh: "情形", en: "situation" },
    records: (m) => withContext(m, m.situations),
    nameOf: byName,
    context: ctxOf,
    properties: [p("question", "问题", "question"), p("type", "类型", "type"), p("options", "选项", "options", list), p("default", "默认", "default", answer)],
    ignore: ["id"],
  },
  {
    key: "items",
    label: { zh: "子事项", en: "sub-item" },
    records: (m) => withContext(m, m.items),
    nameOf: byName,
    context: ctxOf,
    properties: [
      p("department", "部门", "department"),
      p("when", "适用情形", "applies when", when),
      p("legalTime", "法定时限", "legal time", duration),
      p("promisedTime", "承诺时限", "promised time", duration),
      p("after", "前置", "after", list),
      p("materials", "材料", "materials", list),
      p("fields", "字段", "fields", list),
      p("fee", "收费", "fee"),
      p("produces", "产出", "result"),
      p("code", "事项编码", "code"),
      p("type", "事项类型", "item type", (v) => (v === undefined ? none : String((v as { name: string }).name))),
      p("tripsAlone", "单独办理跑动次数", "trips when handled alone"),
      p("effective", "施行日期", "in force", effective),
      ...ITEM_ELEMENTS,
    ],
    ignore: ["id", "workdays", ...ITEM_IGNORED],
  },
  {
    key: "materials",
    label: { zh: "材料", en: "material" },
    records: (m) => withContext(m, m.materials),
    nameOf: byName,
    context: ctxOf,
    properties: [
      p("form", "形式", "form"),
      p("copies", "份数", "copies"),
      p("source", "来源", "source", source),
      p("necessity", "必要性", "necessity"),
      p("when", "适用情形", "applies when", when),
      p("deferrable", "容缺后补时限", "may be supplied later within", duration),
      p("note", "说明", "note"),
      p("paperSize", "纸张规格", "paper size"),
      p("sample", "样表", "sample"),
      p("askedBy", "需要它的子事项", "asked by", list),
      p("replacedBy", "可由告知承诺替代", "replaced by commitment", list),
      ...MATERIAL_ELEMENTS,
    ],
    ignore: ["id", "neededWhen", "uploadWhen", "fromApplicant"],
  },
  {
    key: "fields",
    label: { zh: "表单字段", en: "form field" },
    records: (m) => withContext(m, m.fields),
    nameOf: (r) => String(r.path),
    context: ctxOf,
    properties: [
      p("label", "名称", "label"),
      p("type", "类型", "type"),
      p("required", "必填", "required", yesNo),
      p("when", "适用情形", "applies when", when),
      p("options", "选项", "options", list),
      p("default", "默认", "default", answer),
      p("description", "说明", "description"),
      p("askedBy", "需要它的子事项", "asked by", list),
      ...FIELD_ELEMENTS,
    ],
    ignore: ["id", "neededWhen", "path"],
  },
  {
    key: "commitments",
    label: { zh: "告知承诺", en: "commitment" },
    records: (m) => withContext(m, m.commitments),
    nameOf: byName,
    context: ctxOf,
    properties: [
      p("replaces", "替代材料", "replaces", list),
      p("conditions", "承诺条件", "conditions", list),
      p("department", "核查部门", "verifying department"),
      p("verification", "核查", "verification", (v) => {
        const x = v as { method: string; time?: Duration } | undefined;
        return x ? `${x.method}${x.time ? ` ${durationText(x.time)}` : ""}` : none;
      }),
      p("onBreach", "违诺后果", "on breach", list),
      p("clauses", "承诺条款", "clauses", list),
      ...COMMITMENT_ELEMENTS,
    ],
    ignore: ["id", "question", "offeredWhen"],
  },
  ...elementSections(withContext, ctxOf),
];

/** Labels for model properties no section lists, so that the generic comparison reads well. */
export const PROPERTY_LABELS: Record<string, { zh: string; en: string }> = {
  unit: { zh: "单位", en: "unit" },
  example: { zh: "示例", en: "example" },
  key: { zh: "键", en: "key" },
  pattern: { zh: "格式", en: "pattern" },
  maxLength: { zh: "最大长度", en: "max length" },
  minLength: { zh: "最小长度", en: "min length" },
  minimum: { zh: "最小值", en: "minimum" },
  maximum: { zh: "最大值", en: "maximum" },
  type: { zh: "类型", en: "type" },
};
