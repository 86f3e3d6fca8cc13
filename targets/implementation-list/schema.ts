// The published JSON Schema (draft-07) of implementation-list.json: each sub-item as a record of
// the national implementation list under the national exchange tables' field names, with the
// elements they have no field for under `matterc`. Kept strict (no other properties), so the
// tests catch any drift between the writer and this description.
const str = { type: "string" } as const;
const strs = { type: "array", items: str } as const;
const bool = { type: "boolean" } as const;
const nonNegInt = { type: "integer", minimum: 0 } as const;
const num = { type: "number", minimum: 0 } as const;
const url = { type: "string", pattern: "^https?://" } as const;
const obj = (properties: Record<string, unknown>, required: string[], description?: string) => ({
  type: "object",
  additionalProperties: false,
  ...(description ? { description } : {}),
  properties,
  required,
});
const d = (description: string, schema: object) => ({ ...schema, description });

export const IMPLEMENTATION_LIST_SCHEMA_ID = "https://matterc.dev/schema/implementation-list-1.json";

const duration = obj({ value: num, unit: { enum: ["工作日", "自然日"] }, workdays: nonNegInt, approximate: bool }, ["value", "unit", "workdays", "approximate"]);
const legalBasis = obj({ name: str, number: str, articles: strs }, ["name", "articles"]);

const material = obj(
  {
    ORDER_NUM: d("排序", nonNegInt),
    MATERIAL_NAME: d("材料名称", str),
    MATERIAL_FORMAT: d("材料形式", { enum: ["原件", "复印件", "原件或复印件", "电子", "原件及复印件"] }),
    PAGE_NUM: d("纸质材料份数", nonNegInt),
    PAGE_FORMAT: d("纸质材料规格", { enum: ["A4", "A3"] }),
    IS_NEED: d("材料必要性（是否必要）", bool),
    SOURCE_TYPE: d("来源渠道", { enum: ["申请人自备", "电子证照", "数据共享", "前序产出", "中介机构", "系统生成"] }),
    SOURCE_EXPLAIN: d("来源渠道说明：电子证照类型、共享部门或前序子事项", str),
    EXAMPLE_GUID: d("示例样表（链接）", url),
    REMARK: d("备注", str),
    matterc: d(
      "国家交换表中没有对应字段的材料要素",
      obj(
        {
          fallback: d("备用来源：来源渠道不能取得时", obj({ SOURCE_TYPE: { enum: ["申请人自备", "电子证照", "数据共享", "前序产出", "中介机构", "系统生成"] }, SOURCE_EXPLAIN: str }, ["SOURCE_TYPE"])),
          acceptanceCriteria: d("受理标准", strs),
          basis: d("依据", strs),
          blankForm: d("空白表格（链接）", url),
        },
        [],
      ),
    ),
  },
  ["ORDER_NUM", "MATERIAL_NAME", "MATERIAL_FORMAT", "PAGE_NUM", "IS_NEED", "SOURCE_TYPE"],
);

const feeProject = obj(
  {
    ORDER_NUM: d("排序", nonNegInt),
    FEE_NAME: d("收费项目名称", str),
    FEE_STAND: d("收费标准", str),
    BY_LAW: d("收费依据", str),
    IS_DESC: d("是否允许减免", bool),
    DESC_EXPLAIN: d("允许减免依据（减免说明）", str),
  },
  ["ORDER_NUM", "FEE_NAME"],
);

const result = obj(
  {
    name: str,
    type: { enum: ["证照", "批文", "其他"] },
    sample: url,
    eLicence: str,
    delivery: { type: "array", items: { enum: ["窗口领取", "邮寄", "电子证照", "自助打印"] } },
    postage: { enum: ["申请人承担", "政府承担"] },
  },
  ["name", "delivery"],
);

