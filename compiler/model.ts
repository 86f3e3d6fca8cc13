// The model: the contract between the compiler and every target, and an output of its own
// (model.json, described by model-schema.ts). Plain JSON-serialisable data; every reference is
// resolved to a name that exists in the same model; every default is applied.
//
// Names: departments, items, materials, situations and commitments are referred to by their
// declared name (unique per kind within a matter); fields by their path. Every record also has an
// `id`: ASCII, stable (derived from the name, not from order), a valid XML NCName, for targets
// that need identifiers (BPMN, HTML anchors).

export const MODEL_VERSION = "1.5";

/** The steps a sub-item or a matter has when it declares none. */
export const DEFAULT_STEPS = ["受理", "审查", "决定", "送达"];

/** A time limit. `workdays` is what the figures use: calendar days convert at 7 = 5, rounded up. */
export interface Duration {
  value: number;
  unit: "工作日" | "自然日";
  workdays: number;
  /** True when converted from calendar days. */
  approximate: boolean;
}

/** When something is in force: from `from` (inclusive) until `until` (exclusive), dates as
 * YYYY-MM-DD; either may be absent. */
export interface Effective {
  from?: string;
  until?: string;
}

/** What is not in force on a date: written into model.json only by a build on that date
 * (`matterc build --on`); the compiler never sets it. */
export interface AsOf {
  date: string;
  /** The matter itself on that date. */
  state: "in-force" | "not-yet" | "ended";
  /** The sub-items with declared dates that are not in force on that date. */
  items: { name: string; state: "not-yet" | "ended" }[];
}

/** The answer to a situation in a concrete case. */
export type Answer = boolean | string | string[] | number;

/**
 * A condition over the applicant's answers. `subject` is always the name of a top-level answer:
 * a situation, or a commitment (whose answer is yes/no: "does the applicant take it?").
 * - yes/no:   eq/ne with `true`/`false`
 * - single:   eq/ne with an option, `in` with options
 * - multiple: `contains` an option
 * - number:   eq, ne, gt, ge, lt, le with a number
 */
export type Cond =
  | { op: "true" }
  | { op: "false" }
  | { op: "and"; args: Cond[] }
  | { op: "or"; args: Cond[] }
  | { op: "not"; arg: Cond }
  | { op: "eq" | "ne"; subject: string; value: boolean | string | number; field?: true }
  | { op: "gt" | "ge" | "lt" | "le"; subject: string; value: number; field?: true }
  | { op: "contains"; subject: string; value: string; field?: true }
  | { op: "in"; subject: string; values: string[]; field?: true };
// A test marked `field: true` reads a form field instead of an answer: `subject` is then the
// field's `key` (a dotted key is a path into the nested data: 申请人.年龄 → data.申请人.年龄).
// Only the conditions of 不予受理 (Model.inadmissible) contain such tests; every other condition
// (适用, 头条情形, process gateways) reads answers only, which the figures enumerate.
// - number, integer, amount fields: eq, ne, gt, ge, lt, le with a number
// - boolean fields: eq/ne with true/false
// - single-choice fields: eq/ne with an option, `in` with options; multiple: `contains`
// - text-like fields (text, division, address…): eq/ne with a string, `in` with strings

export type Status = "草稿" | "试点" | "已发布" | "已废止";
export type SituationType = "yesno" | "single" | "multiple" | "number";

export interface Department {
  name: string;
  id: string;
  fullName: string;
  phone?: string;
  address?: string;
  /** 统一社会信用代码 (GB 32100), where declared. */
  creditCode?: string;
  /** 行政区划 code (GB/T 2260, 6 digits), where declared. */
  division?: string;
  role: "lead" | "cooperating";
  duties?: string;
  /** 业务系统: the system the department handles its sub-items in and fetches shared data from,
   * where declared (the work guide names it). */
  system?: string;
}

export interface Situation {
  name: string;
  id: string;
  type: SituationType;
  question: string;
  /** For single and multiple choice, in declaration order. */
  options?: string[];
  default?: Answer;
}

