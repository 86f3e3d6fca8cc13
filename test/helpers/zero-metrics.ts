// The figures of a hand-built test model: all zero, with the basis a compiled model would state
// when nothing is declared. The fixtures that build models by hand (test/form/fixtures,
// test/process/fixtures) test targets that do not read the figures; these keep them well-typed.
import type { Answer, CaseMetrics, Item, Metrics } from "../../compiler/model.js";

export function zeroCase(situation: Record<string, Answer>, items: string[]): CaseMetrics {
  const zero = { before: 0, after: 0 };
  return {
    situation,
    items,
    materials: { ...zero, handedIn: 0, merged: 0, conditional: 0 },
    fields: zero,
    typed: { ...zero, prefilled: 0 },
    trips: { ...zero, derived: 0 },
    steps: zero,
    time: { ...zero, criticalPath: 0, unit: "工作日", approximate: false },
  };
}

export function zeroMetrics(matter: string, code: string, items: Item[], situations: CaseMetrics[] = []): Metrics {
  return {
    matter,
    code,
    basis: {
      headline: "mostItems",
      materialsAfter: "handedIn",
      timeBefore: items.map((i) => ({ item: i.name, workdays: i.alone.workdays, basis: i.alone.basis })),
      timeAfter: "criticalPath",
      trips: "declared",
      steps: "default",
      typed: { before: "eachItemAlone", after: "withoutSource", prefilled: [] },
    },
    legalTime: { total: 0, missing: items.map((i) => i.name), approximate: false },
    headline: zeroCase({}, items.map((i) => i.name)),
    situations,
  };
}
