"use client";
// recharts is loaded only by /progress (through next/dynamic in progress-view.tsx).
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ProgressResponse } from "@/lib/progress-types";

const axis = { stroke: "var(--color-muted)", fontSize: 11, tickLine: false };
const tooltip = {
  contentStyle: { background: "var(--color-surface)", border: "1px solid var(--color-line)", borderRadius: 8, color: "var(--color-ink)" },
  cursor: { fill: "var(--color-line)", opacity: 0.4 },
};

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
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
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

export function ForecastChart({ forecast }: { forecast: ProgressResponse["forecast"] }) {
  const week = forecast.slice(0, 7).reduce((s, d) => s + d.due, 0);
  const month = forecast.reduce((s, d) => s + d.due, 0);
  const data = forecast.map((d) => ({ ...d, label: shortDate(d.date) }));
  return (
    <ChartFigure
      title="Due in the next 30 days"
      summary={`${forecast[0]?.due ?? 0} due today, ${week} this week, ${month} in 30 days.`}
      table={{ head: ["Date", "Cards due"], rows: forecast.filter((d) => d.due > 0).map((d) => [d.date, d.due]) }}
    >
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 4, right: 4, bottom: 0, left: -24 }}>
        <CartesianGrid vertical={false} stroke="var(--color-line)" />
        <XAxis dataKey="label" {...axis} interval={6} />
        <YAxis allowDecimals={false} {...axis} />
        <Tooltip {...tooltip} />
        <Bar isAnimationActive={false} dataKey="due" name="Due" fill="var(--color-accent)" radius={[3, 3, 0, 0]} />
      </BarChart>
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
  return (
    <ChartFigure
      title="True retention by week"
      summary={summary}
      table={{
        head: ["Week from", "Pass rate"],
        rows: retention.byWeek.map((w) => [w.start, w.rate === null ? "no reviews" : `${Math.round(w.rate * 100)}% of ${w.total}`]),
      }}
    >
      <LineChart accessibilityLayer={false} data={data} margin={{ top: 4, right: 8, bottom: 0, left: -24 }}>
        <CartesianGrid vertical={false} stroke="var(--color-line)" />
        <XAxis dataKey="label" {...axis} interval={2} />
        <YAxis domain={[50, 100]} unit="%" {...axis} />
        <Tooltip {...tooltip} />
        <ReferenceLine
          y={desired}
          stroke="var(--color-good)"
          strokeDasharray="4 4"
          label={{ value: `desired ${desired}%`, fill: "var(--color-good)", fontSize: 11, position: "insideBottomRight" }}
        />
        <Line
          isAnimationActive={false}
          type="monotone"
          dataKey="rate"
          name="Pass rate %"
          stroke="var(--color-accent)"
          strokeWidth={2}
          connectNulls
          dot={{ r: 3 }}
        />
      </LineChart>
    </ChartFigure>
  );
}

export function DistributionChart({ title, data, unit, summary }: { title: string; data: { bucket: string; count: number }[]; unit: string; summary: string }) {
  return (
    <ChartFigure title={title} summary={summary} table={{ head: [unit, "Cards"], rows: data.map((d) => [d.bucket, d.count]) }}>
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 4, right: 4, bottom: 0, left: -24 }}>
        <CartesianGrid vertical={false} stroke="var(--color-line)" />
        <XAxis dataKey="bucket" {...axis} />
        <YAxis allowDecimals={false} {...axis} />
        <Tooltip {...tooltip} />
        <Bar isAnimationActive={false} dataKey="count" name="Cards" fill="var(--color-review)" radius={[3, 3, 0, 0]} />
      </BarChart>
    </ChartFigure>
  );
}
