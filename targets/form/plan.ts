// The merged form (多表合一) as the four form files share it: which questions, in which sections
// and order, where each answer sits in the data, when each is shown and whether it must be
// answered. Every form file is a rendering of this plan, so they cannot disagree.
//
// Data layout: situation answers and commitment choices at the top level under their names;
// data fields nested by their key ("企业.名称" → {企业: {名称: …}}); uploads under "材料", one
// property per material the applicant may still have to supply.
import { or } from "../../compiler/conditions.js";
import type { Answer, Cond, FieldSource, FieldType, Model } from "../../compiler/model.js";
import { perEntryGroup, perEntryPhrase } from "../repeat.js";
import { planExits, type Exit } from "./exits.js";
import { applicantForm, askedWhen, confirmationSection } from "./proactive.js";

export interface Question {
  source: "situation" | "commitment" | "field" | "material" | "decision" | "confirmation";
  /** The declared name (situation, commitment, material) or path (field). */
  name: string;
  /** The model's id, unique within `source`. */
  id: string;
  /** Where the answer sits in the application data. */
  path: string[];
  type: FieldType;
  label: string;
  description?: string;
  /** Must be answered whenever it is shown. */
  required: boolean;
  /** When it is shown (and, if required, required). */
  when: Cond;
  options?: string[];
  default?: Answer;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  example?: string;
  /** Where a platform takes the value from (智能预填); absent when the applicant types it. */
  prefill?: FieldSource;
}

export interface Section {
  kind: "situations" | "group" | "other" | "commitments" | "materials" | "confirmation";
  /** Unique among the sections of one form, ASCII. */
  id: string;
  title: string;
  questions: Question[];
  /** A repeating group: its questions are asked once per entry, and their paths are inside one
   * entry; the entries are a list at `repeat.key` of the data. */
  repeat?: RepeatPlan;
}

export interface RepeatPlan {
  /** The top-level key of the list of entries. */
  key: string;
  min: number;
  max?: number;
  /** What one entry is called and its measure word: 第2位股东. */
  entry: string;
  measureWord: string;
  /** When the list is shown: when some question of an entry is. */
  when: Cond;
}

export interface FormPlan {
  title: string;
  sections: Section[];
  /** For a build on a date: what is not in force that day, shown above the form. */
  notice?: string;
  /** The exit messages of the 不予受理情形 (exits.ts), each shown while its case holds. */
  exits?: Exit[];
}

/** The top-level property that holds the uploads. */
export const MATERIALS_KEY = "材料";

const SITUATION_TYPE = { yesno: "boolean", single: "single", multiple: "multiple", number: "number" } as const;

function materialDescription(m: Model["materials"][number], model: Model): string {
  const parts = [`${m.form} ${m.copies} 份${m.paperSize ? `（${m.paperSize}）` : ""}`];
  if (m.necessity === "非必要") parts.push("非必要材料，可不提交");
  if (m.deferrable) parts.push(`可容缺受理，${m.deferrable.value} 个${m.deferrable.unit}内补交`);
  if (m.replacedBy.length > 0) parts.push(`选择告知承诺（${m.replacedBy.join("、")}）后无需提交`);
  const group = perEntryGroup(model, m);
  if (group) parts.push(perEntryPhrase(group));
  if (m.note) parts.push(m.note);
  return parts.join("；");
}

function materialQuestion(m: Model["materials"][number], model: Model): Question {
  return {
    source: "material",
    name: m.name,
    id: m.id,
    path: [MATERIALS_KEY, m.name],
    type: "file",
    label: m.name,
    description: materialDescription(m, model),
    // 容缺 materials may be missing at acceptance; 非必要 ones may be missing altogether.
    required: m.necessity === "必要" && m.deferrable === undefined,
    // Not for a sub-item granted without application (proactive.ts).
    when: askedWhen(model, m.askedBy, m.uploadWhen),
  };
}

/** Whose view of the application a plan is: the applicant's form, or what staff see of it. Staff
 * see the fields of a sub-item granted without application too (proactive.ts): confirmed from
 * data, not asked, but the clerk reviewing that sub-item must see them. */
export type Audience = "applicant" | "staff";