const item = obj(
  {
    TASK_NAME: d("事项名称", str),
    CATALOG_CODE: d("基本编码", str),
    TASK_CODE: d("实施编码", { type: "string", maxLength: 36 }),
    TASK_HANDLE_ITEM: d("业务办理项编码", str),
    TASK_TYPE: d("事项类型代码（01 行政许可 … 20 公共服务）", { type: "string", pattern: "^(0[1-9]|10|20)$" }),
    DEPT_NAME: d("实施主体", str),
    DEPT_CODE: d("实施主体编码（统一社会信用代码）", { type: "string", pattern: "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$" }),
    POWER_SOURCE: d("权力来源", { enum: ["法定本级行使", "上级下放", "授权", "委托"] }),
    ENTRUST_NAME: d("委托部门", str),
    USE_LEVEL: d("行使层级，逗号分隔", str),
    SERVER_TYPE: d("服务对象，逗号分隔", str),
    PROJECT_TYPE: d("办件类型", { enum: ["即办件", "承诺件"] }),
    BY_LAW: d("设定依据", str),
    ACCEPT_CONDITION: d("受理条件", str),
    ANTICIPATE_DAY: d("法定办结时限", num),
    ANTICIPATE_TYPE: d("法定办结时限单位", { enum: ["工作日", "自然日"] }),
    PROMISE_DAY: d("承诺办结时限（0 为即办）", num),
    PROMISE_TYPE: d("承诺办结时限单位", { enum: ["工作日", "自然日"] }),
    IS_FEE: d("是否收费", bool),
    FEE_BASIS: d("收费依据", str),
    FEE_PROJECTS: d("收费项目", { type: "array", items: feeProject }),
    IS_PAY_ONLINE: d("是否支持网上支付", bool),
    SERVICE_TYPE: d("中介服务", str),
    LIMIT_EXPLAIN: d("数量限制", str),
    LIMIT_SCENE_NUM: d("到办事现场次数", nonNegInt),
    LIMIT_SCENE_EXPLAIN: d("必须现场办理原因说明", str),
    ONLINE_HANDLE_DEPTH: d("网上办理深度", { enum: ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"] }),
    HANDLE_TYPE: d("办理形式，逗号分隔", str),
    IS_ONLINE: d("是否网办", bool),
    IS_SERVICE_TERMINALS: d("是否支持自助终端办理", bool),
    IS_EXPRESS: d("是否支持物流快递", bool),
    IS_SCHEDULE: d("是否支持预约办理", bool),
    RESULT_NAME: d("审批结果名称", str),
    RESULT_TYPE: d("审批结果类型", str),
    RESULT_GUID: d("审批结果样本（链接，空格分隔）", str),
    TRANSACT_ADDR: d("办理地点", str),
    TRANSACT_TIME: d("办理时间", str),
    LINK_WAY: d("咨询方式", str),
    SUPERVISE_WAY: d("监督投诉方式", str),
    ONLINE_HANDLE_URL: d("网办地址", url),
    HANDLE_AREA: d("通办范围", str),
    MATERIALS: d("材料目录", { type: "array", items: material }),
    matterc: d(
      "国家交换表中没有对应字段的要素",
      obj(
        {
          id: str,
          department: d("部门名称（事项文件中的简称）", str),
          basis: d("设定依据（结构化）", { type: "array", items: legalBasis }),
          implementationBasis: d("实施依据（结构化）", { type: "array", items: legalBasis }),
          results: d("办理结果（结构化，含送达方式）", { type: "array", items: result }),
          intermediaries: d("中介服务（结构化）", { type: "array", items: obj({ name: str, compulsory: bool, time: duration, fee: str }, ["name"]) }),
          applicationDeadline: d("申请期限", str),
          window: d("受理窗口", str),
          places: d("各区县办理地点", { type: "array", items: obj({ district: str, address: str }, ["district", "address"]) }),
          delivery: d("送达方式", { type: "array", items: { enum: ["窗口领取", "邮寄", "电子证照", "自助打印"] } }),
          fee: d("收费说明（文字）", str),
          specialSteps: d(
            "特殊环节：名称、时限、依据、是否计入办结时限、在办理之前或之后",
            {
              type: "array",
              items: obj({ name: str, time: duration, basis: strs, counted: bool, position: { enum: ["before", "after"] }, note: str }, ["name", "basis", "counted", "position"]),
            },
          ),
        },
        ["id", "department"],
      ),
    ),
  },
  ["TASK_NAME", "DEPT_NAME", "IS_FEE", "matterc"],
);

export const implementationListSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: IMPLEMENTATION_LIST_SCHEMA_ID,
  title: "matterc implementation list",
  description: "实施清单：一件事的每个子事项一条记录，字段名取国家政务服务事项实施清单交换表（基本信息、扩展信息、材料目录、收费项目）；只写声明了的要素。Each sub-item as a record of the national implementation list.",
  ...obj(
    {
      $schema: { const: IMPLEMENTATION_LIST_SCHEMA_ID },
      matter: obj({ name: str, code: str, version: str, status: { enum: ["草稿", "试点", "已发布", "已废止"] } }, ["name", "code", "status"]),
      asOf: d(
        "按 matterc build --on 的日期，本事项或其子事项未在施行时写明：日期、本事项的状态（in-force 施行中、not-yet 尚未施行、ended 已停止施行）和未在施行的子事项。Only in a build on a date when something is not in force.",
        obj(
          {
            date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
            state: { enum: ["in-force", "not-yet", "ended"] },
            items: { type: "array", items: obj({ name: str, state: { enum: ["not-yet", "ended"] } }, ["name", "state"]) },
          },
          ["date", "state", "items"],
        ),
      ),
      items: { type: "array", items: item },
    },
    ["$schema", "matter", "items"],
  ),
};
