// process.bpmn drawn by bpmn-js (the renderer inside Camunda Modeler), with pan and zoom. One
// viewer for the page's life; a new version is imported into it.
import NavigatedViewer from "bpmn-js/lib/NavigatedViewer";
import { useEffect, useRef, useState } from "react";

export function DiagramPanel({ xml }: { xml: string }) {
  const container = useRef<HTMLDivElement>(null);
  const viewer = useRef<any>(null);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    viewer.current = new NavigatedViewer({ container: container.current });
    return () => viewer.current.destroy();
  }, []);

  useEffect(() => {
    let current = true;
    viewer.current
      .importXML(xml)
      .then(() => {
        if (!current) return;
        const canvas = viewer.current.get("canvas");
        // As tall as the diagram needs at the panel's width (within reason), so the labels stay
        // readable instead of a wide process shrinking into a strip.
        const el = container.current!;
        const inner = canvas.viewbox().inner as { width: number; height: number };
        const height = Math.round(Math.min(Math.max((el.clientWidth * (inner.height + 40)) / (inner.width + 40), 320), 760));
        el.style.height = `${height}px`;
        canvas.resized();
        canvas.zoom("fit-viewport", "auto");
        setProblem(undefined);
      })
      .catch((e: Error) => current && setProblem(e.message));
    return () => {
      current = false;
    };
  }, [xml]);

  return (
    <section className="panel diagram-panel">
      <h2>
        办理流程 <small>拖动平移，滚轮缩放</small>
      </h2>
      <div className="diagram" ref={container} />
      {problem && <p className="problem">流程图无法显示：{problem}</p>}
    </section>
  );
}
