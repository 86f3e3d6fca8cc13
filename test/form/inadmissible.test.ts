// 不予受理 in the application forms: each case (Model.inadmissible) shows its exit message, naming
// the case and 去向, exactly while the answers make the application inadmissible, in every flavour
// as its library allows, checked with the library itself (ajv with and without the matterc plugin,
// JSON Forms' isVisible, Formily's compiled reactions, feelin as form-js runs `conditional.hide`);
// `matterc validate` refuses such an application with the case, 去向 and the case's id.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createAjv, isVisible, type UISchemaElement } from "@jsonforms/core";
import { Ajv, type ErrorObject } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { evaluate as feel, unaryTest } from "feelin";
import { describe, expect, it } from "vitest";
import { and } from "../../compiler/conditions.js";
import type { Cond, Inadmissible, Model } from "../../compiler/model.js";
import { registerValidate } from "../../cli/validate.js";
import { DEFAULT_TARGET_OPTIONS } from "../../targets/target.js";
import { formTarget } from "../../targets/form/index.js";
import addMatterFormats, { localize } from "../../targets/form/ajv-plugin.js";
import { applicationProblems, problemLine } from "../../targets/form/application-errors.js";
import { normalizeApplication } from "../../targets/form/application-normalize.js";
import { runVerb } from "../helpers/run-verb.js";
import { restaurant, SIGN } from "./fixtures/restaurant.js";
import { completeApplication, setPath } from "./helpers/application.js";

type Json = Record<string, unknown>;

/** Cases over an answer, a nested number field (with its sub-item's condition), a single-choice
 * field, and a text field under a 键 of its own (signboard.location). */
export const CASES: Inadmissible[] = [
  { name: "经营场所面积超过一万平方米", id: "inadmissible_large", when: { op: "gt", subject: "营业面积", value: 10000 }, redirect: "向市级市场监管部门申请", basis: [] },
  {
    name: "招牌面积超过五十平方米",
    id: "inadmissible_sign",
    item: "招牌设置",
    when: and(SIGN, { op: "gt", subject: "招牌.面积", value: 50, field: true }),
    redirect: "先办理大型户外广告设置许可",
    basis: ["《城市市容和环境卫生管理条例》第十一条"],
  },
  { name: "分公司不能只做外卖。", id: "inadmissible_branch", when: and({ op: "eq", subject: "主体类型", value: "分公司" }, { op: "eq", subject: "经营方式", value: "外卖", field: true }), basis: [] },
  { name: "招牌设在人行道或绿地", id: "inadmissible_place", when: and(SIGN, { op: "in", subject: "signboard.location", values: ["人行道", "绿地"], field: true }), redirect: "改设在建筑物外墙", basis: [] },
];

export function withCases(model: Model, cases: Inadmissible[]): Model {
  return { ...model, inadmissible: cases };
}

const model = withCases(restaurant, CASES);
const ANSWERS = { 经营项目: ["热食类"], 设置招牌: true, 主体类型: "分公司", 营业面积: 120 };

function files(m: Model, options: Partial<typeof DEFAULT_TARGET_OPTIONS> = {}): Json {
  return Object.fromEntries(formTarget.perMatter!(m, { ...DEFAULT_TARGET_OPTIONS, ...options }).map((f) => [f.path, JSON.parse(f.text)]));
}

/** Applications: accepted, and one per case that makes it inadmissible. */
function admissible(): Json {
  const data = completeApplication(model, ANSWERS);
  setPath(data, ["招牌", "面积"], 20);
  setPath(data, ["signboard", "location"], "外墙");
  data.经营方式 = "堂食";
  return data;
}
const INADMISSIBLE: Record<string, (d: Json) => void> = {
  inadmissible_large: (d) => void (d.营业面积 = 12000),
  inadmissible_sign: (d) => setPath(d, ["招牌", "面积"], 60),
  inadmissible_branch: (d) => void (d.经营方式 = "外卖"),
  inadmissible_place: (d) => setPath(d, ["signboard", "location"], "绿地"),
};
function inadmissible(id: string): Json {
  const d = admissible();
  INADMISSIBLE[id](d);
  return d;
}
const MESSAGES: Record<string, string> = {
  inadmissible_large: "不予受理：经营场所面积超过一万平方米。去向：向市级市场监管部门申请",
  inadmissible_sign: "不予受理：招牌面积超过五十平方米。去向：先办理大型户外广告设置许可",
  inadmissible_branch: "不予受理：分公司不能只做外卖",
  inadmissible_place: "不予受理：招牌设在人行道或绿地。去向：改设在建筑物外墙",
};

