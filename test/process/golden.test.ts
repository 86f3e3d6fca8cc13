// Golden files: the newborn fixture in every flavour, so a change to the output shows up in review
// as a diff (update with `npx vitest run test/process/golden.test.ts -u` after checking it).
import { describe, expect, it } from "vitest";
import { renderProcess } from "../../targets/process/index.js";
import type { Flavour } from "../../targets/process/flavours.js";
import { newborn } from "./fixtures/newborn.js";

describe("golden process.bpmn of the newborn fixture", () => {
  it.each(["camunda8", "camunda7", "flowable", "plain"] as Flavour[])("%s", async (flavour) => {
    await expect(renderProcess(newborn, flavour)).toMatchFileSnapshot(`golden/newborn.${flavour}.bpmn`);
  });
});
