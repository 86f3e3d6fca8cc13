// The starting design's own snippets (shared/design/language.md §2–§3), assembled into one
// project: programs written to that page must keep compiling.
import { describe, expect, it } from "vitest";
import { compileTexts } from "../helpers/memory-host.js";

const SHARED = `材料 食品安全管理制度 { 形式: 原件  份数: 1 }\n`;

const MAIN = `使用 "std/部门"                 // use: the standard library (also written 标准库/…)
使用 "标准库/字段"
使用 "./共用材料.matter"         // a file of this project, relative to this one

部门 市场监管局 { 全称: "某市市场监督管理局"  电话: "12315" }
材料 营业执照 { 来源: 电子证照 "营业执照" }
字段 企业.统一社会信用代码: 统一社会信用代码 必填 标签 "统一社会信用代码"

材料 法定代表人身份证 {
  形式: 原件                  // 原件 · 复印件 · 原件或复印件 · 电子
  份数: 1
  规格: A4
  来源: 电子证照 "居民身份证"
  必要性: 必要
  容缺: 10 工作日
  适用: 主体类型 == 分公司
  说明: "在有效期内"
  样表: "https://example.org/样表.pdf"
}

一件事 开办餐饮店 {
  编码: "QY-2024-03"
  版本: "2024.1"
  状态: 已发布
  服务对象: 企业法人
  牵头部门: 市场监管局
  配合部门: 消防救援, 住建局, 卫生健康委
  职责 { 市场监管局: "统一受理、统一出件"  消防救援: "营业前消防安全检查" }
  承诺时限: 13 工作日
  办理渠道: 一网通办, 线下窗口
  通办范围: 全省
  跑动次数: 1

  情形 经营项目: 多选 "经营哪些食品？" [热食类, 冷食类, 生食类, 糕点类, 自制饮品]
  情形 设置招牌: 是否 "是否设置户外招牌？" 默认 否
  情形 营业面积: 数字 "经营场所面积（平方米）"
  情形 主体类型: 单选 "主体类型？" [公司, 分公司, 个体工商户]
  情形 领取社保卡: 是否 "是否同时申领社保卡？"
  情形 落户方式: 单选 "随父还是随母落户？" [随父, 随母]

  子事项 营业执照核验 { 部门: 市场监管局  类型: 行政确认  法定时限: 1 工作日  产出: "营业执照" }
  子事项 食品经营许可 {
    部门: 市场监管局
    编码: "11440100MB2C92027X4442111854000"   // the item's implementation code, opaque
    类型: 行政许可                              // 事项类型, see domain.md
    法定时限: 20 工作日
    承诺时限: 10 工作日                         // must not exceed 法定时限
    单独跑动: 2                                 // trips when it was handled alone (before the reform); default 1
    前置: 营业执照核验                           // sub-items that must finish first
    适用: 经营项目 包含 热食类 或 经营项目 包含 冷食类
    材料: 营业执照, 法定代表人身份证, 食品经营许可申请书, 食品安全管理制度
    字段: 企业.名称, 企业.统一社会信用代码, 经营场所.地址, 经营项目
    收费: 不收费
    产出: 食品经营许可证                         // what it issues; later sub-items may use it
  }
  子事项 招牌设置 {
    部门: 住建局  法定时限: 5 工作日  前置: 营业执照核验
    适用: 设置招牌 且 (营业面积 > 50 或 主体类型 属于 [公司, 分公司]) 且 非 领取社保卡 且 落户方式 == 随母
    材料: 招牌设计图
  }
  子事项 消防检查 { 部门: 消防救援  法定时限: 10 工作日  前置: 营业执照核验  材料: 消防安全检查合格证明 }
  子事项 健康证明 { 部门: 卫生健康委  法定时限: 3 工作日 }

  材料 食品经营许可申请书 { 形式: 原件  份数: 1 }          // matter-local materials
  材料 招牌设计图 { 形式: 电子 }
  材料 消防安全检查合格证明 { 形式: 原件 }
  字段 经营场所.面积: 数字 最小 0 单位 "平方米"            // matter-local fields

  表单 { 分组 经营者 { 字段: 企业.名称, 企业.统一社会信用代码 }  分组 场所 { 字段: 经营场所.地址 } }
  告知承诺 消防承诺 {
    替代材料: 消防安全检查合格证明          // materials the applicant no longer supplies
    条件: "申请人无严重失信记录"              // who may choose it, as the letter states it
    核查: 实地核查 20 工作日                 // 书面核查 · 网络核验 · 实地核查 · 公示核查, within a time
    违诺: 撤销许可, 纳入信用记录
    条款: "本人已知晓告知的全部内容", "本人符合上述条件", "所填信息真实有效", "愿意承担不实承诺的法律责任"
  }
  指南 {
    办理地点: "示例市政务服务中心"  办理时间: "工作日 9:00-17:00"  咨询电话: "12345"  投诉电话: "12345"
    网办地址: "https://zwfw.example.gov.cn"
    设定依据: "《中华人民共和国食品安全法》", "《食品经营许可和备案管理办法》"
    受理条件: "有与经营食品相适应的场所"
    常见问题 "个体工商户可以办理吗？" { 答: "可以。" }
  }
}
`;

describe("the starting design's snippets", () => {
  it("compile, warning only about the matter-local field no sub-item asks for", () => {
    const r = compileTexts({ "main.matter": MAIN, "共用材料.matter": SHARED }, ["main.matter"]);
    expect(r.diagnostics.map((d) => `${d.code} ${d.span?.start.line}`)).toEqual(["W0117 67"]);
    const m = r.models[0];
    expect(m.items.map((i) => i.name)).toEqual(["营业执照核验", "食品经营许可", "招牌设置", "消防检查", "健康证明"]);
    expect(m.departments.find((d) => d.name === "市场监管局")).toMatchObject({ fullName: "某市市场监督管理局", phone: "12315", duties: "统一受理、统一出件" });
    expect(m.materials.find((x) => x.name === "食品安全管理制度")?.source.kind).toBe("applicant");
  });
});
