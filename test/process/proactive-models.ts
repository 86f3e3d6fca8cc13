// The 免申办 and 跨域办 models the process tests run: every example that declares them (the language
// produces Model.proactive, Item.proactive and Model.crossRegion), and, so that each shape of the
// process is exercised whatever the examples declare, examples compiled by the real front end with
// those parts set as the model contract (compiler/model.ts, modelVersion 1.5) describes them.
import { compileFiles } from "../../index.js";
import { evaluate, subjects } from "../../compiler/conditions.js";
import type { CrossRegion, Model, Proactive } from "../../compiler/model.js";
import { join } from "node:path";
import { allModels, EXAMPLES_DIR, exampleModels, type NamedModel } from "./models.js";

function compiled(file: string): Model {
  const { models, diagnostics } = compileFiles([join(EXAMPLES_DIR, file)]);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0 || models.length !== 1) throw new Error(`${file} does not compile: ${JSON.stringify(errors.slice(0, 3))}`);
  return models[0];
}

const days = (value: number, unit: "工作日" | "自然日" = "工作日") => ({ value, unit, workdays: unit === "工作日" ? value : Math.ceil((value * 5) / 7), approximate: unit === "自然日" });

/** The newborn's birth weight, read from shared data: the eligibility rule of the built models. */
const WEIGHED: Proactive["rules"][number] = {
  name: "新生儿已完成出生医学登记",
  id: "Rule_chu_sheng_deng_ji",
  when: { op: "ge", subject: "新生儿.出生体重", value: 1, field: true },
  basis: ["《出生医学证明》管理办法"],
};

function proactive(p: Partial<Proactive>): Proactive {
  return {
    mode: "免申即享",
    trigger: { kind: "data-event", department: "公安局", event: "出生登记办结" },
    rules: [WEIGHED],
    confirmation: "notify",
    grants: ["育儿补贴每孩每年3600元"],
    noticeChannels: ["短信", "政务服务平台消息"],
    missingFields: [],
    confirmedFields: ["新生儿.姓名"],
    basis: ["国发〔2024〕3号"],
    ...p,
  };
}

export const CROSS: CrossRegion = {
  region: "长三角",
  provinces: ["上海市", "江苏省", "浙江省", "安徽省"],
  modes: ["全程网办", "异地代收代办"],
  windows: [{ name: "上海市徐汇区政务服务中心跨省通办窗口", id: "Window_xu_hui", address: "上海市徐汇区南宁路969号", hours: "工作日 9:00-17:00" }],
  checks: ["身份核验", "形式审查"],
  checksDeclared: true,
  handlingPlaces: ["浙江省杭州市西湖区政务服务中心"],
  post: { time: days(3), counted: false, payer: "政府", basis: ["国办发〔2020〕35号"] },
  basis: ["国办发〔2020〕35号"],
};

/** Built models: the newborn example granted without application in each shape, and a matter
 * received away from its handling place. */
export function builtModels(): NamedModel[] {
  const newborn = (): Model => compiled("新生儿出生.matter");
  const notify = newborn();
  notify.proactive = proactive({});
  const consent = newborn();
  consent.proactive = proactive({
    mode: "快申快享",
    trigger: { kind: "periodic", period: "每月", cycle: "R/P1M" },
    confirmation: "consent",
    confirmWithin: days(10),
    missingFields: ["申请人.手机号"],
  });
  const item = newborn();
  const reimburse = item.items.find((i) => i.name === "生育医疗费用报销")!;
  reimburse.proactive = proactive({ trigger: { kind: "prior-output", item: "出生登记" } });
  // A second matter triggered by the same data event (the platform starts both): its own id.
  const again = newborn();
  again.id = `${again.id}_again`;
  again.name = `${again.name}（同一数据事件触发的另一件事）`;
  again.proactive = proactive({});
  const cross = compiled("企业信息变更.matter");
  cross.crossRegion = CROSS;
  return [
    { name: "built 免申即享 (data event, notify)", model: notify },
    { name: "built 快申快享 (periodic, consent)", model: consent },
    { name: "built 免申即享 (the same data event, another matter)", model: again },
    { name: "built sub-item 免申即享 (after 出生登记)", model: item },
    { name: "built 异地代收代办", model: cross },
  ];
}

const isProactive = (m: Model): boolean => m.proactive !== undefined || m.items.some((i) => i.proactive);

/** Every 免申办 model: the examples declaring it, then the built ones. */
export function proactiveModels(): NamedModel[] {
  return [...exampleModels().filter((m) => isProactive(m.model)), ...builtModels().filter((m) => isProactive(m.model))];
}

