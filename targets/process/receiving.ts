// 跨域办 with 异地代收代办 (国办发〔2020〕35号): an applicant away from the handling place hands in at
// a receiving window (收件窗口), which checks who they are and the form (the model's checks, in
// order: 身份核验, 形式审查…) and sends the file on (寄递); the handling place then accepts it
// (统一受理) as any other application. Whether a case came through a receiving window is the
// process variable `异地代收` (boolean, set by the receiving platform at start); absent or false:
// applied at the handling place, straight to 统一受理. Every flavour reads it so that absent is
// false (FEEL `异地代收 = true`, JUEL `execution.getVariable('异地代收') == true`).
import type { Cond, CrossRegion, Model } from "../../compiler/model.js";
import type { GraphBuilder } from "./builder.js";
import type { ProcessLane } from "./graph.js";
import { limitLabel } from "./durations.js";

/** The process variable the receiving platform sets on a case handed in at a receiving window. */
export const REMOTE = "异地代收";

export const remote: Cond = { op: "eq", subject: REMOTE, value: true };

const own = (model: Model, role: string): string => `${model.id}_${role}`;

/** The receiving window's lane, when the matter is received away from the handling place. */
export function receivingLane(model: Model): ProcessLane | undefined {
  const cr = receiving(model);
  return cr ? { id: own(model, "window"), name: "收件窗口" } : undefined;
}

/** The matter's 跨域办 when it includes 异地代收代办 (and is not granted without application). */
export function receiving(model: Model): CrossRegion | undefined {
  const cr = model.crossRegion;
  return cr && cr.modes.includes("异地代收代办") && !model.proactive ? cr : undefined;
}

function windowsText(cr: CrossRegion): string {
  if (cr.windows.length === 0) return "收件窗口：通办范围内的政务服务中心通办窗口。";
  const lines = cr.windows.map((w) => `- ${w.name}${w.address ? `，${w.address}` : ""}${w.phone ? `，电话 ${w.phone}` : ""}${w.hours ? `，${w.hours}` : ""}`);
  return ["收件窗口：", ...lines].join("\n");
}

function postText(cr: CrossRegion, places: string): string {
  const post = cr.post;
  const lines = [`收件窗口将申请材料寄递至办理地（${places}），由办理地统一受理。`];
  if (post?.time) lines.push(`寄递时间：${limitLabel("", post.time).trim()}${post.counted ? "，计入办理时限" : "，不计入办理时限"}。`);
  else lines.push("寄递时间未声明。");
  if (post?.payer) lines.push(`寄递费用：${post.payer}。`);
  if (post?.basis.length) lines.push(`依据：${post.basis.join("；")}`);
  lines.push("The receiving window sends the file to the handling place, which accepts it as any application.");
  return lines.join("\n");
}

/**
 * The split after the start: `异地代收` true → the receiving window's checks in order → 寄递 →
 * `entry` (统一受理's merge); otherwise straight to `entry`. Returns the split, or undefined when the
 * matter has no 异地代收代办 (then the start flows to `entry` as before).
 */
export function addReceiving(b: GraphBuilder, model: Model, entry: string): string | undefined {
  const cr = receiving(model);
  const lane = receivingLane(model);
  if (!cr || !lane) return undefined;
  const places = cr.handlingPlaces.length ? cr.handlingPlaces.join("、") : model.lead;
  const region = cr.region ?? (cr.provinces.length ? cr.provinces.join("、") : "全国");
  const split = b.add({
    id: own(model, "remote_split"),
    kind: "exclusiveGateway",
    name: "是否异地代收？",
    lane: lane.id,
    documentation: `跨域办（${cr.modes.join("、")}，${region}）：在收件窗口提交的申请（流程变量 ${REMOTE} 为 true，由收件平台在启动时设置）先由收件窗口核验并寄递；否则（未设置或为 false）在办理地直接受理。`,
  });
  const checks = cr.checks.length ? cr.checks : ["身份核验", "形式审查"];
  let at = split;
  checks.forEach((name, n) => {
    const task = b.add({
      id: own(model, `window_${n + 1}`),
      kind: "userTask",
      name,
      lane: lane.id,
      assignee: lane.id,
      documentation: [
        `收件窗口${name}（${n + 1}/${checks.length}）${cr.checksDeclared ? "" : "：未声明收件核验，按国办发〔2020〕35号的身份核验、形式审查"}。`,
        windowsText(cr),
        `The receiving window's check ${n + 1} of ${checks.length}: ${name}.`,
      ].join("\n"),
    });
    if (at === split) b.flow(split, task, { name: "异地代收", condition: remote });
    else b.flow(at, task);
    at = task;
  });
  const post = b.add({ id: own(model, "post"), kind: "userTask", name: "寄递", lane: lane.id, assignee: lane.id, documentation: postText(cr, places) });
  b.flow(at, post);
  b.flow(post, entry);
  b.defaultNext(split, "在办理地申请");
  return split;
}