export function planForm(model: Model, audience: Audience = "applicant"): FormPlan {
  // The condition a field is shown on: for staff, whenever a sub-item that asks for it applies.
  const fieldWhen = (f: Model["fields"][number]): Cond => (audience === "staff" ? f.neededWhen : askedWhen(model, f.askedBy, f.neededWhen));
  // Materials handed in once per entry of a repeating group are uploaded inside its entries.
  const perEntry = new Set(model.form.groups.flatMap((g) => g.repeat?.materials ?? []));
  const situations: Question[] = model.situations.map((s) => ({
    source: "situation",
    name: s.name,
    id: s.id,
    path: [s.name],
    type: SITUATION_TYPE[s.type],
    label: s.question,
    // A yes/no left unticked means "no", and "none of these" is a valid multiple choice; a
    // single choice or a number has no such reading, so it must be answered.
    required: s.type === "single" || s.type === "number",
    when: { op: "true" },
    options: s.options,
    default: s.default,
  }));

  const fieldsByPath = new Map(model.fields.map((f) => [f.path, f]));
  const fieldQuestion = (path: string): Question => {
    const f = fieldsByPath.get(path)!;
    const description = [f.description, f.unit ? `单位：${f.unit}` : undefined].filter(Boolean).join("；");
    return {
      source: "field",
      name: f.path,
      id: f.id,
      // A field of a repeating group sits inside each entry.
      path: (f.perEntry?.key ?? f.key).split("."),
      type: f.type,
      label: f.label,
      description: description || undefined,
      required: f.required,
      // Not for a sub-item granted without application (proactive.ts), except for staff.
      when: fieldWhen(f),
      options: f.options,
      default: f.default,
      maxLength: f.maxLength,
      minLength: f.minLength,
      minimum: f.minimum,
      maximum: f.maximum,
      pattern: f.pattern,
      example: f.example,
      ...(f.source ? { prefill: f.source } : {}),
    };
  };
  // A field nobody asks for (neededWhen false) is never on the form, nor, on the applicant's, one
  // only sub-items granted without application ask for.
  const asked = (path: string) => {
    const f = fieldsByPath.get(path);
    return f !== undefined && fieldWhen(f).op !== "false";
  };
  const grouped = new Set<string>();
  const groups: Section[] = model.form.groups.map((g) => {
    const paths = g.fields.filter((p) => asked(p) && !grouped.has(p));
    paths.forEach((p) => grouped.add(p));
    const questions = paths.map(fieldQuestion);
    if (!g.repeat) return { kind: "group", id: `group-${g.id}`, title: g.name, questions };
    // 每项一份: each entry uploads its own copy, inside the entry.
    questions.push(...model.materials.filter((m) => g.repeat!.materials.includes(m.name)).map((m) => materialQuestion(m, model)).filter((q) => q.when.op !== "false"));
    const { key, min, max, entry, measureWord } = g.repeat;
    const repeat: RepeatPlan = { key, min, ...(max !== undefined ? { max } : {}), entry, measureWord, when: or(...questions.map((q) => q.when)) };
    return { kind: "group", id: `group-${g.id}`, title: g.name, questions, repeat };
  });
  const other = model.fields.filter((f) => asked(f.path) && !grouped.has(f.path)).map((f) => fieldQuestion(f.path));

  const commitments: Question[] = model.commitments
    .filter((c) => c.offeredWhen.op !== "false")
    .map((c) => ({
      source: "commitment",
      name: c.name,
      id: c.id,
      path: [c.name],
      type: "boolean",
      label: c.question,
      description: [`承诺后无需提交：${c.replaces.join("、")}`, ...c.conditions.map((x) => `承诺条件：${x}`)].join("；"),
      required: false,
      when: c.offeredWhen,
    }));

  const materials: Question[] = model.materials.filter((m) => !perEntry.has(m.name)).map((m) => materialQuestion(m, model)).filter((q) => q.when.op !== "false");
  // 免申即享 asks nothing but the consent; 快申快享 ends with 本人确认 (proactive.ts).
  const kind = applicantForm(model);
  const confirmation = audience === "applicant" ? confirmationSection(model) : undefined;

  const all: Section[] = [
    { kind: "situations", id: "situations", title: "办理情形", questions: situations },
    ...groups,
    { kind: "other", id: "other-fields", title: "其他信息", questions: other },
    { kind: "commitments", id: "commitments", title: "告知承诺", questions: commitments },
    { kind: "materials", id: "materials", title: "申请材料", questions: materials },
    ...(confirmation ? [confirmation] : []),
  ];
  const sections = all.filter((s) => kind !== "consent" || s.kind === "group" || s.kind === "other" || s.kind === "confirmation");
  const shown = sections.filter((s) => s.questions.length > 0);
  const exits = planExits(model, shown);
  const title = kind === "consent" ? `${model.name}：确认` : model.name;
  return { title, sections: shown, ...(exits.length > 0 ? { exits } : {}) };
}

export function allQuestions(plan: FormPlan): Question[] {
  return plan.sections.flatMap((s) => s.questions);
}