export interface ItemType {
  name: string;
  /** National code of the item type (01 行政许可 … 20 公共服务). */
  code: string;
}

/** A legal document a sub-item rests on (设定依据 / 实施依据): its name, 文号 and articles. */
export interface LegalBasis {
  name: string;
  number?: string;
  articles: string[];
}

/** 收费项目: one fee, with its amount (标准), legal basis, reductions and online payment. */
export interface FeeItem {
  name: string;
  standard?: string;
  basis?: string;
  reduction?: string;
  onlinePayment?: boolean;
}

/** 结果: a document the sub-item issues, and how it reaches the applicant. */
export interface ItemResult {
  name: string;
  type?: "证照" | "批文" | "其他";
  sample?: string;
  /** The electronic licence type it becomes (a name of std/证照). */
  eLicence?: string;
  /** 送达: 窗口领取, 邮寄, 电子证照, 自助打印, in declaration order. */
  delivery: string[];
  /** Who pays the postage when it is posted: 申请人承担 or 政府承担. */
  postage?: string;
}

/** 中介服务: a service from an intermediary the sub-item needs. */
export interface Intermediary {
  name: string;
  compulsory?: boolean;
  time?: Duration;
  fee?: string;
}

/**
 * The implementation-list elements (实施清单要素) of a sub-item, each present only where declared
 * (nothing is invented). `code` (实施编码) stays on the item itself.
 */
export interface ItemElements {
  /** 基本编码 and 业务办理项编码. */
  baseCode?: string;
  businessItem?: string;
  /** 办件类型. */
  handlingType?: "即办件" | "承诺件";
  /** 行使层级, e.g. 市级, 县级. */
  levels?: string[];
  /** 权力来源, and the entrusting department when 委托. */
  powerSource?: string;
  entrustedBy?: string;
  /** 设定依据 and 实施依据. */
  basis?: LegalBasis[];
  implementationBasis?: LegalBasis[];
  /** 受理条件 of this sub-item. */
  acceptance?: string[];
  fees?: FeeItem[];
  results?: ItemResult[];
  intermediaries?: Intermediary[];
  quantityLimit?: string;
  /** 申请期限: when the applicant must apply, as written ("出生后30日内"). */
  applicationDeadline?: string;
  /** 到现场次数 and why each visit is needed. */
  visits?: number;
  visitReasons?: string[];
  /** 网上办理深度: 一级 … 四级 (Ⅰ–Ⅳ). */
  /** 网办深度 and its national code (Ⅰ–Ⅳ). */
  onlineDepth?: { name: string; code: string };
  /** 办理形式: 窗口, 网上, 邮寄, 自助. */
  handlingForms?: string[];
  /** 是否支持预约. */
  appointment?: boolean;
  /** 受理窗口 and the places per district, where they differ from the lead department's. */
  window?: string;
  places?: { district: string; address: string }[];
}

/** Which declaration a sub-item's "before" time comes from. */
export type TimeBasis = "timeAlone" | "legalTime" | "promisedTime" | "none";

