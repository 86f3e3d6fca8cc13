// The published JSON Schema (draft-07) of data-sharing.json, per matter and across matters.
const str = { type: "string" } as const;
const strs = { type: "array", items: str } as const;
const obj = (properties: Record<string, unknown>, required: string[]) => ({ type: "object", additionalProperties: false, properties, required });

export const sharingSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://matterc.dev/schema/data-sharing-1.json",
  title: "matterc data-sharing list",
  description: "数据共享责任清单：按提供方列出每个数据项、共享方式及使用它的事项、子事项、字段和材料。The data each provider must share, with its uses.",
  ...obj(
    {
      asOf: {
        description: "按 matterc build --on 的日期，清单中本身或其子事项未在施行的事项（state：in-force 施行中、not-yet 尚未施行、ended 已停止施行）；都在施行时没有此项。Only in a build on a date when something is not in force.",
        ...obj(
          {
            date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
            matters: {
              type: "array",
              items: obj(
                { matter: str, code: str, state: { enum: ["in-force", "not-yet", "ended"] }, items: { type: "array", items: obj({ name: str, state: { enum: ["not-yet", "ended"] } }, ["name", "state"]) } },
                ["matter", "code", "state", "items"],
              ),
            },
          },
          ["date", "matters"],
        ),
      },
      providers: {
        type: "array",
        items: obj(
          {
            provider: { ...str, description: "部门名称、电子证照类型，或“统一身份认证”" },
            kind: { enum: ["department", "e-licence", "identity"] },
            fullName: str,
            items: {
              type: "array",
              items: obj(
                {
                  dataItem: { ...str, description: "数据项（字段来源中写的名称，或材料名称）" },
                  way: { enum: ["interface", "e-licence", "prior-result", "identity"], description: "接口共享、电子证照、前序办理结果、身份认证" },
                  usedBy: { type: "array", items: obj({ matter: str, code: str, subItems: strs, fields: strs, materials: strs }, ["matter", "code", "subItems", "fields", "materials"]) },
                },
                ["dataItem", "way", "usedBy"],
              ),
            },
          },
          ["provider", "kind", "items"],
        ),
      },
    },
    ["providers"],
  ),
};
