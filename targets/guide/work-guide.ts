// 工作指引: what the staff of each department do with the matter (国发〔2024〕3号 asks for one next to
// the 办事指南). Its layout follows the published structure of business manuals for service items
// (政务服务事项业务手册, e.g. DB31/T 544—2024 《政务服务事项业务手册编制规范》: 审批服务基础, then
// 办理流程 step by step — 申请（收件）, 受理, 审查与决定 with 实地核查, and the issuing of results),
// with a part on the duties of each department because a matter spans several. Every statement
// comes from a declaration or a computed fact; what the office did not declare is said to be
// undeclared (an undeclared 审查要点 or refusal effect) or left out, never filled in.
import type { Department, Field, MaterialSource, Model } from "../../compiler/model.js";
import { conditionSentence } from "../conditions/sentence.js";
import type { OutputFile } from "../target.js";
import { admissionView, refusalView, type AdmissionView } from "./admission.js";
import { sentenceContext } from "./materials.js";
import { sourceText } from "./prefilled.js";
import { renderHtml, renderMarkdown } from "./render.js";
import { itemSpecialText } from "./special.js";
import type { TemplateSet } from "./templates.js";
import { validityView } from "./validity.js";
import { CORRECTION_FILES, WORK_GUIDE_FILES } from "./view.js";
import { durationText, fetchedReason } from "./words.js";
import { promiseText } from "./figures.js";
import { receivingChecklist, type ReceivingChecklist } from "./cross.js";

export interface WorkDepartmentView {
  name: string;
  fullName: string;
  role: string;
  duties?: string;
  system?: string;
  phone?: string;
  /** The sub-items it handles. */
  items: string[];
  /** What it shares with the others (数据共享): materials and form fields. */
  shares: string[];
  /** The commitments whose verification is its job. */
  verifies: string[];
}

export interface WorkItemView {
  id: string;
  name: string;
  department: string;
  system?: string;
  condition?: string;
  /** "承诺5个工作日（法定10个工作日）", or what is declared of it. */
  time: string;
  after: string[];
  /** 审查要点, where declared. */
  points: string[];
  /** The materials it asks for, each with its 受理标准 where declared and how it is obtained. */
  materials: { name: string; how: string; criteria?: string }[];
  /** The data it fetches instead of asking: what, from where. */
  fetches: string[];
  /** 特殊环节, as one phrase each. */
  special?: string;
  /** 实地核查, where declared. */
  onSiteCheck?: string;
  /** What a refusal does; `declared` false: the office declared nothing. */
  refusal: { declared: boolean; text: string };
  /** Results it issues and how they reach the applicant. */
  results: string[];
}

export interface WorkGuideView {
  title: string;
  code: string;
  version?: string;
  status: string;
  basics: {
    lead: string;
    promised: string;
    promiseDeclared: boolean;
    channels: string[];
    basis: string[];
    acceptance: string[];
    fee: string[];
  };
  departments: WorkDepartmentView[];
  intake: {
    department: string;
    system?: string;
    channels: string[];
    /** What the applicant hands in, with what the window checks (受理标准). */
    materials: { name: string; form: string; copies: number; condition?: string; criteria?: string; deferrable?: string }[];
    /** Fields the platform prefills, and from where. */
    prefilled: { label: string; from: string }[];
    /** 异地代收代办: the receiving window's checklist (checks in order, what is sent, how, within). */
    receiving?: ReceivingChecklist;
  };
  acceptance: {
    department: string;
    admission: AdmissionView;
    correctionDeclared: boolean;
    correctionLink?: { html: string; md: string };
  };
  items: WorkItemView[];
  onSite: { items: { name: string; department: string; text: string }[]; commitments: { name: string; department: string; text: string }[] };
  issue: { department: string; results: { item: string; text: string }[] };
  links: { html: string; md: string };
}

function deptOf(model: Model, name: string): Department | undefined {
  return model.departments.find((d) => d.name === name);
}

