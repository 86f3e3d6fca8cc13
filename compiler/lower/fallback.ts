// 备用来源: where a material comes from when its first source fails (电子证照, else 申请人自备). The
// figures follow the first source; the guide and the notice say what happens otherwise. W1105: a
// fallback that can never be used — the first source is already the applicant's own (or a third
// party's the applicant brings), or the fallback is the source itself.
import type { Span } from "../../grammar/ast.js";
import type { Reporter } from "../decode/report.js";
import { bi } from "../diagnostics/types.js";
import type { MaterialSource } from "../model.js";

function same(a: MaterialSource, b: MaterialSource): boolean {
  return a.kind === b.kind && a.licence === b.licence && a.department === b.department && a.item === b.item;
}

export function checkFallback(source: MaterialSource, fallback: MaterialSource, at: Span | undefined, r: Reporter): void {
  if (same(source, fallback)) r.report("W1105", at, { reason: bi("它与来源相同", "it is the source itself") });
  else if (source.kind === "applicant" || source.kind === "intermediary") {
    r.report("W1105", at, { reason: bi("来源已由申请人提供，不会“获取不到”", "the applicant already supplies it, so the source cannot fail") });
  }
}
