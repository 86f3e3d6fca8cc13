// What `matterc diff` says about the elements issues 13 and 16 added, as readable Chinese (and
// English labels): 不予受理情形, 补正, a sub-item's 不予许可 effect, 审查要点, 实地核查, 特殊环节 and
// implementation-list elements, a department's 业务系统; 免申办 (the matter's and each sub-item's)
// and 跨域办 with its receiving windows. Values are printed as the guide says them, never as JSON.
import type { Cond, CrossRegion, Duration, FeeItem, Intermediary, ItemResult, LegalBasis, Model, Proactive, SpecialStep } from "../../compiler/model.js";
import { describe, type SentenceContext } from "../conditions/sentence.js";
import { confirmationText, triggerText } from "../guide/proactive.js";
import { durationText } from "../guide/words.js";
import type { Printer, Property, Section } from "./sections.js";

type Rec = Record<string, unknown>;

export const none = "—";
export const text: Printer = (v) => (v === undefined || v === "" ? none : String(v));
export const list: Printer = (v) => (Array.isArray(v) && v.length ? v.map(String).join("、") : none);
export const yesNo: Printer = (v) => (v === undefined ? none : v ? "是" : "否");
export const duration: Printer = (v) => (v === undefined ? none : durationText(v as Duration));
export const p = (key: string, zh: string, en: string, print: Printer = text): Property => ({ key, label: { zh, en }, print });

/** A list of records, each said in words by `one`, joined with "；". */
function each<T>(one: (x: T) => string): Printer {
  return (v) => (Array.isArray(v) && v.length ? (v as T[]).map(one).join("；") : none);
}

const legalBasis = each<LegalBasis>((b) => `《${b.name}》${b.number ? `（${b.number}）` : ""}${b.articles.length ? b.articles.join("、") : ""}`);
const fees = each<FeeItem>((f) => [f.name, f.standard && `标准：${f.standard}`, f.basis && `依据：${f.basis}`, f.reduction && `减免：${f.reduction}`, f.onlinePayment !== undefined && (f.onlinePayment ? "支持网上缴费" : "不支持网上缴费")].filter(Boolean).join("，"));
const results = each<ItemResult>((r) => `${r.name}${r.type ? `（${r.type}）` : ""}${r.delivery.length ? `，送达：${r.delivery.join("、")}` : ""}${r.eLicence ? `，电子证照：${r.eLicence}` : ""}${r.postage ? `，邮费${r.postage}` : ""}`);
const intermediaries = each<Intermediary>((i) => [i.name, i.compulsory !== undefined && (i.compulsory ? "必须" : "非必须"), i.time && durationText(i.time), i.fee].filter(Boolean).join("，"));
const places = each<{ district: string; address: string }>((x) => `${x.district}：${x.address}`);
const special = each<SpecialStep>((s) => `${s.name}（${s.position === "before" ? "办理前" : "办理后"}${s.time ? `，${durationText(s.time)}` : ""}，${s.counted ? "计入时限" : "不计入时限"}${s.basis.length ? `，依据：${s.basis.join("；")}` : ""}${s.replacedBy?.length ? `，可由${s.replacedBy.join("、")}替代` : ""}）`);
const refusal: Printer = (v) => {
  const r = v as { effect: string; declared: boolean } | undefined;
  return r ? (r.declared ? r.effect : `未声明（按${r.effect}处理）`) : none;
};
const onlineDepth: Printer = (v) => (v ? `${(v as { name: string }).name}` : none);