describe("form.schema.json: an if/then per case that fails with the case's message", () => {
  const schema = files(model)["form.schema.json"] as Json & { allOf: Json[] };

  it("carries each case as x-matterc-inadmissible on a then that fails (not: {})", () => {
    const exits = schema.allOf.filter((m) => (m.then as Json)["x-matterc-inadmissible"]);
    expect(exits.map((m) => (m.then as Json)["x-matterc-inadmissible"])).toEqual(
      CASES.map((c) => ({ id: c.id, name: c.name, ...(c.redirect ? { redirect: c.redirect } : {}), message: MESSAGES[c.id] })),
    );
    for (const m of exits) expect((m.then as Json).not).toEqual({});
    // The field test reads the nested field and requires it to be an object's number.
    expect(JSON.stringify(exits[1].if)).toContain('"招牌":{"type":"object","properties":{"面积":{"type":"number","exclusiveMinimum":50}},"required":["面积"]}');
  });

  for (const draft of ["07", "2020-12"] as const) {
    it(`a strict ajv with the plugin (draft ${draft}) accepts the admissible application and refuses each case with its message`, () => {
      const s = files(model, { schemaDraft: draft })["form.schema.json"] as Json;
      const ajv = addMatterFormats(draft === "07" ? new Ajv({ strict: true, allErrors: true }) : new Ajv2020({ strict: true, allErrors: true }));
      const validate = ajv.compile(s);
      expect(validate(admissible()), JSON.stringify(validate.errors)).toBe(true);
      for (const id of Object.keys(INADMISSIBLE)) {
        expect(validate(inadmissible(id)), id).toBe(false);
        // Without `verbose` (no parent schema on the errors), the plugin finds the case by the path.
        expect(validate.errors!.map((e) => e.message)).toContain(MESSAGES[id]);
        expect(validate.errors!.map((e) => e.message).filter((m) => m?.startsWith("不予受理"))).toEqual([MESSAGES[id]]);
        // The case's `if` error (its `then` failed) is dropped: the form lists the case once.
        const exits = (s.allOf as Json[]).flatMap((m, i) => ((m.then as Json)["x-matterc-inadmissible"] ? [`#/allOf/${i}/if`] : []));
        expect(exits).toHaveLength(CASES.length);
        expect(validate.errors!.filter((e) => exits.includes(e.schemaPath))).toEqual([]);
      }
    });
  }

  it("any validator refuses an inadmissible application (no plugin); localize(errors) names the case with verbose errors", () => {
    const validate = new Ajv({ strict: false, allErrors: true, verbose: true, logger: false }).compile(schema);
    expect(validate(admissible())).toBe(true);
    expect(validate(inadmissible("inadmissible_sign"))).toBe(false);
    const errors = validate.errors as ErrorObject[];
    expect(errors.map((e) => e.keyword).sort()).toEqual(["if", "not"]);
    localize(errors);
    expect(errors.map((e) => e.message)).toEqual([MESSAGES.inadmissible_sign]);
  });

  it("a case over a field the applicant has not answered does not hold (the form opens without an exit message)", () => {
    const validate = addMatterFormats(new Ajv({ allErrors: true })).compile(schema);
    validate({ 经营项目: [], 设置招牌: true, 主体类型: "分公司", 营业面积: 120 });
    expect((validate.errors ?? []).map((e) => e.message).filter((m) => m?.startsWith("不予受理"))).toEqual([]);
  });
});