/** Every model with 异地代收代办. */
export function receivingModels(): NamedModel[] {
  const has = (m: Model) => m.crossRegion?.modes.includes("异地代收代办") && !m.proactive;
  return [...exampleModels().filter((m) => has(m.model)), ...builtModels().filter((m) => has(m.model))];
}

/** The rules of a matter or sub-item, evaluated on the process variables: the oracle the DMN
 * decision (eligibility.dmn) must agree with. */
export function eligibleBy(p: Proactive, variables: Record<string, unknown>): boolean {
  return p.rules.every((r) => evaluate(r.when, variables));
}

/** Every model: fixtures, examples and the built 免申办 / 跨域办 ones (structure, lint, layout). */
export function everyModel(): NamedModel[] {
  return [...allModels(), ...builtModels()];
}

/** Data on which the rules fail (each rule made false). */
export function ineligible(data: Record<string, unknown>, p: Proactive): Record<string, unknown> {
  const out = structuredClone(data);
  p.rules.forEach((r) => satisfy(out, r.when, false));
  if (eligibleBy(p, out)) throw new Error("could not make the data ineligible");
  return out;
}

type Test = Exclude<Proactive["rules"][number]["when"], { op: "and" | "or" | "not" | "true" | "false" }>;

/** Sets the data a test reads so that it holds (`truth`) or fails. */
function setFor(out: Record<string, unknown>, c: Test, truth: boolean): void {
  const parts = c.subject.split(".");
  let at = out;
  if (c.field) for (const k of parts.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
  const key = c.field ? parts.at(-1)! : c.subject;
  switch (c.op) {
    case "ge":
    case "le":
      at[key] = truth ? c.value : c.op === "ge" ? c.value - 1 : c.value + 1;
      break;
    case "gt":
      at[key] = truth ? c.value + 1 : c.value;
      break;
    case "lt":
      at[key] = truth ? c.value - 1 : c.value;
      break;
    case "eq":
      if (truth) at[key] = c.value;
      else delete at[key];
      break;
    case "ne":
      if (truth) delete at[key];
      else at[key] = c.value;
      break;
    case "contains":
      at[key] = truth ? [c.value] : [];
      break;
    case "in":
      if (truth) at[key] = c.values[0];
      else delete at[key];
      break;
  }
}

function satisfy(out: Record<string, unknown>, c: Proactive["rules"][number]["when"], truth: boolean): void {
  switch (c.op) {
    case "true":
    case "false":
      return;
    case "not":
      return satisfy(out, c.arg, !truth);
    case "and":
      if (truth) c.args.forEach((a) => satisfy(out, a, true));
      else if (c.args[0]) satisfy(out, c.args[0], false);
      return;
    case "or":
      if (truth) {
        if (c.args[0]) satisfy(out, c.args[0], true);
      } else c.args.forEach((a) => satisfy(out, a, false));
      return;
    default:
      setFor(out, c, truth);
  }
}

/** Data on which every rule holds, from the application's data (the eligible case). */
export function eligibleData(data: Record<string, unknown>, p: Proactive): Record<string, unknown> {
  const out = structuredClone(data);
  p.rules.forEach((r) => satisfy(out, r.when, true));
  if (!eligibleBy(p, out)) throw new Error("could not make the data eligible");
  return out;
}

/**
 * The matches a periodic run's 定期比对 gives in the tests: one meeting every rule, one failing
 * every rule, one failing only the first, each told apart by the first text the rules do not read
 * (a name, say) numbered 1, 2, 3, as different people or companies are.
 */
export function periodicMatches(eligible: Record<string, unknown>, p: Proactive): Record<string, unknown>[] {
  const read = new Set(p.rules.flatMap((r) => [...subjects(r.when)]));
  const matches = [eligible, ineligible(eligible, p), ineligible(eligible, { ...p, rules: [p.rules[0]] })];
  return matches.map((m, n) => {
    const out = structuredClone(m);
    const mark = (o: Record<string, unknown>, path: string): boolean => {
      for (const [k, v] of Object.entries(o)) {
        const at = path ? `${path}.${k}` : k;
        if (typeof v === "string" && !read.has(at)) return ((o[k] = `${v} ${n + 1}`), true);
        if (v && typeof v === "object" && !Array.isArray(v) && mark(v as Record<string, unknown>, at)) return true;
      }
      return false;
    };
    if (!mark(out, "")) throw new Error("no text the rules do not read, to tell the matches apart");
    return out;
  });
}
