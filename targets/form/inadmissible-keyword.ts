// The annotation keyword `x-matterc-inadmissible` of form.schema.json (a 不予受理 case on the
// `then` that fails while the case holds, exits.ts) and its message: apart from exits.ts so that
// the matterc/ajv plugin, which reads it, depends on nothing of the compiler.

/** The annotation keyword of form.schema.json that carries a case (docs/forms.md). */
export const INADMISSIBLE_KEYWORD = "x-matterc-inadmissible";

/** The value of `x-matterc-inadmissible`: the case, its 去向 and the message. */
export interface InadmissibleAnnotation {
  id: string;
  name: string;
  redirect?: string;
  message: string;
}

export function exitMessage(name: string, redirect?: string): string {
  const trimmed = name.replace(/[。.；;，,\s]+$/u, "");
  return redirect ? `不予受理：${trimmed}。去向：${redirect}` : `不予受理：${trimmed}`;
}

