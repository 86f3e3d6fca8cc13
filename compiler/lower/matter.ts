// 一件事 → the model: declarations first (situations, sub-items, local materials and fields),
// then everything that refers to them, then the checks and figures that need the whole matter.
import { nameText, type Span } from "../../grammar/ast.js";
import { decodeBlock, requireKeys, type DecodedBlock } from "../decode/block.js";
import type { Reporter } from "../decode/report.js";
import { readSituationSpec } from "../decode/specs.js";
import { readDuration, readEnumOne, readInteger, readRefs, readString, type Located, readTexts, readEnumValues } from "../decode/values.js";
import { and, FALSE, not, or } from "../conditions.js";
import { assignIdsTo, stableId } from "../ids.js";
import { copyWith, mapList } from "../arrays.js";
import { DEFAULT_STEPS, MODEL_VERSION, type Commitment, type Department, type Field, type Item, type Material, type Model, type Situation, type Status } from "../model.js";
import type { Decl, Program, SourceFile } from "../program.js";
import { lowerCommitment, lowerForm, lowerGuide } from "./commitments.js";
import { MatterContext } from "./context.js";
import { checkDepartments, checkMatter, transitiveAfter } from "./checks.js";
import { findCycles, lowerItem, type LoweredItem } from "./items.js";
import { lowerField, lowerMaterial } from "./materials.js";
import { computeMetrics } from "./figures.js";
import { hasDates, readDates } from "./dates.js";
import { localDepartments, localise } from "./local.js";
import { checkFieldSources } from "./field-sources.js";
import { checkPrefill } from "./prefill-checks.js";
import { checkCode } from "./code.js";
import { bindRepeats } from "./repeat.js";
import { CONDITION_USE, feelNameProblem } from "./feel-names.js";
import { assignSpecialIds } from "./special.js";
import { assignInadmissibleIds, checkAdmission, fieldScope, lowerCorrection, lowerInadmissible } from "./admission.js";
import { checkScope, lowerCrossRegion, NO_REGIONS, type RegionTable } from "./cross-region.js";
import { bindReplacedSteps, lowerReplacedSteps, stepsNeededWhen } from "./replaced-steps.js";
import { assignRuleIds, checkProactive, lowerProactive, ruleScope, withFields, type LoweredProactive } from "./proactive.js";
import { bi } from "../diagnostics/types.js";
import { BoundedSet } from "../memo.js";

const WORD = /^[\p{L}_][\p{L}\p{N}\p{M}_]*$/u;

/** Names found fine by wordNameCheck (a bounded memo: matters name the same situations). */
const fineWords = new BoundedSet<string>(1 << 16);

function wordNameCheck(kind: string, d: Decl, r: Reporter): boolean {
  if (d.entry.name!.type === "Word" && fineWords.has(d.name)) return true;
  if (d.entry.name!.type === "Word" && WORD.test(d.name)) {
    const problem = feelNameProblem(d.name);
    if (!problem) {
      fineWords.add(d.name);
      return true;
    }
    r.report("E0119", d.nameSpan, { kind, name: d.name, use: CONDITION_USE, ...problem });
    return false;
  }
  const suggestion = d.name.replace(/[^\p{L}\p{N}\p{M}_]/gu, "").replace(/^[\p{N}]+/u, "") || "名称";
  r.report("E0115", d.nameSpan, { kind, name: d.name, suggestion });
  return false;
}

function declareAll(ctx: MatterContext, block: DecodedBlock): void {
  const r = ctx.r;
  for (const e of block.each("situation")) {
    const rs = r.at({ kind: "situation", name: nameText(e.name!) });
    const d = ctx.declare(ctx.situationDecls, "situation", e, rs);
    if (!d) continue;
    if (!wordNameCheck("situation", d, rs)) {
      ctx.brokenSituations.add(d.name);
      continue;
    }
    const spec = readSituationSpec(e, d.name, rs);
    if (spec) ctx.situations.set(d.name, { name: d.name, id: "", ...spec });
    else ctx.brokenSituations.add(d.name);
  }
  for (const e of block.each("commitment")) {
    const d = ctx.declare(ctx.commitments, "commitment", e, r);
    if (d) wordNameCheck("commitment", d, r.at({ kind: "commitment", name: d.name }));
  }
  for (const e of block.each("material")) ctx.declare(ctx.localMaterials, "material", e, r);
  for (const e of block.each("field")) ctx.declare(ctx.localFields, "field", e, r);
  for (const e of block.each("item")) ctx.declare(ctx.items, "item", e, r);
}