describe("matterc validate: an inadmissible application is refused with the case, 去向 and its id", () => {
  const schema = files(model)["form.schema.json"] as Json;
  const ajv = addMatterFormats(new Ajv({ allErrors: true, verbose: true, strict: false }));
  const validate = ajv.compile(schema);
  const test = (s: object, v: unknown) => ajv.validate(s, v) === true;

  it("reports the case first, with its 去向 and id, and the other problems after it", () => {
    const data = inadmissible("inadmissible_sign");
    delete (data.企业 as Json).名称;
    const problems = applicationProblems(validate, schema, normalizeApplication(schema, data, test));
    expect(problems[0]).toEqual({ path: "", label: "不予受理", message: "招牌面积超过五十平方米；去向：先办理大型户外广告设置许可", code: "inadmissible_sign" });
    expect(problemLine(problems[0])).toBe("不予受理（整份申请）：招牌面积超过五十平方米；去向：先办理大型户外广告设置许可［inadmissible_sign］");
    expect(problems.slice(1).map((p) => p.path)).toEqual(["企业.名称"]);
    // A case without 去向.
    const branch = applicationProblems(validate, schema, normalizeApplication(schema, inadmissible("inadmissible_branch"), test));
    expect(branch.map(problemLine)).toEqual(["不予受理（整份申请）：分公司不能只做外卖。［inadmissible_branch］"]);
  });

  it("normalizeApplication reads the data as before: the cases change nothing it keeps or drops", () => {
    const plain = files(restaurant)["form.schema.json"] as Json;
    for (const data of [admissible(), ...Object.keys(INADMISSIBLE).map(inadmissible)]) {
      expect(normalizeApplication(schema, data, test)).toEqual(normalizeApplication(plain, data, test));
    }
  });

  it("the CLI exits 1 with the line, and 0 for the admissible application", async () => {
    const dir = mkdtempSync(join(tmpdir(), "matterc-inadmissible-"));
    for (const f of formTarget.perMatter!(model, DEFAULT_TARGET_OPTIONS)) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    const write = (name: string, v: unknown) => (writeFileSync(join(dir, name), JSON.stringify(v)), join(dir, name));
    const refused = await runVerb(registerValidate, "validate", [dir, write("a.json", inadmissible("inadmissible_place"))]);
    expect(refused.code).toBe(1);
    expect(refused.out).toBe("不予受理（整份申请）：招牌设在人行道或绿地；去向：改设在建筑物外墙［inadmissible_place］\n");
    const accepted = await runVerb(registerValidate, "validate", [dir, write("b.json", admissible())]);
    expect(accepted.code).toBe(0);
  });
});

describe("form.uischema.json: a Label with a SHOW rule per case", () => {
  const ui = files(model)["form.uischema.json"] as { elements: Json[] };
  const labels = ui.elements.filter((e) => e.type === "Label");

  it("after the section holding the last answer the case reads, at the top level", () => {
    expect(labels.map((l) => l.text)).toEqual(CASES.map((c) => MESSAGES[c.id]).sort((a, b) => order(a) - order(b)));
    const groups = ui.elements.map((e) => (e.type === "Group" ? e.label : e.text));
    // 营业面积 is a situation; 招牌.面积 and signboard.location are 其他信息; 经营方式 too.
    expect(groups.indexOf(MESSAGES.inadmissible_large)).toBe(groups.indexOf("办理情形") + 1);
    expect(groups.indexOf(MESSAGES.inadmissible_sign)).toBeGreaterThan(groups.indexOf("其他信息"));
  });

  it("JSON Forms shows exactly the case that holds", () => {
    const ajv = createAjv();
    for (const id of [undefined, ...Object.keys(INADMISSIBLE)]) {
      const data = id ? inadmissible(id) : admissible();
      const shown = labels.filter((l) => isVisible(l as unknown as UISchemaElement, data, "", ajv, undefined)).map((l) => l.text);
      expect(shown, String(id)).toEqual(id ? [MESSAGES[id]] : []);
    }
  });
});

/** The order the cases appear in on the form (by the section they follow). */
function order(message: string): number {
  return message === MESSAGES.inadmissible_large ? 0 : 1 + Object.values(MESSAGES).indexOf(message);
}

describe("form.formily.json: an antd Alert per case with a visible reaction", () => {
  const formily = files(model)["form.formily.json"] as { properties: Record<string, Json> };
  const alerts = Object.entries(formily.properties).filter(([k]) => k.startsWith("inadmissible-"));

  it("is an Alert of type error whose message is the case's, a field that Formily's submit refuses while the case holds", () => {
    expect(alerts.map(([, a]) => (a["x-component-props"] as Json).message).sort()).toEqual(Object.values(MESSAGES).sort());
    for (const [, a] of alerts) expect(a).toMatchObject({ type: "string", "x-component": "Alert", "x-component-props": { type: "error", showIcon: true } });
    // The same condition makes it visible and gives it its error (selfErrors), checked below.
    for (const [, a] of alerts) {
      const state = (a["x-reactions"] as { fulfill: { state: { visible: string; selfErrors: string } } }).fulfill.state;
      expect(state.selfErrors).toBe(`{{(${state.visible.slice(2, -2)}) ? ["本申请不予受理，不能提交"] : []}}`);
    }
  });

  it("its reaction, compiled as Formily compiles {{ }}, is visible exactly while the case holds", () => {
    const get = (d: Json, path: string) => path.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Json)[k] : undefined), d);
    for (const id of [undefined, ...Object.keys(INADMISSIBLE)]) {
      const data = id ? inadmissible(id) : admissible();
      const shown = alerts
        .filter(([, a]) => {
          const r = a["x-reactions"] as { dependencies: string[]; fulfill: { state: { visible: string } } };
          const body = /^\{\{([\s\S]*)\}\}$/.exec(r.fulfill.state.visible)![1];
          return (new Function("$deps", `return (${body})`) as (d: unknown[]) => boolean)(r.dependencies.map((p) => get(data, p)));
        })
        .map(([k]) => k);
      expect(shown, String(id)).toEqual(id ? [`inadmissible-${id}`] : []);
    }
  });
});

