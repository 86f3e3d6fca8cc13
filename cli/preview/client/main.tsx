// The preview's browser script. A matter's page is drawn here from /api/matter/<编码> and redrawn
// after each recompile; the index (server-rendered) simply reloads. The files of this folder are
// .tsx so that tsc leaves them out: esbuild bundles them at build time (scripts/bundle-preview.ts)
// with React and react-jsonschema-form, for which the project has no type declarations.
import "bpmn-js/dist/assets/diagram-js.css";
import "bpmn-js/dist/assets/bpmn-js.css";
import "./preview.css";
import { createRoot } from "react-dom/client";
import { subscribe } from "./live.js";
import { MatterPage } from "./matter-page.js";

const { page, code, version } = document.body.dataset;

if (page === "matter" && code !== undefined) {
  createRoot(document.getElementById("app")!).render(<MatterPage code={code} />);
} else {
  const shown = Number(version);
  let reconnect = false;
  // The first hello tells whether this page is already out of date; any later one follows a lost
  // line, perhaps to a restarted server counting from 1 again, so the page is fetched anew.
  subscribe((current, fresh) => {
    if (current !== shown || (fresh && reconnect)) location.reload();
    if (fresh) reconnect = true;
  });
}
