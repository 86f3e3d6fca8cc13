// A matter that declares every implementation-list element of a sub-item, for the element tests
// (lowering, guide table, implementation-list.json). The credit code's check character is right
// (GB 32100); the implementation code embeds the basic code, division and credit code.
export const ELEMENTS_SOURCE = `使用 "std/部门"
部门 甲市市场监管局 {
  全称: "甲市市场监督管理局"
  统一社会信用代码: "11440300007542728Y"
  行政区划: "440300"
}
一件事 开店 {
  编码: "T-EL"
  牵头部门: 甲市市场监管局
  承诺时限: 5 工作日
  子事项 食品经营许可 {
    部门: 甲市市场监管局
    类型: 行政许可
    实施编码: "11440300007542728Y4000101000100"
    基本编码: "000101000100"
    业务办理项: "0001"
    办件类型: 承诺件
    行使层级: 市级, 县级
    权力来源: 法定本级行使
    法定时限: 20 工作日
    承诺时限: 5 工作日
    设定依据 "中华人民共和国食品安全法" { 条款: "第三十五条" }
    实施依据 "食品经营许可和备案管理办法" { 文号: "国家市场监督管理总局令第78号"  条款: "第十条", "第十一条" }
    受理条件: "已取得营业执照等合法主体资格", "有与经营的食品品种、数量相适应的经营场所"
    收费项目 工本费 { 标准: "0元"  依据: "示例价格文件"  减免: "全额免收"  网上支付: 是 }
    结果 食品经营许可证 {
      类型: 证照
      样本: "https://example.org/sample.pdf"
      电子证照: "食品经营许可证"
      送达: 窗口领取, 邮寄, 电子证照
      邮费: 政府承担
    }
    中介服务 "场所平面图绘制" { 必须: 否  时限: 3 工作日  收费: "按市场价" }
    数量限制: "无数量限制"
    申请期限: "开业前"
    到现场次数: 1
    到现场原因: "领取纸质许可证"
    网办深度: 三级
    办理形式: 窗口, 网上
    预约: 是
    受理窗口: "市民中心B区食品许可窗口"
    办理地点 福田区: "福田区政务服务中心二楼"
    办理地点 南山区: "南山区政务服务中心一楼"
  }
  子事项 设立登记 {
    部门: 甲市市场监管局
    承诺时限: 即办
    办件类型: 即办件
    收费: 不收费
  }
}
`;

/** A matter whose materials declare the per-material elements: 原件及复印件, 备用来源, 受理标准, 依据
 * and a blank form (the material-element and implementation-list tests). */
export const MATERIAL_ELEMENTS_SOURCE = `使用 "std/部门"
一件事 测试 {
  编码: "T-1"
  牵头部门: 市场监管局
  承诺时限: 5 工作日
  办理渠道: 一网通办
  子事项 甲 { 部门: 市场监管局  承诺时限: 3 工作日  材料: 身份证, 申请表 }
  材料 身份证 {
    形式: 原件及复印件
    来源: 电子证照 "居民身份证"
    备用来源: 申请人自备
    受理标准: "在有效期内", "复印件与原件一致"
    依据: "《示例办法》第五条"
  }
  材料 申请表 {
    形式: 电子
    样表: "https://example.cn/yangbiao.pdf"
    空白表格: "https://example.cn/kongbai.docx"
  }
}
`;
