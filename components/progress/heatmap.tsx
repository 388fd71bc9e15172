"use client";
import { useEffect, useRef } from "react";

/** A GitHub-style calendar of reviews per day over the last year, with a table for screen readers. */
export function ReviewHeatmap({ days }: { days: { date: string; reviews: number }[] }) {
  const max = Math.max(1, ...days.map((d) => d.reviews));
  const first = days[0];
  // Columns are weeks starting on Monday; pad the first column.
  const pad = first ? (new Date(`${first.date}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
  const cells = [...Array.from({ length: pad }, () => null), ...days];
  const weeks = Math.ceil(cells.length / 7);
  const size = 11;
  const gap = 2;
  const level = (n: number) => (n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4)));
  const fills = [
    "var(--color-line)",
    "color-mix(in oklab, var(--color-accent) 35%, transparent)",
    "color-mix(in oklab, var(--color-accent) 55%, transparent)",
    "color-mix(in oklab, var(--color-accent) 78%, transparent)",
    "var(--color-accent)",
  ];
  const scroller = useRef<HTMLDivElement>(null);
  // On a narrow screen, show the recent weeks first: scroll to the right end.
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, [days]);
  const total = days.reduce((s, d) => s + d.reviews, 0);
  const active = days.filter((d) => d.reviews > 0);
  return (
    <figure className="space-y-2">
      <div ref={scroller} className="overflow-x-auto pb-1" aria-hidden>
        <svg width={weeks * (size + gap)} height={7 * (size + gap)} role="presentation">
          {cells.map((d, i) =>
            d ? (
              <rect
                key={d.date}
                x={Math.floor(i / 7) * (size + gap)}
                y={(i % 7) * (size + gap)}
                width={size}
                height={size}
                rx={2}
                fill={fills[level(d.reviews)]}
              >
                <title>{`${d.date}: ${d.reviews} review${d.reviews === 1 ? "" : "s"}`}</title>
              </rect>
            ) : null,
          )}
        </svg>
      </div>
      <figcaption className="text-sm text-muted">
        {total} reviews on {active.length} {active.length === 1 ? "day" : "days"} in the last 12 months.
      </figcaption>
      <table className="sr-only">
        <caption>Reviews per day (days with reviews)</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Reviews</th>
          </tr>
        </thead>
        <tbody>
          {active.map((d) => (
            <tr key={d.date}>
              <td>{d.date}</td>
              <td>{d.reviews}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
