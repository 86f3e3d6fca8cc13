// When a matter or a sub-item takes effect and stops: `生效日期` and `失效日期`, checked in order.
import type { Span } from "../../grammar/ast.js";
import type { DecodedBlock } from "../decode/block.js";
import type { Reporter } from "../decode/report.js";
import { readDate } from "../decode/values.js";
import type { Effective } from "../model.js";

export function readDates(block: DecodedBlock | undefined, r: Reporter): Effective | undefined {
  if (!block) return undefined;
  const from = block.get("effectiveFrom") && readDate(block.get("effectiveFrom")!, r);
  const until = block.get("effectiveUntil") && readDate(block.get("effectiveUntil")!, r);
  if (from && until && until.value <= from.value) r.report("E0706", until.span as Span, { from: from.value, until: until.value });
  if (!from && !until) return undefined;
  return { from: from?.value, until: until?.value };
}

/** Whether a decoded block gives a date. */
export function hasDates(block: DecodedBlock): boolean {
  return block.has("effectiveFrom") || block.has("effectiveUntil");
}
