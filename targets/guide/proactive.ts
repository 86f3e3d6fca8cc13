// 免申办 (免申即享 / 快申快享, issue 16) in the pages people read: who is eligible (the rules, each
// with its 依据), what is granted, what triggers it, how the person is told and whether they
// confirm (and by when), and, for 快申快享, what they still fill in. Every sentence comes from a
// declaration; what the office did not declare (a notice channel, a time to confirm, a way to
// object) is said to be undeclared, never filled in.
import type { Item, Model, Proactive, ProactiveTrigger } from "../../compiler/model.js";
import { describe, type SentenceContext } from "../conditions/sentence.js";
import { sentenceContext } from "./materials.js";
import { durationText } from "./words.js";

export interface ProactiveView {
  /** The sub-item's name for a sub-item-level grant; absent for the whole matter. */
  item?: string;
  itemId?: string;
  mode: string;
  /** "免申即享：符合条件的无需申请，…" */
  modeText: string;
  trigger: string;
  rules: { name: string; condition: string; basis: string }[];
  grants: string[];
  /** How the person is told: the declared channels, or that none was declared. */
  channels: string;
  channelsDeclared: boolean;
  consent: boolean;
  confirmation: string;
  confirmWithin?: string;
  /** 快申快享: the fields the person still fills in (labels); confirmed: those shown to check. */
  missing: string[];
  confirmed: string[];
  basis: string[];
  /** What to do when the person thinks they qualify but were not told, or disagrees. */
  objection: string;
}

export const MODE_TEXT: Record<Proactive["mode"], string> = {
  免申即享: "免申即享：符合条件的，无需申请，由部门根据共享数据比对确认后直接给予",
  快申快享: "快申快享：部门根据共享数据预填申请，推送给本人，本人只需填写无法从数据获取的信息并确认",
};

/** What starts the grant, said as the office declared it. */
export function triggerText(t: ProactiveTrigger, model?: Model): string {
  if (t.kind === "prior-output") return `子事项“${t.item}”办结后自动启动`;
  if (t.kind === "data-event") {
    const d = model?.departments.find((x) => x.name === t.department);
    return `${d?.fullName ?? t.department}报送“${t.event}”数据后自动启动`;
  }
  return `${t.period}定期自动比对一次（周期：${t.cycle}）`;
}

export function confirmationText(p: Proactive): string {
  if (p.confirmation === "notify") return "无需本人确认：符合条件即给予，给予后告知本人";
  return `需本人确认同意后给予${p.confirmWithin ? `，确认时限为收到告知后${durationText(p.confirmWithin)}` : "，未声明确认时限"}`;
}

export const NO_OBJECTION = "本事项未声明办理途径";

function labels(model: Model, paths: string[]): string[] {
  return paths.map((p) => model.fields.find((f) => f.path === p)?.label ?? p);
}

export function ruleText(r: Proactive["rules"][number], ctx: SentenceContext): { name: string; condition: string; basis: string } {
  const condition = r.when.op === "true" ? "" : r.when.op === "false" ? "从不成立" : describe(r.when, ctx);
  return { name: r.name, condition, basis: r.basis.join("；") };
}

export function proactiveView(model: Model, p: Proactive, item?: Item): ProactiveView {
  const ctx = sentenceContext(model);
  return {
    ...(item ? { item: item.name, itemId: item.id } : {}),
    mode: p.mode,
    modeText: MODE_TEXT[p.mode],
    trigger: triggerText(p.trigger, model),
    rules: p.rules.map((r) => ruleText(r, ctx)),
    grants: p.grants,
    channels: p.noticeChannels.length ? p.noticeChannels.join("、") : "未声明告知方式",
    channelsDeclared: p.noticeChannels.length > 0,
    consent: p.confirmation === "consent",
    confirmation: confirmationText(p),
    ...(p.confirmWithin ? { confirmWithin: durationText(p.confirmWithin) } : {}),
    missing: labels(model, p.missingFields),
    confirmed: labels(model, p.confirmedFields),
    basis: p.basis,
    objection: NO_OBJECTION,
  };
}

/** The matter's own 免申办 first, then each sub-item's, in declaration order. */
export function proactiveViews(model: Model): { matter?: ProactiveView; items: ProactiveView[] } {
  return {
    ...(model.proactive ? { matter: proactiveView(model, model.proactive) } : {}),
    items: model.items.filter((i) => i.proactive).map((i) => proactiveView(model, i.proactive!, i)),
  };
}

/** The file names of the 主动告知书. */
export const PROACTIVE_FILES = { html: "proactive-notice.html", md: "proactive-notice.md" } as const;

export function hasProactive(model: Model): boolean {
  return model.proactive !== undefined || model.items.some((i) => i.proactive);
}

/** The #16 service modes a matter offers (免申即享/快申快享, of the matter or some sub-items; 跨域办's
 * scope and modes), as the catalog and the guide's 基本信息 name them; empty for the others. */
export function serviceModes(model: Model): string[] {
  const modes: string[] = [];
  if (model.proactive) modes.push(model.proactive.mode);
  for (const i of model.items) if (i.proactive && !modes.includes(`${i.proactive.mode}（部分子事项）`) && i.proactive.mode !== model.proactive?.mode) modes.push(`${i.proactive.mode}（部分子事项）`);
  const c = model.crossRegion;
  if (c) {
    const scope = c.region ? `${c.region}通办` : c.provinces.length === 0 ? "全国通办" : c.provinces.length > 1 ? "跨省通办" : "省内通办";
    modes.push(scope, ...c.modes);
  }
  return modes;
}
