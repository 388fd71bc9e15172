"use client";
import Link from "@/components/link";
import type { StudySessionState as Session } from "./use-study-session";

/** The end of a session: what was done, and when the next learning card comes due. */
export function Summary({ s }: { s: Session }) {
  const accuracy = s.graded ? Math.round((s.correct / s.graded) * 100) : null;
  const later = s.nextDue ? new Date(s.nextDue) : null;
  return (
    <section className="rounded-2xl border border-line bg-surface p-6 text-center sm:p-8" data-testid="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="font-serif text-2xl">
        {s.reviewed ? (s.cram ? "Cram complete" : "Session complete") : "Nothing due right now"}
      </h2>
      {s.cram && s.reviewed ? (
        <p className="mt-2 text-sm text-muted" data-testid="cram-summary">
          Cram: nothing was recorded, and your schedule is as it was.
        </p>
      ) : null}
      {s.reviewed ? (
        <dl className="mx-auto mt-5 grid max-w-md grid-cols-3 gap-3 text-sm">
          <div>
            <dt className="text-muted">Reviewed</dt>
            <dd className="text-2xl font-semibold tabular-nums">{s.reviewed}</dd>
          </div>
          <div>
            <dt className="text-muted">Accuracy</dt>
            <dd className="text-2xl font-semibold tabular-nums">{accuracy === null ? "—" : `${accuracy}%`}</dd>
          </div>
          <div>
            <dt className="text-muted">Time</dt>
            <dd className="text-2xl font-semibold tabular-nums">{Math.max(1, Math.round(s.secondsSpent / 60))} min</dd>
          </div>
        </dl>
      ) : (
        <p className="mt-3 text-muted">
          {s.cram
            ? "Nothing to cram here."
            : s.ahead
              ? `Nothing due in the next ${s.ahead} days.`
              : s.more
                ? "Nothing left to study here, even beyond today's limits."
                : "You have studied everything that is due and today's new cards."}
        </p>
      )}
      {later ? (
        <p className="mt-4 text-sm text-muted">Next learning card due at {later.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}.</p>
      ) : null}
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={s.restart} className="rounded-lg border border-line px-4 py-2">
          Check for more
        </button>
        {s.more || s.cram || s.ahead ? null : (
          <>
            <Link href={s.studyMoreHref} className="rounded-lg border border-line px-4 py-2" data-testid="study-more">
              Study more
            </Link>
            <Link href={s.reviewAheadHref} className="rounded-lg border border-line px-4 py-2" data-testid="review-ahead">
              Review ahead
            </Link>
            {s.cramHref ? (
              <Link href={s.cramHref} className="rounded-lg border border-line px-4 py-2" data-testid="cram-more">
                Cram (no schedule change)
              </Link>
            ) : null}
          </>
        )}
        <Link href="/" className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink">
          Back to today
        </Link>
      </div>
    </section>
  );
}
