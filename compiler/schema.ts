// The schema table: every kind and key of the language, in three spellings, with the shape of its
// value. It drives the checker, the suggestions for unknown keys, completion and the key
// reference in docs/. The parser knows none of this.

export interface Spelling {
  /** The English spelling; also the name used in the model JSON. */
  id: string;
  zhHans: string;
  zhHant: string;
  en: string;
  /** Other accepted spellings (an older word, a character that needs quotes), never suggested first. */
  aliases?: string[];
}

export type EnumId =
  | "status"
  | "audience"
  | "itemType"
  | "materialForm"
  | "paperSize"
  | "necessity"
  | "channel"
  | "scope"
  | "verificationMethod"
  | "breach"
  | "situationType"
  | "fieldType"
  | "fee"
  | "materialsBasis"
  | "handlingType"
  | "level"
  | "powerSource"
  | "resultType"
  | "delivery"
  | "postage"
  | "onlineDepth"
  | "handlingForm"
  | "yesNo"
  | "specialPosition"
  | "refusalEffect"
  | "crossRegionMode"
  | "proactiveMode"
  | "confirmation"
  | "period";

export type ValueShape =
  | { shape: "string" }
  | { shape: "strings" }
  | { shape: "url" }
  | { shape: "date" }
  | { shape: "integer"; min?: number }
  | { shape: "duration" }
  | { shape: "enum"; enum: EnumId; list?: boolean }
  | { shape: "ref"; to: "department" | "material" | "field" | "item" | "matter" | "group"; list?: boolean }
  | { shape: "condition" }
  | { shape: "source" }
  | { shape: "verification" }
  | { shape: "fieldSpec" }
  | { shape: "situationSpec" }
  | { shape: "fee" }
  | { shape: "boolean" }
  | { shape: "trigger" };

export type ContextId =
  | "top"
  | "department"
  | "material"
  | "matter"
  | "item"
  | "commitment"
  | "form"
  | "group"
  | "guide"
  | "faq"
  | "duties"
  | "legalBasis"
  | "feeItem"
  | "result"
  | "intermediary"
  | "specialStep"
  | "inadmissible"
  | "correction"
  | "crossRegion"
  | "receivingWindow"
  | "post"
  | "proactive"
  | "eligibility";

export interface EntrySpec extends Spelling {
  /** `key` entries are `KEY: value`; `kind` entries declare something, usually with a name. */
  role: "key" | "kind";
  /** Whether the head takes a name after the word. */
  named: boolean;
  body: { value: ValueShape } | { block: ContextId } | { bare: true };
  required?: boolean;
  /** May appear more than once in its block. Keys may not; most kinds may. */
  repeatable?: boolean;
  /** A local version of a province template (模板) may set it; every other key is uniform across
   * the province and comes from the template. */
  local?: boolean;
  doc: { zh: string; en: string };
}

function s(id: string, zhHans: string, zhHant: string, en = id): Spelling {
  return { id, zhHans, zhHant, en };
}

function key(sp: Spelling, value: ValueShape, doc: [string, string], extra: Partial<EntrySpec> = {}): EntrySpec {
  return { ...sp, role: "key", named: false, body: { value }, doc: { zh: doc[0], en: doc[1] }, ...extra };
}

function kind(sp: Spelling, named: boolean, body: EntrySpec["body"], doc: [string, string], extra: Partial<EntrySpec> = {}): EntrySpec {
  return { ...sp, role: "kind", named, body, repeatable: true, doc: { zh: doc[0], en: doc[1] }, ...extra };
}

const SP = {
  use: s("use", "使用", "使用"),
  department: s("department", "部门", "部門"),
  material: s("material", "材料", "材料"),
  field: s("field", "字段", "字段"),
  matter: s("matter", "一件事", "一件事"),
  item: s("item", "子事项", "子事項"),
  situation: s("situation", "情形", "情形"),
  form: s("form", "表单", "表單"),
  group: s("group", "分组", "分組"),
  commitment: s("commitment", "告知承诺", "告知承諾"),
  guide: s("guide", "指南", "指南"),
  faq: s("faq", "常见问题", "常見問題"),
  specialStep: s("specialStep", "特殊环节", "特殊環節"),
  inadmissible: s("inadmissible", "不予受理", "不予受理"),
  correction: s("correction", "补正", "補正"),
  crossRegion: s("crossRegion", "跨域办", "跨域辦"),
  receivingWindow: s("receivingWindow", "收件窗口", "收件窗口"),
  proactive: s("proactive", "免申办", "免申辦"),
  eligibility: s("eligibility", "资格", "資格"),
};

const duration: ValueShape = { shape: "duration" };
const date: ValueShape = { shape: "date" };
const local = { local: true } as const;
const str: ValueShape = { shape: "string" };
const strs: ValueShape = { shape: "strings" };
const bool: ValueShape = { shape: "boolean" };