export interface Item extends ItemElements {
  name: string;
  id: string;
  department: string;
  /** 实施编码. */
  code?: string;
  type?: ItemType;
  legalTime?: Duration;
  promisedTime?: Duration;
  /** 单独时限: the time it took when handled alone, before the reform, when declared. */
  timeAlone?: Duration;
  /** Working days inside the matter (the critical path): promised time, else legal time, else 0. */
  workdays: number;
  /** Working days when handled alone (the "before" time), and which declaration gave them. */
  alone: { workdays: number; basis: TimeBasis; approximate: boolean };
  tripsAlone: number;
  /** Its steps when handled alone (环节); DEFAULT_STEPS when not declared. */
  steps: string[];
  stepsDeclared: boolean;
  /** Sub-items that must finish first, when they apply (one that does not apply is skipped). */
  after: string[];
  /** When the sub-item applies; `{op:"true"}` when always. */
  when: Cond;
  materials: string[];
  /** Paths of the data fields it asks for (situations it lists are not fields). */
  fields: string[];
  /** 收费: "不收费" (the default), the declared words, or "收费" when only 收费项目 are declared. */
  fee: string;
  /** 产出: what it issues; the declared words, else the names of its 结果. */
  produces?: string;
  /** When the sub-item is part of the matter, where declared. */
  effective?: Effective;
  /** 特殊环节 (公示, 检测, 制证, 邮寄…), in declaration order; absent when it declares none. */
  specialSteps?: SpecialStep[];
  /** 不予许可: what a refusal of this sub-item does to the rest of the matter. `declared` false:
   * the office declared nothing (a warning says so) and the process ends the matter (终止办理). */
  onRefusal: { effect: RefusalEffect; declared: boolean };
  /** 审查要点: what the handling department checks (the work guide lists them), where declared. */
  reviewPoints?: string[];
  /** 实地核查: when and what is checked on site, where declared. */
  onSiteCheck?: string;
  /** 免申办 on this sub-item: granted from data once the matter runs (after its 前置); it asks the
   * applicant for nothing (its fields have a 来源, its materials are not the applicant's, except
   * 快申快享's `missingFields`) and it is granted exactly when `when` holds and its rules hold. */
  proactive?: Proactive;
}

/**
 * What a refusal of a sub-item (不予许可) does:
 * - 终止办理: the whole matter ends (nothing further is handled or issued);
 * - 跳过后续: the sub-items that depend on it (前置 or 前序产出, transitively) are skipped, the rest
 *   continue and what was granted is issued;
 * - 继续办理: only this sub-item is refused; the rest continue (none may depend on it, E-checked).
 */
export type RefusalEffect = "终止办理" | "跳过后续" | "继续办理";

/**
 * A case in which the application is not accepted (不予受理情形), as the guide lists it. `when`
 * holds exactly when the case applies; it may test form fields (`field: true`). Declared in a
 * sub-item, it counts only when that sub-item applies (`when` already includes that).
 */
export interface Inadmissible {
  /** The case in words, shown to people: "申请人未满十六周岁". */
  name: string;
  /** Unique in the model (derived from the name). */
  id: string;
  /** The sub-item it was declared in, if any. */
  item?: string;
  when: Cond;
  /** 去向: where the applicant goes instead, where declared. */
  redirect?: string;
  /** 依据: the legal basis, where declared. */
  basis: string[];
}

/** 补正: correcting an incomplete application once (一次性补正告知). The time the applicant takes
 * does not count toward any time limit. */
export interface Correction {
  /** 可补正: what can be corrected ("材料不齐全", "不符合法定形式"). */
  what: string[];
  /** 补正期限: within how long the applicant supplies the corrections, where declared. */
  within?: Duration;
  /** 告知时限: within how long the window tells the applicant everything to correct, where declared
   * (行政许可法第三十二条: 当场或者五日内). */
  noticeWithin?: Duration;
  /** 逾期: what follows when the corrections come late ("视为撤回申请"), where declared. */
  late?: string;
  basis: string[];
}

/**
 * A special step of a sub-item (特殊环节). When `counted` is false its time is not part of the
 * sub-item's time limit (行政许可法第四十五条): the figures keep it apart (time.uncounted) and the
 * process runs it outside the sub-item's timer. When `counted` is true it happens inside the limit.
 */
export interface SpecialStep {
  name: string;
  /** Unique in the model: the sub-item's id, then the step's. */
  id: string;
  time?: Duration;
  /** 依据: the legal basis of the step (and of its time not counting). */
  basis: string[];
  counted: boolean;
  /** Before or after the sub-item's own handling. */
  position: "before" | "after";
  /** Its own 适用; it applies when the sub-item applies and this holds. */
  when: Cond;
  note?: string;
  /** The commitments that replace it (替代环节): taken, the step does not take place. */
  replacedBy?: string[];
  /** When it takes place, given that its sub-item runs: its own 适用, and no commitment that
   * replaces it is taken. */
  runsWhen: Cond;
}

