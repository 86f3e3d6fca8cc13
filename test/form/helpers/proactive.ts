// Test models for 免申办 in the forms (#16), built from the 新生儿出生 example until the language
// declares them (Model.proactive / Item.proactive, model contract 1.5): the matter as 快申快享, as
// 免申即享 with consent or notify, and with 生育医疗费用报销 granted without application.
import type { FieldSource, Model, Proactive } from "../../../compiler/model.js";

const SHARED: FieldSource = { kind: "data-sharing", department: "卫生健康委" };

function proactive(model: Model, mode: Proactive["mode"], confirmation: Proactive["confirmation"]): Proactive {
  const asked = model.fields.filter((f) => f.neededWhen.op !== "false");
  return {
    mode,
    trigger: { kind: "data-event", department: "卫生健康委", event: "出生医学证明签发" },
    rules: [],
    confirmation,
    confirmWithin: { value: 10, unit: "工作日", workdays: 10, approximate: false },
    grants: ["出生医学证明、户口登记、医保参保和社会保障卡"],
    noticeChannels: ["短信"],
    missingFields: mode === "免申即享" ? [] : asked.filter((f) => !f.source).map((f) => f.path),
    confirmedFields: asked.filter((f) => f.source || mode === "免申即享").map((f) => f.path),
    basis: ["国发〔2024〕3号"],
  };
}

/** 快申快享: the fields with a 来源 prefilled, the others still typed, then 本人确认. */
export function quick(model: Model): Model {
  return { ...model, proactive: proactive(model, "快申快享", "consent") };
}

/** 免申即享: every field from shared data (a field without a 来源 would be an error there). */
export function granted(model: Model, confirmation: Proactive["confirmation"]): Model {
  const fields = model.fields.map((f) => (f.source ? f : { ...f, source: SHARED }));
  const m = { ...model, fields };
  return { ...m, proactive: proactive(m, "免申即享", confirmation) };
}

/** A sub-item granted without application: `item` (its own fields are then never asked). */
export function grantedItem(model: Model, item: string): Model {
  const items = model.items.map((i) => (i.name === item ? { ...i, proactive: proactive(model, "免申即享", "notify") } : i));
  return { ...model, items };
}
