// A .matter program with one string in every string-carrying position of the language, for the
// hostile-text tests: department (with its 业务系统), material, field, situation, sub-item (with its
// implementation-list elements, a special step, 审查要点, 实地核查 and a 不予受理 case), the matter's
// 不予受理 case (name, 去向, 依据; its condition compares text fields with the string) and 补正
// (可补正, 逾期, 依据), a sub-item's 免申办 (event, rule, grants, 告知方式, 依据), 跨域办 (收件窗口 and its
// address, phone and hours, 收件核验, 办理地, 寄递, 依据), commitment, form group and guide texts, option words and defaults. `S` is written as an ASCII string literal (backslash and
// quote escaped), so any text can be placed. Also the catalogue of hostile strings, and helpers to
// compile the program and to force text the compiler rejects into a model.
import type { Model } from "../../compiler/model.js";
import { compileTexts } from "../helpers/memory-host.js";

/** `s` as an ASCII string literal of the language. */
export function lit(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** The program with S in every string position. Where two texts must differ (two options, two
 * materials), the second is S followed by a space, which Formily's and form-js's expression
 * patterns still match. */
export function hostileProgram(S: string): string {
  const u = (spaces: number) => lit(S + " ".repeat(spaces));
  return `使用 "std/部门"
使用 "std/字段"

部门 ${u(0)} { 全称: ${u(0)}  电话: ${u(0)}  地址: ${u(0)}  业务系统: ${u(0)} }
部门 乙局 { 全称: ${u(0)} }
材料 ${u(0)} { 说明: ${u(0)}  受理标准: ${u(0)}  依据: ${u(0)} }
字段 H.选项: 单选 [${u(0)}, ${u(1)}] 标签 ${u(0)} 说明 ${u(0)} 单位 ${u(0)} 示例 ${u(0)} 默认 ${u(0)}
字段 H.文本: 文本 标签 ${u(0)} 说明 ${u(0)} 默认 ${u(0)}
字段 H.多选: 多选 [${u(0)}, ${u(1)}] 标签 ${u(0)}
字段 R.名称: 文本 标签 ${u(0)} 说明 ${u(0)}

一件事 ${u(0)} {
  编码: "H-1"
  版本: ${u(0)}
  牵头部门: ${u(0)}
  配合部门: 乙局
  职责 { 乙局: ${u(0)} }
  情形 甲: 单选 ${u(0)} [${u(0)}, ${u(1)}] 默认 ${u(0)}
  情形 乙: 是否 ${u(0)} 默认 否
  情形 丙: 多选 ${u(0)} [${u(0)}, ${u(1)}]
  不予受理 ${u(0)} {
    条件: 乙 且 (H.文本 == ${u(0)} 或 H.选项 属于 [${u(0)}] 或 H.多选 包含 ${u(1)})
    去向: ${u(0)}
    依据: ${u(0)}, ${u(1)}
  }
  补正 { 可补正: ${u(0)}, ${u(1)}  期限: 5 工作日  告知时限: 5 工作日  逾期: ${u(0)}  依据: ${u(0)} }
  子事项 ${u(0)} {
    部门: ${u(0)}
    编码: ${u(0)}
    收费: ${u(0)}
    产出: ${u(0)}
    适用: 甲 = ${u(0)} 或 丙 包含 ${u(0)} 或 乙
    材料: ${u(0)}, ${u(1)}
    字段: H.选项, H.文本, H.多选, R.名称
    业务办理项: ${u(0)}
    受理条件: ${u(0)}
    数量限制: ${u(0)}
    申请期限: ${u(0)}
    到现场次数: 1
    到现场原因: ${u(0)}
    受理窗口: ${u(0)}
    办理地点 区: ${u(0)}
    设定依据 ${u(0)} { 文号: ${u(0)}  条款: ${u(0)} }
    收费项目 ${u(0)} { 标准: ${u(0)}  依据: ${u(0)}  减免: ${u(0)} }
    结果 ${u(0)} { 类型: 其他  送达: 邮寄 }
    中介服务 ${u(0)} { 收费: ${u(0)} }
    特殊环节 ${u(0)} { 时限: 20 自然日  依据: ${u(0)}  计入时限: 否  说明: ${u(0)} }
    不予许可: 跳过后续
    审查要点: ${u(0)}, ${u(1)}
    实地核查: ${u(0)}
    不予受理 ${u(1)} { 条件: 丙 包含 ${u(1)}  去向: ${u(0)}  依据: ${u(0)} }
  }
  子事项 ${u(1)} {
    部门: 乙局  适用: 非 乙  字段: H.文本
    免申办 {
      方式: 快申快享
      触发: 数据事件 乙局 ${u(0)}
      资格 ${u(0)} { 条件: H.文本 == ${u(0)}  依据: ${u(0)} }
      确认: 需确认
      给予: ${u(0)}, ${u(1)}
      告知方式: ${u(0)}
      依据: ${u(0)}
    }
  }
  跨域办 {
    区域: 川渝
    方式: 全程网办, 异地代收代办
    收件窗口 ${u(0)} { 地址: ${u(0)}  电话: ${u(0)}  办理时间: ${u(0)} }
    收件核验: ${u(0)}, ${u(1)}
    办理地: ${u(0)}
    寄递 { 时限: 2 工作日  计入时限: 否  依据: ${u(0)} }
    依据: ${u(0)}
  }
  材料 ${u(1)} { 说明: ${u(0)}  适用: 甲 = ${u(1)}  每项一份: R }
  表单 {
    分组 ${u(0)} { 字段: H.选项, H.文本, H.多选 }
    分组 R { 字段: R.名称  最少: 1  最多: 3  条目: ${u(0)}  量词: ${u(0)} }
  }
  告知承诺 承诺 { 替代材料: ${u(1)}  条件: ${u(0)}  条款: ${u(0)}, ${u(1)}  核查: 书面核查 5 工作日 }
  指南 {
    办理地点: ${u(0)}
    办理时间: ${u(0)}
    咨询电话: ${u(0)}
    投诉电话: ${u(0)}
    设定依据: ${u(0)}
    受理条件: ${u(0)}
    常见问题 ${u(0)} { 答: ${u(0)} }
  }
}
`;
}

/** A matter granted without application (免申即享, started by a data event) with S in every string
 * position of its 免申办 and its fields' sources: the event (the start message's name), the rule's name and compared text,
 * the grants, 告知方式 and 依据, besides the matter's, department's, field's and sub-item's names. */
export function hostileProactiveProgram(S: string): string {
  const u = (spaces: number) => lit(S + " ".repeat(spaces));
  return `使用 "std/部门"

部门 ${u(0)} { 全称: ${u(0)} }
部门 乙局 { 全称: ${u(0)} }
字段 P.文本: 文本 标签 ${u(0)} 说明 ${u(0)} 来源 (数据共享 乙局 ${u(0)})
字段 P.数: 数字 标签 ${u(0)} 来源 (电子证照 ${u(0)} ${u(1)})

一件事 ${u(0)} {
  编码: "HP-1"
  牵头部门: ${u(0)}
  配合部门: 乙局
  免申办 {
    方式: 免申即享
    触发: 数据事件 乙局 ${u(0)}
    资格 ${u(0)} { 条件: P.文本 == ${u(0)} 且 P.数 >= 1  依据: ${u(0)} }
    资格 ${u(1)} { 条件: P.文本 != ${u(1)}  依据: ${u(1)} }
    确认: 需确认
    确认时限: 10 工作日
    给予: ${u(0)}, ${u(1)}
    告知方式: ${u(0)}, ${u(1)}
    依据: ${u(0)}
  }
  子事项 ${u(0)} { 部门: ${u(0)}  字段: P.文本, P.数  产出: ${u(0)} }
  子事项 ${u(1)} { 部门: 乙局  字段: P.文本 }
}
`;
}

/** Strings that mean something to some output language. Each is placed in every position. */
export const HOSTILE: string[] = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "\"><svg onload=alert(1)>",
  "'><a href='javascript:alert(1)'>x</a>",
  "{{ alert(1) }}",
  "{{$form.values}}",
  "  {{ (()=>{alert(1)})() }}  ",
  "={{x}}",
  "= 1+1",
  '="您输入的姓名是 " + H.文本',
  "{{H.文本}}",
  "](javascript:alert(1))",
  "[x](javascript:alert(1))",
  "<javascript:alert(1)>",
  "[a]: javascript:alert(1)",
  "![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "<![CDATA[",
  "]]>",
  "&amp; &#x3C;script&#x3E; &lt;",
  "${execution.setVariable('x', 1)}",
  "#{x}",
  "`code` ```",
  "' \" \\ \\' \\\"",
  "*_~|#+-1. > ",
  "\u202Eevil\u202C",
  "true",
  "甲① x²",
  "a\nb\r\nc\td",
  "x".repeat(5000),
];

/** Text the compiler rejects, and that an output must never carry raw. */
export const CONTROLS: string[] = ["a\u0000b", "a\u0007b", "\u001b[31mred\u001b[0m", "a\u007fb", "a\u0085b\u009b31m", "a\ufffeb", "a\uffffb"];

export const BENIGN = "甲乙丙";

export function compileHostile(s: string, program: (s: string) => string = hostileProgram): { model?: Model; errors: string[] } {
  const r = compileTexts({ "h.matter": program(s) });
  return { model: r.models[0], errors: r.diagnostics.filter((d) => d.severity === "error").map((d) => d.code) };
}

/** The date the outputs are built on (\`--on\`), and the model with dates that make the matter and
 * its second sub-item not in force that day: every "not in force" notice then carries the matter's
 * and the sub-item's (hostile) names into the lists, forms, process and pages. */
export const DATED_ON = "2026-01-01";
export function dated(model: Model): Model {
  return { ...model, effective: { from: "2030-01-01" }, items: model.items.map((i, n) => (n === 1 ? { ...i, effective: { from: "2031-01-01" } } : i)) };
}

/** Every string of the model with `from` replaced by `to`: text the compiler would reject, put
 * where the targets can see it. */
export function replaceDeep<T>(v: T, from: string, to: string): T {
  if (typeof v === "string") return v.split(from).join(to) as T;
  if (Array.isArray(v)) return v.map((x) => replaceDeep(x, from, to)) as T;
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [replaceDeep(k, from, to), replaceDeep(x, from, to)])) as T;
  return v;
}