/** The properties of a sub-item that issues 13 and 16 added (the sections list the older ones). */
export const ITEM_ELEMENTS: Property[] = [
  p("onRefusal", "不予许可后", "on refusal", refusal),
  p("reviewPoints", "审查要点", "review points", list),
  p("onSiteCheck", "实地核查", "on-site check"),
  p("specialSteps", "特殊环节", "special steps", special),
  p("timeAlone", "单独办理时限", "time when handled alone", duration),
  p("steps", "办理环节", "steps", list),
  p("baseCode", "基本编码", "base code"),
  p("businessItem", "业务办理项编码", "business item code"),
  p("handlingType", "办件类型", "handling type"),
  p("levels", "行使层级", "levels", list),
  p("powerSource", "权力来源", "source of power"),
  p("entrustedBy", "委托部门", "entrusted by"),
  p("basis", "设定依据", "legal basis", legalBasis),
  p("implementationBasis", "实施依据", "implementing basis", legalBasis),
  p("acceptance", "受理条件", "acceptance conditions", list),
  p("fees", "收费项目", "fees", fees),
  p("results", "办理结果", "results", results),
  p("intermediaries", "中介服务", "intermediary services", intermediaries),
  p("quantityLimit", "数量限制", "quantity limit"),
  p("applicationDeadline", "申请期限", "application deadline"),
  p("visits", "到现场次数", "visits"),
  p("visitReasons", "到现场原因", "reasons for visits", list),
  p("onlineDepth", "网办深度", "online depth", onlineDepth),
  p("handlingForms", "办理形式", "handling forms", list),
  p("appointment", "支持预约", "appointment", yesNo),
  p("window", "受理窗口", "window"),
  p("places", "各地办理地点", "places by district", places),
];
/** Derived from the properties above, or reported in a section of its own (免申办). */
export const ITEM_IGNORED = ["stepsDeclared", "alone", "proactive"];

export const DEPARTMENT_ELEMENTS: Property[] = [p("system", "业务系统", "business system"), p("creditCode", "统一社会信用代码", "credit code"), p("division", "行政区划代码", "division code")];

function condition(c: Cond, ctx: SentenceContext): string {
  return c.op === "true" ? "总是" : c.op === "false" ? "从不" : describe(c, ctx);
}

function proactiveRecord(m: Model, ctx: SentenceContext, x: Proactive, name: string): Rec {
  const label = (path: string) => m.fields.find((f) => f.path === path)?.label ?? path;
  return {
    name,
    mode: x.mode,
    trigger: triggerText(x.trigger, m),
    rules: x.rules.map((r) => `${r.name}（${condition(r.when, ctx)}${r.basis.length ? `；依据：${r.basis.join("；")}` : ""}）`),
    confirmation: confirmationText(x),
    grants: x.grants,
    noticeChannels: x.noticeChannels,
    missingFields: x.missingFields.map(label),
    confirmedFields: x.confirmedFields.map(label),
    basis: x.basis,
  };
}

function postText(post: CrossRegion["post"]): string | undefined {
  if (!post) return undefined;
  return `${post.time ? durationText(post.time) : "未声明时间"}，${post.counted ? "计入" : "不计入"}办理时限${post.payer ? `，费用${post.payer}` : ""}${post.basis.length ? `，依据：${post.basis.join("；")}` : ""}`;
}