export type SourceKind = "applicant" | "e-licence" | "data-sharing" | "prior-output" | "intermediary" | "system";

export interface MaterialSource {
  kind: SourceKind;
  /** For e-licence: the licence type. */
  licence?: string;
  /** For data-sharing: the department that shares it. */
  department?: string;
  /** For prior-output: the sub-item whose result it is. */
  item?: string;
}

export interface Material {
  name: string;
  id: string;
  /** 原件及复印件: the original is shown for checking and a copy handed in (a visit, like 原件). */
  form: "原件" | "复印件" | "原件或复印件" | "电子" | "原件及复印件";
  copies: number;
  paperSize?: "A4" | "A3";
  source: MaterialSource;
  /** 备用来源: where it comes from when `source` fails (no e-licence found…). The figures follow
   * `source`; the guide and the notice say what happens otherwise. */
  fallback?: MaterialSource;
  /** 受理标准: what the window checks before accepting it. */
  acceptanceCriteria?: string[];
  /** 依据: the legal basis for asking for it. */
  basis?: string[];
  /** 空白表格: link to the blank form (the sample is `sample`). */
  blankForm?: string;
  necessity: "必要" | "非必要";
  /** 容缺: may be missing at acceptance, supplied within this time. */
  deferrable?: Duration;
  /** 逾期后果: what the office declared follows when a deferred material comes late. */
  lateConsequence?: string;
  /** 提交情形: handed in only in the case these words describe, which no situation decides; such a
   * material is shown with its words and counted apart (`conditional`), never as handed in. */
  submitWhen?: string;
  note?: string;
  sample?: string;
  /** 每项一份: one copy for each entry of this repeating form group (each employee's health
   * certificate); uploaded inside each entry. Counted once in the figures. */
  perEntry?: string;
  /** The sub-items that ask for it, in declaration order. */
  askedBy: string[];
  /** The commitments that can replace it. */
  replacedBy: string[];
  /** The material's own `适用` condition. */
  when: Cond;
  /** When the case needs it at all: some asking sub-item applies, and its own condition holds. */
  neededWhen: Cond;
  /** Whether the applicant supplies it (source applicant or intermediary); false when a
   * department fetches it (e-licence, data sharing, an earlier result, generated by the system). */
  fromApplicant: boolean;
  /** When the applicant must hand it in: needed, supplied by the applicant, and not replaced by a
   * commitment the applicant takes. `{op:"false"}` when never. */
  uploadWhen: Cond;
}

export type FieldType =
  | "text"
  | "longText"
  | "integer"
  | "number"
  | "amount"
  | "date"
  | "dateTime"
  | "boolean"
  | "single"
  | "multiple"
  | "file"
  | "mobile"
  | "phone"
  | "email"
  | "idCard"
  | "creditCode"
  | "division"
  | "postcode"
  | "address";

/** Where a field's value comes from when not from the applicant (智能预填): a department's shared
 * data (`dataItem` names the data set and item), an electronic licence's item, the applicant's
 * identity authentication, or an earlier sub-item's result. */
export interface FieldSource {
  kind: "data-sharing" | "e-licence" | "identity" | "prior-output";
  department?: string;
  licence?: string;
  item?: string;
  /** The data item, licence item or result item, as the providing system names it. */
  dataItem?: string;
}

export interface Field {
  /** The declared path, e.g. "企业.名称". */
  path: string;
  id: string;
  /** The machine key: `键` when given, else the path. Dotted keys nest in the form data. */
  key: string;
  type: FieldType;
  label: string;
  description?: string;
  required: boolean;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  default?: Answer;
  unit?: string;
  example?: string;
  options?: string[];
  /** Where the value comes from; absent when the applicant types it. */
  source?: FieldSource;
  /** For a field of a repeating group: asked once per entry; `key` is where it sits inside one
   * entry (the field's key without the group's key in front: 股东.姓名 → 姓名). */
  perEntry?: { group: string; key: string };
  askedBy: string[];
  /** The field's own `适用` condition. */
  when: Cond;
  /** When some sub-item that asks for it applies, and its own condition holds. */
  neededWhen: Cond;
}

