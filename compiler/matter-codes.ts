// A matter's code names its output folder, so codes must be unique (E0113), also as a
// case-insensitive, normalising file system sees a folder name (E0123). compile() checks each
// lowered matter's code against those before it, in file order; a caller that compiles the files in
// parts (cli/check-pool.ts: on worker threads) has compile() hand the codes over (`onCode`) and
// checks them across the parts, in the same order, with the same class.
import type { Span } from "../grammar/ast.js";
import { Reporter } from "./decode/report.js";
import type { DiagnosticBag } from "./diagnostics/types.js";

/** A lowered matter's code, where it is written, and the matter's name. */
export interface MatterCode {
  code: string;
  name: string;
  span?: Span;
  /** foldCode(code), when the caller keeps it between compiles (normalising is not free). */
  folded?: string;
}

/** A code as case-insensitive, normalising file systems see a folder name. */
export function foldCode(code: string): string {
  return code.normalize("NFKC").toLowerCase().normalize("NFKC");
}

export class MatterCodes {
  private readonly byCode = new Map<string, string>();
  private readonly byFolded = new Map<string, { code: string; name: string }>();

  /** Takes the next matter's code: false, with E0113 or E0123 reported, when an earlier matter has it. */
  take(m: MatterCode, bag: DiagnosticBag): boolean {
    const other = this.byCode.get(m.code);
    if (other !== undefined) {
      new Reporter(bag).at({ kind: "matter", name: m.name }).report("E0113", m.span, { code: m.code, other });
      return false;
    }
    const folded = m.folded ?? foldCode(m.code);
    const same = this.byFolded.get(folded);
    if (same) {
      new Reporter(bag).at({ kind: "matter", name: m.name }).report("E0123", m.span, { code: m.code, otherCode: same.code, other: same.name });
      return false;
    }
    this.byCode.set(m.code, m.name);
    this.byFolded.set(folded, { code: m.code, name: m.name });
    return true;
  }
}
