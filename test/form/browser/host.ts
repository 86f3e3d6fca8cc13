// What the test pages share: the setup the test server puts on the page, and where a page leaves
// what its renderer submitted.
export interface Setup {
  mode: "apply" | "task";
  schema: Record<string, unknown>;
  uischema?: Record<string, unknown>;
  formily?: Record<string, unknown>;
  formJs?: Record<string, unknown>;
  /** Task mode: the decision form (tasks.json) and the staff form-js form. */
  task?: { id: string; schema: Record<string, unknown>; uischema: Record<string, unknown>; formily: Record<string, unknown> };
  data: Record<string, unknown>;
  formJsVersion?: "2" | "1.19" | "1.8";
}

declare global {
  interface Window {
    SETUP: Setup;
    submitted?: unknown;
    errorCount: number;
  }
}

export function setup(): Setup {
  window.errorCount = 0;
  return window.SETUP;
}

export function submitButton(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.id = "host-submit";
  b.textContent = label;
  b.addEventListener("click", onClick);
  document.body.append(b);
  return b;
}