export interface FormGroup {
  name: string;
  id: string;
  fields: string[];
  /** A repeating group (股东, 从业人员, 子女): its fields are asked once per entry, and the
   * materials listed here (每项一份) are handed in once per entry. */
  repeat?: RepeatSpec;
}

export interface RepeatSpec {
  /** The key of the list of entries in the application data. */
  key: string;
  /** The fewest and most entries (`max` absent: no upper bound). */
  min: number;
  max?: number;
  /** What one entry is called (股东) and its measure word (位), as in 第2位股东 and 每位股东一份. */
  entry: string;
  measureWord: string;
  /** Materials handed in once per entry, in declaration order. */
  materials: string[];
}

export interface Commitment {
  name: string;
  id: string;
  /** The yes/no question on the form: "是否以告知承诺方式办理…？" */
  question: string;
  replaces: string[];
  /** 替代环节: the steps it replaces, checked afterwards instead; a special step of a sub-item
   * (`item` given), or a step of the matter's 环节. Absent when it replaces none. */
  replacesSteps?: { item?: string; step: string }[];
  conditions: string[];
  /** When it is offered: its own `适用`, and some replaced material is needed. */
  offeredWhen: Cond;
  verification?: { method: string; time?: Duration };
  onBreach: string[];
  clauses: string[];
  /** The department that verifies afterwards. */
  department: string;
}

export interface Faq {
  question: string;
  answer: string;
}

export interface Guide {
  place: string[];
  hours?: string;
  consultPhone?: string;
  complaintPhone?: string;
  onlineUrl?: string;
  basis: string[];
  acceptance: string[];
  faq: Faq[];
}

export interface Figure {
  before: number;
  after: number;
}

export interface TimeFigure extends Figure {
  criticalPath: number;
  unit: "工作日";
  approximate: boolean;
  /**
   * Time of special steps that does not count toward the limits (特殊环节, 不计入时限), present when
   * the matter declares any: `criticalPath` is the longest chain with that time added to each
   * applying sub-item, `workdays` what it adds to the counted critical path, `steps` the uncounted
   * steps that apply in this case. `before` and `after` never include it.
   */
  uncounted?: { workdays: number; criticalPath: number; approximate: boolean; steps: { item: string; step: string; workdays: number }[] };
}

/**
 * Materials counted three ways: `before` sums what each applying sub-item asked for alone;
 * `handedIn` is the distinct materials the applicant still hands in; `merged` is the distinct
 * materials of the merged list (one set, whoever supplies each); `after` is the one the office
 * chose to publish (`basis.materialsAfter`). `conditional` counts materials handed in only in a
 * case stated in words (提交情形), which none of the other counts include.
 */
export interface MaterialsFigure extends Figure {
  handedIn: number;
  merged: number;
  conditional: number;
}

export interface CaseMetrics {
  /** The answers that some condition distinguishes. */
  situation: Record<string, Answer>;
  items: string[];
  materials: MaterialsFigure;
  fields: Figure;
  /** Fields the applicant types (智能预填): `before` = `fields.before` (each applying sub-item alone
   * had the applicant type every field it asked for); `after` = the distinct fields of the merged
   * form that have no 来源; `prefilled` = the distinct fields a 来源 fills (basis.typed).
   * For a 免申办 matter: `after` = its missingFields (0 for 免申即享), `confirmed` = the fields
   * shown to the person to confirm; materials.after and trips.after are 0. */
  typed: Figure & { prefilled: number; confirmed?: number };
  /** `after` is the declared 跑动次数 when declared (basis.trips), else `derived`. */
  trips: Figure & { derived: number };
  /** Steps (环节): each applying sub-item's steps summed → the matter's steps. */
  steps: Figure;
  time: TimeFigure;
}

