// An application as the merged form submits it: situation and commitment answers at the top level,
// data fields nested by their dotted keys. This is what a process instance starts with.
import type { Answer, Field, Model } from "../../compiler/model.js";

function sample(f: Field): unknown {
  switch (f.type) {
    case "integer":
    case "number":
    case "amount":
      return f.minimum ?? 1;
    case "boolean":
      return true;
    case "single":
      return f.options?.[0] ?? "";
    case "multiple":
      return f.options?.slice(0, 1) ?? [];
    case "date":
      return "2024-05-01";
    case "dateTime":
      return "2024-05-01T08:30:00";
    default:
      return f.example ?? `${f.label}示例`;
  }
}

export function application(model: Model, answers: Record<string, Answer>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of model.fields) {
    const parts = f.key.split(".");
    let at = data;
    for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
    at[parts[parts.length - 1]] = sample(f);
  }
  return { ...data, ...answers };
}