export const CONTEXTS: Record<ContextId, EntrySpec[]> = {
  top: [
    kind(SP.use, true, { bare: true }, ["引入标准库或本项目的另一个文件", "bring in the standard library or another file of this project"]),
    kind(SP.department, true, { block: "department" }, ["声明部门", "declare a department"]),
    kind(SP.material, true, { block: "material" }, ["声明材料", "declare a material"]),
    kind(SP.field, true, { value: { shape: "fieldSpec" } }, ["声明字段（数据元）", "declare a field (data element)"]),
    kind(SP.matter, true, { block: "matter" }, ["声明一件事", "declare an integrated matter"]),
  ],
  department: [
    key(s("fullName", "全称", "全稱"), str, ["部门全称", "the department's full name"]),
    key(s("phone", "电话", "電話"), str, ["咨询电话", "phone"]),
    key(s("address", "地址", "地址"), str, ["办公地址", "address"]),
    key(s("creditCode", "统一社会信用代码", "統一社會信用代碼"), str, ["统一社会信用代码（18 位，按 GB 32100 校验）", "unified social credit code (18 characters, checked per GB 32100)"]),
    key(s("division", "行政区划", "行政區劃"), str, ["所在行政区划代码（6 位，GB/T 2260）", "administrative division code (6 digits, GB/T 2260)"]),
    key(s("system", "业务系统", "業務系統"), str, ["部门办理子事项、调取共享数据所用的业务系统（工作指引列出）", "the system the department handles its sub-items in and fetches shared data from (named in the work guide)"]),
  ],
  material: [
    key(s("form", "形式", "形式"), { shape: "enum", enum: "materialForm" }, ["原件、复印件、原件或复印件、电子、原件及复印件（出示原件核验，收取复印件）", "original, copy, original or copy, electronic, original and copy (the original shown, a copy handed in)"]),
    key(s("copies", "份数", "份數"), { shape: "integer", min: 0 }, ["份数", "number of copies"]),
    key(s("paperSize", "规格", "規格"), { shape: "enum", enum: "paperSize" }, ["纸张规格", "paper size"]),
    key(s("source", "来源", "來源"), { shape: "source" }, ["材料来源：申请人自备、电子证照、数据共享、前序产出、中介机构、系统生成", "where the material comes from"]),
    key(s("necessity", "必要性", "必要性"), { shape: "enum", enum: "necessity" }, ["必要或非必要", "required or optional"]),
    key(s("deferrable", "容缺", "容缺"), duration, ["可容缺受理，在此时间内补交", "may be supplied later, within this time"]),
    key(s("when", "适用", "適用"), { shape: "condition" }, ["适用情形", "the situations in which it applies"]),
    key(s("note", "说明", "說明"), str, ["说明", "note"]),
    key(s("sample", "样表", "樣表"), { shape: "url" }, ["样表地址（http/https）", "link to a sample (http/https)"]),
    key(s("submitWhen", "提交情形", "提交情形"), str, ["只在文字所述情形下提交（编译器无法判断，不计入材料数）", "handed in only in the case the words describe (not counted in the figures)"]),
    key(s("lateConsequence", "逾期后果", "逾期後果"), str, ["容缺材料逾期未补交的后果", "what follows when a deferred material is not supplied in time"]),
    key(s("fallbackSource", "备用来源", "備用來源"), { shape: "source" }, ["来源无法获取时的来源，如 电子证照 无法调取时 申请人自备（数字仍按来源计）", "where it comes from when the source fails, e.g. the applicant when no e-licence is found (the figures follow the first source)"]),
    key(s("acceptanceCriteria", "受理标准", "受理標準"), { shape: "strings" }, ["材料的受理标准（窗口据以收件）", "what the window checks before accepting it"]),
    key(s("basis", "依据", "依據"), { shape: "strings" }, ["要求这份材料的依据", "the legal basis for asking for it"]),
    key(s("blankForm", "空白表格", "空白表格"), { shape: "url" }, ["空白表格下载地址（http/https）", "link to the blank form (http/https)"]),
    key(s("perEntry", "每项一份", "每項一份"), { shape: "ref", to: "group" }, ["重复分组的每一项各交一份（如每名从业人员的健康证明）", "one copy for each entry of a repeating group (e.g. each employee's health certificate)"]),
  ],
  matter: [
    key(s("code", "编码", "編碼"), str, ["一件事编码，也是输出目录名", "the matter's code; also its output directory name"], { required: true, ...local }),
    key(s("template", "模板", "模板"), { shape: "ref", to: "matter" }, ["本地化的省级模板事项（在所使用的文件中声明）；本事项只填写可因地而异的要素", "the province template this matter localises (declared in a used file); only local elements are written here"], local),
    key(s("version", "版本", "版本"), str, ["版本", "version"], local),
    key(s("status", "状态", "狀態"), { shape: "enum", enum: "status" }, ["草稿、试点、已发布、已废止", "draft, pilot, published, retired"], local),
    key(s("effectiveFrom", "生效日期", "生效日期"), date, ["施行日期，如 \"2026-01-01\"", "the date it takes effect, e.g. \"2026-01-01\""], local),
    key(s("effectiveUntil", "失效日期", "失效日期"), date, ["停止施行的日期（当日起不再施行）", "the date from which it no longer applies"], local),
    key(s("list", "清单", "清單"), str, ["所落实的国家或省级清单事项，如 \"国发〔2024〕3号 重点事项清单 第8项\"", "the national or provincial list item it implements"]),
    key(s("batch", "批次", "批次"), str, ["发布批次，如 \"2024年第一批\"", "the batch it was published in"]),
    key(s("audience", "服务对象", "服務對象"), { shape: "enum", enum: "audience", list: true }, ["服务对象", "who applies"]),
    key(s("lead", "牵头部门", "牽頭部門"), { shape: "ref", to: "department" }, ["牵头部门：统一受理、统一出件", "lead department: accepts once, hands out once"], { required: true }),
    key(s("cooperating", "配合部门", "配合部門"), { shape: "ref", to: "department", list: true }, ["配合部门（给出时与子事项核对）", "cooperating departments (checked against the sub-items)"]),
    { ...s("duties", "职责", "職責"), role: "key", named: false, body: { block: "duties" }, local: true, doc: { zh: "各部门职责：部门: \"职责\"", en: "each department's duties: DEPARTMENT: \"duties\"" } },
    key(s("promisedTime", "承诺时限", "承諾時限"), duration, ["整件事的承诺办结时限（本地化时不得长于模板）", "promised time for the whole matter (a local version's may not exceed its template's)"], local),
    key(s("channels", "办理渠道", "辦理渠道"), { shape: "enum", enum: "channel", list: true }, ["办理渠道", "channels"]),
    key(s("scope", "通办范围", "通辦範圍"), { shape: "enum", enum: "scope" }, ["通办范围", "where it can be applied for"]),
    key(s("trips", "跑动次数", "跑動次數"), { shape: "integer", min: 0 }, ["改革后的跑动次数", "trips after the reform"]),
    key(s("steps", "环节", "環節"), { shape: "strings" }, ["改革后的办理环节（默认 受理、审查、决定、送达）", "the integrated steps after the reform (default 受理, 审查, 决定, 送达)"]),
    key(s("headline", "头条情形", "頭條情形"), { shape: "condition" }, ["对外公布的数字所描述的情形", "the situation the published figures describe"]),
    key(s("materialsBasis", "材料口径", "材料口徑"), { shape: "enum", enum: "materialsBasis" }, ["改革后材料数按申请人提交材料或合并清单计（默认提交材料）", "count materials after as handed in or as the merged list (default handed in)"]),
    kind(SP.situation, true, { value: { shape: "situationSpec" } }, ["情形：向申请人提的问题", "situation: a question to the applicant"]),
    kind(SP.item, true, { block: "item" }, ["子事项（本地化时只能写已有子事项的本地要素）", "sub-item: one government service item (in a local version, only local elements of a template's sub-item)"], local),
    kind(SP.material, true, { block: "material" }, ["本事项的材料", "a material of this matter"]),
    kind(SP.field, true, { value: { shape: "fieldSpec" } }, ["本事项的字段", "a field of this matter"]),
    kind(SP.form, false, { block: "form" }, ["表单分组", "form layout"], { repeatable: false }),
    kind(SP.commitment, true, { block: "commitment" }, ["告知承诺", "commitment instead of proof"]),
    kind(SP.guide, false, { block: "guide" }, ["办事指南信息", "service guide facts"], { repeatable: false, ...local }),
    kind(SP.inadmissible, true, { block: "inadmissible" }, ["不予受理情形：名称为对申请人说明的情形 { 条件, 去向, 依据 }", "a case in which the application is not accepted: its name is the case in words { condition, redirect, basis }"]),
    kind(SP.correction, false, { block: "correction" }, ["补正：可补正的内容、补正期限、告知时限、逾期后果和依据（一次性补正告知）", "correction: what may be corrected, within how long, the notice time, what follows when late, and the basis"], { repeatable: false }),
    kind(SP.crossRegion, false, { block: "crossRegion" }, ["跨域办（省内通办、跨省通办）：区域或省份、方式、收件窗口、收件核验、办理地、寄递和依据", "cross-region handling (within a province or across provinces): region or provinces, modes, receiving windows, their checks, handling places, post and basis"], { repeatable: false }),
    kind(SP.proactive, false, { block: "proactive" }, ["免申办：整件事不经申请，由触发（数据事件、定期）启动，按资格条件从共享数据比对后给予（免申即享），或推送预填的申请只填缺少的字段（快申快享）", "granted without an application: the whole matter starts from a trigger (a data event, a periodic run), decides eligibility from shared data and grants (免申即享), or pushes a prefilled application with only the missing fields (快申快享)"], { repeatable: false }),
  ],
  item: [
    key(s("department", "部门", "部門"), { shape: "ref", to: "department" }, ["办理部门", "the department that handles it"], { required: true }),
    key({ ...s("code", "实施编码", "實施編碼"), aliases: ["编码", "編碼"] }, str, ["实施编码（国家结构：基本编码、实施地区、实施主体、业务办理项；核对其中的统一社会信用代码和行政区划与部门一致；旧写法「编码」仍可用）", "implementation code (national structure: basic code, region, implementer, business item; checked against the department's credit code and division; the older word 编码 still works)"]),
    key(s("baseCode", "基本编码", "基本編碼"), str, ["事项基本编码", "the item's basic code"]),
    key(s("businessItem", "业务办理项", "業務辦理項"), str, ["业务办理项编码", "business item code"]),
    key(s("handlingType", "办件类型", "辦件類型"), { shape: "enum", enum: "handlingType" }, ["即办件或承诺件（与即办时限核对）", "handled on the spot or by a promised date (checked against 即办)"]),
    key(s("level", "行使层级", "行使層級"), { shape: "enum", enum: "level", list: true }, ["行使层级", "the levels of government that exercise it"]),
    key(s("powerSource", "权力来源", "權力來源"), { shape: "enum", enum: "powerSource" }, ["权力来源：法定本级行使、上级下放、授权、委托", "where the power comes from: statutory, delegated down, authorised, entrusted"]),
    key(s("entrustedBy", "委托部门", "委託部門"), { shape: "ref", to: "department" }, ["委托部门（权力来源为委托时）", "the entrusting department (when the power is entrusted)"]),
    kind(s("basis", "设定依据", "設定依據"), true, { block: "legalBasis" }, ["设定依据：法律法规名称 { 文号, 条款 }", "legal basis that sets it up: the document's name { 文号, 条款 }"]),
    kind(s("implementationBasis", "实施依据", "實施依據"), true, { block: "legalBasis" }, ["实施依据：文件名称 { 文号, 条款 }", "basis of the implementation: the document's name { 文号, 条款 }"]),
    key(s("acceptance", "受理条件", "受理條件"), strs, ["本子事项的受理条件", "this sub-item's conditions of acceptance"]),
    kind(s("feeItem", "收费项目", "收費項目"), true, { block: "feeItem" }, ["收费项目：名称 { 标准, 依据, 减免, 网上支付 }", "a fee: its name { standard, basis, reduction, online payment }"]),
    kind(s("result", "结果", "結果"), true, { block: "result" }, ["办理结果：名称 { 类型, 样本, 电子证照, 送达, 邮费 }", "a result document: its name { type, sample, e-licence, delivery, postage }"]),
    kind(s("intermediary", "中介服务", "中介服務"), true, { block: "intermediary" }, ["中介服务：名称 { 必须, 时限, 收费 }", "an intermediary service: its name { compulsory, time, fee }"]),
    key(s("quantityLimit", "数量限制", "數量限制"), str, ["数量限制", "limit on the number granted"]),
    key(s("applicationDeadline", "申请期限", "申請期限"), str, ["申请人须在此期限内申请，如 \"出生后30日内\"", "when the applicant must apply, e.g. \"出生后30日内\""]),
    key(s("visits", "到现场次数", "到現場次數"), { shape: "integer", min: 0 }, ["到办事现场次数", "visits to the office"]),
    key(s("visitReasons", "到现场原因", "到現場原因"), strs, ["每次到现场的原因", "why each visit is needed"]),
    key(s("onlineDepth", "网办深度", "網辦深度"), { shape: "enum", enum: "onlineDepth" }, ["网上办理深度 Ⅰ–Ⅳ（写作 一级…四级，或 \"Ⅳ\"）", "depth of online handling I–IV"]),
    key(s("handlingForms", "办理形式", "辦理形式"), { shape: "enum", enum: "handlingForm", list: true }, ["办理形式：窗口、网上、邮寄、自助", "how it can be handled: counter, online, post, kiosk"]),
    key(s("appointment", "预约", "預約"), bool, ["是否支持预约办理", "whether appointments can be made"]),
    key(s("window", "受理窗口", "受理窗口"), str, ["受理窗口（与牵头部门不同时写）", "the accepting window (when not the lead department's)"], local),
    kind(s("place", "办理地点", "辦理地點"), true, { value: str }, ["各区县的办理地点：区县: \"地址\"（与牵头部门不同时写）", "the place in each district: DISTRICT: \"address\" (when not the lead's)"], local),
    key(s("type", "类型", "類型"), { shape: "enum", enum: "itemType" }, ["事项类型", "item type"]),
    key(s("legalTime", "法定时限", "法定時限"), duration, ["法定办结时限", "legal time limit"]),
    key(s("promisedTime", "承诺时限", "承諾時限"), duration, ["一件事中的承诺办结时限", "promised time inside the matter"], local),
    key(s("effectiveFrom", "生效日期", "生效日期"), date, ["子事项纳入本事项的日期", "the date from which the sub-item is part of the matter"], local),
    key(s("effectiveUntil", "失效日期", "失效日期"), date, ["子事项不再纳入本事项的日期", "the date from which the sub-item is no longer part of it"], local),
    key(s("timeAlone", "单独时限", "單獨時限"), duration, ["改革前单独办理的时限（默认法定时限，其次承诺时限）", "time when handled alone before the reform (default the legal time, then the promised time)"]),
    key(s("steps", "环节", "環節"), { shape: "strings" }, ["单独办理的环节（默认 受理、审查、决定、送达）", "its steps when handled alone (default 受理, 审查, 决定, 送达)"]),
    key(s("tripsAlone", "单独跑动", "單獨跑動"), { shape: "integer", min: 0 }, ["改革前单独办理的跑动次数", "trips when handled alone, before the reform"]),
    key(s("after", "前置", "前置"), { shape: "ref", to: "item", list: true }, ["须先办结的子事项", "sub-items that must finish first"]),
    key(s("when", "适用", "適用"), { shape: "condition" }, ["适用情形", "the situations in which it applies"]),
    key(s("materials", "材料", "材料"), { shape: "ref", to: "material", list: true }, ["所需材料", "materials it needs"]),
    key(s("fields", "字段", "字段"), { shape: "ref", to: "field", list: true }, ["所需字段", "fields it needs"]),
    key(s("fee", "收费", "收費"), { shape: "fee" }, ["收费", "fee"]),
    key(s("produces", "产出", "產出"), str, ["办理结果", "what it issues"]),
    kind(SP.specialStep, true, { block: "specialStep" }, ["特殊环节：公示、检测、鉴定、制证、邮寄等，默认不计入时限", "special step (public notice, testing, appraisal, printing, post…); by default its time does not count toward the limit"]),
    key(s("onRefusal", "不予许可", "不予許可"), { shape: "enum", enum: "refusalEffect" }, ["不予许可时对整件事的影响：终止办理、跳过后续（依赖它的子事项不再办理）、继续办理（不得有子事项依赖它）", "what a refusal of this sub-item does: terminate the matter, skip the sub-items that depend on it, or continue (none may depend on it)"]),
    key(s("reviewPoints", "审查要点", "審查要點"), strs, ["办理部门审查的要点（工作指引列出）", "what the handling department checks (listed in the work guide)"]),
    key(s("onSiteCheck", "实地核查", "實地核查"), str, ["实地核查的时机和内容", "when and what is checked on site"]),
    kind(SP.inadmissible, true, { block: "inadmissible" }, ["本子事项的不予受理情形（子事项适用时才起作用）", "a case in which the application is not accepted, counted only when this sub-item applies"]),
    kind(SP.proactive, false, { block: "proactive" }, ["本子事项免申办：办理本件事时（在前置之后）由触发启动，按资格条件从数据给予，不向申请人要材料和字段（快申快享只填缺少的字段）", "this sub-item is granted without an application: once the matter runs (after its 前置) its trigger starts it and its eligibility rules decide from data; it asks the applicant for nothing (快申快享: only the missing fields)"], { repeatable: false }),
  ],
  proactive: [
    key(s("mode", "方式", "方式"), { shape: "enum", enum: "proactiveMode" }, ["免申即享（从数据判断资格并给予，本人不填写）或 快申快享（推送预填的申请，本人只填缺少的字段并确认）", "免申即享 (decided from data and granted; the person fills in nothing) or 快申快享 (a prefilled application is pushed; the person fills in only the missing fields and confirms)"], { required: true }),
    key(s("trigger", "触发", "觸發"), { shape: "trigger" }, ["什么启动它：数据事件 部门 \"事件\"、定期 每年（可加 起始 \"2026-01-01\"），或（仅子事项）前序产出 子事项", "what starts it: 数据事件 DEPARTMENT \"event\", 定期 每年 (optionally 起始 \"2026-01-01\"), or (sub-item only) 前序产出 SUB-ITEM"], { required: true }),
    kind(SP.eligibility, true, { block: "eligibility" }, ["资格条件：名称为条件的文字 { 条件（按字段声明的路径检查字段）, 依据 }；每一条都成立才给予", "an eligibility rule: its name is the rule in words { condition over fields by their declared path, basis }; granted when every rule holds"]),
    key(s("confirmation", "确认", "確認"), { shape: "enum", enum: "confirmation" }, ["需确认（本人确认后给予）或 仅告知（给予后主动告知）；默认免申即享仅告知、快申快享需确认", "需确认 (the person confirms before it is granted) or 仅告知 (granted, then told); default 仅告知 for 免申即享, 需确认 for 快申快享"]),
    key(s("confirmWithin", "确认时限", "確認時限"), duration, ["本人确认的期限（需确认时）", "how long the person has to confirm (with 需确认)"]),
    key(s("grants", "给予", "給予"), strs, ["给予的内容，如 \"育儿补贴每孩每年3600元\"", "what is granted, e.g. \"育儿补贴每孩每年3600元\""]),
    key(s("noticeChannels", "告知方式", "告知方式"), strs, ["告知本人的方式，如 \"短信\", \"政务服务平台消息\"", "how the person is told, e.g. \"短信\" (text message), \"政务服务平台消息\" (platform message)"]),
    key(s("basis", "依据", "依據"), strs, ["免申办的政策依据", "the policy basis"]),
  ],
  eligibility: [
    key(s("condition", "条件", "條件"), { shape: "condition" }, ["资格条件：按字段声明的路径检查字段，如 单位.上年度裁员率 <= 5.5", "the test over fields by their declared path, e.g. 单位.上年度裁员率 <= 5.5"], { required: true }),
    key(s("basis", "依据", "依據"), strs, ["这条资格条件的依据", "the basis of this rule"]),
  ],
  inadmissible: [
    key(s("condition", "条件", "條件"), { shape: "condition" }, ["何时不予受理：情形，或表单字段（写声明的路径，如 申请人.年龄 < 16）", "when it applies: situations, or form fields by their declared path (e.g. 申请人.年龄 < 16)"], { required: true }),
    key(s("redirect", "去向", "去向"), str, ["申请人应改去哪里办理", "where the applicant goes instead"]),
    key(s("basis", "依据", "依據"), strs, ["不予受理的依据", "the legal basis"]),
  ],
  correction: [
    key(s("what", "可补正", "可補正"), strs, ["可以补正的内容，如 \"申请材料不齐全\"", "what may be corrected, e.g. \"申请材料不齐全\""], { required: true }),
    key(s("within", "期限", "期限"), duration, ["申请人补正的期限（补正时间不计入办理时限）", "within how long the applicant corrects (the time does not count toward the limits)"]),
    key(s("noticeWithin", "告知时限", "告知時限"), duration, ["窗口一次性告知需要补正的全部内容的时限（行政许可法第三十二条：当场或者五日内）", "within how long the window tells everything to correct (行政许可法 art. 32: on the spot or within five days)"]),
    key(s("late", "逾期", "逾期"), str, ["逾期未补正的后果，如 \"视为撤回申请\"", "what follows when the corrections come late"]),
    key(s("basis", "依据", "依據"), strs, ["补正的依据", "the legal basis"]),
  ],
  specialStep: [
    key(s("time", "时限", "時限"), duration, ["特殊环节所需时间（依法应书面告知申请人）", "the time the step takes (the applicant must be told it)"]),
    key(s("basis", "依据", "依據"), { shape: "strings" }, ["特殊环节及其时间不计入时限的依据", "the legal basis of the step and of its time not counting"]),
    key(s("counted", "计入时限", "計入時限"), { shape: "enum", enum: "yesNo" }, ["是否计入办结时限（默认否）", "whether its time counts toward the time limit (default no)"]),
    key(s("position", "时机", "時機"), { shape: "enum", enum: "specialPosition" }, ["在子事项办理之前或之后（默认办理后）", "before or after the sub-item's own handling (default after)"]),
    key(s("when", "适用", "適用"), { shape: "condition" }, ["适用情形（默认随子事项）", "the situations in which it applies (default: whenever the sub-item does)"]),
    key(s("note", "说明", "說明"), str, ["说明", "note"]),
  ],
  // 跨域办 (国办发〔2020〕35号): where it can be applied for away from the handling place, and how.
  crossRegion: [
    key(s("region", "区域", "區域"), str, ["跨省通办的区域（标准库 std/区域：京津冀、长三角、川渝…），省份默认取区域的省份", "the named region (standard library std/区域: 京津冀, 长三角, 川渝…); the provinces default to the region's"]),
    key(s("provinces", "省份", "省份"), strs, ["通办的省级行政区（全称，如 上海市、江苏省）；写了区域时可省略", "the provinces covered (full names, e.g. 上海市, 江苏省); may be left out when a region is named"]),
    key(s("modes", "方式", "方式"), { shape: "enum", enum: "crossRegionMode", list: true }, ["通办方式：全程网办、异地代收代办、多地联办", "how: online throughout, received elsewhere and handled here, handled jointly in several places"], { required: true }),
    kind(SP.receivingWindow, true, { block: "receivingWindow" }, ["收件窗口（异地代收代办）：名称 { 地址, 电话, 办理时间 }", "a receiving window (for 异地代收代办): its name { address, phone, hours }"]),
    key(s("checks", "收件核验", "收件核驗"), strs, ["收件窗口收件时的核验（默认 身份核验、形式审查，国办发〔2020〕35号）", "what the receiving window checks (default 身份核验 and 形式审查, per 国办发〔2020〕35号)"]),
    key(s("handlingPlaces", "办理地", "辦理地"), strs, ["业务属地：实际办理的地方（默认牵头部门所在地）", "where the matter is handled (default: the lead department's place)"]),
    { ...s("post", "寄递", "寄遞"), role: "key", named: false, body: { block: "post" }, doc: { zh: "寄递：收件窗口把申请材料寄往办理地 { 时限, 计入时限, 费用, 依据 }", en: "post: how the receiving window sends the file to the handling place { time, counted, paid by, basis }" } },
    key(s("basis", "依据", "依據"), strs, ["跨域办的依据", "the legal basis"]),
  ],
  receivingWindow: [
    key(s("address", "地址", "地址"), str, ["窗口地址", "address"]),
    key(s("phone", "电话", "電話"), str, ["咨询电话", "phone"]),
    key({ ...s("hours", "办理时间", "辦理時間"), aliases: ["时间", "時間"] }, str, ["办理时间", "opening hours"]),
  ],
  post: [
    key(s("time", "时限", "時限"), duration, ["寄递所需时间（从收件窗口寄出到办理地收到）", "how long the post takes (from the receiving window to the handling place)"]),
    key(s("counted", "计入时限", "計入時限"), { shape: "enum", enum: "yesNo" }, ["寄递时间是否计入办结时限（未写时数字不计入，并警告）", "whether the post's time counts toward the time limit (when not said, the figures leave it out, with a warning)"]),
    key(s("payer", "费用", "費用"), { shape: "enum", enum: "postage" }, ["寄递费用由谁承担", "who pays for the post"]),
    key(s("basis", "依据", "依據"), strs, ["寄递时间及是否计入时限的依据", "the basis of the post's time and of whether it counts"]),
  ],
  commitment: [
    key(s("replaces", "替代材料", "替代材料"), { shape: "ref", to: "material", list: true }, ["承诺后免交的材料（与替代环节至少写一项）", "materials no longer supplied (this or replacesSteps is required)"]),
    key(s("replacesSteps", "替代环节", "替代環節"), { shape: "strings" }, ["承诺后免于的环节：子事项.特殊环节，或一件事的环节（改为事后核查）", "steps no longer taken: ITEM.SPECIAL_STEP, or a step of the matter (checked afterwards instead)"]),
    key(s("condition", "条件", "條件"), { shape: "strings" }, ["可选择承诺的条件", "who may choose it"]),
    key(s("when", "适用", "適用"), { shape: "condition" }, ["提供承诺的情形", "the situations in which it is offered"]),
    key(s("verification", "核查", "核查"), { shape: "verification" }, ["事后核查方式与时限", "how and within what time it is verified"]),
    key(s("onBreach", "违诺", "違諾"), { shape: "enum", enum: "breach", list: true }, ["违诺后果", "consequences of breach"]),
    key(s("clauses", "条款", "條款"), { shape: "strings" }, ["申请人承诺条款", "the applicant's clauses"]),
    key(s("department", "部门", "部門"), { shape: "ref", to: "department" }, ["核查部门（默认为使用被替代材料的子事项的部门）", "verifying department"]),
  ],
  form: [kind(SP.group, true, { block: "group" }, ["表单分组", "a group of the form"])],
  group: [
    key(s("fields", "字段", "字段"), { shape: "ref", to: "field", list: true }, ["分组内的字段", "the group's fields"]),
    // A group with 最少 or 最多 repeats: its fields are asked once per entry (股东, 从业人员, 子女).
    key(s("minEntries", "最少", "最少"), { shape: "integer", min: 0 }, ["重复分组：至少填写的项数（写了最少或最多的分组按项重复）", "repeating group: the fewest entries (a group with a minimum or maximum repeats)"]),
    key(s("maxEntries", "最多", "最多"), { shape: "integer", min: 1 }, ["重复分组：至多填写的项数", "repeating group: the most entries"]),
    key(s("entry", "条目", "條目"), str, ["重复分组每一项的称呼，如 \"股东\"（默认分组名）", "what one entry is called, e.g. \"股东\" (default the group's name)"]),
    key(s("measureWord", "量词", "量詞"), str, ["称呼每一项的量词，如 \"位\"、\"名\"（默认 \"个\"），用于「第2位股东」「每名从业人员一份」", "the measure word for an entry, e.g. \"位\" (default \"个\"), as in 第2位股东"]),
    key(s("key", "键", "鍵"), str, ["重复分组在申请数据中的键（默认分组名）", "the repeating group's key in the application data (default the group's name)"]),
  ],
  guide: [
    key(s("place", "办理地点", "辦理地點"), { shape: "strings" }, ["办理地点", "where to apply"], local),
    key(s("hours", "办理时间", "辦理時間"), str, ["办理时间", "opening hours"], local),
    key(s("consultPhone", "咨询电话", "諮詢電話"), str, ["咨询电话", "phone for questions"], local),
    key(s("complaintPhone", "投诉电话", "投訴電話"), str, ["投诉电话", "phone for complaints"], local),
    key(s("onlineUrl", "网办地址", "網辦地址"), { shape: "url" }, ["网上办理地址（http/https）", "online application address (http/https)"], local),
    key(s("basis", "设定依据", "設定依據"), { shape: "strings" }, ["设定依据", "legal basis"]),
    key(s("acceptance", "受理条件", "受理條件"), { shape: "strings" }, ["受理条件", "conditions of acceptance"]),
    kind(SP.faq, true, { block: "faq" }, ["常见问题", "frequently asked question"]),
  ],
  faq: [key(s("answer", "答", "答"), str, ["回答", "the answer"], { required: true })],
  legalBasis: [
    key(s("number", "文号", "文號"), str, ["文号，如 \"国务院令第406号\"", "the document number"]),
    key(s("article", "条款", "條款"), strs, ["条款，如 \"第二十二条\"", "the articles"]),
  ],
  feeItem: [
    key(s("standard", "标准", "標準"), str, ["收费标准（金额）", "the amount charged"]),
    key(s("basis", "依据", "依據"), str, ["收费依据（文件名称和文号）", "the legal basis of the fee"]),
    key(s("reduction", "减免", "減免"), str, ["减免政策", "reductions and exemptions"]),
    key(s("onlinePayment", "网上支付", "網上支付"), bool, ["是否支持网上支付", "whether it can be paid online"]),
  ],
  result: [
    key(s("type", "类型", "類型"), { shape: "enum", enum: "resultType" }, ["证照、批文或其他", "licence, approval or other"]),
    key(s("sample", "样本", "樣本"), { shape: "url" }, ["结果样本地址（http/https）", "link to a sample of the result (http/https)"]),
    key(s("eLicence", "电子证照", "電子證照"), str, ["对应的电子证照类型（标准库 std/证照）", "the electronic licence type it becomes (stdlib std/证照)"]),
    key(s("delivery", "送达", "送達"), { shape: "enum", enum: "delivery", list: true }, ["送达方式：窗口领取、邮寄、电子证照、自助打印", "delivery: at the counter, by post, as an e-licence, self-printed"]),
    key(s("postage", "邮费", "郵費"), { shape: "enum", enum: "postage" }, ["邮寄费用由谁承担", "who pays the postage"]),
  ],
  intermediary: [
    key(s("compulsory", "必须", "必須"), bool, ["是否必须", "whether it is compulsory"]),
    key(s("time", "时限", "時限"), duration, ["中介服务时限", "the service's time"]),
    key(s("fee", "收费", "收費"), str, ["中介服务收费", "the service's fee"]),
  ],
  // 职责 { 部门: "…" }: the keys are department names, checked by the compiler.
  duties: [],
};

