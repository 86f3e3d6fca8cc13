// guide.html exactly as `matterc build` writes it, in a frame so its own styles stay its own.
export function GuidePanel({ code, revision }: { code: string; revision: number }) {
  // A new address for each view makes the frame load the new guide after each recompile.
  const src = `/files/${encodeURIComponent(code)}/guide.html?r=${revision}`;
  return (
    <section className="panel guide-panel">
      <h2>
        办事指南{" "}
        <small>
          <a href={src} target="_blank" rel="noreferrer">
            在新窗口打开
          </a>
        </small>
      </h2>
      <iframe title="办事指南" src={src} />
    </section>
  );
}
