// A matter's page: figures, diagram, form and guide, fetched as one view and fetched again at
// each new version. The answers typed into the form live here, so they survive a redraw.
import { useEffect, useRef, useState } from "react";
import { DiagramPanel } from "./diagram-panel.js";
import { FiguresPanel, type Metrics } from "./figures-panel.js";
import { FormPanel } from "./form-panel.js";
import { GuidePanel } from "./guide-panel.js";
import { subscribe } from "./live.js";

type View =
  | { status: "ok"; version: number; name: string; code: string; schema: object; bpmn: string; metrics: Metrics; files: string[]; diagnosticsHtml: string }
  | { status: "errors"; version: number; diagnosticsHtml: string }
  | { status: "missing"; version: number };

function useMatterView(code: string): (View & { revision: number }) | undefined {
  const [view, setView] = useState<View & { revision: number }>();
  const latest = useRef(0);
  // Counts the views shown: a restarted server's versions can repeat those seen before.
  const revision = useRef(0);
  useEffect(() => {
    const load = async (version: number, fresh: boolean) => {
      // After a reconnect the server may have restarted and counts from 1 again.
      if (fresh) latest.current = 0;
      else if (version <= latest.current) return;
      let next: View;
      try {
        const res = await fetch(`/api/matter/${encodeURIComponent(code)}`, { cache: "no-store" });
        next = (await res.json()) as View;
      } catch {
        return; // The server is gone; the status line says so, and the reconnect loads again.
      }
      // Responses can overtake each other when saves come quickly: keep the newest.
      if (next.version < latest.current) return;
      latest.current = next.version;
      setView({ ...next, revision: ++revision.current });
    };
    void load(0, true);
    return subscribe((version, fresh) => void load(version, fresh));
  }, [code]);
  return view;
}

function Warnings({ html }: { html: string }) {
  // Rendered and escaped by the server (cli/preview/diagnostics.ts).
  return html ? <div dangerouslySetInnerHTML={{ __html: html }} /> : null;
}

export function MatterPage({ code }: { code: string }) {
  const view = useMatterView(code);
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const name = useRef(document.title.replace(/ · matterc 预览$/, ""));
  const shownName = view?.status === "ok" ? view.name : name.current;
  useEffect(() => {
    document.title = `${shownName} · matterc 预览`;
  }, [shownName]);
  if (!view) return <p className="loading">正在加载…</p>;
  if (view.status === "ok") name.current = view.name;
  const heading = (
    <h1>
      {name.current} <small>{code}</small>
    </h1>
  );
  if (view.status === "errors")
    return (
      <div className="matter" data-version={view.version} data-status="errors">
        {heading}
        <Warnings html={view.diagnosticsHtml} />
      </div>
    );
  if (view.status === "missing")
    return (
      <div className="matter" data-version={view.version} data-status="missing">
        {heading}
        <p className="empty">
          源文件中已没有编码为「{code}」的事项（可能改了编码或删除了）。<a href="/">查看全部事项</a>
        </p>
      </div>
    );
  return (
    <div className="matter" data-version={view.version} data-status="ok">
      {heading}
      <FiguresPanel metrics={view.metrics} />
      <DiagramPanel xml={view.bpmn} />
      <div className="columns">
        <FormPanel schema={view.schema} revision={view.revision} formData={formData} onChange={setFormData} />
        <GuidePanel code={code} revision={view.revision} />
      </div>
      <section className="panel files">
        <h2>全部产物</h2>
        <ul>
          {view.files.map((f) => (
            <li key={f}>
              <a href={`/files/${encodeURIComponent(code)}/${encodeURIComponent(f)}`} target="_blank" rel="noreferrer">
                {f}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <Warnings html={view.diagnosticsHtml} />
    </div>
  );
}
