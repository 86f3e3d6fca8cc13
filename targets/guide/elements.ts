// The standard element table of each sub-item (事项要素), in the order public guide pages use:
// 事项名称, 实施编码, 事项类型, 办件类型, 行使层级, 实施主体, 依据, 受理条件, 时限, 收费, 结果, 送达,
// 到现场次数, 网办深度, 办理形式…. A row appears only when its element is declared (or, like 收费,
// has the language's default); nothing is invented. Only sub-items that declare some element get a
// table; the matter's 咨询/投诉 phones are in 办理地点和时间 once, not repeated per sub-item.
import type { Item, LegalBasis, Model } from "../../compiler/model.js";
import { httpUrl } from "./url.js";
import { durationText } from "./words.js";

export interface ElementRow {
  label: string;
  /** One or more lines of text. */
  lines: string[];
  /** Links (result samples): the text and the checked http(s) address. */
  links?: { text: string; sampleUrl: string }[];
}

export interface ItemElementsView {
  id: string;
  name: string;
  rows: ElementRow[];
}

const ELEMENT_KEYS: (keyof Item)[] = ["baseCode", "businessItem", "handlingType", "levels", "powerSource", "basis", "implementationBasis", "acceptance", "fees", "results", "intermediaries", "quantityLimit", "applicationDeadline", "visits", "onlineDepth", "handlingForms", "appointment", "window", "places"];

/** Whether a sub-item declares an implementation-list element (it gets a table then; the others
 * are fully described by the time table). */
export function itemDeclaresElements(i: Item): boolean {
  return ELEMENT_KEYS.some((k) => i[k] !== undefined);
}

/** Whether any sub-item declares an implementation-list element (the section is shown then). */
export function declaresElements(model: Model): boolean {
  return model.items.some(itemDeclaresElements);
}

function basisLine(b: LegalBasis): string {
  const name = /^《.*》$/.test(b.name) ? b.name : `《${b.name}》`;
  return `${name}${b.number ? `（${b.number}）` : ""}${b.articles.length ? b.articles.join("、") : ""}`;
}

function feeLines(i: Item): string[] {
  if (!i.fees?.length) return [i.fee];
  const lines = i.fees.map((f) => {
    const parts = [f.name, f.standard && `标准：${f.standard}`, f.basis && `依据：${f.basis}`, f.reduction && `减免：${f.reduction}`, f.onlinePayment !== undefined && (f.onlinePayment ? "支持网上支付" : "不支持网上支付")];
    return parts.filter(Boolean).join("；");
  });
  return i.fee !== "收费" ? [i.fee, ...lines] : lines;
}

export function itemElementViews(model: Model): ItemElementsView[] {
  const phone = model.guide.consultPhone;
  return model.items.filter(itemDeclaresElements).map((i) => {
    const dept = model.departments.find((d) => d.name === i.department);
    const rows: ElementRow[] = [];
    const add = (label: string, value: string | string[] | undefined) => {
      const lines = value === undefined ? [] : Array.isArray(value) ? value : [value];
      if (lines.length) rows.push({ label, lines });
    };
    add("事项名称", i.name);
    add("实施编码", i.code);
    add("基本编码", i.baseCode);
    add("业务办理项编码", i.businessItem);
    add("事项类型", i.type && `${i.type.name}（${i.type.code}）`);
    add("办件类型", i.handlingType);
    add("行使层级", i.levels?.join("、"));
    add("权力来源", i.powerSource && (i.entrustedBy ? `${i.powerSource}（委托部门：${model.departments.find((d) => d.name === i.entrustedBy)?.fullName ?? i.entrustedBy}）` : i.powerSource));
    add("实施主体", dept ? `${dept.fullName}${dept.creditCode ? `（统一社会信用代码：${dept.creditCode}）` : ""}` : i.department);
    add("设定依据", i.basis?.map(basisLine));
    add("实施依据", i.implementationBasis?.map(basisLine));
    add("受理条件", i.acceptance);
    add("申请期限", i.applicationDeadline);
    add("数量限制", i.quantityLimit);
    if (i.legalTime) add("法定办结时限", durationText(i.legalTime));
    if (i.promisedTime) add("承诺办结时限", durationText(i.promisedTime));
    add("收费", feeLines(i));
    add(
      "中介服务",
      i.intermediaries?.map((s) => [s.name, s.compulsory !== undefined && (s.compulsory ? "必须" : "非必须"), s.time && `时限${durationText(s.time)}`, s.fee && `收费：${s.fee}`].filter(Boolean).join("；")),
    );
    add("办理结果", i.results?.length ? i.results.map((r) => `${r.name}${r.type ? `（${r.type}）` : ""}${r.eLicence ? `，同步生成电子证照（${r.eLicence}）` : ""}`) : i.produces);
    const samples = (i.results ?? []).flatMap((r) => {
      const url = httpUrl(r.sample);
      return url ? [{ text: `${r.name}样本`, sampleUrl: url }] : [];
    });
    if (samples.length) rows.push({ label: "结果样本", lines: [], links: samples });
    add(
      "送达方式",
      (i.results ?? []).filter((r) => r.delivery.length).map((r) => `${r.name}：${r.delivery.map((d) => (d === "邮寄" && r.postage ? `邮寄（邮费${r.postage}）` : d)).join("、")}`),
    );
    if (i.visits !== undefined) add("到现场次数", i.visits === 0 ? "0次" : `${i.visits}次${i.visitReasons?.length ? `（${i.visitReasons.join("；")}）` : ""}`);
    add("网办深度", i.onlineDepth && `${i.onlineDepth.code}级`); // 四级 → Ⅳ级, as the national list writes it
    add("办理形式", i.handlingForms?.map((f) => (f === "窗口" || f === "网上" || f === "邮寄" || f === "自助" ? `${f}办理` : f)).join("、"));
    if (i.appointment !== undefined) add("预约办理", i.appointment ? "支持" : "不支持");
    add("受理窗口", i.window);
    add("办理地点", i.places?.map((p) => `${p.district}：${p.address}`));
    // 咨询 and 投诉 are the matter's (办理地点和时间); a department's own phone is shown when the guide gives none.
    if (!phone) add("咨询电话", dept?.phone);
    return { id: i.id, name: i.name, rows };
  });
}