/** Value words with their three spellings. The canonical form (used in the model) is zhHans. */
export interface EnumValue extends Spelling {
  /** National code where one exists (事项类型). */
  code?: string;
}

function v(zhHans: string, zhHant: string, en: string, code?: string): EnumValue {
  return { id: en, zhHans, zhHant, en, code };
}

export const ENUMS: Record<EnumId, EnumValue[]> = {
  status: [v("草稿", "草稿", "draft"), v("试点", "試點", "pilot"), v("已发布", "已發布", "published"), v("已废止", "已廢止", "retired")],
  audience: [
    v("自然人", "自然人", "naturalPerson"),
    v("企业法人", "企業法人", "enterprise"),
    v("事业法人", "事業法人", "publicInstitution"),
    v("社会组织法人", "社會組織法人", "socialOrganization"),
    v("非法人企业", "非法人企業", "unincorporatedEnterprise"),
    v("行政机关", "行政機關", "government"),
    v("其他组织", "其他組織", "otherOrganization"),
  ],
  itemType: [
    v("行政许可", "行政許可", "licensing", "01"),
    v("行政处罚", "行政處罰", "penalty", "02"),
    v("行政强制", "行政強制", "enforcement", "03"),
    v("行政征收", "行政徵收", "levy", "04"),
    v("行政给付", "行政給付", "benefit", "05"),
    v("行政检查", "行政檢查", "inspection", "06"),
    v("行政确认", "行政確認", "confirmation", "07"),
    v("行政奖励", "行政獎勵", "reward", "08"),
    v("行政裁决", "行政裁決", "adjudication", "09"),
    v("其他行政权力", "其他行政權力", "otherPower", "10"),
    v("公共服务", "公共服務", "publicService", "20"),
  ],
  materialForm: [v("原件", "原件", "original"), v("复印件", "複印件", "copy"), v("原件或复印件", "原件或複印件", "originalOrCopy"), v("电子", "電子", "electronic"), v("原件及复印件", "原件及複印件", "originalAndCopy")],
  paperSize: [v("A4", "A4", "A4"), v("A3", "A3", "A3")],
  necessity: [v("必要", "必要", "required"), v("非必要", "非必要", "optional")],
  channel: [
    v("一网通办", "一網通辦", "online"),
    v("掌上办", "掌上辦", "mobile"),
    v("线下窗口", "線下窗口", "counter"),
    v("自助终端", "自助終端", "kiosk"),
    v("一线应答", "一線應答", "hotline"),
  ],
  scope: [v("全国", "全國", "national"), v("跨省", "跨省", "interProvincial"), v("全省", "全省", "provincial"), v("全市", "全市", "municipal"), v("全县", "全縣", "county")],
  verificationMethod: [v("书面核查", "書面核查", "written"), v("网络核验", "網絡核驗", "online"), v("实地核查", "實地核查", "onSite"), v("公示核查", "公示核查", "publicNotice")],
  breach: [
    v("终止办理", "終止辦理", "terminate"),
    v("责令限期整改", "責令限期整改", "rectify"),
    v("撤销许可", "撤銷許可", "revokeLicence"),
    v("撤销行政决定", "撤銷行政決定", "revokeDecision"),
    v("行政处罚", "行政處罰", "penalty"),
    v("纳入信用记录", "納入信用記錄", "creditRecord"),
  ],
  situationType: [v("是否", "是否", "yesno"), v("单选", "單選", "single"), v("多选", "多選", "multiple"), v("数字", "數字", "number")],
  fieldType: [
    v("文本", "文本", "text"),
    v("长文本", "長文本", "longText"),
    v("整数", "整數", "integer"),
    v("数字", "數字", "number"),
    v("金额", "金額", "amount"),
    v("日期", "日期", "date"),
    v("日期时间", "日期時間", "dateTime"),
    v("是否", "是否", "boolean"),
    v("单选", "單選", "single"),
    v("多选", "多選", "multiple"),
    v("文件", "文件", "file"),
    v("手机号", "手機號", "mobile"),
    v("电话", "電話", "phone"),
    v("邮箱", "郵箱", "email"),
    v("身份证号", "身份證號", "idCard"),
    v("统一社会信用代码", "統一社會信用代碼", "creditCode"),
    v("行政区划", "行政區劃", "division"),
    v("邮编", "郵編", "postcode"),
    v("地址", "地址", "address"),
  ],
  fee: [v("不收费", "不收費", "free")],
  materialsBasis: [v("提交材料", "提交材料", "handedIn"), v("合并清单", "合併清單", "merged")],
  handlingType: [v("即办件", "即辦件", "immediate"), v("承诺件", "承諾件", "promised")],
  level: [
    v("国家级", "國家級", "national"),
    v("省级", "省級", "provincial"),
    v("市级", "市級", "municipal"),
    v("县级", "縣級", "county"),
    v("乡镇级", "鄉鎮級", "township"),
    v("村级", "村級", "village"),
  ],
  powerSource: [v("法定本级行使", "法定本級行使", "statutory"), v("上级下放", "上級下放", "delegatedDown"), v("授权", "授權", "authorised"), v("委托", "委託", "entrusted")],
  resultType: [v("证照", "證照", "licence"), v("批文", "批文", "approval"), v("其他", "其他", "other")],
  delivery: [v("窗口领取", "窗口領取", "counter"), v("邮寄", "郵寄", "post"), v("电子证照", "電子證照", "eLicence"), v("自助打印", "自助打印", "selfPrint")],
  postage: [v("申请人承担", "申請人承擔", "applicant"), v("政府承担", "政府承擔", "government")],
  onlineDepth: [
    { ...v("一级", "一級", "I", "Ⅰ"), aliases: ["Ⅰ", "Ⅰ级"] },
    { ...v("二级", "二級", "II", "Ⅱ"), aliases: ["Ⅱ", "Ⅱ级"] },
    { ...v("三级", "三級", "III", "Ⅲ"), aliases: ["Ⅲ", "Ⅲ级"] },
    { ...v("四级", "四級", "IV", "Ⅳ"), aliases: ["Ⅳ", "Ⅳ级"] },
  ],
  handlingForm: [v("窗口", "窗口", "counter"), v("网上", "網上", "online"), v("邮寄", "郵寄", "post"), v("自助", "自助", "kiosk")],
  yesNo: [v("是", "是", "yes"), v("否", "否", "no")],
  specialPosition: [v("办理前", "辦理前", "before"), v("办理后", "辦理後", "after")],
  refusalEffect: [v("终止办理", "終止辦理", "terminate"), v("跳过后续", "跳過後續", "skipDependents"), v("继续办理", "繼續辦理", "continue")],
  crossRegionMode: [v("全程网办", "全程網辦", "onlineThroughout"), v("异地代收代办", "異地代收代辦", "receivedElsewhere"), v("多地联办", "多地聯辦", "jointHandling")],
  proactiveMode: [v("免申即享", "免申即享", "noApplication"), v("快申快享", "快申快享", "quickApplication")],
  confirmation: [v("需确认", "需確認", "consent"), v("仅告知", "僅告知", "notify")],
  period: [v("每日", "每日", "daily"), v("每周", "每週", "weekly"), v("每月", "每月", "monthly"), v("每季度", "每季度", "quarterly"), v("每年", "每年", "yearly")],
};

