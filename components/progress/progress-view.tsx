"use client";
import Link from "@/components/link";
import type { ProgressResponse } from "@/lib/progress-types";
import { DistributionChart, ForecastChart, RetentionChart } from "./charts";
import { ReviewHeatmap } from "./heatmap";
import { useProgress } from "./use-progress";

function pct(x: number | null): string {
  return x === null ? "—" : `${Math.round(x * 100)}%`;
}

function Tile({ label, value, hint, testId }: { label: string; value: string | number; hint?: string; testId?: string }) {
  return (
    <div className="rounded-2xl border border-line bg-surface p-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {hint ? <dd className="mt-1 text-xs text-muted">{hint}</dd> : null}
    </div>
  );
}

/** The statistics page: where the learner stands, Anki's statistics for the news. */
export function ProgressView() {
  const progress = useProgress();
  if (progress.error)
    return (
      <p role="alert" className="text-bad">
        {(progress.error as Error).message}
      </p>
    );
  const p = progress.data;
  if (!p) return <div aria-busy="true" aria-label="Loading statistics" className="h-96 animate-pulse rounded-2xl border border-line bg-surface" />;
  const seenAny = p.states.learning + p.states.review + p.states.relearning > 0;
  return (
    <div className="space-y-8">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Tile label="Day streak" value={p.streak} hint={p.streak === 1 ? "day" : "days"} testId="streak" />
        <Tile label="Due now" value={p.today.due} testId="progress-due" />
        <Tile label="Reviewed today" value={p.today.reviewed} hint={`${p.today.minutes} min`} testId="progress-reviewed" />
        <Tile label="True retention" value={pct(p.retention.true)} hint={`desired ${pct(p.retention.desired)}`} testId="true-retention" />
      </dl>

      {p.exam ? <ExamBanner exam={p.exam} /> : null}

      {!seenAny ? (
        <p className="rounded-2xl border border-dashed border-line p-5 text-muted" data-testid="progress-empty">
          Answer a few cards and your forecast, retention and mastery appear here.{" "}
          <Link href="/study" className="text-accent underline">
            Start studying
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="activity-title" className="space-y-3">
        <h2 id="activity-title" className="font-serif text-xl font-semibold">
          Activity
        </h2>
        <div className="rounded-2xl border border-line bg-surface p-4 sm:p-5">
          <ReviewHeatmap days={p.heatmap} />
        </div>
      </section>

      <section aria-labelledby="cards-title" className="space-y-3">
        <h2 id="cards-title" className="font-serif text-xl font-semibold">
          Cards
        </h2>
        <StateBar states={p.states} />
        <div className="grid gap-3 md:grid-cols-2">
          <ForecastChart forecast={p.forecast} />
          <RetentionChart retention={p.retention} />
          <DistributionChart
            title="Stability"
            unit="Stability"
            data={p.stability}
            summary="How long each card's memory lasts before recall drops to 90%, in days."
          />
          <DistributionChart
            title="Retrievability now"
            unit="Chance of recall"
            data={p.retrievability}
            summary="The chance you would recall each studied card right now."
          />
        </div>
      </section>

      <MasteryTable
        title="Articles"
        rows={p.articles.map((a) => ({
          key: a.id,
          name: a.title,
          href: `/articles/${encodeURIComponent(a.id)}`,
          study: `/study?article=${encodeURIComponent(a.id)}`,
          ...a,
        }))}
      />
      <MasteryTable title="Tags" rows={p.tags.map((t) => ({ key: t.tag, name: t.tag, href: null, study: `/study?tag=${encodeURIComponent(t.tag)}`, ...t }))} />

      <section aria-labelledby="leeches-title" className="space-y-3">
        <div className="flex items-center justify-between gap-3">
          <h2 id="leeches-title" className="font-serif text-xl font-semibold">
            Weakest cards
          </h2>
          {p.leeches.length ? (
            <Link href="/study?leeches=1" className="rounded-lg bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink">
              Study leeches
            </Link>
          ) : null}
        </div>
        {p.leeches.length === 0 ? (
          <p className="text-sm text-muted">No leeches: no card has been forgotten 4 or more times.</p>
        ) : (
          <ul className="divide-y divide-line rounded-2xl border border-line bg-surface" data-testid="leeches">
            {p.leeches.map((l) => (
              <li key={l.questionId} className="flex items-start justify-between gap-3 p-3 text-sm">
                <span>{l.prompt}</span>
                <span className="shrink-0 text-bad tabular-nums">{l.lapses} lapses</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ExamBanner({ exam }: { exam: NonNullable<ProgressResponse["exam"]> }) {
  const tone = exam.onTrack ? "border-good/40 text-good" : "border-warn/40 text-warn";
  return (
    <p role="status" className={`rounded-2xl border bg-surface p-4 ${tone}`} data-testid="exam-status">
      {exam.daysLeft <= 0
        ? `Your exam date (${exam.examDate}) has passed.`
        : exam.onTrack
          ? `Exam in ${exam.daysLeft} days: every card is scheduled for a review before ${exam.examDate}.`
          : `Exam in ${exam.daysLeft} days: not every card will be reviewed before ${exam.examDate} yet — study the new cards and keep up with what is due.`}
    </p>
  );
}

function StateBar({ states }: { states: ProgressResponse["states"] }) {
  const total = states.new + states.learning + states.review + states.relearning || 1;
  const parts = [
    { key: "new", label: "New", n: states.new, color: "var(--color-new)" },
    { key: "learning", label: "Learning", n: states.learning, color: "var(--color-learn)" },
    { key: "relearning", label: "Relearning", n: states.relearning, color: "var(--color-bad)" },
    { key: "review", label: "Review", n: states.review, color: "var(--color-review)" },
  ];
  return (
    <div className="rounded-2xl border border-line bg-surface p-4 sm:p-5">
      <div className="flex h-3 overflow-hidden rounded-full bg-line" aria-hidden>
        {parts.map((s) => (s.n ? <div key={s.key} style={{ width: `${(s.n / total) * 100}%`, background: s.color }} /> : null))}
      </div>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Cards by state" data-testid="states">
        {parts.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: s.color }} />
            {s.label} <strong className="tabular-nums">{s.n}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

function MasteryTable({
  title,
  rows,
}: {
  title: string;
  rows: { key: string; name: string; href: string | null; study: string; mastery: number; seen: number; total: number }[];
}) {
  const id = `${title.toLowerCase()}-title`;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="font-serif text-xl font-semibold">
        {title}
      </h2>
      <div className="overflow-hidden rounded-2xl border border-line bg-surface">
        <table className="w-full text-sm" data-testid={`mastery-${title.toLowerCase()}`}>
          <thead className="text-left text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="p-3 font-medium">
                {title === "Tags" ? "Tag" : "Article"}
              </th>
              <th scope="col" className="hidden p-3 font-medium sm:table-cell">
                Mastery
              </th>
              <th scope="col" className="p-3 text-right font-medium">
                Seen
              </th>
              <th scope="col" className="p-3">
                <span className="sr-only">Study</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((r) => (
              <tr key={r.key}>
                <td className="p-3">
                  {r.href ? (
                    <Link href={r.href} className="hover:underline">
                      {r.name}
                    </Link>
                  ) : (
                    r.name
                  )}
                  <div className="mt-1 flex items-center gap-2 sm:hidden">
                    <MasteryBar value={r.mastery} />
                  </div>
                </td>
                <td className="hidden w-48 p-3 sm:table-cell">
                  <MasteryBar value={r.mastery} />
                </td>
                <td className="p-3 text-right tabular-nums whitespace-nowrap">
                  {r.seen} / {r.total}
                </td>
                <td className="p-3 text-right">
                  <Link href={r.study} className="rounded-md border border-line px-2.5 py-1 hover:bg-canvas" aria-label={`Study ${r.name}`}>
                    Study
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function MasteryBar({ value }: { value: number }) {
  const pctValue = Math.round(value * 100);
  return (
    <span className="flex w-full items-center gap-2">
      <span className="h-2 flex-1 overflow-hidden rounded-full bg-line" aria-hidden>
        <span className="block h-full rounded-full bg-good" style={{ width: `${pctValue}%` }} />
      </span>
      <span className="w-10 text-right text-xs tabular-nums text-muted">{pctValue}%</span>
    </span>
  );
}
