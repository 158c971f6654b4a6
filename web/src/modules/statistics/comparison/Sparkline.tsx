/** A tiny SVG line of up to a dozen month values (no chart library: a table of 200 zones draws 200 of them). */
export function Sparkline({
  points,
  label,
  width = 120,
  height = 28,
}: {
  points: (number | null)[];
  label: string;
  width?: number;
  height?: number;
}) {
  const known = points.filter((p): p is number => p !== null);
  if (known.length < 2) return <span className="muted">—</span>;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const span = max - min || 1;
  const step = width / Math.max(1, points.length - 1);
  const y = (v: number) => height - 2 - ((v - min) / span) * (height - 4);
  // Nulls (January, folded into 1–2月) break the line rather than dropping it to zero.
  let d = "";
  let pen = false;
  points.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${(i * step).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  const lastIndex = points.length - 1 - [...points].reverse().findIndex((p) => p !== null);
  const last = points[lastIndex] as number;
  return (
    <svg
      className="stat-spark"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      data-testid="sparkline"
    >
      <title>{label}</title>
      <path d={d} fill="none" stroke="#1677ff" strokeWidth={1.5} />
      <circle cx={lastIndex * step} cy={y(last)} r={2.5} fill="#1677ff" />
    </svg>
  );
}
