import { it } from "vitest";
import { allModels, keep, render, renderCatalog } from "./render.js";
it("renders", async () => {
  const models = await allModels();
  for (const m of models) keep(m.code, render(m).files);
  keep(".", renderCatalog(models));
});
