// What the test pages share: the setup the test server puts on the page, where a page leaves what
// its renderer submitted, and `show`, which renders another setup in the same page (the staff
// task test completes every task of every example in one page per renderer).
export interface Setup {
  mode: "apply" | "task";
  /** The application form (task mode: shown read-only). In `show`, a setup without it keeps
   * the application shown (and its data) and changes only the task. */
  schema?: Record<string, unknown>;
  uischema?: Record<string, unknown>;
  formily?: Record<string, unknown>;
  formJs?: Record<string, unknown>;
  /** Task mode: the decision form (tasks.json) and the staff form-js form. */
  task?: { id: string; schema: Record<string, unknown>; uischema: Record<string, unknown>; formily: Record<string, unknown> };
  data?: Record<string, unknown>;
  formJsVersion?: "2" | "1.19" | "1.8";
}

declare global {
  interface Window {
    SETUP: Setup | null;
    submitted?: unknown;
    errorCount: number;
    /** Renders another setup in this page; resolves once it is on the page. */
    show(s: Setup): Promise<void>;
  }
}

/** Runs `render` for the setup the page was opened with (if any), and for each `show`. The
 * setups are merged: what a setup leaves out stays as it was. */
export function host(render: (s: Setup, previous: Setup | undefined) => void | Promise<void>): void {
  window.errorCount = 0;
  let current: Setup | undefined;
  window.show = async (s) => {
    window.submitted = undefined;
    window.errorCount = 0;
    const previous = current;
    current = { ...current, ...s };
    await render(current, previous);
  };
  document.body.dataset.host = "true";
  // (A failure of the first render is left on the page, e.g. form-js's importError.)
  if (window.SETUP) window.show(window.SETUP).catch(() => undefined);
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