/** Where a material or a field comes from, with the providing department's 业务系统 where declared. */
function fromText(model: Model, s: MaterialSource | NonNullable<Field["source"]>): string {
  if (s.kind === "data-sharing") {
    const d = s.department ? deptOf(model, s.department) : undefined;
    return `${d?.fullName ?? s.department ?? "相关部门"}共享${d?.system ? `（${d.system}）` : ""}`;
  }
  if (s.kind === "e-licence") return `电子证照${s.licence ? `“${s.licence}”` : ""}`;
  if (s.kind === "prior-output") return `子事项“${s.item}”的办理结果`;
  if (s.kind === "system") return "系统根据申请表生成";
  if (s.kind === "identity") return "申请人统一身份认证信息";
  return s.kind === "intermediary" ? "中介机构出具" : "申请人提交";
}

function itemTime(i: Model["items"][number]): string {
  const parts = [i.promisedTime && `承诺${durationText(i.promisedTime)}`, i.legalTime && `法定${durationText(i.legalTime)}`].filter(Boolean);
  return parts.length ? parts.join("，") : "未声明时限";
}

function resultsOf(i: Model["items"][number]): string[] {
  if (i.results?.length) return i.results.map((r) => `${r.name}${r.delivery.length ? `（${r.delivery.join("、")}）` : ""}`);
  return i.produces ? [i.produces] : [];
}