/** Which convention each published figure uses, so a reader of metrics.json knows what it counts. */
export interface MetricsBasis {
  /** "declared": the case 头条情形 names; "mostItems": the most sub-items, then the most materials. */
  headline: "declared" | "mostItems";
  /** What `materials.after` is: the handed-in count, or the merged list (材料口径). */
  materialsAfter: "handedIn" | "merged";
  /** `time.before` sums each sub-item's time when handled alone; `items` says where each came from. */
  timeBefore: { item: string; workdays: number; basis: TimeBasis }[];
  /** "promisedTime": the matter's 承诺时限; "criticalPath": no promise was declared, an estimate. */
  timeAfter: "promisedTime" | "criticalPath";
  /** "declared": 跑动次数; "derived": 0 when online with no original to hand in, else 1. */
  trips: "declared" | "derived";
  /** "declared": the matter's 环节; "default": 受理、审查、决定、送达. */
  steps: "declared" | "default";
  /** Materials counted as not asked because their first source applies, with what happens
   * otherwise (备用来源); present when some material declares a fallback. */
  fallbackSources?: { material: string; source: SourceKind; fallback: SourceKind }[];
  /** Fields the applicant types: before, every field of each applying sub-item alone; after, the
   * merged form's fields without a 来源; `prefilled` lists the fields counted as prefilled, with
   * where each comes from. */
  typed: { before: "eachItemAlone"; after: "withoutSource"; prefilled: { field: string; source: FieldSource["kind"] }[] };
  /** Every special step whose time does not count toward the limits, with its time and 依据;
   * present when the matter declares any. Neither time.before nor time.after includes them. */
  uncounted?: { item: string; step: string; workdays: number; approximate: boolean; basis: string[] }[];
  /** A 免申办 matter: the figures count no application (0 materials, 0 trips, fields confirmed). */
  proactive?: { mode: Proactive["mode"]; confirmation: Proactive["confirmation"] };
  /** 跨域办 寄递 time and whether it counts toward the limits (where a post time is declared). */
  post?: { workdays: number; counted: boolean; approximate: boolean; basis: string[] };
}

export interface Metrics {
  matter: string;
  code: string;
  basis: MetricsBasis;
  /** Every sub-item's legal time summed, and the sub-items that declare none (not counted). */
  legalTime: { total: number; missing: string[]; approximate: boolean };
  headline: CaseMetrics;
  situations: CaseMetrics[];
  /** True when there were more situation combinations than the compiler enumerates. */
  truncated?: boolean;
}

/**
 * 免申办 (国发〔2024〕3号 "免申办"): granted without an application. On the matter (`Model.proactive`)
 * the whole matter starts from its trigger instead of an application, declares no 情形 and asks
 * for no material from the applicant; on a sub-item (`Item.proactive`) see there.
 */
export interface Proactive {
  /** 免申即享: decided from shared data and granted; the person fills in nothing.
   * 快申快享: some of it cannot be decided from data: a prefilled application is pushed to the
   * person, who fills in only `missingFields` and confirms. */
  mode: "免申即享" | "快申快享";
  trigger: ProactiveTrigger;
  /** 资格: the eligibility rules, in declaration order; eligible when every rule holds. Their tests
   * read fields (`field: true`) whose values come from a 来源 (or are among `missingFields`). */
  rules: EligibilityRule[];
  /** consent: the person confirms (or declines) before it is granted; notify: granted, then told
   * (主动告知). */
  confirmation: "consent" | "notify";
  /** 确认时限: how long the person has to confirm, where declared (consent only). */
  confirmWithin?: Duration;
  /** 给予: what is granted, as declared ("育儿补贴每孩每年3600元"); at least one. */
  grants: string[];
  /** 告知方式: how the person is told (短信, 政务服务平台消息…), where declared; else empty. */
  noticeChannels: string[];
  /** Paths of the fields the person still fills in: those asked that have no 来源. Always empty for
   * 免申即享 (such a field is an error there). */
  missingFields: string[];
  /** Paths of the prefilled fields shown to the person to confirm (every asked field with a 来源). */
  confirmedFields: string[];
  basis: string[];
}

