// The exit messages of the application form: for each 不予受理情形 (Model.inadmissible), a message
// naming the case and where to go instead (去向), shown exactly while the answers make the
// application inadmissible. Every form flavour renders them from this plan:
// - form.schema.json: an `if`/`then` whose `then` always fails and carries the case in the
//   annotation keyword `x-matterc-inadmissible` (declared by the matterc/ajv plugin, which turns
//   the failure into the message; `matterc validate` reports it);
// - form.uischema.json: a Label with a SHOW rule; form.formily.json: an Alert with a `visible`
//   reaction; <编码>.form: a text with `conditional.hide`.
// Each is placed right after the section that holds the last question its condition reads, so it
// appears next to the answer that caused it, at the top level (never hidden with a section).
import { subjects } from "../../compiler/conditions.js";
import type { Cond, Model } from "../../compiler/model.js";
import type { Section } from "./plan.js";
import { exitMessage, type InadmissibleAnnotation } from "./inadmissible-keyword.js";

export { INADMISSIBLE_KEYWORD, exitMessage, type InadmissibleAnnotation } from "./inadmissible-keyword.js";

export interface Exit {
  /** The model's id of the case. */
  id: string;
  /** The case in words (不予受理情形). */
  name: string;
  /** 去向, where declared. */
  redirect?: string;
  /** What the applicant reads: 不予受理：<case>。去向：<redirect> */
  message: string;
  /** Holds exactly when the application is inadmissible for this case. */
  when: Cond;
  /** The id of the section it follows; absent: above the first section. */
  after?: string;
}

/** The exits of a model, placed among the plan's sections. */
export function planExits(model: Pick<Model, "inadmissible">, sections: Section[]): Exit[] {
  // Where each answer sits: the index of its section, by the question's data path.
  const sectionOf = new Map<string, number>();
  sections.forEach((s, i) => {
    if (s.repeat) return; // a question inside a list's entries is not one value
    for (const q of s.questions) sectionOf.set(q.path.join("."), i);
  });
  return model.inadmissible
    .filter((c) => c.when.op !== "false")
    .map((c) => {
      const at = Math.max(-1, ...[...subjects(c.when)].map((name) => sectionOf.get(name) ?? -1));
      return {
        id: c.id,
        name: c.name,
        ...(c.redirect ? { redirect: c.redirect } : {}),
        message: exitMessage(c.name, c.redirect),
        when: c.when,
        ...(at >= 0 ? { after: sections[at].id } : {}),
      };
    });
}

export function inadmissibleAnnotation(e: Exit): InadmissibleAnnotation {
  return { id: e.id, name: e.name, ...(e.redirect ? { redirect: e.redirect } : {}), message: e.message };
}
