// The before/after figures of metrics.json: the headline case (the situation with the most to
// do), as the guide and the catalog state them.
interface Figure {
  before: number;
  after: number;
}

export interface Metrics {
  headline: {
    situation: Record<string, unknown>;
    materials: Figure;
    fields: Figure;
    /** Fields the applicant types; the rest are prefilled from their 来源. */
    typed?: Figure & { prefilled: number };
    trips: Figure;
    time: Figure & { unit: string; approximate: boolean; criticalPath: number };
  };
}

function change(f: Figure): string {
  if (f.before === f.after) return "不变";
  if (f.before === 0) return "增加";
  const pct = Math.round((Math.abs(f.before - f.after) / f.before) * 100);
  return f.after < f.before ? `减少 ${pct}%` : `增加 ${pct}%`;
}

function answer(v: unknown): string {
  if (v === true) return "是";
  if (v === false) return "否";
  if (Array.isArray(v)) return v.length ? v.join("、") : "都不选";
  return String(v);
}

export function FiguresPanel({ metrics }: { metrics: Metrics }) {
  const h = metrics.headline;
  const about = h.time.approximate ? "约 " : "";
  const rows: [string, string, Figure, string][] = [
    ["materials", "申请材料", h.materials, "份"],
    ["fields", "表单字段", h.fields, "项"],
    ...(h.typed && h.typed.prefilled > 0 ? [["typed", "申请人填写", h.typed, "项"] as [string, string, Figure, string]] : []),
    ["trips", "跑动次数", h.trips, "次"],
    ["time", "办理时限", h.time, h.time.unit],
  ];
  const situation = Object.entries(h.situation);
  return (
    <section className="panel figures-panel">
      <h2>改革前后</h2>
      <ul className="figures">
        {rows.map(([key, label, f, unit]) => (
          <li key={key} className="figure" data-figure={key}>
            <span className="label">{label}</span>
            <span className="values">
              <span className="before">{key === "time" ? about + f.before : f.before}</span>
              <span className="arrow">→</span>
              <span className="after">{key === "time" ? about + f.after : f.after}</span>
              <span className="unit">{unit}</span>
            </span>
            <span className={f.after < f.before ? "change down" : "change"}>{change(f)}</span>
          </li>
        ))}
      </ul>
      <p className="note">
        按最全情形计算{situation.length ? `（${situation.map(([k, v]) => `${k}：${answer(v)}`).join("；")}）` : ""}；关键路径 {h.time.criticalPath} {h.time.unit}。
      </p>
    </section>
  );
}