export interface LowerResult {
  model: Model;
  codeSpan?: Span;
}

export function lowerMatter(program: Program, ownFile: SourceFile, ownDecl: Decl, r0: Reporter, licences: string[], regions: RegionTable = NO_REGIONS): LowerResult | undefined {
  const r = r0.at({ kind: "matter", name: ownDecl.name });
  // A local version of a province template is lowered as the template with its local entries.
  const localised = localise(program, ownFile, ownDecl, r);
  if (localised === null) return undefined;
  const decl = localised?.decl ?? ownDecl;
  const file = localised?.file ?? ownFile;
  const block = decodeBlock("matter", decl.entry.block!.entries, decl.entry.block!.span, r);
  requireKeys(block, "matter", decl.nameSpan, r);
  const ctx = new MatterContext(program, file, r, decl.name);
  declareAll(ctx, block);

  const code = block.get("code") && readString(block.get("code")!, r);
  if (code) checkCode(code, r.at({ kind: "code" }));
  const version = block.get("version") && readString(block.get("version")!, r);
  const status = block.get("status") && readEnumOne(block.get("status")!, "status", r);
  const audience = readEnumValues(block, "audience", "audience", r);
  const channels = readEnumValues(block, "channels", "channel", r);
  const scope = block.get("scope") && readEnumOne(block.get("scope")!, "scope", r);
  const trips = block.get("trips") && readInteger(block.get("trips")!, r);
  const promised = block.get("promisedTime") && readDuration(block.get("promisedTime")!, r);
  const dates = readDates(block, r);
  const list = block.get("list") && readString(block.get("list")!, r);
  const batch = block.get("batch") && readString(block.get("batch")!, r);
  const steps = readTexts(block, "steps", r);
  const materialsBasis = block.get("materialsBasis") && readEnumOne(block.get("materialsBasis")!, "materialsBasis", r);
  const leadRef = block.get("lead") && readRefs(block.get("lead")!, r)[0];
  const lead = leadRef && ctx.resolve("department", leadRef.value, leadRef.span, r.at({ kind: "lead" })) ? leadRef.value : undefined;
  const coopRefs: Located<string>[] = block.get("cooperating") ? readRefs(block.get("cooperating")!, r) : [];
  const rc = coopRefs.length ? r.at({ kind: "cooperating" }) : r;
  const cooperating = coopRefs.filter((c) => ctx.resolve("department", c.value, c.span, rc));

  // Sub-items, then what they ask for.
  const lowered = [...ctx.items.values()].map((d) => lowerItem(ctx, d, licences)).filter((x): x is LoweredItem => !!x);
  const cyclic = findCycles(lowered, ctx);
  const askedMaterials = new Map<string, string[]>();
  const askedFields = new Map<string, string[]>();
  for (const li of lowered) {
    for (const m of li.item.materials) {
      const by = askedMaterials.get(m);
      if (by) by.push(li.item.name);
      else askedMaterials.set(m, [li.item.name]);
    }
    for (const f of li.item.fields) {
      const by = askedFields.get(f);
      if (by) by.push(li.item.name);
      else askedFields.set(f, [li.item.name]);
    }
  }
  const commitments = [...ctx.commitments.values()].map((d) => lowerCommitment(ctx, d, askedMaterials, lowered, lead)).filter((c): c is NonNullable<typeof c> => !!c);
  lowerReplacedSteps(ctx, commitments, lowered, steps.length ? steps : DEFAULT_STEPS);
  const materialSet = new Set(askedMaterials.keys());
  for (const c of commitments) for (const n of c.commitment.replaces) materialSet.add(n);
  const materialNames = [...materialSet];
  const materials = mapList(materialNames, (n) => lowerMaterial(ctx, ctx.resolve("material", n, decl.nameSpan, r, false)!, licences));
  const fields = [...askedFields.keys()].map((n) => lowerField(ctx, ctx.resolve("field", n, decl.nameSpan, r, false)!, licences)).filter((f): f is NonNullable<typeof f> => !!f);
  const groups = block.get("form") ? lowerForm(ctx, block.get("form")!, askedFields) : [];
  const guide = lowerGuide(ctx, block.get("guide"));
  const headlineWhen = block.get("headline") ? ctx.condition(block.get("headline"), r) : undefined;
  // 不予受理: the matter's, then each sub-item's (counted where the sub-item applies); 补正.
  const fieldTests = fieldScope(ctx, fields, groups);
  const cases = [
    ...lowerInadmissible(ctx, block.each("inadmissible"), r, fieldTests),
    ...lowered.flatMap((li) => (li.inadmissible.length ? lowerInadmissible(ctx, li.inadmissible, r.at({ kind: "item", name: li.item.name }), fieldTests, li.item) : [])),
  ];
  const correction = lowerCorrection(block.get("correction"), r);
  const cross = lowerCrossRegion(block.get("crossRegion"), r, regions);
  checkScope(r, scope, cross);
  // 免申办: the matter's (its rules test the form's fields) and each sub-item's (its own fields).
  const proactiveEntry = block.get("proactive");
  const matterProactive = proactiveEntry && lowerProactive(ctx, proactiveEntry, r, ruleScope(ctx, fieldTests, undefined, bi("本事项", "this matter")), {});
  const itemProactive = new Map<string, LoweredProactive>();
  for (const li of lowered) {
    if (!li.proactive) continue;
    const ri = r.at({ kind: "item", name: li.item.name });
    const scope = ruleScope(ctx, fieldTests, new Set(li.item.fields), bi(`子事项「${li.item.name}」`, `sub-item '${li.item.name}'`));
    const p = lowerProactive(ctx, li.proactive, ri, scope, { item: li.item.name });
    if (p) itemProactive.set(li.item.name, p);
  }
  const triggering = [matterProactive, ...itemProactive.values()].flatMap((p) => (p?.proactive.trigger.kind === "data-event" ? [p.proactive.trigger.department] : []));

  // Declared in the matter but asked for by nothing: still read, so their mistakes are reported.
  for (const d of ctx.localMaterials.values()) if (!materialSet.has(d.name)) lowerMaterial(ctx, d, licences);
  for (const d of ctx.localFields.values()) if (!askedFields.has(d.name)) lowerField(ctx, d);
  // An unused situation, once the matter has no errors (a broken condition names no situation).
  for (const [name, d] of r.bag.hasErrors ? [] : ctx.situationDecls) {
    if (ctx.situations.has(name) && !ctx.usedSituations.has(name)) r.at({ kind: "situation", name }).report("W0505", d.nameSpan, { name });
  }
  // Departments that share data: for a material, and for a field (来源 (数据共享 部门 …)).
  const sharing = [...materials.flatMap((m) => (m.source.kind === "data-sharing" ? [m.source.department!] : [])), ...fields.flatMap((f) => (f.source?.kind === "data-sharing" ? [f.source.department!] : []))];
  const checked = checkDepartments(ctx, block, lead, cooperating, coopRefs, lowered, commitments, sharing, triggering);
  const departments = localised ? localDepartments(ownFile, checked) : checked;
  // Without these, no complete model can be built; what could be checked has been reported.
  if (!code || !lead || cyclic.size > 0 || r.bag.hasErrors) return undefined;

  // Conditions derived for every target: when a sub-item, material or field is needed at all,
  // when a commitment is offered, when the applicant must hand a material in.
  const itemWhen = new Map(lowered.map((l) => [l.item.name, l.item.when]));
  const materialModels: Material[] = mapList(materials, (m) => {
    const askedBy = askedMaterials.get(m.name) ?? [];
    const neededWhen = and(or(...askedBy.map((i) => itemWhen.get(i)!)), m.when);
    const fromApplicant = m.source.kind === "applicant" || m.source.kind === "intermediary";
    const replacedBy = commitments.length ? mapList(commitments.filter((c) => c.commitment.replaces.includes(m.name)), (c) => c.commitment.name) : [];
    // (What or() of nothing gives, without building the lists.)
    const taken = replacedBy.length ? or(...replacedBy.map((c) => and(commitments.find((x) => x.commitment.name === c)!.when, { op: "eq", subject: c, value: true }))) : FALSE;
    // The lowered material becomes the model's (its keys first, then these, as a copy would have
    // them): copying every material and field was a measurable share of lowering.
    const model = m as Material;
    model.id = "";
    model.askedBy = askedBy;
    model.replacedBy = replacedBy;
    model.neededWhen = neededWhen;
    model.fromApplicant = fromApplicant;
    model.uploadWhen = fromApplicant ? and(neededWhen, not(taken)) : FALSE;
    return model;
  });
  const commitmentModels: Commitment[] = mapList(commitments, (c) =>
    copyWith(c.commitment, {
      offeredWhen: and(c.when, or(...c.commitment.replaces.map((n) => materialModels.find((m) => m.name === n)?.neededWhen ?? FALSE), stepsNeededWhen(c, lowered.map((l) => l.item)))),
    }),
  );
  const fieldModels: Field[] = mapList(fields, (f) => {
    const askedBy = askedFields.get(f.path) ?? [];
    const model = f as Field;
    model.id = "";
    model.askedBy = askedBy;
    model.neededWhen = and(or(...askedBy.map((i) => itemWhen.get(i)!)), f.when);
    return model;
  });

  const model: Model = {
    modelVersion: MODEL_VERSION,
    name: decl.name,
    id: stableId("Matter", decl.name),
    code: code.value,
    version: version?.value,
    status: (status?.value ?? "草稿") as Status,
    effective: dates,
    list: list?.value,
    batch: batch?.value,
    template: localised?.template,
    audience,
    lead,
    departments,
    promisedTime: promised?.value,
    channels,
    scope: scope?.value,
    trips: { value: trips?.value ?? 0, declared: trips !== undefined },
    steps: { names: steps.length ? steps : [...DEFAULT_STEPS], declared: steps.length > 0 },
    situations: [...ctx.situations.values()],
    // Each lowered sub-item becomes the model's, as the materials do (its keys first, then these,
    // as a copy would have them).
    items: mapList(lowered, (l) => {
      const item = l.item as Item;
      item.id = "";
      item.effective = hasDates(l.block) ? readDates(l.block, r.at({ kind: "item", name: l.item.name })) : undefined;
      return item;
    }),
    materials: materialModels,
    fields: fieldModels,
    form: { groups },
    commitments: commitmentModels,
    inadmissible: mapList(cases, ({ case: { name, ...rest } }) => ({ name, id: "", ...rest })),
    ...(correction ? { correction } : {}),
    ...(cross ? { crossRegion: cross.crossRegion } : {}),
    ...(matterProactive ? { proactive: withFields(matterProactive, fieldModels.map((f) => f.path), { fields: fieldModels }) } : {}),
    guide,
    metrics: undefined!,
  };
  for (const i of model.items) {
    const p = itemProactive.get(i.name);
    if (p) i.proactive = withFields(p, i.fields, model);
  }
  assignModelIds(model);
  bindRepeats(ctx, model, decl.nameSpan);
  assignSpecialIds(model.items);
  bindReplacedSteps(model.items, commitments);
  // Which sub-items come before which: the same for every check (the items' 前置 are settled).
  const before = transitiveAfter(model);
  checkMatter(ctx, model, lowered, before);
  checkAdmission(ctx, model, lowered, cases);
  checkFieldSources(ctx, model, lowered, before);
  checkPrefill(ctx, model, lowered, before);
  checkProactive(ctx, model, lowered, { matter: matterProactive, items: itemProactive, tripsSpan: block.get("trips")?.value?.span }, before);
  const figures = computeMetrics(ctx, model, lowered, {
    promisedSpan: promised?.span ?? decl.nameSpan,
    headlineWhen,
    headlineSpan: block.get("headline")?.value?.span,
    materialsBasis: materialsBasis?.value === "合并清单" ? "merged" : "handedIn",
    tripsSpan: block.get("trips")?.value?.span,
  });
  // None when the compile keeps no models (check): the model is then not handed over.
  if (figures) {
    model.metrics = figures;
    if (!model.trips.declared) model.trips.value = figures.headline.trips.after;
  }
  return { model, codeSpan: code.span };
}

function assignModelIds(model: Model): void {
  assignIdsTo<Department>("Dept", model.departments, (d) => d.name);
  assignIdsTo<Situation>("Situation", model.situations, (s) => s.name);
  assignIdsTo<Item>("Item", model.items, (i) => i.name);
  assignIdsTo<Material>("Material", model.materials, (m) => m.name);
  assignIdsTo<Field>("Field", model.fields, (f) => f.path);
  assignIdsTo<Commitment>("Commitment", model.commitments, (c) => c.name);
  assignIdsTo("Group", model.form.groups, (g) => g.name);
  assignInadmissibleIds(model.inadmissible);
  assignRuleIds(model);
}