/** What starts a 免申办 grant:
 * - prior-output: a sub-item of this matter issues its result (sub-item level only);
 * - data-event: a department's system reports an event ("出生登记办结"): a message start;
 * - periodic: a run every period; `cycle` is an ISO 8601 repeating interval (`R/P1M`, or with a
 *   start `R/2026-01-01T00:00:00/P1Y`) as timer start events take it. */
export type ProactiveTrigger =
  | { kind: "prior-output"; item: string }
  | { kind: "data-event"; department: string; event: string }
  | { kind: "periodic"; period: "每日" | "每周" | "每月" | "每季度" | "每年"; cycle: string };

/** One eligibility rule (资格条件): "参保单位上年度未裁员或裁员率不高于…" and its test. */
export interface EligibilityRule {
  name: string;
  /** Unique in the model (derived from the name). */
  id: string;
  when: Cond;
  basis: string[];
}

/** 跨域办 (国办发〔2020〕35号, 国发〔2024〕3号): handling across provinces or within a region. */
export type CrossRegionMode = "全程网办" | "异地代收代办" | "多地联办";

export interface CrossRegion {
  /** The named region (京津冀, 长三角, 成渝…), where declared. */
  region?: string;
  /** The provinces (省级行政区, full names) it covers: declared, else those of the named region
   * from the standard library; empty means nationwide (通办范围 全国). */
  provinces: string[];
  modes: CrossRegionMode[];
  /** 收件窗口 (异地代收代办): where an applicant away from the handling place hands in. */
  windows: ReceivingWindow[];
  /** What the receiving window checks before sending the file on (身份核验, 形式审查…), in order.
   * Declared, else 国办发〔2020〕35号's 身份核验 and 形式审查 with `checksDeclared` false. */
  checks: string[];
  checksDeclared: boolean;
  /** 办理地: where the matter is handled, where declared (else the lead department's place). */
  handlingPlaces: string[];
  /** 寄递: how the file travels from the receiving window to the handling place. `counted` false:
   * the time does not count toward the time limits (the figures keep it apart). */
  post?: { time?: Duration; counted: boolean; payer?: string; basis: string[] };
  basis: string[];
}

export interface ReceivingWindow {
  name: string;
  /** Unique in the model (derived from the name). */
  id: string;
  address?: string;
  phone?: string;
  hours?: string;
}

export interface Model {
  modelVersion: string;
  name: string;
  id: string;
  code: string;
  version?: string;
  status: Status;
  /** When the matter is in force, where declared. */
  effective?: Effective;
  /** The national or provincial list item it implements, and its batch. */
  list?: string;
  batch?: string;
  /** For a local version: the province template it localises. */
  template?: { name: string; code: string };
  audience: string[];
  lead: string;
  /** The lead first, then the cooperating departments in order of first use. */
  departments: Department[];
  promisedTime?: Duration;
  channels: string[];
  scope?: string;
  /** Trips after the reform, and whether it was declared or derived. */
  trips: { value: number; declared: boolean };
  /** The integrated steps (环节) after the reform; DEFAULT_STEPS when not declared. */
  steps: { names: string[]; declared: boolean };
  situations: Situation[];
  items: Item[];
  materials: Material[];
  fields: Field[];
  form: { groups: FormGroup[] };
  commitments: Commitment[];
  /** 不予受理情形: the matter's own, then each sub-item's, in declaration order. */
  inadmissible: Inadmissible[];
  /** 补正, where declared. */
  correction?: Correction;
  /** 免申办 of the whole matter, where declared. */
  proactive?: Proactive;
  /** 跨域办, where declared (通办范围 跨省 needs it). */
  crossRegion?: CrossRegion;
  guide: Guide;
  metrics: Metrics;
  /** Only in model.json of a build on a date (`--on`). */
  asOf?: AsOf;
}
