// Cond → JUEL `${…}` (Camunda 7 and Flowable sequence-flow conditions). Both engines throw on a
// variable that was never set when it is named bare in an expression ("Unknown property used in
// expression"), and an applicant may leave a question unanswered: every answer is therefore read
// with `execution.getVariable('…')`, which gives null, and every test is written so that null
// means "no" / not chosen, as `evaluate` in compiler/conditions.ts does.
//
// EL equality: `null == x` is false for any non-null x, so `== true` is false and `!= true` is true
// for an unanswered yes/no question. Ordering operators coerce null to 0, so they are guarded.
// A multiple-choice answer must reach the engine as a Java collection (a List), read with
// `.contains(…)`.
import type { Cond } from "../../compiler/model.js";
import { juelString } from "../escape/juel.js";
import { ORDER_OPS, printInfix, type InfixDialect } from "./infix.js";

export { juelString };

export function juelLiteral(v: boolean | string | number): string {
  return typeof v === "string" ? juelString(v) : String(v);
}

/** How an answer is read: through the execution, so a missing one is null, not an error. A dotted
 * subject is a path into a variable holding a map (a task's decision, `Item_1a2b3c4d.结果`): EL's
 * `[…]` reads a map's entry (a java.util.Map; in Flowable also a JSON object), and gives null when
 * the variable itself is null, so an unset decision is null too. `container`: what holds the variables
 * (a process's `execution`; Flowable's DMN engine has `variableContainer`, targets/dmn/juel.ts). */
export function juelVariable(subject: string, container = "execution"): string {
  const [name, ...path] = subject.split(".");
  return `${container}.getVariable(${juelString(name)})${path.map((p) => `[${juelString(p)}]`).join("")}`;
}

/** How a JUEL expression reads an answer by its subject (a key, dotted for a path into a map). */
export type JuelReader = (subject: string) => string;

/** The JUEL dialect reading answers with `read`: `execution.getVariable(…)` in a process; Flowable's
 * DMN engine has no execution and reads `variableContainer.getVariable(…)` (targets/dmn/juel.ts). */
const juelDialect = (read: JuelReader): InfixDialect => ({
  and: "&&",
  or: "||",
  not: (inner) => `!(${inner})`,
  test(c) {
    const v = read(c.subject);
    switch (c.op) {
      case "eq":
      case "ne": {
        if (typeof c.value === "boolean") {
          // "is yes" ⇔ == true; "is no" ⇔ != true (unanswered counts as no).
          const isYes = (c.op === "eq") === c.value;
          return `${v} ${isYes ? "==" : "!="} true`;
        }
        return `${v} ${c.op === "eq" ? "==" : "!="} ${juelLiteral(c.value)}`;
      }
      case "contains":
        return `(${v} != null && ${v}.contains(${juelString(c.value)}))`;
      case "in":
        return c.values.length === 0 ? "false" : `(${c.values.map((x) => `${v} == ${juelString(x)}`).join(" || ")})`;
      default:
        return `(${v} != null && ${v} ${ORDER_OPS[c.op]} ${c.value})`;
    }
  },
});

const JUEL = juelDialect(juelVariable);

/** The expression without the surrounding `${ }`; `read` reads an answer (default: from the execution). */
export function toJuelExpression(c: Cond, read?: JuelReader): string {
  return printInfix(c, read ? juelDialect(read) : JUEL);
}

/** The condition as a JUEL expression, `${…}`. */
export function toJuel(c: Cond): string {
  return `\${${toJuelExpression(c)}}`;
}