/** Words inside values that are not enumerations: material sources, verification methods'
 * companions, field constraints, booleans. */
export const WORDS = {
  source: {
    applicant: v("申请人自备", "申請人自備", "applicant"),
    eLicence: v("电子证照", "電子證照", "e-licence"),
    dataSharing: v("数据共享", "數據共享", "dataSharing"),
    priorOutput: v("前序产出", "前序產出", "priorOutput"),
    intermediary: v("中介机构", "中介機構", "intermediary"),
    system: v("系统生成", "系統生成", "system"),
  },
  constraint: {
    required: v("必填", "必填", "required"),
    maxLength: v("最长", "最長", "maxLength"),
    minLength: v("最短", "最短", "minLength"),
    minimum: v("最小", "最小", "min"),
    maximum: v("最大", "最大", "max"),
    pattern: v("正则", "正則", "pattern"),
    default: v("默认", "默認", "default"),
    label: v("标签", "標籤", "label"),
    description: v("说明", "說明", "note"),
    unit: v("单位", "單位", "unit"),
    key: v("键", "鍵", "key"),
    example: v("示例", "示例", "example"),
    when: v("适用", "適用", "when"),
    source: v("来源", "來源", "source"),
  },
  /** Where a field's value comes from, besides the material sources' words: the applicant's
   * identity authentication (统一身份认证). */
  fieldSource: {
    identity: v("身份认证", "身份認證", "identity"),
  },
  /** What starts a 免申办 grant (触发), besides 前序产出 (a material source's word). */
  trigger: {
    dataEvent: v("数据事件", "數據事件", "dataEvent"),
    periodic: v("定期", "定期", "periodic"),
    start: v("起始", "起始", "from"),
  },
  yes: v("是", "是", "yes"),
  no: v("否", "否", "no"),
};

