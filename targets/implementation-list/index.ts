// implementation-list.json (实施清单): each sub-item of a matter as one record of the national
// implementation list, under the field names of the national exchange tables (基本信息, 扩展信息,
// 材料目录, 收费项目). Only what the matter declares is written: a field without a declaration is
// left out, never filled with a guess. Elements the national tables have no field for (实施依据 as
// structured documents, 申请期限, 受理窗口, places per district, the structured results) are kept
// under `matterc`. The mapping is documented in docs/implementation-list.md; the format is
// published as implementation-list.schema.json.
import type { Department, Item, LegalBasis, Material, MaterialSource, Model } from "../../compiler/model.js";
import { jsonText } from "../escape/json.js";
import { mapStrings } from "../escape/controls.js";
import { stableJson } from "../json.js";
import { notInForce } from "../in-force.js";
import type { Target } from "../target.js";
import { IMPLEMENTATION_LIST_SCHEMA_ID } from "./schema.js";

type Rec = Record<string, unknown>;

/** Drops undefined values and empty arrays and strings, so only declared facts remain. */
function compact<T extends Rec>(o: T): T {
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) delete o[k];
  }
  return o;
}

export function basisText(b: LegalBasis): string {
  const name = /^《.*》$/.test(b.name) ? b.name : `《${b.name}》`;
  return `${name}${b.number ? `（${b.number}）` : ""}${b.articles.join("、")}`;
}

const join = (xs: string[] | undefined, sep = "；") => (xs?.length ? xs.join(sep) : undefined);

const SOURCE_TYPE = { applicant: "申请人自备", "e-licence": "电子证照", "data-sharing": "数据共享", "prior-output": "前序产出", intermediary: "中介机构", system: "系统生成" } as const;

/** A material source as the exchange table writes it: the channel and what it names. */
function source(s: MaterialSource, departments: Map<string, Department>): { SOURCE_TYPE: string; SOURCE_EXPLAIN?: string } {
  const explain = s.kind === "e-licence" ? s.licence : s.kind === "data-sharing" ? (departments.get(s.department ?? "")?.fullName ?? s.department) : s.kind === "prior-output" ? s.item : undefined;
  return compact({ SOURCE_TYPE: SOURCE_TYPE[s.kind], SOURCE_EXPLAIN: explain }) as { SOURCE_TYPE: string; SOURCE_EXPLAIN?: string };
}

function materialRecord(m: Material, order: number, departments: Map<string, Department>): Rec {
  const { SOURCE_TYPE: sourceType, SOURCE_EXPLAIN: explain } = source(m.source, departments);
  const extra = compact({ fallback: m.fallback && source(m.fallback, departments), acceptanceCriteria: m.acceptanceCriteria, basis: m.basis, blankForm: m.blankForm });
  return compact({
    ORDER_NUM: order,
    MATERIAL_NAME: m.name,
    MATERIAL_FORMAT: m.form,
    PAGE_NUM: m.copies,
    PAGE_FORMAT: m.paperSize,
    IS_NEED: m.necessity === "必要",
    SOURCE_TYPE: sourceType,
    SOURCE_EXPLAIN: explain,
    EXAMPLE_GUID: m.sample,
    REMARK: m.note,
    matterc: Object.keys(extra).length > 0 ? extra : undefined,
  });
}

/** The model's departments and materials by name, looked up once per model (not per sub-item). */
interface ByName {
  departments: Map<string, Department>;
  materials: Map<string, Material>;
}

