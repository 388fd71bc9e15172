"use client";
import Link from "@/components/link";
import { useState } from "react";
import type { FlagReasonName, QuestionDetail } from "@/lib/api-types";
import { FLAG_REASONS } from "@/lib/flag-reasons";
import { QuestionEditForm } from "./question-edit-form";
import { FLAG_LABEL, RATING_LABEL, STATE_LABEL } from "./labels";
import { useQuestionActions, useQuestionDetail } from "./use-questions";

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

/** A question opened in the browser: what it asks, its evidence and article, its schedule and history, and what the learner may change. */
export function QuestionDetailPanel({ id, domId }: { id: string; domId: string }) {
  const detail = useQuestionDetail(id);
  const [editing, setEditing] = useState(false);
  if (detail.error)
    return (
      <div id={domId} role="alert" className="px-4 pb-4 text-bad">
        {(detail.error as Error).message}
      </div>
    );
  const q = detail.data;
  if (!q) return <div id={domId} aria-busy="true" aria-label="Loading the question" className="mx-4 mb-4 h-32 animate-pulse rounded-xl bg-canvas" />;
  return (
    <section id={domId} aria-label="Question details" className="space-y-4 px-4 pb-5 pt-1 text-sm" data-testid="q-detail">
      {editing ? (
        <QuestionEditForm q={q} onDone={() => setEditing(false)} />
      ) : (
        <div className="space-y-2">
          <p className="font-serif text-lg leading-relaxed" data-testid="q-detail-prompt">
            {q.prompt}
          </p>
          {q.choices ? (
            <ol className="list-[upper-alpha] space-y-0.5 pl-6">
              {q.choices.map((c) => (
                <li key={c} className={c === q.answer ? "font-semibold text-good" : undefined}>
                  {c}
                  {c === q.answer ? <span className="sr-only"> (the answer)</span> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p>
              <span className="text-muted">Answer: </span>
              <strong data-testid="q-detail-answer">{q.answer}</strong>
            </p>
          )}
          {q.original ? (
            <details className="rounded-lg border border-line p-2 text-muted" data-testid="q-original">
              <summary className="cursor-pointer">Edited by you: the question as generated</summary>
              <p className="mt-1">{q.original.prompt}</p>
              <p>Answer: {q.original.answer}</p>
              {q.original.choices ? <p>Choices: {q.original.choices.join(" · ")}</p> : null}
            </details>
          ) : null}
        </div>
      )}

      <blockquote className="border-l-4 border-accent/40 pl-3 text-muted" data-testid="q-evidence">
        {q.evidence}
        <footer className="mt-1 text-xs">
          —{" "}
          <Link href={`/articles/${encodeURIComponent(q.article.id)}`} className="text-accent underline">
            {q.article.title}
          </Link>
          {q.article.published ? `, ${q.article.published}` : ""}
          {q.article.own ? " (yours)" : " (shared)"}
        </footer>
      </blockquote>

      <Schedule q={q} />
      {editing ? null : <Actions q={q} onEdit={() => setEditing(true)} />}
      <History q={q} />
    </section>
  );
}

function Schedule({ q }: { q: QuestionDetail }) {
  const c = q.card;
  if (!c) return <p className="text-muted">{q.suspended ? "Not studied yet, and suspended." : "Not studied yet: it will come as a new card."}</p>;
  const items: [string, string][] = [
    ["State", STATE_LABEL[c.state] + (q.suspended ? " (suspended)" : "")],
    ["Due", when(c.due)],
    ["Recall now", `${Math.round(c.retrievability * 100)}%`],
    ["Stability", `${c.stability.toFixed(1)} d`],
    ["Difficulty", c.difficulty.toFixed(1)],
    ["Reviews", String(c.reps)],
    ["Lapses", String(c.lapses)],
    ["Last review", c.lastReview ? when(c.lastReview) : "—"],
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 rounded-lg border border-line p-3 sm:grid-cols-4" data-testid="q-schedule">
      {items.map(([k, v]) => (
        <div key={k}>
          <dt className="text-xs text-muted">{k}</dt>
          <dd className="tabular-nums">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Actions({ q, onEdit }: { q: QuestionDetail; onEdit: () => void }) {
  const a = useQuestionActions(q.id);
  const [reason, setReason] = useState<FlagReasonName>("wrong");
  const error = [a.drop, a.flag, a.suspend, a.bury].find((m) => m.error)?.error as Error | undefined;
  const busy = a.drop.isPending || a.flag.isPending || a.suspend.isPending || a.bury.isPending;
  const btn = "rounded-lg border border-line px-3 py-1.5 hover:bg-surface disabled:opacity-50";
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {q.dropped ? null : (
          <button type="button" className={btn} onClick={onEdit} data-testid="q-edit">
            Edit
          </button>
        )}
        <button type="button" className={btn} disabled={busy} onClick={() => a.drop.mutate(!q.dropped)} data-testid="q-drop">
          {q.dropped ? "Restore (undrop)" : "Drop"}
        </button>
        <button type="button" className={btn} disabled={busy} onClick={() => a.suspend.mutate(!q.suspended)} data-testid="q-suspend">
          {q.suspended ? "Unsuspend" : "Suspend"}
        </button>
        <button
          type="button"
          className={btn}
          disabled={busy}
          onClick={() => a.bury.mutate(!q.buried)}
          title={q.buried ? "Study it today after all" : "Hold it back from study until tomorrow"}
          data-testid="q-bury"
        >
          {q.buried ? "Restore (unbury)" : "Bury"}
        </button>
        {q.flagged ? (
          <button type="button" className={btn} disabled={busy} onClick={() => a.flag.mutate(null)} data-testid="q-unflag">
            Remove flag ({q.flagReason ? FLAG_LABEL[q.flagReason] : ""})
          </button>
        ) : (
          <span className="flex items-center gap-1">
            <label htmlFor={`flag-${q.id}`} className="sr-only">
              Why flag it
            </label>
            <select
              id={`flag-${q.id}`}
              value={reason}
              onChange={(e) => setReason(e.target.value as FlagReasonName)}
              className="rounded-lg border border-line bg-surface px-2 py-1.5"
              data-testid="q-flag-reason"
            >
              {FLAG_REASONS.map((r) => (
                <option key={r} value={r}>
                  {FLAG_LABEL[r]}
                </option>
              ))}
            </select>
            <button type="button" className={btn} disabled={busy} onClick={() => a.flag.mutate(reason)} data-testid="q-flag">
              Flag
            </button>
          </span>
        )}
      </div>
      {q.dropped ? <p className="text-muted">Dropped: you will not study it. Its history is kept; restore it to study it again.</p> : null}
      {q.flagged ? <p className="text-muted">Flagged: out of your study until you remove the flag.</p> : null}
      {q.buried ? (
        <p className="text-muted" data-testid="q-buried-note">
          Buried: it waits for tomorrow (you buried it, or a question of the same sentence was studied today). Restore it to study it today.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="text-bad">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}

function History({ q }: { q: QuestionDetail }) {
  if (!q.reviews.length) return null;
  return (
    // A table wider than a phone scrolls: the region takes focus so a keyboard can scroll it too.
    <div className="overflow-x-auto" role="region" aria-label="Review history" tabIndex={0}>
      <table className="w-full text-left text-xs" data-testid="q-history">
        <caption className="mb-1 text-left text-xs font-medium text-muted">Review history</caption>
        <thead className="text-muted">
          <tr>
            <th scope="col" className="py-1 pr-3 font-normal">
              When
            </th>
            <th scope="col" className="py-1 pr-3 font-normal">
              Rating
            </th>
            <th scope="col" className="py-1 pr-3 font-normal">
              Result
            </th>
            <th scope="col" className="py-1 pr-3 font-normal">
              Answered
            </th>
            <th scope="col" className="py-1 font-normal">
              Time
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {q.reviews.map((r) => (
            <tr key={r.id} className={r.undone ? "text-muted line-through" : undefined}>
              <td className="py-1 pr-3 whitespace-nowrap">{when(r.reviewedAt)}</td>
              <td className="py-1 pr-3">{RATING_LABEL[r.rating]}</td>
              <td className="py-1 pr-3">{r.correct === null ? "self-rated" : r.correct ? "right" : "wrong"}</td>
              <td className="max-w-[12rem] truncate py-1 pr-3">{r.answered}</td>
              <td className="py-1 tabular-nums">{(r.durationMs / 1000).toFixed(1)} s</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