describe("<编码>.form: a text per case with conditional.hide, in both form-js dialects", () => {
  for (const process of ["camunda8", "camunda7"] as const) {
    it(`${process}: hidden exactly while the case does not hold (feelin, as form-js evaluates it); in the staff forms too`, () => {
      const f = files(model, { process });
      const form = f[`${model.code}.form`] as { schemaVersion: number; components: Json[] };
      expect(form.schemaVersion).toBe(process === "camunda7" ? 16 : 19);
      const texts = form.components.filter((c) => String(c.id).startsWith("inadmissible-") && !String(c.id).endsWith("-block"));
      expect(texts.map((t) => t.type)).toEqual(texts.map(() => "text"));
      // Each text is followed by a read-only, required, empty field under the same condition,
      // which keeps form-js from submitting while the case holds.
      for (const t of texts) {
        const block = form.components[form.components.indexOf(t) + 1];
        expect(block).toMatchObject({ id: `${t.id}-block`, type: "textfield", key: `不予受理_${String(t.id).slice("inadmissible-".length)}`, readonly: true, validate: { required: true }, conditional: t.conditional });
      }
      // The text is a FEEL string (never a template), its Markdown escaped.
      expect(texts.find((t) => t.id === "inadmissible-inadmissible_branch")!.text).toBe('="不予受理：分公司不能只做外卖"');
      for (const id of [undefined, ...Object.keys(INADMISSIBLE)]) {
        const data = id ? inadmissible(id) : admissible();
        const shown = texts.filter((t) => unaryTest(String((t.conditional as Json).hide).slice(1), data).value === false).map((t) => t.id);
        expect(shown, String(id)).toEqual(id ? [`inadmissible-${id}`] : []);
      }
      const accept = Object.keys(f).find((k) => k.startsWith("tasks/"))!;
      expect(JSON.stringify(f[accept])).toContain("inadmissible-inadmissible_sign");
      expect(JSON.stringify(f[accept])).not.toContain("-block"); // the clerk's form blocks nothing
    });
  }
});

describe("text from the .matter file stays inert in every flavour", () => {
  const hostile: Cond = { op: "gt", subject: "营业面积", value: 1 };
  const name = "{{alert(1)}} =1+1 <b>*x*</b> ${a}";
  const m = withCases(restaurant, [{ name, id: "inadmissible_x", when: hostile, redirect: "=now() {{ $form }}", basis: [] }]);

  it("JSON Forms label, Formily alert, form-js text and the schema annotation", () => {
    const f = files(m);
    const label = (f["form.uischema.json"] as { elements: Json[] }).elements.find((e) => e.type === "Label")!;
    expect(label.text).toBe(`不予受理：${name}。去向：=now() {{ $form }}`); // JSON Forms shows text as text
    const alert = (f["form.formily.json"] as { properties: Record<string, Json> }).properties["inadmissible-inadmissible_x"];
    const message = String((alert["x-component-props"] as Json).message);
    expect(message).not.toContain("{{");
    expect(message.replace(/\u200b/g, "")).toBe(`不予受理：${name}。去向：=now() {{ $form }}`);
    const text = String(((f[`${m.code}.form`] as { components: Json[] }).components.find((c) => c.id === "inadmissible-inadmissible_x")!).text);
    expect(text.startsWith('="')).toBe(true);
    expect(feel(text.slice(1), {}).value).toBe(`不予受理：${name}。去向：=now() {{ $form }}`.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`));
    const schema = f["form.schema.json"] as { allOf: Json[] };
    const annotation = (schema.allOf.at(-1)!.then as Json)["x-matterc-inadmissible"] as Json;
    expect(annotation.name).toBe(name);
  });
});
