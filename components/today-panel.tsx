"use client";
import Link from "@/components/link";
import { useProgress } from "./progress/use-progress";
import { useSessionState } from "./providers";

/** Today at a glance: what is due, what was done. */
export function TodayPanel() {
  const { error } = useSessionState();
  const progress = useProgress();
  if (error)
    return (
      <p role="alert" className="text-bad">
        {error}
      </p>
    );
  const t = progress.data?.today;
  const stats: { label: string; value: string | number | undefined; testId?: string; hint?: string }[] = [
    { label: "Due now", value: t?.due },
    { label: "Reviewed today", value: t?.reviewed, testId: "reviewed-today" },
    // Graded answers only: a self-rated flashcard is neither right nor wrong.
    {
      label: "Accuracy",
      value: t && t.graded ? `${Math.round((t.correct / t.graded) * 100)}%` : "—",
      testId: "accuracy",
      hint: t ? `${t.correct} of ${t.graded} graded answers right` : undefined,
    },
    { label: "Day streak", value: progress.data?.streak, testId: "dashboard-streak" },
  ];
  return (
    <section aria-labelledby="today-title" className="rounded-2xl border border-line bg-surface p-5 sm:p-6">
      <h2 id="today-title" className="text-sm font-medium uppercase tracking-wide text-muted">
        Today
      </h2>
      <dl className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-4" aria-busy={!t}>
        {stats.map((s) => (
          <div key={s.label}>
            <dt className="text-sm text-muted">{s.label}</dt>
            <dd className="text-3xl font-semibold tabular-nums" data-testid={s.testId}>
              {s.value ?? "·"}
            </dd>
            {s.hint ? (
              <dd className="text-xs text-muted" data-testid="accuracy-hint">
                {s.hint}
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
      {progress.data?.exam ? (
        <p className={`mt-4 text-sm ${progress.data.exam.onTrack ? "text-good" : "text-warn"}`} data-testid="dashboard-exam">
          {progress.data.exam.daysLeft > 0
            ? `Exam in ${progress.data.exam.daysLeft} days — ${progress.data.exam.onTrack ? "everything will be reviewed before it." : "not everything will be reviewed before it yet."}`
            : "Your exam date has passed."}
        </p>
      ) : null}
      {t ? (
        <p className="sr-only" data-testid="reviewed-today-text">
          {t.reviewed} reviewed today
        </p>
      ) : null}
      <Link
        href="/study"
        className="mt-5 inline-flex items-center gap-2 rounded-lg bg-accent px-5 py-2.5 font-medium text-accent-ink"
        data-testid="start-studying"
      >
        {t && t.due > 0 ? `Study ${t.due} due` : "Start studying"}
      </Link>
    </section>
  );
}
