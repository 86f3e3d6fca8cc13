// The few words the editor shows that are not diagnostics: hover headings, completion details and
// refusals. Chinese first, like the compiler's catalog.
import type { Lang } from "../../compiler/schema.js";

export interface UiTexts {
  help: string;
  label(key: string): string;
  required: string;
  spellings: string;
  declaredIn: string;
  std: string;
  addsUse(path: string): string;
  renameStd: string;
  renameNothing: string;
  renameEmpty: string;
  renameNotWord(kind: string): string;
  renameQuote(quote: string): string;
  material: {
    heading: string;
    noModel: string;
    applicant: string;
    intermediary: string;
    eLicence(licence: string): string;
    dataSharing(department: string): string;
    priorOutput(item: string): string;
    system: string;
    replacedBy(commitments: string): string;
    askedBy(items: string): string;
    notAsked: string;
  };
}

const zh: UiTexts = {
  help: "建议",
  label: (key) => (key === "first" ? "首次声明处" : key),
  required: "必填",
  spellings: "写法",
  declaredIn: "声明于",
  std: "标准库",
  addsUse: (path) => `将加入 使用 "${path}"`,
  renameStd: "标准库中的名称不能重命名；可以在本项目中声明同名的新名称来替换它。",
  renameNothing: "这里没有可以重命名的名称。",
  renameEmpty: "新名称不能为空。",
  renameNotWord: (kind) => `${kind}的名称必须是一个词（汉字、字母、数字、下划线），不能含空格或标点。`,
  renameQuote: (quote) => `新名称不能含有引号 ${quote}。`,
  material: {
    heading: "向申请人收取吗？",
    noModel: "这件事还有错误，改正后显示是否向申请人收取。",
    applicant: "申请人提交。",
    intermediary: "申请人向中介机构取得后提交。",
    eLicence: (licence) => `不收取：部门通过电子证照「${licence}」获取。`,
    dataSharing: (department) => `不收取：由${department}通过数据共享提供。`,
    priorOutput: (item) => `不收取：是子事项「${item}」办结后的产出。`,
    system: "不收取：由系统生成。",
    replacedBy: (commitments) => `申请人选择告知承诺（${commitments}）时免交。`,
    askedBy: (items) => `需要它的子事项：${items}。`,
    notAsked: "没有子事项需要它。",
  },
};

const en: UiTexts = {
  help: "help",
  label: (key) => (key === "first" ? "first declared here" : key),
  required: "required",
  spellings: "spellings",
  declaredIn: "declared in",
  std: "standard library",
  addsUse: (path) => `adds use "${path}"`,
  renameStd: "Names of the standard library cannot be renamed; declare a name of your own in the project to replace it.",
  renameNothing: "There is no name to rename here.",
  renameEmpty: "The new name is empty.",
  renameNotWord: (kind) => `A ${kind} name must be a single word (letters, digits, underscores), without spaces or punctuation.`,
  renameQuote: (quote) => `The new name cannot contain the quote ${quote}.`,
  material: {
    heading: "Asked of the applicant?",
    noModel: "This matter still has errors; fix them to see whether the applicant supplies it.",
    applicant: "The applicant supplies it.",
    intermediary: "The applicant obtains it from an intermediary and supplies it.",
    eLicence: (licence) => `Not asked: the department fetches the e-licence "${licence}".`,
    dataSharing: (department) => `Not asked: ${department} provides it by data sharing.`,
    priorOutput: (item) => `Not asked: it is what the sub-item "${item}" issues.`,
    system: "Not asked: the system generates it.",
    replacedBy: (commitments) => `Not needed when the applicant takes the commitment (${commitments}).`,
    askedBy: (items) => `Sub-items that need it: ${items}.`,
    notAsked: "No sub-item needs it.",
  },
};

export function ui(lang: Lang): UiTexts {
  return lang === "en" ? en : zh;
}
