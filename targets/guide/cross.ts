// 跨域办 (issue 16) in the pages people read and the staff's work guide: the modes, the region and
// provinces, the receiving windows (异地代收代办: address, phone, hours) and the handling places,
// what the receiving window checks, and the 寄递 (how long, whether it counts, who pays). A
// receiving window only checks identity and form and sends the file on (国办发〔2020〕35号); the
// handling place decides. What is not declared is said to be undeclared, never filled in.
import type { CrossRegion, Model } from "../../compiler/model.js";
import { durationText } from "./words.js";

export interface CrossView {
  region?: string;
  /** "北京市、天津市、河北省", or "全国" when no province is named. */
  provinces: string;
  modes: string[];
  /** One sentence per mode, saying what it means for the applicant. */
  modeLines: string[];
  windows: { name: string; id: string; address: string; phone: string; hours: string }[];
  checks: string[];
  checksDeclared: boolean;
  /** "（未声明，按国办发〔2020〕35号的身份核验、形式审查）" when the office did not list them. */
  checksNote: string;
  handlingPlaces: string[];
  handlingDeclared: boolean;
  post?: { time: string; counted: boolean; countedText: string; payer: string; basis: string };
  basis: string[];
  /** The applicant-facing sentence on sending: "材料由收件窗口寄递至办理地，约…". */
  postSentence: string;
}

const MODE_LINE: Record<CrossRegion["modes"][number], string> = {
  全程网办: "全程网办：通过网上办理，无需到办理地",
  异地代收代办: "异地代收代办：可在下列收件窗口提交，收件窗口核验后将材料寄递至办理地办理",
  多地联办: "多地联办：由相关地区部门分段办理、协同联动，申请人只需到一地提交",
};

const UNDECLARED = "未声明";

export function crossView(model: Model): CrossView | undefined {
  const c = model.crossRegion;
  if (!c) return undefined;
  const lead = model.departments.find((d) => d.name === model.lead) ?? model.departments[0];
  const fallbackPlace = [lead?.fullName, lead?.address].filter(Boolean).join("，");
  const post = c.post;
  return {
    ...(c.region ? { region: c.region } : {}),
    provinces: c.provinces.length ? c.provinces.join("、") : "全国",
    modes: c.modes,
    modeLines: c.modes.map((m) => MODE_LINE[m]),
    windows: c.windows.map((w) => ({ name: w.name, id: w.id, address: w.address ?? UNDECLARED, phone: w.phone ?? UNDECLARED, hours: w.hours ?? UNDECLARED })),
    checks: c.checks,
    checksDeclared: c.checksDeclared,
    checksNote: c.checksDeclared ? "" : "（本事项未声明，按国办发〔2020〕35号的要求）",
    handlingPlaces: c.handlingPlaces.length ? c.handlingPlaces : fallbackPlace ? [`${fallbackPlace}（牵头部门）`] : [],
    handlingDeclared: c.handlingPlaces.length > 0,
    ...(post
      ? {
          post: {
            time: post.time ? durationText(post.time) : "未声明寄递时间",
            counted: post.counted,
            countedText: post.counted ? "计入办理时限" : "不计入办理时限",
            payer: post.payer ?? "未声明由谁承担寄递费用",
            basis: post.basis.length ? post.basis.join("；") : "未声明依据",
          },
        }
      : {}),
    basis: c.basis,
    postSentence: postSentence(c),
  };
}

function postSentence(c: CrossRegion): string {
  const p = c.post;
  if (!p) return c.modes.includes("异地代收代办") ? "本事项未声明收件窗口与办理地之间的寄递安排" : "";
  const time = p.time ? `寄递时间${durationText(p.time)}` : "未声明寄递时间";
  const payer = p.payer ? `寄递费用${p.payer}` : "未声明由谁承担寄递费用";
  return `材料由收件窗口寄递至办理地：${time}，${p.counted ? "计入办理时限" : "不计入办理时限"}；${payer}`;
}

export interface ReceivingChecklist {
  windows: string[];
  checks: string[];
  checksNote: string;
  /** What the window sends on besides the application: the materials the applicant hands in. */
  sends: string[];
  how: string;
  within: string;
  handlingPlaces: string[];
}

/** The receiving window staff's checklist (工作指引), in order: check, then send, within the time. */
export function receivingChecklist(model: Model, handedIn: string[]): ReceivingChecklist | undefined {
  const v = crossView(model);
  const c = model.crossRegion;
  if (!v || !c || !c.modes.includes("异地代收代办")) return undefined;
  return {
    windows: v.windows.map((w) => w.name),
    checks: v.checks,
    checksNote: v.checksNote,
    sends: handedIn,
    how: c.post ? "寄递" : "未声明",
    within: c.post?.time ? `${durationText(c.post.time)}内寄达（${c.post.counted ? "计入" : "不计入"}办理时限）` : "未声明",
    handlingPlaces: v.handlingPlaces,
  };
}