/** Sections for issues 13 and 16; `records` gets the matter's sentence context with each model. */
export function elementSections(withContext: (m: Model, records: readonly object[]) => Rec[], ctxOf: (r: Rec) => SentenceContext): Section[] {
  const byName = (r: Rec) => String(r.name);
  const base = { nameOf: byName, context: ctxOf };
  const ctx = (m: Model): SentenceContext => ({ situations: m.situations, commitments: m.commitments, fields: m.fields });
  return [
    {
      ...base,
      key: "inadmissible",
      label: { zh: "不予受理情形", en: "case of non-acceptance" },
      records: (m) => withContext(m, m.inadmissible),
      properties: [
        p("when", "判断条件", "applies when", (v, r) => condition(v as Cond, ctxOf(r))),
        p("item", "所属子事项", "sub-item"),
        p("redirect", "去向", "where to go instead"),
        p("basis", "依据", "legal basis", list),
      ],
      ignore: ["id"],
    },
    {
      ...base,
      key: "correction",
      label: { zh: "补正", en: "correction" },
      records: (m) => withContext(m, m.correction ? [{ name: "", ...m.correction }] : []),
      properties: [
        p("what", "可补正情形", "what may be corrected", list),
        p("within", "补正期限", "time to correct", duration),
        p("noticeWithin", "告知时限", "time to notify", duration),
        p("late", "逾期后果", "when late"),
        p("basis", "依据", "legal basis", list),
      ],
      ignore: ["name"],
    },
    {
      ...base,
      key: "proactive",
      label: { zh: "免申办", en: "granted without application" },
      records: (m) =>
        withContext(m, [...(m.proactive ? [proactiveRecord(m, ctx(m), m.proactive, "")] : []), ...m.items.filter((i) => i.proactive).map((i) => proactiveRecord(m, ctx(m), i.proactive!, i.name))]),
      properties: [
        p("mode", "方式", "mode"),
        p("trigger", "启动方式", "trigger"),
        p("rules", "资格条件", "eligibility rules", list),
        p("confirmation", "本人确认", "confirmation"),
        p("grants", "给予内容", "grants", list),
        p("noticeChannels", "告知方式", "notice channels", list),
        p("missingFields", "需本人填写", "fields still filled in", list),
        p("confirmedFields", "需本人核对", "fields confirmed", list),
        p("basis", "依据", "legal basis", list),
      ],
      ignore: ["name"],
    },
    {
      ...base,
      key: "crossRegion",
      label: { zh: "跨域办", en: "cross-region handling" },
      records: (m) => {
        const c = m.crossRegion;
        if (!c) return [];
        return withContext(m, [{ name: "", region: c.region, provinces: c.provinces, modes: c.modes, checks: c.checksDeclared ? c.checks : undefined, handlingPlaces: c.handlingPlaces, post: postText(c.post), basis: c.basis }]);
      },
      properties: [
        p("region", "通办区域", "region"),
        p("provinces", "通办范围", "provinces", (v) => list(Array.isArray(v) && v.length ? v : ["全国"], {}, { situations: [] })),
        p("modes", "通办方式", "modes", list),
        p("checks", "收件窗口核验", "checks at the receiving window", (v) => (v === undefined ? "未声明" : list(v, {}, { situations: [] }))),
        p("handlingPlaces", "办理地", "handling places", list),
        p("post", "寄递", "post"),
        p("basis", "依据", "legal basis", list),
      ],
      ignore: ["name"],
    },
    {
      ...base,
      key: "receivingWindows",
      label: { zh: "收件窗口", en: "receiving window" },
      records: (m) => withContext(m, m.crossRegion?.windows ?? []),
      properties: [p("address", "地址", "address"), p("phone", "电话", "phone"), p("hours", "办公时间", "hours")],
      ignore: ["id"],
    },
  ];
}

/** A field's 来源, as the guide says it (the department by its short name). */
const fieldSource: Printer = (v) => {
  const s = v as { kind: string; department?: string; licence?: string; item?: string; dataItem?: string } | undefined;
  if (!s) return "申请人填写";
  const item = s.dataItem ? `“${s.dataItem}”` : "";
  if (s.kind === "data-sharing") return `${s.department ?? "相关部门"}共享数据${item}`;
  if (s.kind === "e-licence") return `电子证照“${s.licence ?? ""}”${item && `的${item}`}`;
  if (s.kind === "prior-output") return `子事项“${s.item ?? ""}”的办理结果${item}`;
  return "申请人统一身份认证信息";
};
const scalar: Printer = (v) => (v === undefined ? none : String(v));

export const MATERIAL_ELEMENTS: Property[] = [
  p("lateConsequence", "逾期未补交的后果", "when supplied late"),
  p("submitWhen", "提交情形", "handed in when"),
  p("perEntry", "每项一份", "one per entry of"),
  p("blankForm", "空白表格", "blank form"),
];
export const FIELD_ELEMENTS: Property[] = [
  p("source", "来源", "source", fieldSource),
  p("perEntry", "按条目填写", "one per entry of", (v) => (v ? `${(v as { group: string }).group}（按${(v as { key: string }).key}）` : none)),
  p("key", "键", "key", scalar),
  p("unit", "单位", "unit", scalar),
  p("pattern", "格式", "pattern", scalar),
  p("example", "示例", "example", scalar),
  p("minLength", "最小长度", "min length", scalar),
  p("maxLength", "最大长度", "max length", scalar),
  p("minimum", "最小值", "minimum", scalar),
  p("maximum", "最大值", "maximum", scalar),
];
export const COMMITMENT_ELEMENTS: Property[] = [
  p("replacesSteps", "替代环节", "replaces steps", each<{ item?: string; step: string }>((x) => (x.item ? `${x.item}·${x.step}` : x.step))),
];
