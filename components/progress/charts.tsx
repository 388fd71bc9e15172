"use client";
// Hand-written SVG charts (issue 11: a chart library was 110 kB gz of /progress's first load). The
// plot is an SVG stretched to its box (bars and lines keep their stroke width); the axis labels are
// HTML beside it, so text never stretches. Each bar or point names its value on hover (<title>).
import type { ProgressResponse } from "@/lib/progress-types";

function shortDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" });
}

/** A chart with its text alternative: a caption for everyone and a table for screen readers. */
function ChartFigure({
  title,
  summary,
  table,
  children,
}: {
  title: string;
  summary: string;
  table: { head: [string, string]; rows: [string, string | number][] };
  children: React.ReactElement;
}) {
  return (
    <figure className="rounded-2xl border border-line bg-surface p-4 sm:p-5">
      <h3 className="text-sm font-medium">{title}</h3>
      <div className="mt-3 h-48" aria-hidden>
        {children}
      </div>
      <figcaption className="mt-2 text-sm text-muted">{summary}</figcaption>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{table.head[0]}</th>
            <th scope="col">{table.head[1]}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map(([a, b]) => (
            <tr key={a}>
              <td>{a}</td>
              <td>{b}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Whole-number ticks from 0 to a round maximum at or above `max` (at most 5 ticks). */
function countTicks(max: number): number[] {
  if (max <= 4) return Array.from({ length: Math.max(1, Math.ceil(max)) + 1 }, (_, i) => i);
  const raw = max / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw)!;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

interface Plot {
  /** y-axis tick values, low to high (the first and last are the plot's bottom and top). */
  ticks: number[];
  unit?: string;
  /** x-axis labels and which slot (0-based, of `slots`) each sits under. */
  xLabels: { slot: number; text: string }[];
  slots: number;
  children: React.ReactNode;
  /** Labels drawn over the plot at a value (the reference line's). */
  marks?: { value: number; text: string; className: string }[];
}

/** The frame of a chart: y labels on the left, x labels below, grid lines, the plot (viewBox: slots × 100). */
function PlotFrame({ ticks, unit = "", xLabels, slots, children, marks = [] }: Plot) {
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  const top = (v: number) => `${((hi - v) / (hi - lo || 1)) * 100}%`;
  return (
    <div className="grid h-full grid-cols-[2.25rem_1fr] grid-rows-[1fr_1.25rem] text-[11px] text-muted">
      <div className="relative">
        {ticks.map((t) => (
          <span key={t} className="absolute right-1.5 -translate-y-1/2 tabular-nums" style={{ top: top(t) }}>
            {t}
            {unit}
          </span>
        ))}
      </div>
      <div className="relative">
        <svg className="absolute inset-0 h-full w-full overflow-visible" viewBox={`0 0 ${slots} 100`} preserveAspectRatio="none">
          {ticks.map((t) => (
            <line
              key={t}
              x1={0}
              x2={slots}
              y1={((hi - t) / (hi - lo || 1)) * 100}
              y2={((hi - t) / (hi - lo || 1)) * 100}
              stroke="var(--color-line)"
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {children}
        </svg>
        {marks.map((m) => (
          <span key={m.text} className={`absolute right-1 -translate-y-full ${m.className}`} style={{ top: top(m.value) }}>
            {m.text}
          </span>
        ))}
      </div>
      <div />
      <div className="relative">
        {xLabels.map((l) => (
          <span key={l.slot} className="absolute top-1 -translate-x-1/2 whitespace-nowrap" style={{ left: `${((l.slot + 0.5) / slots) * 100}%` }}>
            {l.text}
          </span>
        ))}
      </div>
    </div>
  );
}

/** Bars of whole counts, one slot each; every `labelEvery`-th slot is labelled. */
function Bars({ data, color, name, labelEvery = 1 }: { data: { label: string; value: number }[]; color: string; name: string; labelEvery?: number }) {
  const ticks = countTicks(Math.max(0, ...data.map((d) => d.value)));
  const hi = ticks[ticks.length - 1]!;
  // More than six buckets, or long labels (about 5 characters a slot fit a half-width chart): every other
  // one labelled, so labels never run into each other (retrievability's "90–95%95–100%" did on desktop).
  const crowded = data.length > 6 || data.reduce((n, d) => n + d.label.length, 0) > data.length * 5;
  const every = labelEvery === 1 && crowded ? 2 : labelEvery;
  return (
    <PlotFrame ticks={ticks} slots={data.length} xLabels={data.flatMap((d, i) => (i % every === 0 ? [{ slot: i, text: d.label }] : []))}>
      {data.map((d, i) => {
        const h = (d.value / hi) * 100;
        return (
          <rect key={i} x={i + 0.15} width={0.7} y={100 - h} height={h} fill={color}>
            <title>{`${d.label}: ${d.value} ${name}`}</title>
          </rect>
        );
      })}
    </PlotFrame>
  );
}

export function ForecastChart({ forecast }: { forecast: ProgressResponse["forecast"] }) {
  const week = forecast.slice(0, 7).reduce((s, d) => s + d.due, 0);
  const month = forecast.reduce((s, d) => s + d.due, 0);
  return (
    <ChartFigure
      title="Due in the next 30 days"
      summary={`${forecast[0]?.due ?? 0} due today, ${week} this week, ${month} in 30 days.`}
      table={{ head: ["Date", "Cards due"], rows: forecast.filter((d) => d.due > 0).map((d) => [d.date, d.due]) }}
    >
      <Bars data={forecast.map((d) => ({ label: shortDate(d.date), value: d.due }))} color="var(--color-accent)" name="due" labelEvery={7} />
    </ChartFigure>
  );
}

export function RetentionChart({ retention }: { retention: ProgressResponse["retention"] }) {
  const data = retention.byWeek.map((w) => ({ label: shortDate(w.start), rate: w.rate === null ? null : Math.round(w.rate * 1000) / 10 }));
  const desired = Math.round(retention.desired * 100);
  const summary =
    retention.true === null
      ? `No review cards were due yet: true retention appears once cards graduate. Desired retention is ${desired}%.`
      : `True retention ${Math.round(retention.true * 100)}% over the last 30 days (${retention.reviews} reviews), desired ${desired}%.`;
  // 50–100 %, widened to a rate below 50 %.
  const low = Math.min(50, ...data.flatMap((d) => (d.rate === null ? [] : [Math.floor(d.rate / 10) * 10])));
  const ticks = Array.from({ length: (100 - low) / 10 + 1 }, (_, i) => low + i * 10).filter(
    (t, i, all) => all.length <= 6 || (t - low) % 20 === 0 || t === 100,
  );
  const y = (v: number) => ((100 - v) / (100 - low)) * 100;
  const points = data.flatMap((d, i) => (d.rate === null ? [] : [{ x: i + 0.5, y: y(d.rate), d }]));
  return (
    <ChartFigure
      title="True retention by week"
      summary={summary}
      table={{
        head: ["Week from", "Pass rate"],
        rows: retention.byWeek.map((w) => [w.start, w.rate === null ? "no reviews" : `${Math.round(w.rate * 100)}% of ${w.total}`]),
      }}
    >
      <PlotFrame
        ticks={ticks}
        unit="%"
        slots={data.length || 1}
        xLabels={data.flatMap((d, i) => (i % 3 === 0 ? [{ slot: i, text: d.label }] : []))}
        marks={[{ value: desired, text: `desired ${desired}%`, className: "text-good" }]}
      >
        <line x1={0} x2={data.length || 1} y1={y(desired)} y2={y(desired)} stroke="var(--color-good)" strokeDasharray="4 4" vectorEffect="non-scaling-stroke" />
        <polyline
          points={points.map((p) => `${p.x},${p.y}`).join(" ")}
          fill="none"
          stroke="var(--color-accent)"
          strokeWidth={2}
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
        />
        {points.map((p) => (
          // A zero-length line with round caps: a dot that stays round in the stretched plot.
          <line
            key={p.x}
            x1={p.x}
            x2={p.x}
            y1={p.y}
            y2={p.y}
            stroke="var(--color-accent)"
            strokeWidth={7}
            strokeLinecap="round"
            vectorEffect="non-scaling-stroke"
          >
            <title>{`${p.d.label}: ${p.d.rate}% passed`}</title>
          </line>
        ))}
      </PlotFrame>
    </ChartFigure>
  );
}

export function DistributionChart({ title, data, unit, summary }: { title: string; data: { bucket: string; count: number }[]; unit: string; summary: string }) {
  return (
    <ChartFigure title={title} summary={summary} table={{ head: [unit, "Cards"], rows: data.map((d) => [d.bucket, d.count]) }}>
      <Bars data={data.map((d) => ({ label: d.bucket, value: d.count }))} color="var(--color-review)" name="cards" />
    </ChartFigure>
  );
}
