"use client";
import Link from "@/components/link";
import type { FlagReasonName } from "@/lib/api-types";
import { FLAG_REASONS } from "@/lib/flag-reasons";
import type { StudySessionState as Session } from "./use-study-session";

// What the study screen shows only after the learner acted (suspend, bury, flag): loaded on the
// first key press or pointer press of the session (study-session.tsx), not with the page.

const FLAG_LABEL: Record<FlagReasonName, string> = {
  wrong: "Wrong",
  unclear: "Unclear",
  trivial: "Trivial",
  "bad-options": "Bad options",
  "gives-away": "Gives another away",
};

/** The last suspended, buried or flagged question, each with its undo. */
export function SetAsideNotices({ s }: { s: Session }) {
  return (
    <>
      {s.suspended ? (
        <p
          role="status"
          className="flex flex-wrap items-center gap-2 rounded-md border border-line bg-surface px-3 py-2 text-sm text-muted"
          data-testid="suspended-status"
        >
          <span className="min-w-0 truncate">Suspended: “{s.suspended.prompt}”</span>
          <button type="button" onClick={s.unsuspend} className="text-accent underline">
            Undo
          </button>
        </p>
      ) : null}
      {s.buried ? (
        <p
          role="status"
          className="flex flex-wrap items-center gap-2 rounded-md border border-line bg-surface px-3 py-2 text-sm text-muted"
          data-testid="buried-status"
        >
          <span className="min-w-0 flex-1 truncate">Buried until tomorrow: “{s.buried.prompt}”</span>
          <Link href="/questions?state=buried" className="text-accent underline">
            All buried
          </Link>
          <button type="button" onClick={s.unbury} className="text-accent underline">
            Undo
          </button>
        </p>
      ) : null}
      {s.flagged ? (
        <p
          role="status"
          className="flex flex-wrap items-center gap-2 rounded-md border border-line bg-surface px-3 py-2 text-sm text-muted"
          data-testid="flagged-status"
        >
          <span className="min-w-0 truncate">
            Flagged as {FLAG_LABEL[s.flagged.reason].toLowerCase()}: “{s.flagged.card.prompt}”. It is out of your study; see it on{" "}
            <Link href="/questions?state=flagged" className="text-accent underline">
              Questions
            </Link>
            .
          </span>
          <button type="button" onClick={s.unflag} className="text-accent underline">
            Undo
          </button>
        </p>
      ) : null}
    </>
  );
}

/** The reasons to flag the card on screen (key `!`; 1–5 pick one, Esc cancels: study-session.tsx handles the keys). */
export function FlagReasons({ s }: { s: Session }) {
  return (
    <div role="group" aria-label="Why flag this question" className="mb-4 rounded-lg border border-bad/40 p-3 text-sm" data-testid="flag-reasons">
      <p className="mb-2 text-muted">
        Why is it bad? It leaves your study at once. <span className="kbd-hint">(1–5, Esc to cancel)</span>
      </p>
      <div className="flex flex-wrap gap-2">
        {FLAG_REASONS.map((r, i) => (
          <button
            key={r}
            type="button"
            onClick={() => s.flag(r)}
            aria-keyshortcuts={String(i + 1)}
            className="rounded-lg border border-line px-2.5 py-1 hover:bg-canvas"
            data-testid={`flag-${r}`}
          >
            <kbd>{i + 1}</kbd> {FLAG_LABEL[r]}
          </button>
        ))}
      </div>
    </div>
  );
}
