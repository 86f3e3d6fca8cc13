// The guide target: what applicants and window staff read (办事指南 or 政策说明, 一次告知单, 告知承诺书, 补正告知书, 主动告知书,
// and the staff's 工作指引), per
// matter, and the catalog across matters that reform offices read. Templates come from
// targets/guide/templates/, overridden by file name from options.templates.
import type { Model } from "../../compiler/model.js";
import { catalogFiles } from "../catalog/index.js";
import type { OutputFile, Target, TargetOptions } from "../target.js";
import { commitmentFiles } from "./commitment.js";
import { correctionFiles } from "./correction.js";
import { proactiveNoticeFiles } from "./proactive-notice.js";
import { workGuideFiles } from "./work-guide.js";
import { noticeFiles } from "./notice.js";
import { renderHtml, renderMarkdown } from "./render.js";
import { templateSet } from "./templates.js";
import { guideView } from "./view.js";
import { validityView } from "./validity.js";

export function guideFiles(model: Model, options: Pick<TargetOptions, "templates" | "on">): OutputFile[] {
  const set = templateSet(options.templates);
  const validity = validityView(model, options.on);
  const view = { ...guideView(model), validity };
  return [
    { path: "guide.html", text: renderHtml(set, "guide.html.hbs", view) },
    { path: "guide.md", text: renderMarkdown(set, "guide.md.hbs", view) },
    ...noticeFiles(model, set, model.metrics.headline.situation, options.on),
    ...commitmentFiles(model, set, options.on),
    ...correctionFiles(model, set, options.on),
    ...proactiveNoticeFiles(model, set, options.on),
    ...workGuideFiles(model, set, options.on),
  ];
}

export const guideTarget: Target = {
  name: "guide",
  perMatter: (model, options) => guideFiles(model, options),
  acrossMatters: (models, options) => catalogFiles(models, templateSet(options.templates), options.on),
};
