// Golden outputs of the form target for the hand-written fixtures: any change to the four files
// shows up as a diff to review (update with `npx vitest run test/form -u`).
import { describe, expect, it } from "vitest";
import { DEFAULT_TARGET_OPTIONS } from "../../targets/target.js";
import { formTarget } from "../../targets/form/index.js";
import { FIXTURES } from "./helpers/models.js";

describe("form target golden files", () => {
  for (const model of FIXTURES) {
    it(`${model.name} (${model.code})`, async () => {
      const files = formTarget.perMatter!(model, DEFAULT_TARGET_OPTIONS);
      expect(files.map((f) => f.path).slice(0, 5)).toEqual(["form.schema.json", "form.uischema.json", "form.formily.json", `${model.code}.form`, "tasks.json"]);
      expect(files.slice(5).every((f) => /^tasks\/[A-Za-z0-9_]+\.form$/.test(f.path))).toBe(true);
      for (const f of files) await expect(f.text).toMatchFileSnapshot(`./golden/${model.code}/${f.path}`);
    });
  }
});
