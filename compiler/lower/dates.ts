// When a matter or a sub-item takes effect and stops: `生效日期` and `失效日期`, checked in order.
import type { Span } from "../../grammar/ast.js";
import { decodeBlock, DecodedBlock, specIdOf } from "../decode/block.js";
import { Reporter } from "../decode/report.js";
import { readDate } from "../decode/values.js";
import { DiagnosticBag } from "../diagnostics/types.js";
import type { Effective } from "../model.js";
import type { MatterContext } from "./context.js";

export function readDates(block: DecodedBlock | undefined, r: Reporter): Effective | undefined {
  if (!block) return undefined;
  const from = block.get("effectiveFrom") && readDate(block.get("effectiveFrom")!, r);
  const until = block.get("effectiveUntil") && readDate(block.get("effectiveUntil")!, r);
  if (from && until && until.value <= from.value) r.report("E0706", until.span as Span, { from: from.value, until: until.value });
  if (!from && !until) return undefined;
  return { from: from?.value, until: until?.value };
}

const DATE_KEYS = new Set(["effectiveFrom", "effectiveUntil"]);

/** A sub-item's block, decoded again only for its dates (its other keys were reported already). */
export function decodeItemDates(name: string, ctx: MatterContext): DecodedBlock | undefined {
  const d = ctx.items.get(name);
  if (!d?.entry.block) return undefined;
  // Most sub-items have no dates: a glance at the keys spares decoding the block again.
  if (!d.entry.block.entries.some((e) => DATE_KEYS.has(specIdOf("item", e.key.text) ?? ""))) return undefined;
  const block = decodeBlock("item", d.entry.block.entries, d.entry.block.span, new Reporter(new DiagnosticBag()));
  return block.get("effectiveFrom") || block.get("effectiveUntil") ? block : undefined;
}