export function workGuideView(model: Model): WorkGuideView {
  const ctx = sentenceContext(model);
  const lead = deptOf(model, model.lead) ?? model.departments[0];
  const promise = promiseText(model);
  const materialByName = new Map(model.materials.map((m) => [m.name, m]));
  const fieldByPath = new Map(model.fields.map((f) => [f.path, f]));

  const departments = model.departments.map((d): WorkDepartmentView => {
    const shares = [
      ...model.materials.filter((m) => m.source.kind === "data-sharing" && m.source.department === d.name).map((m) => `材料“${m.name}”`),
      ...model.fields.filter((f) => f.source?.kind === "data-sharing" && f.source.department === d.name).map((f) => `字段“${f.label}”${f.source?.dataItem ? `（${f.source.dataItem}）` : ""}`),
    ];
    return {
      name: d.name,
      fullName: d.fullName,
      role: d.role === "lead" ? "牵头部门" : "配合部门",
      ...(d.duties ? { duties: d.duties } : {}),
      ...(d.system ? { system: d.system } : {}),
      ...(d.phone ? { phone: d.phone } : {}),
      items: model.items.filter((i) => i.department === d.name).map((i) => i.name),
      shares,
      verifies: model.commitments.filter((c) => c.department === d.name).map((c) => c.name),
    };
  });

  const items = model.items.map((i): WorkItemView => {
    const d = deptOf(model, i.department);
    const condition = conditionSentence(i.when, ctx) || undefined;
    const materials = i.materials.flatMap((name) => {
      const m = materialByName.get(name);
      if (!m) return [];
      const how = m.fromApplicant ? (m.source.kind === "intermediary" ? "申请人提交（中介机构出具）" : "申请人提交") : (fetchedReason(m.source) ?? fromText(model, m.source));
      return [{ name, how, ...(m.acceptanceCriteria?.length ? { criteria: m.acceptanceCriteria.join("；") } : {}) }];
    });
    const fetches = [
      ...i.materials.flatMap((name) => {
        const m = materialByName.get(name);
        return m && !m.fromApplicant && m.source.kind !== "system" ? [`材料“${name}”：${fromText(model, m.source)}`] : [];
      }),
      ...i.fields.flatMap((path) => {
        const f = fieldByPath.get(path);
        return f?.source ? [`字段“${f.label}”：${sourceText(model, f)}${f.source.kind === "data-sharing" && deptOf(model, f.source.department ?? "")?.system ? `（${deptOf(model, f.source.department!)!.system}）` : ""}`] : [];
      }),
    ];
    const refusal = i.onRefusal.declared ? { declared: true, text: `${i.onRefusal.effect}：${refusalView(model, i).text}` } : { declared: false, text: "未声明不予许可后的处理；流程按终止办理执行" };
    return {
      id: i.id,
      name: i.name,
      department: d?.fullName ?? i.department,
      ...(d?.system ? { system: d.system } : {}),
      ...(condition ? { condition } : {}),
      time: itemTime(i),
      after: i.after,
      points: i.reviewPoints ?? [],
      materials,
      fetches,
      ...(itemSpecialText(model, i.name) ? { special: itemSpecialText(model, i.name) } : {}),
      ...(i.onSiteCheck ? { onSiteCheck: i.onSiteCheck } : {}),
      refusal,
      results: resultsOf(i),
    };
  });

  const admission = admissionView(model);
  return {
    title: model.name,
    code: model.code,
    ...(model.version ? { version: model.version } : {}),
    status: model.status,
    basics: {
      lead: lead.fullName,
      promised: promise.text,
      promiseDeclared: promise.declared,
      channels: model.channels,
      basis: model.guide.basis,
      acceptance: model.guide.acceptance,
      fee: model.items.filter((i) => i.fee !== "不收费" && i.fee !== "免费").map((i) => `${i.name}：${i.fee}`),
    },
    departments,
    intake: {
      department: lead.fullName,
      ...(lead.system ? { system: lead.system } : {}),
      channels: model.channels,
      materials: model.materials
        .filter((m) => m.fromApplicant && m.neededWhen.op !== "false")
        .map((m) => {
          const condition = conditionSentence(m.neededWhen, ctx);
          return {
            name: m.name,
            form: m.form,
            copies: m.copies,
            ...(condition ? { condition } : {}),
            ...(m.acceptanceCriteria?.length ? { criteria: m.acceptanceCriteria.join("；") } : {}),
            ...(m.deferrable ? { deferrable: `容缺受理，受理后${durationText(m.deferrable)}内补交${m.lateConsequence ? `，逾期未补交的：${m.lateConsequence}` : ""}` } : {}),
          };
        }),
      prefilled: model.fields.filter((f) => f.source && f.neededWhen.op !== "false").map((f) => ({ label: f.label, from: sourceText(model, f) })),
      ...receivingField(model),
    },
    acceptance: {
      department: lead.fullName,
      admission,
      correctionDeclared: model.correction !== undefined,
      ...(model.correction ? { correctionLink: { html: CORRECTION_FILES.html, md: CORRECTION_FILES.md } } : {}),
    },
    items,
    onSite: {
      items: items.filter((i) => i.onSiteCheck).map((i) => ({ name: i.name, department: i.department, text: i.onSiteCheck! })),
      commitments: model.commitments
        .filter((c) => c.verification)
        .map((c) => ({
          name: c.name,
          department: deptOf(model, c.department)?.fullName ?? c.department,
          text: `${c.verification!.method}${c.verification!.time ? `，准予办理后${durationText(c.verification!.time)}内` : ""}`,
        })),
    },
    issue: {
      department: lead.fullName,
      results: items.filter((i) => i.results.length).map((i) => ({ item: i.name, text: i.results.join("、") })),
    },
    links: { html: WORK_GUIDE_FILES.html, md: WORK_GUIDE_FILES.md },
  };
}

function receivingField(model: Model): { receiving?: ReceivingChecklist } {
  const handedIn = model.materials.filter((m) => m.fromApplicant && m.neededWhen.op !== "false").map((m) => m.name);
  const receiving = receivingChecklist(model, handedIn);
  return receiving ? { receiving } : {};
}

export function workGuideFiles(model: Model, set: TemplateSet, on?: string): OutputFile[] {
  const view = { ...workGuideView(model), validity: validityView(model, on) };
  return [
    { path: WORK_GUIDE_FILES.html, text: renderHtml(set, "work-guide.html.hbs", view) },
    { path: WORK_GUIDE_FILES.md, text: renderMarkdown(set, "work-guide.md.hbs", view) },
  ];
}
