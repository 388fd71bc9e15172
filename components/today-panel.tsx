"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { api } from "./api";
import { useSessionState } from "./providers";

interface Progress {
  today: { due: number; reviewed: number; correct: number; minutes: number };
}

/** Today at a glance: what is due, what was done. */
export function TodayPanel() {
  const { ready, error } = useSessionState();
  const progress = useQuery({ queryKey: ["progress"], queryFn: () => api<Progress>("/api/progress"), enabled: ready, staleTime: 0 });
  if (error) return <p role="alert" className="text-bad">{error}</p>;
  const t = progress.data?.today;
  const stats = [
    { label: "Due now", value: t?.due },
    { label: "Reviewed today", value: t?.reviewed, testId: "reviewed-today" },
    { label: "Accuracy", value: t && t.reviewed ? `${Math.round((t.correct / t.reviewed) * 100)}%` : "—" },
    { label: "Minutes", value: t?.minutes },
  ];
  return (
    <section aria-labelledby="today-title" className="rounded-2xl border border-line bg-surface p-5 sm:p-6">
      <h2 id="today-title" className="text-sm font-medium uppercase tracking-wide text-muted">Today</h2>
      <dl className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-4" aria-busy={!t}>
        {stats.map((s) => (
          <div key={s.label}>
            <dt className="text-sm text-muted">{s.label}</dt>
            <dd className="text-3xl font-semibold tabular-nums" data-testid={s.testId}>
              {s.value ?? "·"}
            </dd>
          </div>
        ))}
      </dl>
      {t ? (
        <p className="sr-only" data-testid="reviewed-today-text">
          {t.reviewed} reviewed today
        </p>
      ) : null}
      <Link href="/study" className="mt-5 inline-flex items-center gap-2 rounded-lg bg-accent px-5 py-2.5 font-medium text-accent-ink" data-testid="start-studying">
        {t && t.due > 0 ? `Study ${t.due} due` : "Start studying"}
      </Link>
    </section>
  );
}