export type Lang = "zh" | "en";

/** All spellings of a spelling record, for matching. */
const spellingCache = new WeakMap<Spelling, string[]>();

/** The distinct spellings of a word of the language. Computed once per word (the decoder asks for
 * every entry it reads); the array is shared, so callers must not change it. */
export function spellingsOf(sp: Spelling): string[] {
  let out = spellingCache.get(sp);
  if (!out) spellingCache.set(sp, (out = [...new Set([sp.zhHans, sp.zhHant, sp.en, ...(sp.aliases ?? [])])]));
  return out;
}

export function matchesSpelling(sp: Spelling, word: string): boolean {
  return word === sp.zhHans || word === sp.zhHant || word === sp.en || (sp.en !== sp.id && word === sp.id) || (sp.aliases?.includes(word) ?? false);
}

export function findEntrySpec(context: ContextId, word: string): EntrySpec | undefined {
  return CONTEXTS[context].find((e) => matchesSpelling(e, word));
}

/** Each enum's spellings → the first value spelled so, built once per enum. */
const enumIndex = new Map<EnumId, Map<string, EnumValue>>();

export function findEnumValue(id: EnumId, word: string): EnumValue | undefined {
  let index = enumIndex.get(id);
  if (!index) {
    index = new Map();
    for (const e of ENUMS[id]) for (const w of [e.zhHans, e.zhHant, e.en, e.id, ...(e.aliases ?? [])]) if (!index.has(w) && matchesSpelling(e, w)) index.set(w, e);
    enumIndex.set(id, index);
  }
  return index.get(word);
}

/** Whether a word is true/false in any spelling. */
export function booleanWord(word: string): boolean | undefined {
  if (matchesSpelling(WORDS.yes, word) || word === "true") return true;
  if (matchesSpelling(WORDS.no, word) || word === "false") return false;
  return undefined;
}
