// Chinese interface strings for form-js 2.x (`matterc/form-js`): form-js routes its own texts
// (validation messages, "Search", "No files selected" …) through a `translate` service, which a
// host replaces with an additional module:
//
//   import { Form } from "@bpmn-io/form-js-viewer";
//   import { formJsChinese } from "matterc/form-js";
//   const form = new Form({ container, additionalModules: [formJsChinese] });
//
// form-js 1.8 (Camunda 7 Tasklist) has no such service, and a Tasklist loads no host modules, so
// there the texts stay English. Templates not listed are left as they are.
export const FORM_JS_ZH: Record<string, string> = {
  "Add new": "新增",
  "All values selected": "已全部选择",
  "Collapse": "收起",
  "Date and time must both be entered.": "日期和时间都必须填写。",
  "Decrement": "减少",
  "Document reference is not defined.": "未指定文件。",
  "Download {fileName}": "下载 {fileName}",
  "Expand all ({value})": "全部展开（{value}）",
  "Field is required.": "必须填写。",
  "Field must be a valid email.": "请输入有效的电子邮箱地址。",
  "Field must be a valid international phone number. (e.g. +4930664040900)": "请输入有效的国际电话号码（如 +861012345678）。",
  "Field must have maximum length of {value}.": "长度不能超过 {value} 个字符。",
  "Field must have maximum value of {value}.": "不能大于 {value}。",
  "Field must have minimum length of {value}.": "长度不能少于 {value} 个字符。",
  "Field must have minimum value of {value}.": "不能小于 {value}。",
  "Field must match pattern {value}.": "格式不正确。",
  "Increment": "增加",
  "Max validation value is not a valid number.": "最大值不是有效的数字。",
  "Min validation value is not a valid number.": "最小值不是有效的数字。",
  "Next page": "下一页",
  "No content to show.": "没有可显示的内容。",
  "No files selected": "未选择文件",
  "No results": "无结果",
  "Nothing to show.": "没有可显示的内容。",
  "Please select a valid value, the two nearest valid values are {previousValue} and {nextValue}.": "请选择有效的值，最接近的两个有效值为 {previousValue} 和 {nextValue}。",
  "Previous page": "上一页",
  "Remove tag": "移除",
  "Search": "搜索",
  "Skip to search": "跳到搜索",
  "Unable to download document": "无法下载文件",
  "Value is expected to be an integer.": "应为整数。",
  "Value is expected to have at most 1 decimal digit.": "最多 1 位小数。",
  "Value is expected to have at most {value} decimal digits.": "最多 {value} 位小数。",
  "Value is not a number.": "不是数字。",
  "{page} of {total}": "第 {page} 页，共 {total} 页",
  "{value} files selected": "已选择 {value} 个文件",
};

/** form-js's translate service in Chinese: the template's translation, placeholders filled in. */
export function translateZh(template: string, replacements: Record<string, unknown> = {}): string {
  return (FORM_JS_ZH[template] ?? template).replace(/{([^}]+)}/g, (whole, key: string) => {
    const v = replacements[key];
    return v === undefined || v === null ? whole : String(v);
  });
}

/** The additional module that installs translateZh as form-js's `translate` service. */
export const formJsChinese = { translate: ["value", translateZh] } as const;