function itemRecord(model: Model, i: Item, by: ByName): Rec {
  const dept = by.departments.get(i.department);
  const entrusted = i.entrustedBy ? by.departments.get(i.entrustedBy)?.fullName ?? i.entrustedBy : undefined;
  const places = i.places?.map((p) => `${p.district}：${p.address}`) ?? model.guide.place;
  const materials = i.materials.map((n) => by.materials.get(n)!).filter(Boolean);
  const results = i.results ?? [];
  const delivery = [...new Set(results.flatMap((r) => r.delivery))];
  const fees = i.fees ?? [];
  return compact({
    TASK_NAME: i.name,
    CATALOG_CODE: i.baseCode,
    TASK_CODE: i.code,
    TASK_HANDLE_ITEM: i.businessItem,
    TASK_TYPE: i.type?.code,
    DEPT_NAME: dept?.fullName ?? i.department,
    DEPT_CODE: dept?.creditCode,
    POWER_SOURCE: i.powerSource,
    ENTRUST_NAME: entrusted,
    USE_LEVEL: join(i.levels, ","),
    SERVER_TYPE: join(model.audience, ","),
    PROJECT_TYPE: i.handlingType,
    BY_LAW: join(i.basis?.map(basisText)),
    ACCEPT_CONDITION: i.acceptance?.length ? i.acceptance.map((a, n) => `${n + 1}. ${a}`).join("\n") : undefined,
    ANTICIPATE_DAY: i.legalTime?.value,
    ANTICIPATE_TYPE: i.legalTime?.unit,
    PROMISE_DAY: i.promisedTime?.value,
    PROMISE_TYPE: i.promisedTime?.unit,
    IS_FEE: i.fee !== "不收费",
    FEE_BASIS: join(fees.flatMap((f) => (f.basis ? [f.basis] : []))),
    FEE_PROJECTS: fees.map((f, n) =>
      compact({ ORDER_NUM: n + 1, FEE_NAME: f.name, FEE_STAND: f.standard, BY_LAW: f.basis, IS_DESC: f.reduction !== undefined ? true : undefined, DESC_EXPLAIN: f.reduction }),
    ),
    IS_PAY_ONLINE: fees.some((f) => f.onlinePayment !== undefined) ? fees.some((f) => f.onlinePayment === true) : undefined,
    SERVICE_TYPE: join(i.intermediaries?.map((s) => s.name)),
    LIMIT_EXPLAIN: i.quantityLimit,
    LIMIT_SCENE_NUM: i.visits,
    LIMIT_SCENE_EXPLAIN: join(i.visitReasons),
    ONLINE_HANDLE_DEPTH: i.onlineDepth?.code,
    HANDLE_TYPE: join(i.handlingForms?.map((f) => `${f}办理`), ","),
    IS_ONLINE: i.handlingForms ? i.handlingForms.includes("网上") : undefined,
    IS_SERVICE_TERMINALS: i.handlingForms ? i.handlingForms.includes("自助") : undefined,
    // Posting is supported when a handling form or a delivery says so; "not supported" only when
    // both are declared and neither does.
    IS_EXPRESS: i.handlingForms?.includes("邮寄") || delivery.includes("邮寄") ? true : i.handlingForms && delivery.length ? false : undefined,
    IS_SCHEDULE: i.appointment,
    RESULT_NAME: join(results.map((r) => r.name), "、") ?? i.produces,
    RESULT_TYPE: join(results.flatMap((r) => (r.type ? [r.type] : [])), "、"),
    RESULT_GUID: join(results.flatMap((r) => (r.sample ? [r.sample] : [])), " "),
    TRANSACT_ADDR: join(places),
    TRANSACT_TIME: model.guide.hours,
    LINK_WAY: model.guide.consultPhone ?? dept?.phone,
    SUPERVISE_WAY: model.guide.complaintPhone,
    ONLINE_HANDLE_URL: model.guide.onlineUrl,
    HANDLE_AREA: model.scope,
    MATERIALS: materials.map((m, n) => materialRecord(m, n + 1, by.departments)),
    matterc: compact({
      id: i.id,
      department: i.department,
      basis: i.basis,
      implementationBasis: i.implementationBasis,
      results: i.results,
      intermediaries: i.intermediaries,
      applicationDeadline: i.applicationDeadline,
      window: i.window,
      places: i.places,
      delivery: delivery.length ? delivery : undefined,
      fee: i.fee !== "不收费" && i.fee !== "收费" ? i.fee : undefined,
      specialSteps: i.specialSteps?.map((st) => compact({ name: st.name, time: st.time, basis: st.basis, counted: st.counted, position: st.position, note: st.note })),
    }),
  });
}

/** `on`: the date of a build `--on`; the list then says under `asOf` what is not in force that day
 * (only when something is not). */
export function implementationList(model: Model, on?: string): Rec {
  const a = notInForce(model, on);
  const by: ByName = { departments: new Map(model.departments.map((d) => [d.name, d])), materials: new Map(model.materials.map((m) => [m.name, m])) };
  const list = {
    $schema: IMPLEMENTATION_LIST_SCHEMA_ID,
    matter: compact({ name: model.name, code: model.code, version: model.version, status: model.status }),
    ...(a ? { asOf: a } : {}),
    items: model.items.map((i) => itemRecord(model, i, by)),
  };
  // Every string a person reads leaves out what no output may carry (JSON.stringify escapes the rest).
  return mapStrings(list, (s) => jsonText(s));
}

export const implementationListTarget: Target = {
  name: "implementation-list",
  perMatter: (model, options) => [{ path: "implementation-list.json", text: stableJson(implementationList(model, options.on)) }],
};
